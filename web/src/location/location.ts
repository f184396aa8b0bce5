import { useSyncExternalStore } from 'react';

/**
 * Where the customer is shopping from: a browser geolocation fix or an area chosen from the
 * gazetteer. Remembered in localStorage so the next visit starts there without asking again.
 */
export type ChosenLocation = {
  lat: number;
  lng: number;
  source: 'gps' | 'area';
  /** For an area: its names, to show "near Dhanmondi". */
  nameBn?: string;
  nameEn?: string;
};

const KEY = 'haat.location';
const listeners = new Set<() => void>();

function read(): ChosenLocation | null {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? 'null') as ChosenLocation | null;
    return value && Number.isFinite(value.lat) && Number.isFinite(value.lng) ? value : null;
  } catch {
    return null;
  }
}

let current = read();

export function setChosenLocation(value: ChosenLocation | null) {
  current = value;
  try {
    if (value) localStorage.setItem(KEY, JSON.stringify(value));
    else localStorage.removeItem(KEY);
  } catch {
    // private mode: remembered for this page only
  }
  for (const l of listeners) l();
}

export function useChosenLocation(): ChosenLocation | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}

export type GeoError = 'denied' | 'unavailable' | 'unsupported';

/** Asks the browser for the position (the permission prompt appears here). */
export function locateMe(): Promise<ChosenLocation> {
  return new Promise((resolve, reject) => {
    if (!('geolocation' in navigator)) {
      reject(new Error('unsupported' satisfies GeoError));
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        const value: ChosenLocation = {
          lat: Number(pos.coords.latitude.toFixed(6)),
          lng: Number(pos.coords.longitude.toFixed(6)),
          source: 'gps',
        };
        setChosenLocation(value);
        resolve(value);
      },
      (err) =>
        reject(
          new Error((err.code === err.PERMISSION_DENIED ? 'denied' : 'unavailable') as GeoError),
        ),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  });
}

/** Great-circle distance in metres (for a shop card when the API gave no distance). */
export function distanceMetres(a: { lat: number; lng: number }, b: { lat: number; lng: number }) {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}
