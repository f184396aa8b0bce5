import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { client, ok } from '../api/client';
import { setSession } from '../api/session';
import { afterSignIn } from '../auth/navigation';
import { ErrorBox, Loading } from '../components/Feedback';

/** The one-time sign-in link from the email (?token=): signs in and lifts a login lockout. */
export function Unlock() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token');
  const started = useRef(false);

  const unlock = useMutation({
    mutationFn: (value: string) =>
      ok(client.POST('/api/v1/auth/unlock', { body: { token: value } })),
    onSuccess: (session) => {
      setSession(session);
      void navigate(afterSignIn(session.user.role, null), { replace: true });
    },
  });
  const { mutate } = unlock;

  // A link works once: the ref keeps a second effect run (StrictMode) from spending it twice.
  useEffect(() => {
    if (token && !started.current) {
      started.current = true;
      mutate(token);
    }
  }, [token, mutate]);

  return (
    <section className="stack narrow">
      <h1>{t('unlock.title')}</h1>
      {!token && <p className="alert alert-error">{t('unlock.missing')}</p>}
      {unlock.isPending && <Loading />}
      <ErrorBox error={unlock.error} />
      <p>
        <Link to="/login">{t('nav.login')}</Link>
      </p>
    </section>
  );
}
