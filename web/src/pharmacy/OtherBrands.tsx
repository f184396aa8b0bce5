import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format';
import { useChosenLocation } from '../location/location';
import { useProductAlternatives } from './api';

/**
 * "Other brands of the same medicine" on a medicine's product page: the same generic, strength and
 * form in shops on sale (the same brand elsewhere too), with price, shop and distance.
 */
export function OtherBrands({ productId, enabled }: { productId: string; enabled: boolean }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const location = useChosenLocation();
  const alternatives = useProductAlternatives(
    productId,
    location ? { lat: location.lat, lng: location.lng } : null,
    enabled,
  );
  const items = alternatives.data?.items ?? [];
  if (!enabled || items.length === 0) return null;
  return (
    <section className="stack" data-testid="other-brands">
      <h2>{t('medicines.otherBrands')}</h2>
      <ul className="list">
        {items.map((a) => {
          const name = (i18n.language === 'en' ? a.nameEn : a.nameBn) ?? a.nameEn ?? a.brand;
          const shop = i18n.language === 'en' ? a.shop.nameEn : a.shop.nameBn;
          return (
            <li key={a.productId} className="card row-between" data-testid="other-brand">
              <div className="stack">
                <Link to={`/products/${a.productId}`}>{name}</Link>
                <span className="small muted">
                  {a.sameBrand ? t('medicines.sameBrand') : a.brand} · {a.strength} ·{' '}
                  {a.manufacturer}
                </span>
                <span className="small muted">
                  {shop}
                  {a.distanceM !== null && ` · ${format.distance(a.distanceM)}`}
                </span>
              </div>
              <strong>{format.price(a.price)}</strong>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
