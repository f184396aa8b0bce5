import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../api/session';
import { pendingLines, subscribePendingBag } from './pendingBag';
import { PENDING_BAG_KEY } from './rules';

/** On the bag: what was added offline and goes in once the phone is back online. */
export function PendingBagNotice() {
  const { t } = useTranslation();
  const { user } = useSession();
  const raw = useSyncExternalStore(subscribePendingBag, () => localStorageText());
  const lines = raw ? pendingLines().filter((l) => l.userId === user?.id) : [];
  if (!lines.length) return null;
  return (
    <div className="alert alert-ok" role="status" data-testid="pending-bag">
      <p>{t('offline.queued')}</p>
      <ul>
        {lines.map((l) => (
          <li key={l.variantId} translate="no">
            {l.name}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The stored text, a stable snapshot for React (the parsed array would be new every time). */
function localStorageText() {
  try {
    return localStorage.getItem(PENDING_BAG_KEY) ?? '';
  } catch {
    return '';
  }
}
