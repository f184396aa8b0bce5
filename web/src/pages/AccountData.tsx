import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { apiDownload, client, ok } from '../api/client';
import { setSession } from '../api/session';
import { ErrorBox } from '../components/Feedback';
import { Field } from '../components/Field';

/**
 * "Your data": download everything Haat holds about you (JSON), or delete the account after
 * typing the password. What is erased and what is kept is explained here and in docs/privacy.md.
 */
export function AccountData() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const download = useMutation({
    mutationFn: () =>
      apiDownload('/me/export', `haat-data-${new Date().toISOString().slice(0, 10)}.json`),
  });
  const remove = useMutation({
    mutationFn: (password: string) => ok(client.DELETE('/api/v1/me', { body: { password } })),
    onSuccess: () => {
      setSession(null);
      void navigate('/?accountDeleted=1', { replace: true });
    },
  });

  function deleteAccount(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    remove.mutate(String(new FormData(event.currentTarget).get('password') ?? ''));
  }

  return (
    <div className="card stack" data-testid="account-data">
      <h2>{t('accountData.title')}</h2>
      <p className="small">{t('accountData.downloadHint')}</p>
      <button type="button" onClick={() => download.mutate()} disabled={download.isPending}>
        {t('accountData.download')}
      </button>
      <ErrorBox error={download.error} />

      {!confirming ? (
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          {t('accountData.delete')}
        </button>
      ) : (
        <form className="form" onSubmit={deleteAccount}>
          <p className="small">{t('accountData.deleteExplain')}</p>
          <p className="small">
            <Link to="/orders">{t('accountData.openOrders')}</Link>
          </p>
          <Field
            label={t('account.currentPassword')}
            name="password"
            type="password"
            required
            autoComplete="current-password"
          />
          <ErrorBox error={remove.error} />
          <div className="row">
            <button type="submit" className="danger" disabled={remove.isPending}>
              {t('accountData.confirmDelete')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
