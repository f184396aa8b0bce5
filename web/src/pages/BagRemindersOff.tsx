import { useMutation } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { client, ok } from '../api/client';
import { ErrorBox, Loading } from '../components/Feedback';

/**
 * Where a bag reminder's "turn these off" link lands: it turns them off with the link's token, no
 * sign-in needed. A POST from the page, not the GET of the link, so mail scanners that open links
 * change nothing.
 */
export function BagRemindersOff() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const off = useMutation({
    mutationFn: () => ok(client.POST('/api/v1/bag-reminders/opt-out', { body: { token } })),
  });
  return (
    <section className="stack narrow" data-testid="bag-reminders-off">
      <h1>{t('bagReminders.offTitle')}</h1>
      {off.isSuccess ? (
        <p className="alert alert-info">{t('bagReminders.offDone')}</p>
      ) : (
        <>
          <p>{t('bagReminders.offAsk')}</p>
          <button type="button" disabled={!token || off.isPending} onClick={() => off.mutate()}>
            {t('bagReminders.offButton')}
          </button>
          {off.isPending && <Loading />}
        </>
      )}
      <ErrorBox error={off.error} />
      <Link to="/account#bag-reminders">{t('bagReminders.inAccount')}</Link>
    </section>
  );
}
