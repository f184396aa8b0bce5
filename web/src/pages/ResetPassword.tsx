import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { client, ok } from '../api/client';
import type { ApiBody } from '../api/schema';
import { ErrorBox, Notice } from '../components/Feedback';
import { Field } from '../components/Field';
import { toAsciiDigits } from '../format';

type ResetBody = ApiBody<'/api/v1/auth/password/reset', 'post'>;

/** Two ways in: the emailed link (?token=) or the SMS code typed with the phone number. */
export function ResetPassword() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token');
  const reset = useMutation({
    mutationFn: (body: ResetBody) => ok(client.POST('/api/v1/auth/password/reset', { body })),
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const newPassword = String(form.get('newPassword') ?? '');
    reset.mutate(
      token
        ? { token, newPassword }
        : {
            phone: toAsciiDigits(String(form.get('phone') ?? '').trim()),
            code: toAsciiDigits(String(form.get('code') ?? '').trim()),
            newPassword,
          },
    );
  }

  if (reset.isSuccess) {
    return (
      <section className="stack narrow">
        <h1>{t('reset.title')}</h1>
        <Notice testId="reset-done">{t('reset.done')}</Notice>
        <Link to="/login">{t('nav.login')}</Link>
      </section>
    );
  }

  return (
    <section className="stack narrow">
      <h1>{t('reset.title')}</h1>
      {!token && <p>{t('reset.codeIntro')}</p>}
      <form onSubmit={submit} className="form">
        {!token && (
          <>
            <Field
              label={t('fields.phone')}
              name="phone"
              type="tel"
              required
              autoComplete="tel"
              defaultValue={params.get('phone') ?? ''}
            />
            <Field
              label={t('reset.code')}
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              required
              maxLength={6}
            />
          </>
        )}
        <Field
          label={t('reset.newPassword')}
          name="newPassword"
          type="password"
          required
          minLength={8}
          autoComplete="new-password"
          hint={t('register.passwordHint')}
        />
        <ErrorBox error={reset.error} />
        <button type="submit" className="primary" disabled={reset.isPending}>
          {t('reset.submit')}
        </button>
      </form>
    </section>
  );
}
