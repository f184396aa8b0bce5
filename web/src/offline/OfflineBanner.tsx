import { WifiOff } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useOnline } from './online';

/** Under the header while the phone has no connection: pages show what the phone saw last. */
export function OfflineBanner() {
  const { t } = useTranslation();
  const online = useOnline();
  if (online) return null;
  return (
    <p className="offline-banner" role="status" data-testid="offline-banner">
      <WifiOff aria-hidden="true" />
      <span>{t('offline.banner')}</span>
    </p>
  );
}
