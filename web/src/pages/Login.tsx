import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { setSession, useSession } from '../api/session';
import type { Session } from '../api/types';
import { afterSignIn } from '../auth/navigation';
import { ErrorBox } from '../components/Feedback';
import { Field } from '../components/Field';
import { toAsciiDigits } from '../format';

export function Login() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { user } = useSession();
  const next = params.get('next');

  const login = useMutation({
    mutationFn: (body: { identifier: string; password: string }) =>
      api<Session>('/auth/login', { method: 'POST', body, retryOn401: false }),
    onSuccess: (session) => {
      setSession(session);
      void navigate(afterSignIn(session.user.role, next), { replace: true });
    },
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const identifier = String(form.get('identifier') ?? '').trim();
    login.mutate({
      identifier: identifier.includes('@') ? identifier : toAsciiDigits(identifier),
      password: String(form.get('password') ?? ''),
    });
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
      <p>
        <Link to="/forgot-password">{t('login.forgot')}</Link>
      </p>
      <p>
        {t('login.noAccount')} <Link to="/register">{t('nav.register')}</Link>
      </p>
    </section>
  );
}
