import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format';
import { useUnreadCount } from './useUnreadCount';

export function NotificationBell() {
  const { t } = useTranslation();
  const format = useFormat();
  const count = useUnreadCount(true);
  const label =
    count > 0
      ? t('notifications.bellUnread', { count, formatted: format.number(count) })
      : t('notifications.title');
  return (
    <Link to="/notifications" className="bell" aria-label={label} title={label} data-testid="bell">
      <span aria-hidden="true">🔔</span>
      {count > 0 && (
        <span className="bell-count" aria-hidden="true" data-testid="bell-count">
          {format.number(Math.min(count, 99))}
          {count > 99 ? '+' : ''}
        </span>
      )}
    </Link>
  );
}
