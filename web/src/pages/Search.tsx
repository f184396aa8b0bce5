import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { categoryName, fetchCategories, flattenCategories, takaToPoisha } from '../api/catalog';
import {
  search,
  searchSorts,
  suggest,
  type SearchParams,
  type SearchSort,
  type Suggestion,
} from '../api/search';
import { shopTypes, type ShopType } from '../api/types';
import { ProductRow, Skeleton } from '../components/Catalog';
import { ErrorBox } from '../components/Feedback';
import { VoiceInput } from '../components/VoiceInput';
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
const SUGGEST_DELAY_MS = 250;

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** The search box with live suggestions (products, categories, shops) as the customer types. */
function SearchInput({ initial, onSearch }: { initial: string; onSearch: (q: string) => void }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState(initial);
  const [open, setOpen] = useState(false);
  const typed = useDebounced(text.trim(), SUGGEST_DELAY_MS);
  const suggestions = useQuery({
    queryKey: ['suggest', typed],
    queryFn: () => suggest(typed),
    enabled: open && typed.length >= 2,
    staleTime: 60_000,
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setOpen(false);
    onSearch(text.trim());
  }

  const items = open && typed.length >= 2 ? (suggestions.data ?? []).slice(0, 8) : [];
  const [active, setActive] = useState(-1);
  const expanded = items.length > 0;

  function go(s: Suggestion) {
    setOpen(false);
    setActive(-1);
    if (s.kind === 'product') void navigate(`/products/${s.id}`);
    else if (s.kind === 'shop') void navigate(`/shops/${s.id}`);
    else void navigate(`/search?category=${encodeURIComponent(s.slug ?? s.id)}`);
  }

  // WAI-ARIA combobox: arrows move through the suggestions, Enter opens the one chosen, Escape closes.
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (!expanded) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const next = active + step;
      setActive(next >= items.length ? -1 : next < -1 ? items.length - 1 : next);
    } else if (event.key === 'Enter' && active >= 0 && items[active]) {
      event.preventDefault();
      go(items[active]);
    } else if (event.key === 'Escape') {
      // The browser would also empty a search field on Escape: only the list closes.
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  return (
    <form role="search" className="search-box suggest-wrap" onSubmit={submit}>
      <input
        type="search"
        name="q"
        role="combobox"
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        enterKeyHint="search"
        autoComplete="off"
        value={text}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls="search-suggestions"
        aria-activedescendant={expanded && active >= 0 ? `suggestion-${active}` : undefined}
        onKeyDown={onKeyDown}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <VoiceInput
        onText={(spoken) => {
          setText(spoken);
          setOpen(true);
        }}
      />
      <button type="submit" className="primary">
        {t('search.submit')}
      </button>
      <ul
        id="search-suggestions"
        role="listbox"
        aria-label={t('search.label')}
        className="suggestions"
        data-testid="suggestions"
        hidden={!expanded}
      >
        {items.map((s, i) => {
          const name =
            (i18n.language === 'en' ? (s.nameEn ?? s.nameBn) : (s.nameBn ?? s.nameEn)) ?? '';
          return (
            <li
              key={`${s.kind}-${s.id}`}
              id={`suggestion-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => go(s)}
            >
              <span>{name}</span>
              <span className="muted small">{t(`search.kind.${s.kind}`)}</span>
            </li>
          );
        })}
      </ul>
    </form>
  );
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
        {items.map((hit) => (
          <ProductRow key={hit.id} hit={hit} />
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
