import type { ReactNode } from 'react';
import { ShoppingBasket } from 'lucide-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { productName, type StockState } from '../api/catalog';
import type { SearchHit } from '../api/search';
import { useFormat } from '../format';
import { ProductImage, urlsFromThumb } from './ProductImage';

/** Grey blocks in the shape of what is loading, so the page does not jump on a slow phone. */
export function Skeleton({
  count = 4,
  variant = 'row',
}: {
  count?: number;
  variant?: 'row' | 'tile';
}) {
  const { t } = useTranslation();
  return (
    <div
      className={`skeleton-list skeleton-${variant}`}
      role="status"
      aria-label={t('common.loading')}
    >
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className="skeleton" />
      ))}
    </div>
  );
}

/** A price, and what it buys ("/ কেজি", "/ ১ হালি") when that is known. */
export function Price({
  price,
  compareAt,
  per,
}: {
  price: number;
  compareAt?: number | null;
  per?: string | null;
}) {
  const format = useFormat();
  return (
    <span className="price" data-testid="price">
      <strong>{format.price(price)}</strong>
      {per && (
        <span className="muted small" data-testid="price-per">
          / {per}
        </span>
      )}
      {compareAt != null && compareAt > price && (
        <s className="muted" data-testid="compare-at">
          {format.price(compareAt)}
        </s>
      )}
    </span>
  );
}

export function StockBadge({ state }: { state: StockState }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-stock-${state}`} data-testid="stock-state" data-state={state}>
      {t(`product.stock.${state}`)}
    </span>
  );
}

/** How many rows of a list that starts near the top of the page are on a phone's first screen. */
export const FIRST_SCREEN_ROWS = 3;

/**
 * One product in a list: thumbnail (64 px: the 200-px WebP up to 3× screens, only that one on
 * Save-Data; lazy below the first rows), name, price, shop and distance; `action` (a remove
 * button) sits beside the link, never inside it.
 */
export function ProductRow({
  hit,
  action,
  testId,
  eager = false,
}: {
  hit: SearchHit;
  action?: ReactNode;
  testId?: string;
  /** One of the first rows, on screen at once: its picture loads without waiting (not lazy). */
  eager?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const name = productName(hit, i18n.language);
  return (
    <li data-testid={testId} className={action ? 'with-action' : undefined}>
      <Link to={`/products/${hit.id}`} className="product-row" data-testid="product-hit">
        {hit.thumbUrl ? (
          <ProductImage
            urls={urlsFromThumb(hit.thumbUrl)}
            sizes="64px"
            light="thumb"
            alt=""
            width={64}
            height={64}
            loading={eager ? undefined : 'lazy'}
          />
        ) : (
          <span className="thumb-placeholder" aria-hidden="true">
            <ShoppingBasket />
          </span>
        )}
        <span className="product-row-text">
          {/* Names are the seller's words: translation tools leave them alone. */}
          <strong data-testid="product-name" translate="no">
            {name}
          </strong>
          {hit.price != null && (
            <Price
              price={hit.price}
              compareAt={hit.compareAtPrice}
              per={hit.unit ? t(`units.${hit.unit}`) : null}
            />
          )}
          <span className="muted small">
            {hit.shop && (
              <span translate="no">
                {i18n.language === 'en' ? hit.shop.nameEn : hit.shop.nameBn}
              </span>
            )}
            {hit.distanceM != null && (
              <>
                {' · '}
                <span data-testid="distance">{format.distance(hit.distanceM)}</span>
              </>
            )}
            {hit.inStock === false && <> · {t('product.stock.out')}</>}
          </span>
        </span>
      </Link>
      {action}
    </li>
  );
}
