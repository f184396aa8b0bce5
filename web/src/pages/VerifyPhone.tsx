import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { client, ok } from '../api/client';
import { setUser, useSession } from '../api/session';
import { afterSignIn } from '../auth/navigation';
import { ErrorBox, Notice } from '../components/Feedback';
import { Field } from '../components/Field';
import { toAsciiDigits } from '../format';

export function VerifyPhone() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { user } = useSession();
  const [code, setCode] = useState('');
  const next = params.get('next');

  const verify = useMutation({
    mutationFn: (value: string) =>
      ok(client.POST('/api/v1/auth/verify/phone', { body: { code: value } })),
    onSuccess: ({ user: updated }) => {
      setUser(updated);
      void navigate(afterSignIn(updated.role, next), { replace: true });
    },
  });
  const resend = useMutation({
    mutationFn: () => ok(client.POST('/api/v1/auth/verify/phone/send')),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    verify.mutate(code);
  }

  if (user?.phoneVerified) {
    return (
      <section className="stack narrow">
        <h1>{t('verifyPhone.title')}</h1>
        <Notice>{t('verifyPhone.already')}</Notice>
        <Link to={afterSignIn(user.role, next)}>{t('common.continue')}</Link>
      </section>
    );
  }

  return (
    <section className="stack narrow">
      <h1>{t('verifyPhone.title')}</h1>
      <p>{t('verifyPhone.sent', { phone: user?.phone ?? '' })}</p>
      <form onSubmit={submit} className="form" data-testid="verify-phone-form">
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
        <button type="submit" className="primary" disabled={verify.isPending || code.length !== 6}>
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
      <p>
        <Link to={afterSignIn(user?.role ?? 'customer', next)}>{t('verifyPhone.later')}</Link>
      </p>
    </section>
  );
}
