import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { client, ok } from '../api/client';
import { getAccessToken, setUser } from '../api/session';
import { ErrorBox, Loading, Notice } from '../components/Feedback';

export function VerifyEmail() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token');
  const started = useRef(false);

  const verify = useMutation({
    mutationFn: (value: string) =>
      ok(client.POST('/api/v1/auth/verify/email', { body: { token: value } })),
    onSuccess: ({ user }) => {
      if (getAccessToken()) setUser(user);
    },
  });
  const { mutate } = verify;

  // A token works once: the ref keeps a second effect run (StrictMode) from spending it twice.
  useEffect(() => {
    if (token && !started.current) {
      started.current = true;
      mutate(token);
    }
  }, [token, mutate]);

  return (
    <section className="stack narrow">
      <h1>{t('verifyEmail.title')}</h1>
      {!token && <p className="alert alert-error">{t('verifyEmail.missing')}</p>}
      {verify.isPending && <Loading />}
      {verify.isSuccess && <Notice testId="email-verified">{t('verifyEmail.done')}</Notice>}
      <ErrorBox error={verify.error} />
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </section>
  );
}
