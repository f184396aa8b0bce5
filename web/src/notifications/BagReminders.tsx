import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { client, ok } from '../api/client';
import { ErrorBox } from '../components/Feedback';

const key = ['me', 'bag-reminders'] as const;

/** The account's switch for bag reminders, and the quiet hours they keep. */
export function BagReminders() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const settings = useQuery({
    queryKey: key,
    queryFn: () => ok(client.GET('/api/v1/me/bag-reminders')),
  });
  const save = useMutation({
    mutationFn: (body: { enabled?: boolean; quietHours?: { from: string; to: string } }) =>
      ok(client.PUT('/api/v1/me/bag-reminders', { body })),
    onSuccess: (data) => queryClient.setQueryData(key, data),
  });
  const data = settings.data;
  return (
    <div className="card" id="bag-reminders" data-testid="bag-reminders">
      <h2>{t('bagReminders.title')}</h2>
      <p className="hint">{t('bagReminders.hint')}</p>
      <ErrorBox error={settings.error ?? save.error} />
      {data && (
        <>
          <label>
            <input
              type="checkbox"
              checked={data.enabled}
              disabled={save.isPending}
              onChange={(e) => save.mutate({ enabled: e.currentTarget.checked })}
            />{' '}
            {t('bagReminders.enabled')}
          </label>
          <fieldset>
            <legend>{t('bagReminders.quietHours')}</legend>
            <label>
              {t('bagReminders.from')}{' '}
              <input
                type="time"
                defaultValue={data.quietHours.from}
                onBlur={(e) =>
                  e.currentTarget.value &&
                  save.mutate({ quietHours: { ...data.quietHours, from: e.currentTarget.value } })
                }
              />
            </label>{' '}
            <label>
              {t('bagReminders.to')}{' '}
              <input
                type="time"
                defaultValue={data.quietHours.to}
                onBlur={(e) =>
                  e.currentTarget.value &&
                  save.mutate({ quietHours: { ...data.quietHours, to: e.currentTarget.value } })
                }
              />
            </label>
          </fieldset>
        </>
      )}
    </div>
  );
}
