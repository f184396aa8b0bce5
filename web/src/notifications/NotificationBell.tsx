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
      {/* An inline icon: emoji fonts are missing on many phones. */}
      <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" fill="currentColor">
        <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
      </svg>
      {count > 0 && (
        <span className="bell-count" aria-hidden="true" data-testid="bell-count">
          {format.number(Math.min(count, 99))}
          {count > 99 ? '+' : ''}
        </span>
      )}
    </Link>
  );
}
