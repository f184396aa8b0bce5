import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { setSession } from '../api/session';
import type { Locale, Session } from '../api/types';
import { afterSignIn } from '../auth/navigation';
import { ErrorBox } from '../components/Feedback';
import { Field, SelectField } from '../components/Field';
import { toAsciiDigits } from '../format';

type AccountType = 'customer' | 'seller';

export function Register() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [accountType, setAccountType] = useState<AccountType>(
    params.get('type') === 'seller' ? 'seller' : 'customer',
  );
  const [contactError, setContactError] = useState<string | null>(null);

  const register = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api<Session>('/auth/register', { method: 'POST', body, retryOn401: false }),
    onSuccess: (session) => {
      setSession(session);
      const home = afterSignIn(session.user.role, null);
      void navigate(session.user.phone ? `/verify-phone?next=${encodeURIComponent(home)}` : home);
    },
  });

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
