import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Place } from '../api/types';
import { bengaliPossessive } from '../format';
import { locateMe, setChosenLocation, useChosenLocation } from '../location/location';
import { AreaPicker, placeName } from '../pages/seller/AreaPicker';

function areaName(location: { nameBn?: string; nameEn?: string }, lang: string) {
  const name = placeName({ nameBn: location.nameBn ?? '', nameEn: location.nameEn ?? '' }, lang);
  return lang === 'en' ? name : bengaliPossessive(name);
}

/**
 * "Near: …" with two ways to set it: the phone's location (asks permission) or an area from the
 * gazetteer picker, which works without GPS and without map tiles.
 */
export function LocationBar() {
  const { t, i18n } = useTranslation();
  const location = useChosenLocation();
  const [picking, setPicking] = useState(false);
  const [chain, setChain] = useState<number[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function askGps() {
    setBusy(true);
    setError(null);
    try {
      await locateMe();
      setPicking(false);
    } catch (e) {
      const code = e instanceof Error ? e.message : 'unavailable';
      setError(t(`location.error.${code}`, { defaultValue: t('location.error.unavailable') }));
      setPicking(true);
    } finally {
      setBusy(false);
    }
  }

  function chooseArea(next: number[], deepest: Place | null) {
    setChain(next);
    // An upazila or an area is precise enough: the picker closes. A division or district may be
    // only a step on the way down, so the picker stays open for the next level.
    if (deepest?.lat != null && next.length >= 3) setPicking(false);
    if (deepest?.lat != null && deepest.lng != null) {
      setChosenLocation({
        lat: deepest.lat,
        lng: deepest.lng,
        source: 'area',
        nameBn: deepest.nameBn,
        nameEn: deepest.nameEn,
      });
    }
  }

  const label = !location
    ? t('location.none')
    : location.source === 'gps'
      ? t('location.gps')
      : t('location.area', { name: areaName(location, i18n.language) });

  return (
    <div className="location-bar card" data-testid="location-bar">
      <p>
        <span aria-hidden="true">📍 </span>
        <span data-testid="location-label">{label}</span>
      </p>
      <div className="actions">
        <button type="button" onClick={() => void askGps()} disabled={busy}>
          {busy ? t('location.locating') : t('location.useGps')}
        </button>
        <button type="button" onClick={() => setPicking((p) => !p)} aria-expanded={picking}>
          {t('location.chooseArea')}
        </button>
      </div>
      {error && (
        <p className="hint" role="status">
          {error}
        </p>
      )}
      {picking && <AreaPicker value={chain} onChange={chooseArea} />}
    </div>
  );
}
