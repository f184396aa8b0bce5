import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { client, logout, ok } from '../api/client';
import { setUser, useSession } from '../api/session';
import type { Locale } from '../api/types';
import { ErrorBox, Notice } from '../components/Feedback';
import { Field, SelectField } from '../components/Field';
import { useFormat } from '../format';
import { setLanguage } from '../i18n';
import { BagReminders } from '../notifications/BagReminders';
import { NotificationPreferences } from '../notifications/NotificationPreferences';
import { PushOptIn } from '../notifications/PushOptIn';
import { AccountData } from './AccountData';

export function Account() {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const me = useQuery({ queryKey: ['me'], queryFn: () => ok(client.GET('/api/v1/me')) });
  useEffect(() => {
    if (me.data) setUser(me.data.user);
  }, [me.data]);
  const user = me.data?.user ?? session.user;
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  async function signOut() {
    await logout();
    queryClient.clear();
    void navigate('/');
  }

  const profile = useMutation({
    mutationFn: (body: { name: string; locale: Locale }) =>
      ok(client.PATCH('/api/v1/me', { body })),
    onSuccess: ({ user: updated }) => {
      setUser(updated);
      setLanguage(updated.locale);
    },
  });
  const password = useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      ok(client.POST('/api/v1/me/password', { body })),
  });
  const sendEmail = useMutation({
    mutationFn: () => ok(client.POST('/api/v1/auth/verify/email/send')),
  });

  if (!user) return null;

  function saveProfile(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    profile.mutate({
      name: String(form.get('name') ?? '').trim(),
      locale: form.get('locale') === 'en' ? 'en' : 'bn',
    });
  }

  function changePassword(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    password.mutate(
      {
        currentPassword: String(data.get('currentPassword') ?? ''),
        newPassword: String(data.get('newPassword') ?? ''),
      },
      { onSuccess: () => form.reset() },
    );
  }

  return (
    <section className="stack narrow">
      <h1>{t('account.title')}</h1>

      <div className="card">
        <h2>{t('account.verification')}</h2>
        <dl className="facts">
          <dt>{t('fields.role')}</dt>
          <dd>{t(`roles.${user.role}`)}</dd>
          {user.phone && (
            <>
              <dt>{t('fields.phone')}</dt>
              <dd>
                <span dir="ltr">{user.phone}</span>{' '}
                {user.phoneVerified ? (
                  <span className="badge badge-approved">{t('account.verified')}</span>
                ) : (
                  <>
                    <span className="badge badge-pending">{t('account.notVerified')}</span>{' '}
                    <Link to="/verify-phone?next=/account">{t('account.verifyNow')}</Link>
                  </>
                )}
              </dd>
            </>
          )}
          {user.email && (
            <>
              <dt>{t('fields.email')}</dt>
              <dd>
                <span dir="ltr">{user.email}</span>{' '}
                {user.emailVerified ? (
                  <span className="badge badge-approved">{t('account.verified')}</span>
                ) : (
                  <>
                    <span className="badge badge-pending">{t('account.notVerified')}</span>{' '}
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => sendEmail.mutate()}
                      disabled={sendEmail.isPending}
                    >
                      {t('account.sendEmailLink')}
                    </button>
                  </>
                )}
              </dd>
            </>
          )}
          <dt>{t('account.memberSince')}</dt>
          <dd>{format.dateTime(user.createdAt)}</dd>
        </dl>
        {sendEmail.isSuccess && <Notice>{t('account.emailLinkSent')}</Notice>}
        <ErrorBox error={sendEmail.error} />
      </div>

      {user.role === 'customer' && (
        <nav className="account-links" aria-label={t('account.shortcuts')}>
          <Link to="/orders">{t('nav.orders')}</Link>
          <Link to="/favorites">{t('nav.favorites')}</Link>
          <Link to="/addresses">{t('addresses.title')}</Link>
          <Link to="/support">{t('support.myThreads')}</Link>
          <Link to="/prescriptions">{t('account.prescriptions')}</Link>
          <Link to="/near-me">{t('nav.nearMe')}</Link>
        </nav>
      )}

      <form className="form card" onSubmit={saveProfile} data-testid="profile-form">
        <h2>{t('account.profile')}</h2>
        <Field label={t('fields.name')} name="name" required defaultValue={user.name} />
        <SelectField label={t('fields.language')} name="locale" defaultValue={user.locale}>
          <option value="bn">বাংলা</option>
          <option value="en">English</option>
        </SelectField>
        <ErrorBox error={profile.error} />
        {profile.isSuccess && <Notice>{t('common.saved')}</Notice>}
        <button type="submit" className="primary" disabled={profile.isPending}>
          {t('common.save')}
        </button>
      </form>

      <form className="form card" onSubmit={changePassword}>
        <h2>{t('account.changePassword')}</h2>
        <Field
          label={t('account.currentPassword')}
          name="currentPassword"
          type="password"
          required
          autoComplete="current-password"
        />
        <Field
          label={t('reset.newPassword')}
          name="newPassword"
          type="password"
          required
          minLength={8}
          autoComplete="new-password"
          hint={t('register.passwordHint')}
        />
        <ErrorBox error={password.error} />
        {password.isSuccess && <Notice>{t('account.passwordChanged')}</Notice>}
        <button type="submit" className="primary" disabled={password.isPending}>
          {t('account.changePassword')}
        </button>
      </form>

      <PushOptIn />
      {user.role === 'customer' && <BagReminders />}
      <NotificationPreferences />

      <AccountData />

      {/* Apart from everything else, at the end: leaving is never one slip of the thumb away. */}
      <button type="button" className="sign-out" onClick={() => void signOut()}>
        {t('nav.logout')}
      </button>
    </section>
  );
}
