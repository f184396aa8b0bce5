import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { categoryName, fetchCategories, flattenCategories, takaToPoisha } from '../api/catalog';
import { search, searchSorts, type SearchParams, type SearchSort } from '../api/search';
import { shopTypes, type ShopType } from '../api/types';
import { FIRST_SCREEN_ROWS, ProductRow, Skeleton } from '../components/Catalog';
import { ErrorBox } from '../components/Feedback';
import { SearchInput } from '../components/SearchInput';
import { LocationBar } from '../components/LocationBar';
import { toAsciiDigits, useFormat } from '../format';
import { useChosenLocation } from '../location/location';

const RADII = [500, 1000, 2000, 5000, 10000, 50000];
/** Wide enough to find shops outside a city centre; the customer's own choice is remembered. */
const DEFAULT_RADIUS = 5000;
const RADIUS_KEY = 'haat.radius';

function storedRadius(): number {
  try {
    const n = Number(localStorage.getItem(RADIUS_KEY));
    return RADII.includes(n) ? n : DEFAULT_RADIUS;
  } catch {
    return DEFAULT_RADIUS;
  }
}

function rememberRadius(value: string) {
  try {
    localStorage.setItem(RADIUS_KEY, value);
  } catch {
    // storage blocked: the choice lasts for this search only
  }
}

export default function SearchPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const location = useChosenLocation();
  const [showFilters, setShowFilters] = useState(false);

  const q = params.get('q') ?? '';
  const category = params.get('category') ?? '';
  const shopType = (params.get('shopType') ?? '') as ShopType | '';
  const minPrice = params.get('minPrice') ?? '';
  const maxPrice = params.get('maxPrice') ?? '';
  const inStock = params.get('inStock') === 'true';
  const radius = Number(params.get('radius') ?? storedRadius());
  const sort = (params.get('sort') ?? (q ? 'relevance' : 'newest')) as SearchSort;

  function update(patch: Record<string, string | null>) {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) {
      if (value === null || value === '') next.delete(key);
      else next.set(key, value);
    }
    setParams(next, { replace: true });
  }

  const request: SearchParams = {
    q: q || undefined,
    category: category || undefined,
    shopType: shopType || undefined,
    minPrice: takaToPoisha(minPrice) ?? undefined,
    maxPrice: takaToPoisha(maxPrice) ?? undefined,
    inStock: inStock || undefined,
    sort,
    limit: 20,
    ...(location ? { lat: location.lat, lng: location.lng, radius } : {}),
  };
  const results = useInfiniteQuery({
    queryKey: ['search', request],
    queryFn: ({ pageParam }) => search({ ...request, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

  const categories = useQuery({
    queryKey: ['categories'],
    queryFn: fetchCategories,
    staleTime: 10 * 60_000,
  });

  // Infinite list: the next page loads when the sentinel under the list scrolls into view.
  const sentinel = useRef<HTMLDivElement>(null);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = results;
  useEffect(() => {
    const node = sentinel.current;
    if (!node || !hasNextPage || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting) && !isFetchingNextPage) void fetchNextPage();
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  const items = results.data?.pages.flatMap((p) => p.items) ?? [];
  // Facet counts of the first page's query (the same for every page of it).
  const facets = results.data?.pages[0]?.facets;
  const count = (facet: 'categories' | 'shopTypes', value: string) => {
    const n = facets?.[facet].find((f) => f.value === value)?.count;
    return n === undefined ? '' : ` (${format.number(n)})`;
  };
  const sorts = searchSorts.filter((s) => (s === 'distance' ? Boolean(location) : true));

  return (
    <section className="stack">
      <h1>{q ? t('search.titleFor', { q }) : t('search.title')}</h1>
      <SearchInput key={q} initial={q} onSearch={(text) => update({ q: text, sort: null })} />
      <LocationBar />
      <div className="title-row">
        <button
          type="button"
          onClick={() => setShowFilters((v) => !v)}
          aria-expanded={showFilters}
          data-testid="filters-toggle"
        >
          {t('search.filters')}
        </button>
        {location && (
          <label className="inline-select">
            <span>{t('search.radius')}</span>
            <select
              name="radius"
              data-testid="radius"
              value={String(radius)}
              onChange={(e) => {
                rememberRadius(e.target.value);
                update({ radius: e.target.value });
              }}
            >
              {RADII.map((r) => (
                <option key={r} value={r}>
                  {t('search.within', { distance: format.distance(r) })}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="inline-select">
          <span>{t('search.sort')}</span>
          <select name="sort" value={sort} onChange={(e) => update({ sort: e.target.value })}>
            {sorts.map((s) => (
              <option key={s} value={s}>
                {t(`search.sorts.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {showFilters && (
        <fieldset className="filters" data-testid="filters">
          <legend>{t('search.filters')}</legend>
          <label>
            {t('search.category')}
            <select
              name="category"
              value={category}
              onChange={(e) => update({ category: e.target.value })}
            >
              <option value="">{t('search.any')}</option>
              {flattenCategories(categories.data?.items ?? []).map(({ category: c, depth }) => (
                <option key={c.id} value={c.slug}>
                  {'\u00a0\u00a0'.repeat(depth)}
                  {categoryName(c, i18n.language)}
                  {count('categories', c.id)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('search.shopType')}
            <select
              name="shopType"
              value={shopType}
              onChange={(e) => update({ shopType: e.target.value })}
            >
              <option value="">{t('search.any')}</option>
              {shopTypes.map((type) => (
                <option key={type} value={type}>
                  {t(`shop.type.${type}`)}
                  {count('shopTypes', type)}
                </option>
              ))}
            </select>
          </label>
          <div className="row">
            <label>
              {t('search.minPrice')}
              <input
                name="minPrice"
                inputMode="decimal"
                defaultValue={minPrice}
                onBlur={(e) => update({ minPrice: toAsciiDigits(e.target.value.trim()) })}
              />
            </label>
            <label>
              {t('search.maxPrice')}
              <input
                name="maxPrice"
                inputMode="decimal"
                defaultValue={maxPrice}
                onBlur={(e) => update({ maxPrice: toAsciiDigits(e.target.value.trim()) })}
              />
            </label>
          </div>
          <label className="check">
            <input
              type="checkbox"
              name="inStock"
              checked={inStock}
              onChange={(e) => update({ inStock: e.target.checked ? 'true' : null })}
            />
            {t('search.inStock')}
          </label>
        </fieldset>
      )}
      {results.isPending && <Skeleton count={6} />}
      <ErrorBox error={results.error} />
      {results.isSuccess && items.length === 0 && (
        <p className="muted" data-testid="no-results">
          {t('search.none')}
        </p>
      )}
      <ul className="list" data-testid="search-results">
        {items.map((hit, i) => (
          <ProductRow key={hit.id} hit={hit} eager={i < FIRST_SCREEN_ROWS} />
        ))}
      </ul>
      <div ref={sentinel} />
      {hasNextPage && (
        <button type="button" onClick={() => void fetchNextPage()} disabled={isFetchingNextPage}>
          {isFetchingNextPage ? t('common.loading') : t('common.more')}
        </button>
      )}
    </section>
  );
}
