import { Store } from 'lucide-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../api/search';
import type { ProductUnit } from '../api/catalog';
import { FIRST_SCREEN_ROWS, ProductRow } from '../components/Catalog';
import { ErrorBox, Loading, Notice } from '../components/Feedback';
import { useFavorites, useToggleFavorite, type Favorite } from '../shop/api';

/** A favourite product as a product card: picture, price and its unit, shop, stock. */
function asHit(f: Favorite): SearchHit {
  return {
    id: f.id,
    nameBn: f.name,
    nameEn: f.nameEn,
    unit: (f.unit as ProductUnit | null) ?? null,
    price: f.price,
    compareAtPrice: f.compareAtPrice,
    inStock: f.inStock,
    thumbUrl: f.thumbUrl,
    shop: f.shopId && f.shopName ? { id: f.shopId, nameBn: f.shopName, nameEn: f.shopName } : null,
    distanceM: null,
  };
}

export default function FavoritesPage() {
  const { t, i18n } = useTranslation();
  const favorites = useFavorites();
  const toggle = useToggleFavorite();
  if (favorites.isPending) return <Loading />;
  if (favorites.error) return <ErrorBox error={favorites.error} />;
  const items = favorites.data.items;
  const products = items.filter((f) => f.kind === 'product');
  const shops = items.filter((f) => f.kind === 'shop');
  const remove = (f: Favorite) => (
    <button
      type="button"
      className="link-button"
      data-testid="favorite-remove"
      onClick={() => toggle.mutate({ kind: f.kind, id: f.id, on: false })}
    >
      {t('favorites.remove')}
    </button>
  );
  return (
    <section className="stack" data-testid="favorites-page">
      <h1>{t('favorites.title')}</h1>
      {items.length === 0 && <Notice>{t('favorites.none')}</Notice>}
      {products.length > 0 && (
        <div className="stack">
          <h2>{t('favorites.products')}</h2>
          <ul className="list favorite-list">
            {products.map((f, i) => (
              <ProductRow
                key={f.id}
                hit={asHit(f)}
                action={remove(f)}
                testId="favorite"
                eager={i < FIRST_SCREEN_ROWS}
              />
            ))}
          </ul>
        </div>
      )}
      {shops.length > 0 && (
        <div className="stack">
          <h2>{t('favorites.shops')}</h2>
          <ul className="list favorite-list">
            {shops.map((f) => (
              <li key={f.id} className="favorite-shop" data-testid="favorite">
                <Link to={`/shops/${f.id}`} className="product-row">
                  <span className="thumb-placeholder" aria-hidden="true">
                    <Store />
                  </span>
                  <strong translate="no">
                    {i18n.language === 'en' ? (f.nameEn ?? f.name) : f.name}
                  </strong>
                </Link>
                {remove(f)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
