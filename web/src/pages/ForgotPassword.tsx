import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { client, ok } from '../api/client';
import { ErrorBox, Notice } from '../components/Feedback';
import { Field } from '../components/Field';
import { toAsciiDigits } from '../format';

export function ForgotPassword() {
  const { t } = useTranslation();
  const [identifier, setIdentifier] = useState('');
  const forgot = useMutation({
    mutationFn: (value: string) =>
      ok(client.POST('/api/v1/auth/password/forgot', { body: { identifier: value } })),
  });
  const isPhone = identifier !== '' && !identifier.includes('@');

  function submit(event: FormEvent) {
    event.preventDefault();
    const value = identifier.trim();
    forgot.mutate(value.includes('@') ? value : toAsciiDigits(value));
  }

  return (
    <section className="stack narrow">
      <h1>{t('forgot.title')}</h1>
      <p>{t('forgot.intro')}</p>
      <form onSubmit={submit} className="form">
        <Field
          label={t('login.identifier')}
          name="identifier"
          required
          autoComplete="username"
          value={identifier}
          onChange={(e) => setIdentifier(e.target.value)}
        />
        <ErrorBox error={forgot.error} />
        <button type="submit" className="primary" disabled={forgot.isPending}>
          {t('forgot.submit')}
        </button>
      </form>
      {forgot.isSuccess && (
        <>
          <Notice>{isPhone ? t('forgot.sentSms') : t('forgot.sentEmail')}</Notice>
          {isPhone && (
            <Link
              to={`/reset-password?phone=${encodeURIComponent(toAsciiDigits(identifier.trim()))}`}
            >
              {t('forgot.enterCode')}
            </Link>
          )}
        </>
      )}
    </section>
  );
}
