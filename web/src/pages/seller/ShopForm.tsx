import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { client, ok } from '../../api/client';
import { usePublicConfig } from '../../api/config';
import type { ApiBody } from '../../api/schema';
import { shopTypes, type Place, type PlaceId, type Shop, type ShopType } from '../../api/types';
import { ErrorBox, Loading } from '../../components/Feedback';
import { Field, SelectField } from '../../components/Field';
import { toAsciiDigits } from '../../format';
import type { LatLng } from '../../map/LocationMap';
import { AreaPicker } from './AreaPicker';

// Leaflet (~150 kB) is fetched only when a shop form is opened.
const LocationMap = lazy(() => import('../../map/LocationMap'));

/** Week as shops in Bangladesh count it: Saturday first. `day` follows the API (0 = Sunday). */
const WEEK = [6, 0, 1, 2, 3, 4, 5];

type DayHours = { day: number; open: boolean; from: string; to: string };

type FormState = {
  nameBn: string;
  nameEn: string;
  type: ShopType;
  phone: string;
  address: string;
  lat: string;
  lng: string;
  hours: DayHours[];
  radiusKm: string;
  tradeLicence: string;
  drugLicence: string;
  bin: string;
  vatRegistered: boolean;
  vatRate: string;
};

function initialState(shop?: Shop): FormState {
  const byDay = new Map(shop?.openingHours.map((h) => [h.day, h]));
  return {
    nameBn: shop?.nameBn ?? '',
    nameEn: shop?.nameEn ?? '',
    type: shop?.type ?? 'grocery',
    phone: shop?.phone ?? '',
    address: shop?.address ?? '',
    lat: shop ? String(shop.lat) : '',
    lng: shop ? String(shop.lng) : '',
    hours: WEEK.map((day) => {
      const h = byDay.get(day);
      if (shop && !h) return { day, open: false, from: '09:00', to: '21:00' };
      return { day, open: true, from: h?.open ?? '09:00', to: h?.close ?? '21:00' };
    }),
    radiusKm: String((shop?.deliveryRadiusM ?? 3000) / 1000),
    tradeLicence: shop?.tradeLicence ?? '',
    drugLicence: shop?.drugLicence ?? '',
    bin: shop?.bin ?? '',
    vatRegistered: shop?.vatRegistered ?? false,
    vatRate: shop?.vatRate != null ? String(shop.vatRate) : '',
  };
}

function parseCoordinate(text: string): number | null {
  const value = Number.parseFloat(toAsciiDigits(text.trim()));
  return Number.isFinite(value) ? value : null;
}

function optional(key: 'tradeLicence' | 'drugLicence' | 'bin', value: string, editing: boolean) {
  const trimmed = value.trim();
  if (trimmed) return { [key]: trimmed };
  return editing ? { [key]: null } : {};
}

/** Mirrors the server (src/modules/shops/shops.review.ts): a pin moved less than this is a correction. */
const REVIEW_MOVE_METRES = 100;

/** What the form sends: a new shop (POST /shops), or the edit of one (PATCH /shops/{id}). */
export type ShopBody = ApiBody<'/api/v1/shops', 'post'>;

function metresBetween(a: LatLng, b: LatLng) {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.min(1, Math.sqrt(h)));
}

type ReviewedField = 'name' | 'type' | 'licence' | 'address' | 'location';

/**
 * What an admin checked before approving the shop and this form now changes: saving such a change
 * sends an approved shop back to review (hidden from customers until approved again).
 */
function reviewedChanges(
  shop: Shop,
  form: FormState,
  placeId: PlaceId | null,
  position: LatLng | null,
): ReviewedField[] {
  const text = (v: string) => v.trim() || null;
  const changed: ReviewedField[] = [];
  if (form.nameBn.trim() !== shop.nameBn || form.nameEn.trim() !== shop.nameEn)
    changed.push('name');
  if (form.type !== shop.type) changed.push('type');
  const drug = form.type === 'pharmacy' ? text(form.drugLicence) : null;
  if (text(form.tradeLicence) !== shop.tradeLicence || drug !== shop.drugLicence)
    changed.push('licence');
  if (form.address.trim() !== shop.address) changed.push('address');
  const placeChanged = placeId !== (shop.placeId ?? null);
  if (
    placeChanged ||
    (position && metresBetween(position, { lat: shop.lat, lng: shop.lng }) >= REVIEW_MOVE_METRES)
  )
    changed.push('location');
  return changed;
}

type Props = {
  shop?: Shop;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: ShopBody) => void;
};

export function ShopForm({ shop, submitLabel, pending, error, onSubmit }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState(() => initialState(shop));
  const [placeId, setPlaceId] = useState<PlaceId | null>(shop?.placeId ?? null);
  // null until the seller touches the picker; an edited shop starts from its saved place.
  const [placeChain, setPlaceChain] = useState<PlaceId[] | null>(null);
  const savedPlace = useQuery({
    queryKey: ['place', shop?.placeId],
    queryFn: () =>
      ok(client.GET('/api/v1/geo/places/{id}', { params: { path: { id: shop!.placeId! } } })),
    enabled: shop?.placeId != null,
    staleTime: Infinity,
  });
  const chain =
    placeChain ??
    (savedPlace.data ? [...savedPlace.data.ancestors.map((p) => p.id), savedPlace.data.id] : []);
  const [locationError, setLocationError] = useState<string | null>(null);
  const [focus, setFocus] = useState<LatLng | null>(null);
  const config = usePublicConfig();

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) =>
    setForm((f) => ({ ...f, [key]: value }));

  const lat = parseCoordinate(form.lat);
  const lng = parseCoordinate(form.lng);
  const position = lat !== null && lng !== null ? { lat, lng } : null;
  const review = shop?.status === 'approved' ? reviewedChanges(shop, form, placeId, position) : [];

  const pick = useCallback((p: LatLng) => {
    setLocationError(null);
    setForm((f) => ({ ...f, lat: p.lat.toFixed(6), lng: p.lng.toFixed(6) }));
  }, []);

  function choosePlace(chain: PlaceId[], deepest: Place | null) {
    setPlaceChain(chain);
    setPlaceId(chain.at(-1) ?? null);
    if (deepest?.lat != null && deepest.lng != null) {
      const centre = { lat: deepest.lat, lng: deepest.lng };
      pick(centre);
      setFocus(centre);
    }
  }

  function setHours(day: number, patch: Partial<DayHours>) {
    set(
      'hours',
      form.hours.map((h) => (h.day === day ? { ...h, ...patch } : h)),
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!position) {
      setLocationError(t('shopForm.locationRequired'));
      return;
    }
    const radius = Number.parseFloat(toAsciiDigits(form.radiusKm));
    const vatRate = form.vatRate.trim() ? Number.parseFloat(toAsciiDigits(form.vatRate)) : NaN;
    onSubmit({
      nameBn: form.nameBn.trim(),
      nameEn: form.nameEn.trim(),
      type: form.type,
      phone: toAsciiDigits(form.phone.trim()),
      address: form.address.trim(),
      ...(placeId !== null ? { placeId } : shop?.placeId != null ? { placeId: null } : {}),
      lat: position.lat,
      lng: position.lng,
      openingHours: form.hours
        .filter((h) => h.open)
        .map((h) => ({ day: h.day, open: h.from, close: h.to })),
      ...(Number.isFinite(radius) ? { deliveryRadiusM: Math.round(radius * 1000) } : {}),
      // On edit an emptied field clears the saved value; on create it is simply left out.
      ...optional('tradeLicence', form.tradeLicence, Boolean(shop)),
      ...optional('drugLicence', form.type === 'pharmacy' ? form.drugLicence : '', Boolean(shop)),
      // The server checks the BIN (13 digits; spaces, dashes and Bengali digits are fine).
      ...optional('bin', toAsciiDigits(form.bin), Boolean(shop)),
      vatRegistered: form.vatRegistered,
      ...(Number.isFinite(vatRate) ? { vatRate } : shop?.vatRate != null ? { vatRate: null } : {}),
    });
  }

  return (
    <form className="form" onSubmit={submit} data-testid="shop-form">
      <Field
        label={t('shopForm.nameBn')}
        name="nameBn"
        lang="bn"
        required
        value={form.nameBn}
        onChange={(e) => set('nameBn', e.target.value)}
      />
      <Field
        label={t('shopForm.nameEn')}
        name="nameEn"
        lang="en"
        required
        value={form.nameEn}
        onChange={(e) => set('nameEn', e.target.value)}
      />
      <SelectField
        label={t('shopForm.type')}
        name="type"
        value={form.type}
        onChange={(e) => set('type', e.target.value as ShopType)}
      >
        {shopTypes.map((type) => (
          <option key={type} value={type}>
            {t(`shop.type.${type}`)}
          </option>
        ))}
      </SelectField>
      <Field
        label={t('shopForm.phone')}
        name="phone"
        type="tel"
        required
        autoComplete="tel"
        placeholder="01XXXXXXXXX"
        value={form.phone}
        onChange={(e) => set('phone', e.target.value)}
      />
      <div className="field">
        <label htmlFor="shop-address">{t('shopForm.address')}</label>
        <textarea
          id="shop-address"
          name="address"
          required
          rows={2}
          value={form.address}
          onChange={(e) => set('address', e.target.value)}
        />
      </div>

      <fieldset>
        <legend>{t('shopForm.location')}</legend>
        <p className="hint">{t('shopForm.locationHint')}</p>
        <AreaPicker value={chain} onChange={choosePlace} />
        {config.data ? (
          <Suspense fallback={<Loading />}>
            <LocationMap
              tileUrl={config.data.mapTileUrl}
              position={position}
              focus={focus}
              onPick={pick}
            />
          </Suspense>
        ) : (
          <ErrorBox error={config.error} />
        )}
        <div className="row">
          <Field
            label={t('shopForm.lat')}
            name="lat"
            inputMode="decimal"
            value={form.lat}
            onChange={(e) => set('lat', e.target.value)}
            onBlur={() => position && setFocus(position)}
          />
          <Field
            label={t('shopForm.lng')}
            name="lng"
            inputMode="decimal"
            value={form.lng}
            onChange={(e) => set('lng', e.target.value)}
            onBlur={() => position && setFocus(position)}
          />
        </div>
        {locationError && (
          <p className="field-error" role="alert" data-testid="location-error">
            {locationError}
          </p>
        )}
      </fieldset>

      <fieldset className="hours" data-testid="opening-hours">
        <legend>{t('shopForm.hours')}</legend>
        {form.hours.map((h) => (
          <div className="hours-row" key={h.day}>
            <label className="check">
              <input
                type="checkbox"
                name={`open-${h.day}`}
                checked={h.open}
                onChange={(e) => setHours(h.day, { open: e.target.checked })}
              />
              {t(`days.${h.day}`)}
            </label>
            {h.open ? (
              <span className="times">
                <input
                  type="time"
                  name={`from-${h.day}`}
                  aria-label={t('shopForm.opensAt', { day: t(`days.${h.day}`) })}
                  value={h.from}
                  required
                  onChange={(e) => setHours(h.day, { from: e.target.value })}
                />
                <span aria-hidden="true">–</span>
                <input
                  type="time"
                  name={`to-${h.day}`}
                  aria-label={t('shopForm.closesAt', { day: t(`days.${h.day}`) })}
                  value={h.to}
                  required
                  onChange={(e) => setHours(h.day, { to: e.target.value })}
                />
              </span>
            ) : (
              <span className="muted">{t('shopForm.closed')}</span>
            )}
          </div>
        ))}
      </fieldset>

      <Field
        label={t('shopForm.radius')}
        name="deliveryRadiusKm"
        inputMode="decimal"
        value={form.radiusKm}
        onChange={(e) => set('radiusKm', e.target.value)}
      />
      <Field
        label={t('shopForm.tradeLicence')}
        name="tradeLicence"
        value={form.tradeLicence}
        onChange={(e) => set('tradeLicence', e.target.value)}
      />
      {form.type === 'pharmacy' && (
        <Field
          label={t('shopForm.drugLicence')}
          name="drugLicence"
          required
          hint={t('shopForm.drugLicenceHint')}
          value={form.drugLicence}
          onChange={(e) => set('drugLicence', e.target.value)}
        />
      )}
      <fieldset data-testid="vat-settings">
        <legend>{t('shopForm.vat')}</legend>
        <p className="small muted">{t('shopForm.vatHint')}</p>
        <Field
          label={t('shopForm.bin')}
          name="bin"
          inputMode="numeric"
          hint={t('shopForm.binHint')}
          required={form.vatRegistered}
          value={form.bin}
          onChange={(e) => set('bin', e.target.value)}
        />
        <label className="check">
          <input
            type="checkbox"
            name="vatRegistered"
            checked={form.vatRegistered}
            onChange={(e) => set('vatRegistered', e.target.checked)}
          />
          {t('shopForm.vatRegistered')}
        </label>
        {form.vatRegistered && (
          <Field
            label={t('shopForm.vatRate')}
            name="vatRate"
            inputMode="decimal"
            value={form.vatRate}
            onChange={(e) => set('vatRate', e.target.value)}
          />
        )}
      </fieldset>
      {review.length > 0 && (
        <p className="alert alert-info" role="alert" data-testid="review-warning">
          {t('shopForm.reviewWarning', {
            fields: review.map((f) => t(`shopForm.reviewField.${f}`)).join(', '),
          })}
        </p>
      )}
      <ErrorBox error={error} />
      <button type="submit" className="primary" disabled={pending}>
        {pending ? t('common.wait') : review.length > 0 ? t('shopForm.saveForReview') : submitLabel}
      </button>
    </form>
  );
}
