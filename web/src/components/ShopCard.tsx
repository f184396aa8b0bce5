import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Shop } from '../api/types';
import { useFormat } from '../format';
import { openState } from '../location/hours';

/** A shop in a list: name, type, distance and whether it is open now (Dhaka time). */
export function ShopCard({ shop, distanceM }: { shop: Shop; distanceM?: number | null }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const state = openState(shop.openingHours);
  return (
    <li>
      <Link
        to={`/shops/${shop.id}`}
        className="card card-link"
        data-testid="shop-hit"
        data-shop-id={shop.id}
      >
        <strong translate="no">{i18n.language === 'en' ? shop.nameEn : shop.nameBn}</strong>
        <span className="muted small">
          {t(`shop.type.${shop.type}`)}
          {distanceM != null && (
            <>
              {' · '}
              <span data-testid="distance">{format.distance(distanceM)}</span>
            </>
          )}
          {' · '}
          <span className={state.open ? 'text-ok' : 'text-err'}>
            {state.open ? t('shopPage.openNow') : t('shopPage.closedNow')}
          </span>
        </span>
      </Link>
    </li>
  );
}
