import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorBox, Loading, Notice } from '../components/Feedback';
import { useFavorites, useToggleFavorite } from '../shop/api';

export default function FavoritesPage() {
  const { t, i18n } = useTranslation();
  const favorites = useFavorites();
  const toggle = useToggleFavorite();
  if (favorites.isPending) return <Loading />;
  if (favorites.error) return <ErrorBox error={favorites.error} />;
  const items = favorites.data.items;
  const name = (f: { name: string; nameEn: string | null }) =>
    i18n.language === 'en' ? (f.nameEn ?? f.name) : f.name;
  return (
    <section className="stack" data-testid="favorites-page">
      <h1>{t('favorites.title')}</h1>
      {items.length === 0 && <Notice>{t('favorites.none')}</Notice>}
      {(['product', 'shop'] as const).map((kind) => {
        const list = items.filter((f) => f.kind === kind);
        if (list.length === 0) return null;
        return (
          <div key={kind} className="stack">
            <h2>{t(`favorites.${kind}s`)}</h2>
            <ul className="list">
              {list.map((f) => (
                <li key={f.id} className="title-row" data-testid="favorite">
                  <Link to={kind === 'product' ? `/products/${f.id}` : `/shops/${f.id}`}>
                    {name(f)}
                  </Link>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => toggle.mutate({ kind, id: f.id, on: false })}
                  >
                    {t('favorites.remove')}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
