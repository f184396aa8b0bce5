import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchNearbyShops } from '../api/catalog';
import { usePublicConfig } from '../api/config';
import { shopsInBounds } from '../api/search';
import { Skeleton } from '../components/Catalog';
import { ErrorBox } from '../components/Feedback';
import { LocationBar } from '../components/LocationBar';
import { ShopCard } from '../components/ShopCard';
import { useFormat } from '../format';
import { useChosenLocation } from '../location/location';
import type { Bounds } from '../map/ShopsMap';

// Leaflet comes in its own chunk, only on this page.
const ShopsMap = lazy(() => import('../map/ShopsMap'));

const RADII = [500, 1000, 2000, 5000, 10000];

/** Shops near the chosen point: a map when tiles load, and always a list (works without tiles). */
export default function NearMe() {
  const { t } = useTranslation();
  const format = useFormat();
  const location = useChosenLocation();
  const [radius, setRadius] = useState(1000);
  const [view, setView] = useState<'list' | 'map'>('list');
  const [bounds, setBounds] = useState<Bounds | null>(null);
  const config = usePublicConfig();
  const nearby = useQuery({
    queryKey: ['shops', 'nearby', location?.lat, location?.lng, radius],
    queryFn: () => fetchNearbyShops(location!.lat, location!.lng, radius),
    enabled: Boolean(location),
  });
  // Panning the map shows the shops inside it; without that endpoint the nearby list is used.
  const inBounds = useQuery({
    queryKey: ['shops', 'in-bounds', bounds],
    queryFn: () => shopsInBounds(bounds!),
    enabled: view === 'map' && bounds !== null,
    retry: false,
  });
  const mapShops = inBounds.data?.items ?? nearby.data?.items ?? [];

  return (
    <section className="stack">
      <h1>{t('nearMe.title')}</h1>
      <LocationBar />
      {location && (
        <>
          <div className="title-row">
            <div className="tabs" role="tablist">
              {(['list', 'map'] as const).map((v) => (
                <button
                  key={v}
                  type="button"
                  role="tab"
                  aria-selected={view === v}
                  className={view === v ? 'active' : ''}
                  onClick={() => setView(v)}
                >
                  {t(`nearMe.${v}`)}
                </button>
              ))}
            </div>
            <label className="inline-select">
              <span>{t('search.radius')}</span>
              <select value={radius} onChange={(e) => setRadius(Number(e.target.value))}>
                {RADII.map((r) => (
                  <option key={r} value={r}>
                    {format.distance(r)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {view === 'map' && config.data && (
            <Suspense fallback={<Skeleton count={1} variant="tile" />}>
              <ShopsMap
                tileUrl={config.data.mapTileUrl}
                centre={location}
                shops={mapShops}
                onBoundsChange={setBounds}
              />
            </Suspense>
          )}
          {nearby.isPending && <Skeleton count={4} />}
          <ErrorBox error={nearby.error} />
          {nearby.data?.items.length === 0 && <p className="muted">{t('home.noShopsNear')}</p>}
          <ul className="list" data-testid="near-me-list">
            {nearby.data?.items.map((s) => (
              <ShopCard key={s.id} shop={s} distanceM={s.distanceM} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
