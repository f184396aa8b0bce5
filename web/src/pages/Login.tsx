import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError, client, ok } from '../api/client';
import { setSession, useSession } from '../api/session';
import { afterSignIn } from '../auth/navigation';
import { ErrorBox, Notice } from '../components/Feedback';
import { Field } from '../components/Field';
import { toAsciiDigits } from '../format';

export function Login() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { user } = useSession();
  const next = params.get('next');
  const [identifier, setIdentifier] = useState('');
  const [unlockCode, setUnlockCode] = useState('');

  const login = useMutation({
    mutationFn: (body: { identifier: string; password: string }) =>
      ok(client.POST('/api/v1/auth/login', { body })),
    onSuccess: (session) => {
      setSession(session);
      void navigate(afterSignIn(session.user.role, next), { replace: true });
    },
  });

  // Locked by wrong passwords (maybe someone else's): a one-time link (email) or code (phone).
  const locked =
    login.error instanceof ApiError &&
    login.error.code === 'RATE_LIMITED' &&
    (login.error.details as { unlock?: boolean } | undefined)?.unlock === true;
  const sendUnlock = useMutation({
    mutationFn: (value: string) =>
      ok(client.POST('/api/v1/auth/unlock/send', { body: { identifier: value } })),
  });
  const unlock = useMutation({
    mutationFn: (body: { phone: string; code: string }) =>
      ok(client.POST('/api/v1/auth/unlock', { body })),
    onSuccess: (session) => {
      setSession(session);
      void navigate(afterSignIn(session.user.role, next), { replace: true });
    },
  });
  const byPhone = !identifier.includes('@');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const typed = String(form.get('identifier') ?? '').trim();
    const value = typed.includes('@') ? typed : toAsciiDigits(typed);
    setIdentifier(value);
    login.mutate({ identifier: value, password: String(form.get('password') ?? '') });
  }

  return (
    <section className="stack narrow">
      <h1>{t('login.title')}</h1>
      {params.get('denied') && user && (
        <p className="alert alert-info" role="status">
          {t('login.denied')}
        </p>
      )}
      <form onSubmit={submit} className="form" data-testid="login-form">
        <Field
          label={t('login.identifier')}
          name="identifier"
          required
          autoComplete="username"
          placeholder={t('login.identifierPlaceholder')}
        />
        <Field
          label={t('fields.password')}
          name="password"
          type="password"
          required
          autoComplete="current-password"
        />
        <ErrorBox error={login.error} />
        <button type="submit" className="primary" disabled={login.isPending}>
          {login.isPending ? t('common.wait') : t('login.submit')}
        </button>
      </form>
      {(locked || sendUnlock.isSuccess) && (
        <div className="stack" data-testid="login-unlock">
          <p>{t('login.locked')}</p>
          {!sendUnlock.isSuccess && (
            <button
              type="button"
              className="secondary"
              onClick={() => sendUnlock.mutate(identifier)}
              disabled={sendUnlock.isPending}
            >
              {t('login.sendUnlock')}
            </button>
          )}
          <ErrorBox error={sendUnlock.error ?? unlock.error} />
          {sendUnlock.isSuccess && (
            <Notice>{t(byPhone ? 'login.unlockSentPhone' : 'login.unlockSentEmail')}</Notice>
          )}
          {sendUnlock.isSuccess && byPhone && (
            <form
              className="form"
              onSubmit={(event) => {
                event.preventDefault();
                unlock.mutate({ phone: identifier, code: unlockCode });
              }}
            >
              <Field
                label={t('login.unlockCode')}
                name="unlockCode"
                inputMode="numeric"
                autoComplete="one-time-code"
                required
                maxLength={6}
                value={unlockCode}
                onChange={(e) =>
                  setUnlockCode(toAsciiDigits(e.target.value).replace(/\D/g, '').slice(0, 6))
                }
              />
              <button
                type="submit"
                className="primary"
                disabled={unlock.isPending || unlockCode.length !== 6}
              >
                {t('login.unlockSubmit')}
              </button>
            </form>
          )}
        </div>
      )}
      <p>
        <Link to="/forgot-password" className="tap">
          {t('login.forgot')}
        </Link>
      </p>
      <p>
        {t('login.noAccount')} <Link to="/register">{t('nav.register')}</Link>
      </p>
    </section>
  );
}
