import 'leaflet/dist/leaflet.css';
import { divIcon, type LeafletMouseEvent, type Marker as LeafletMarker } from 'leaflet';
import { useEffect, useMemo, useState } from 'react';
import { MapContainer, Marker, TileLayer, ZoomControl, useMap, useMapEvents } from 'react-leaflet';
import { useTranslation } from 'react-i18next';

export type LatLng = { lat: number; lng: number };

type Props = {
  tileUrl: string;
  position: LatLng | null;
  /** A point chosen outside the map (area picker, typed numbers): the map flies there. */
  focus: LatLng | null;
  onPick: (position: LatLng) => void;
};

const DHAKA: [number, number] = [23.8103, 90.4125];

// A CSS pin: no marker image files to fetch or to break in the bundle.
const pinIcon = divIcon({
  className: 'map-pin',
  html: '<span></span>',
  // A 44×44 target for a thumb dragging it; the pin drawn inside stands on its bottom middle.
  iconSize: [44, 44],
  iconAnchor: [22, 44],
});

function ClickToPick({ onPick }: { onPick: Props['onPick'] }) {
  useMapEvents({
    click: (event: LeafletMouseEvent) => onPick({ lat: event.latlng.lat, lng: event.latlng.lng }),
  });
  return null;
}

/** Leaflet's own words ("A JavaScript library for interactive maps") are not ours to show. */
function PlainAttribution() {
  const map = useMap();
  useEffect(() => {
    map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  }, [map]);
  return null;
}

function FollowFocus({ focus }: { focus: LatLng | null }) {
  const map = useMap();
  useEffect(() => {
    if (focus) map.setView([focus.lat, focus.lng], Math.max(map.getZoom(), 15));
  }, [map, focus]);
  return null;
}

/** Map for placing a shop or a door: tap to drop the pin, drag it to adjust. Loaded lazily (Leaflet is big). */
export default function LocationMap({ tileUrl, position, focus, onPick }: Props) {
  const { t } = useTranslation();
  const [tilesFailed, setTilesFailed] = useState(false);
  const tileEvents = useMemo(() => ({ tileerror: () => setTilesFailed(true) }), []);
  const markerEvents = useMemo(
    () => ({
      dragend: (event: { target: LeafletMarker }) => {
        const { lat, lng } = event.target.getLatLng();
        onPick({ lat, lng });
      },
    }),
    [onPick],
  );

  return (
    <div className="map-wrap" data-testid="location-map">
      <MapContainer
        center={position ? [position.lat, position.lng] : DHAKA}
        zoom={position ? 15 : 12}
        className="map"
        zoomControl={false}
      >
        <ZoomControl zoomInTitle={t('map.zoomIn')} zoomOutTitle={t('map.zoomOut')} />
        <PlainAttribution />
        <TileLayer url={tileUrl} attribution="&copy; OpenStreetMap" eventHandlers={tileEvents} />
        <ClickToPick onPick={onPick} />
        <FollowFocus focus={focus} />
        {position && (
          <Marker
            position={[position.lat, position.lng]}
            draggable
            icon={pinIcon}
            eventHandlers={markerEvents}
          />
        )}
      </MapContainer>
      {tilesFailed && (
        <p className="hint" role="status">
          {t('shopForm.tilesFailed')}
        </p>
      )}
    </div>
  );
}
