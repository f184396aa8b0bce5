import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../api/session';
import { useFavorites, useToggleFavorite } from './api';

/** Heart toggle for a product or shop; a guest is sent to sign in first. */
export function FavoriteButton({ kind, id }: { kind: 'product' | 'shop'; id: string }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const navigate = useNavigate();
  const favorites = useFavorites();
  const toggle = useToggleFavorite();
  if (user && user.role !== 'customer') return null;
  const on = Boolean(favorites.data?.items.some((f) => f.kind === kind && f.id === id));
  return (
    <button
      type="button"
      className={on ? 'heart on' : 'heart'}
      aria-pressed={on}
      aria-label={on ? t('favorites.removeLabel') : t('favorites.addLabel')}
      data-testid="favorite-toggle"
      disabled={toggle.isPending}
      onClick={() => {
        if (!user) {
          void navigate(`/login?next=${encodeURIComponent(window.location.pathname)}`);
          return;
        }
        toggle.mutate({ kind, id, on: !on });
      }}
    >
      {on ? '♥' : '♡'}
    </button>
  );
}
