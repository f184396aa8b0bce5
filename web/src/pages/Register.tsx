import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { client, ok } from '../api/client';
import { setSession } from '../api/session';
import type { ApiBody, ApiResponse } from '../api/schema';
import type { Locale } from '../api/types';
import { afterSignIn } from '../auth/navigation';
import { ErrorBox, Notice } from '../components/Feedback';
import { Field, SelectField } from '../components/Field';
import { toAsciiDigits } from '../format';

type AccountType = 'customer' | 'seller';

/** What POST /auth/register answers, for a new number and a taken one alike. */
type Started = ApiResponse<'/api/v1/auth/register', 'post'>;
type RegisterBody = ApiBody<'/api/v1/auth/register', 'post'>;

/**
 * Sign-up in one page: the form, then the 6-digit code sent to the phone (or, without a phone, to
 * the email). The code creates the account, verified, and signs in. If the number or email already
 * has an account, its owner gets a message instead of a code; this page cannot tell, by design.
 */

export function Register() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [accountType, setAccountType] = useState<AccountType>(
    params.get('type') === 'seller' ? 'seller' : 'customer',
  );
  const [contactError, setContactError] = useState<string | null>(null);

  const [started, setStarted] = useState<(Started & { to: string }) | null>(null);
  const [code, setCode] = useState('');

  const register = useMutation({
    mutationFn: (body: RegisterBody) => ok(client.POST('/api/v1/auth/register', { body })),
    onSuccess: (answer, body) => {
      setCode('');
      setStarted({ ...answer, to: String(answer.channel === 'phone' ? body.phone : body.email) });
    },
  });
  const verify = useMutation({
    mutationFn: (value: string) =>
      ok(
        client.POST('/api/v1/auth/register/verify', {
          body: { registrationId: started?.registrationId ?? '', code: value },
        }),
      ),
    onSuccess: (session) => {
      setSession(session);
      void navigate(afterSignIn(session.user.role, null), { replace: true });
    },
  });
  const resend = useMutation({
    mutationFn: () =>
      ok(
        client.POST('/api/v1/auth/register/resend', {
          body: { registrationId: started?.registrationId ?? '' },
        }),
      ),
  });

  if (started) {
    return (
      <section className="stack narrow">
        <h1>{t(started.channel === 'phone' ? 'verifyPhone.title' : 'register.codeTitleEmail')}</h1>
        <p>
          {t(started.channel === 'phone' ? 'register.codeSentPhone' : 'register.codeSentEmail', {
            to: started.to,
          })}
        </p>
        <form
          className="form"
          data-testid="register-code-form"
          onSubmit={(event) => {
            event.preventDefault();
            verify.mutate(code);
          }}
        >
          <Field
            label={t('verifyPhone.code')}
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            required
            pattern="[0-9]{6}"
            maxLength={6}
            className="otp"
            value={code}
            onChange={(e) => setCode(toAsciiDigits(e.target.value).replace(/\D/g, '').slice(0, 6))}
          />
          <ErrorBox error={verify.error ?? resend.error} />
          {resend.isSuccess && <Notice>{t('verifyPhone.resent')}</Notice>}
          <button
            type="submit"
            className="primary"
            disabled={verify.isPending || code.length !== 6}
          >
            {t('verifyPhone.submit')}
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => resend.mutate()}
            disabled={resend.isPending}
          >
            {t('verifyPhone.resend')}
          </button>
        </form>
        <p className="hint">{t('register.codeHint')}</p>
        <p>
          <button type="button" className="link-button" onClick={() => setStarted(null)}>
            {t('register.startOver')}
          </button>
        </p>
      </section>
    );
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const phone = toAsciiDigits(String(form.get('phone') ?? '').trim());
    const email = String(form.get('email') ?? '').trim();
    if (!phone && !email) {
      setContactError(t('register.needContact'));
      return;
    }
    setContactError(null);
    register.mutate({
      name: String(form.get('name') ?? '').trim(),
      ...(phone ? { phone } : {}),
      ...(email ? { email } : {}),
      password: String(form.get('password') ?? ''),
      locale: form.get('locale') as Locale,
      accountType,
    });
  }

  return (
    <section className="stack narrow">
      <h1>{t('register.title')}</h1>
      <form onSubmit={submit} className="form" data-testid="register-form">
        <fieldset className="segmented">
          <legend>{t('register.accountType')}</legend>
          {(['customer', 'seller'] as const).map((type) => (
            <label key={type} className={accountType === type ? 'active' : undefined}>
              <input
                type="radio"
                name="accountType"
                value={type}
                checked={accountType === type}
                onChange={() => setAccountType(type)}
              />
              {t(`register.type.${type}`)}
            </label>
          ))}
        </fieldset>
        <Field label={t('fields.name')} name="name" required autoComplete="name" />
        <Field
          label={t('fields.phone')}
          name="phone"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          placeholder="01XXXXXXXXX"
          error={contactError}
        />
        <Field label={t('fields.email')} name="email" type="email" autoComplete="email" />
        <p className="hint">{t('register.contactHint')}</p>
        <Field
          label={t('fields.password')}
          name="password"
          type="password"
          required
          minLength={8}
          autoComplete="new-password"
          hint={t('register.passwordHint')}
        />
        <SelectField
          label={t('fields.language')}
          name="locale"
          defaultValue={i18n.language === 'en' ? 'en' : 'bn'}
        >
          <option value="bn">বাংলা</option>
          <option value="en">English</option>
        </SelectField>
        <ErrorBox error={register.error} />
        <button type="submit" className="primary" disabled={register.isPending}>
          {register.isPending ? t('common.wait') : t('register.submit')}
        </button>
      </form>
      <p>
        {t('home.haveAccount')} <Link to="/login">{t('nav.login')}</Link>
      </p>
    </section>
  );
}
