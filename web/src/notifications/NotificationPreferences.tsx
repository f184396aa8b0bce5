import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorBox, Notice } from '../components/Feedback';
import {
  fetchPreferences,
  notificationKeys,
  savePreferences,
  type Channels,
  type PreferenceGroup,
} from './api';

const channelNames: (keyof Channels)[] = ['inApp', 'email', 'sms'];

/** One row per kind of notification, one checkbox per channel; saved on each change. */
export function NotificationPreferences() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const prefs = useQuery({ queryKey: notificationKeys.preferences, queryFn: fetchPreferences });
  const save = useMutation({
    mutationFn: savePreferences,
    onSuccess: (data) => queryClient.setQueryData(notificationKeys.preferences, data),
  });

  const toggle = (group: PreferenceGroup, channel: keyof Channels, value: boolean) =>
    save.mutate({ [group.group]: { [channel]: value } });

  return (
    <div className="card" id="notification-preferences" data-testid="notification-preferences">
      <h2>{t('notifications.preferences')}</h2>
      <p className="hint">{t('notifications.preferencesHint')}</p>
      <table className="preferences">
        <thead>
          <tr>
            <th scope="col">{t('notifications.kind')}</th>
            {channelNames.map((c) => (
              <th scope="col" key={c}>
                {t(`notifications.channels.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {prefs.data?.items.map((group) => (
            <tr key={group.group}>
              <th scope="row">{t(`notifications.groups.${group.group}`)}</th>
              {channelNames.map((channel) => {
                const locked = group.transactional && channel === 'inApp';
                return (
                  <td key={channel}>
                    {/* The cell's label is the thumb-sized target around the small box. */}
                    <label className="check-target">
                      <input
                        type="checkbox"
                        aria-label={`${t(`notifications.groups.${group.group}`)}: ${t(`notifications.channels.${channel}`)}`}
                        checked={group.channels[channel]}
                        disabled={locked || save.isPending}
                        title={locked ? t('notifications.locked') : undefined}
                        onChange={(e) => toggle(group, channel, e.currentTarget.checked)}
                      />
                    </label>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <ErrorBox error={prefs.error ?? save.error} />
      {save.isSuccess && <Notice>{t('common.saved')}</Notice>}
    </div>
  );
}
