import { useTranslation } from 'react-i18next';
import type { ShopStatus } from '../api/types';

/** Shows a failed call's message (already localized by the server). */
export function ErrorBox({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = error instanceof Error && error.message ? error.message : t('errors.generic');
  return (
    <p className="alert alert-error" role="alert" data-testid="form-error">
      {message}
    </p>
  );
}

export function Notice({ children, testId }: { children: React.ReactNode; testId?: string }) {
  return (
    <p className="alert alert-ok" role="status" data-testid={testId}>
      {children}
    </p>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status" aria-live="polite">
      {t('common.loading')}
    </p>
  );
}

export function StatusBadge({ status }: { status: ShopStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-${status}`} data-testid="shop-status" data-status={status}>
      {t(`shop.status.${status}`)}
    </span>
  );
}
