import 'leaflet/dist/leaflet.css';
import { divIcon, type LatLngBounds } from 'leaflet';
import { useMemo, useState } from 'react';
import { CircleMarker, MapContainer, Marker, Popup, TileLayer, useMapEvents } from 'react-leaflet';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MapShop } from '../api/search';

export type Bounds = { south: number; west: number; north: number; east: number };

type Props = {
  tileUrl: string;
  centre: { lat: number; lng: number };
  shops: MapShop[];
  onBoundsChange?: (bounds: Bounds) => void;
};

const shopIcon = divIcon({
  className: 'map-pin map-pin-shop',
  html: '<span></span>',
  iconSize: [44, 44],
  iconAnchor: [22, 44],
  popupAnchor: [0, -26],
});

function toBounds(b: LatLngBounds): Bounds {
  return { south: b.getSouth(), west: b.getWest(), north: b.getNorth(), east: b.getEast() };
}

function WatchBounds({ onChange }: { onChange?: (b: Bounds) => void }) {
  const map = useMapEvents({ moveend: () => onChange?.(toBounds(map.getBounds())) });
  return null;
}

/** Shops on a map (Leaflet, loaded lazily). The page keeps a plain list beside it. */
export default function ShopsMap({ tileUrl, centre, shops, onBoundsChange }: Props) {
  const { t, i18n } = useTranslation();
  const [tilesFailed, setTilesFailed] = useState(false);
  const tileEvents = useMemo(() => ({ tileerror: () => setTilesFailed(true) }), []);
  return (
    <div className="map-wrap" data-testid="near-me-map">
      <MapContainer center={[centre.lat, centre.lng]} zoom={15} className="map map-tall">
        <TileLayer url={tileUrl} attribution="&copy; OpenStreetMap" eventHandlers={tileEvents} />
        <WatchBounds onChange={onBoundsChange} />
        <CircleMarker
          center={[centre.lat, centre.lng]}
          radius={8}
          pathOptions={{ color: '#1d4ed8', fillOpacity: 0.8 }}
        />
        {shops.map((shop) => (
          <Marker key={shop.id} position={[shop.lat, shop.lng]} icon={shopIcon}>
            <Popup>
              <Link to={`/shops/${shop.id}`}>
                {i18n.language === 'en' ? shop.nameEn : shop.nameBn}
              </Link>
            </Popup>
          </Marker>
        ))}
      </MapContainer>
      {tilesFailed && (
        <p className="hint" role="status">
          {t('nearMe.tilesFailed')}
        </p>
      )}
    </div>
  );
}
