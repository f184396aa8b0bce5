import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { ShopPharmacist } from '../prescriptions/Prescription';
import { SendPrescription } from '../prescriptions/Requests';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  categoryName,
  coverImage,
  flattenCategories,
  fetchCategories,
  fetchShop,
  fetchShopProducts,
  stockState,
  type Product,
} from '../api/catalog';
import type { SearchHit } from '../api/search';
import { FIRST_SCREEN_ROWS, ProductRow, Skeleton } from '../components/Catalog';
import { ErrorBox } from '../components/Feedback';
import { useFormat } from '../format';
import { openState } from '../location/hours';
import { FavoriteButton } from '../shop/FavoriteButton';
import { distanceMetres, useChosenLocation } from '../location/location';
import { RatingBadge, ReviewSection } from '../reviews/ReviewList';

/** Week as shops in Bangladesh count it: Saturday first (0 = Sunday in the API). */
const WEEK = [6, 0, 1, 2, 3, 4, 5];

function toHit(p: Product): SearchHit {
  const cheapest = [...p.variants].sort((a, b) => a.price - b.price)[0];
  return {
    id: p.id,
    nameBn: p.nameBn,
    nameEn: p.nameEn,
    unit: p.unit,
    price: cheapest?.price ?? null,
    compareAtPrice: cheapest?.compareAtPrice ?? null,
    inStock: stockState(p.variants) !== 'out',
    thumbUrl: coverImage(p.images)?.urls?.thumb ?? null,
    shop: null,
    distanceM: null,
  };
}

export default function ShopPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const location = useChosenLocation();
  const [category, setCategory] = useState<string>('');
  const shop = useQuery({
    queryKey: ['shop', id],
    queryFn: () => fetchShop(id),
  });
  const products = useInfiniteQuery({
    queryKey: ['shop-products', id],
    queryFn: ({ pageParam }) => fetchShopProducts(id, { limit: 50, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: shop.isSuccess,
  });
  const categories = useQuery({
    queryKey: ['categories'],
    queryFn: fetchCategories,
    staleTime: 10 * 60_000,
  });

  if (shop.isPending) return <Skeleton count={3} />;
  if (shop.error) return <ErrorBox error={shop.error} />;
  const s = shop.data;
  const state = openState(s.openingHours);
  const all =
    products.data?.pages.flatMap((p) => p.items).filter((p) => p.status === 'active') ?? [];
  const used = new Set(all.map((p) => p.categoryId));
  const usedCategories = flattenCategories(categories.data?.items ?? [])
    .map((c) => c.category)
    .filter((c) => used.has(c.id));
  const shown = category ? all.filter((p) => p.categoryId === category) : all;

  return (
    <article className="stack" data-testid="shop-page">
      <div className="title-row">
        <h1>{i18n.language === 'en' ? s.nameEn : s.nameBn}</h1>
        <FavoriteButton kind="shop" id={s.id} />
      </div>
      <RatingBadge subject="shop" id={s.id} />
      {s.type === 'pharmacy' && <ShopPharmacist shopId={s.id} />}
      {s.type === 'pharmacy' && <SendPrescription shopId={s.id} />}
      <p className="muted">
        {t(`shop.type.${s.type}`)}
        {location && <> · {format.distance(distanceMetres(location, s))}</>}
      </p>
      <p
        className={state.open ? 'badge badge-approved' : 'badge badge-rejected'}
        data-testid="open-state"
      >
        {state.open
          ? t('shopPage.openUntil', { time: format.time(state.closesAt ?? '') })
          : t('shopPage.closedNow')}
      </p>
      <dl className="facts">
        <dt>{t('shopForm.address')}</dt>
        <dd>{s.address}</dd>
        <dt>{t('shopForm.phone')}</dt>
        <dd>
          <a href={`tel:${s.phone}`} className="tap">
            {s.phone}
          </a>
        </dd>
        <dt>{t('shopPage.delivery')}</dt>
        <dd>{format.distance(s.deliveryRadiusM)}</dd>
      </dl>
      <details>
        <summary>{t('shopForm.hours')}</summary>
        <dl className="facts">
          {WEEK.map((day) => {
            const hours = s.openingHours.filter((h) => h.day === day);
            return (
              <div key={day} className="contents">
                <dt>{t(`days.${day}`)}</dt>
                <dd>
                  {hours.length
                    ? hours.map((h) => `${format.time(h.open)}–${format.time(h.close)}`).join(', ')
                    : t('shopForm.closed')}
                </dd>
              </div>
            );
          })}
        </dl>
      </details>
      <h2>{t('shopPage.products')}</h2>
      {usedCategories.length > 1 && (
        <div className="chips" role="group" aria-label={t('search.category')}>
          <button
            type="button"
            className={category ? 'chip' : 'chip active'}
            onClick={() => setCategory('')}
          >
            {t('search.any')}
          </button>
          {usedCategories.map((c) => (
            <button
              key={c.id}
              type="button"
              className={category === c.id ? 'chip active' : 'chip'}
              onClick={() => setCategory(c.id)}
            >
              {categoryName(c, i18n.language)}
            </button>
          ))}
        </div>
      )}
      {products.isPending && <Skeleton count={4} />}
      <ErrorBox error={products.error} />
      {products.isSuccess && shown.length === 0 && (
        <p className="muted">{t('shopPage.noProducts')}</p>
      )}
      <ul className="list" data-testid="shop-products">
        {shown.map((p, i) => (
          <ProductRow key={p.id} hit={toHit(p)} eager={i < FIRST_SCREEN_ROWS} />
        ))}
      </ul>
      {products.hasNextPage && (
        <button
          type="button"
          onClick={() => void products.fetchNextPage()}
          disabled={products.isFetchingNextPage}
        >
          {t('common.more')}
        </button>
      )}
      <ReviewSection subject="shop" id={s.id} />
    </article>
  );
}
