import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { client, ok } from '../api/client';
import { usePublicConfig } from '../api/config';
import type { ApiBody, ApiResponse } from '../api/schema';
import type { Place, PlaceId } from '../api/types';
import { ErrorBox, Loading } from '../components/Feedback';
import { Field } from '../components/Field';
import { localPhone, toAsciiDigits } from '../format';
import type { LatLng } from '../map/LocationMap';
import { AreaPicker } from '../pages/seller/AreaPicker';
import type { Address } from './api';
import { useSession } from '../api/session';

// Leaflet is fetched only when the buyer opens the map to place the pin.
const LocationMap = lazy(() => import('../map/LocationMap'));

type PlaceWithAncestors = ApiResponse<'/api/v1/geo/places/{id}'>;
type AddressBody = ApiBody<'/api/v1/me/addresses', 'post'>;

type Props = {
  lang: string;
  /** The saved address to edit; a new one when absent. */
  address?: Address;
  onSaved: (address: Address) => void;
  onCancel?: () => void;
};

/**
 * A delivery address: recipient, phone, gazetteer area, street line, a landmark, and optionally a
 * pin on the map. Without a pin the area's centre stands for the address; with one, delivery
 * distance (and so the shop's charge and radius) is measured from the door.
 */
export function AddressForm(props: Props) {
  const { address } = props;
  // Editing: the saved area comes back with its chain (division first) for the pickers.
  const saved = useQuery({
    queryKey: ['place', address?.placeId],
    queryFn: () =>
      ok(client.GET('/api/v1/geo/places/{id}', { params: { path: { id: address!.placeId! } } })),
    enabled: address?.placeId != null,
  });
  if (address?.placeId != null) {
    if (saved.error) return <ErrorBox error={saved.error} />;
    if (!saved.data) return <Loading />;
  }
  return <AddressFields {...props} savedPlace={saved.data ?? null} />;
}

function AddressFields({
  lang,
  address,
  savedPlace,
  onSaved,
  onCancel,
}: Props & { savedPlace: PlaceWithAncestors | null }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const queryClient = useQueryClient();
  const [chain, setChain] = useState<PlaceId[]>(() =>
    savedPlace ? [...savedPlace.ancestors.map((a) => a.id), savedPlace.id] : [],
  );
  const [place, setPlace] = useState<Place | null>(savedPlace);
  // A saved position away from its area's centre is a pin the buyer dropped.
  const [pin, setPin] = useState<LatLng | null>(() =>
    address && (savedPlace?.lat !== address.lat || savedPlace?.lng !== address.lng)
      ? { lat: address.lat, lng: address.lng }
      : null,
  );
  const [mapOpen, setMapOpen] = useState(false);
  // Where the map looks: set on opening it and on choosing an area, not on each tap (the map
  // stays where the buyer is looking while they move the pin).
  const [focus, setFocus] = useState<LatLng | null>(null);

  const config = usePublicConfig(mapOpen);
  const save = useMutation({
    mutationFn: (body: AddressBody) =>
      address
        ? ok(
            client.PUT('/api/v1/me/addresses/{id}', { params: { path: { id: address.id } }, body }),
          )
        : ok(client.POST('/api/v1/me/addresses', { body })),
    onSuccess: async (a) => {
      await queryClient.invalidateQueries({ queryKey: ['addresses'] });
      onSaved(a);
    },
  });

  const centre =
    place?.lat != null && place.lng != null ? { lat: place.lat, lng: place.lng } : null;
  const where = pin ?? centre;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!where) return;
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    save.mutate({
      label: text('label') || t('checkout.home'),
      recipientName: text('recipientName'),
      phone: toAsciiDigits(text('phone')),
      addressLine: text('addressLine'),
      landmark: text('landmark') || null,
      placeId: place ? Number(place.id) : null,
      lat: where.lat,
      lng: where.lng,
    });
  }

  return (
    <form onSubmit={submit} className="stack card" data-testid="address-form" lang={lang}>
      <Field
        label={t('checkout.label')}
        name="label"
        placeholder={t('checkout.home')}
        defaultValue={address?.label}
      />
      <Field
        label={t('checkout.recipient')}
        name="recipientName"
        required
        autoComplete="name"
        defaultValue={address?.recipientName ?? user?.name}
      />
      <Field
        label={t('fields.phone')}
        name="phone"
        inputMode="tel"
        required
        autoComplete="tel"
        // A new address starts with the customer's own name and number: most deliveries are to them.
        defaultValue={
          address ? localPhone(address.phone) : user?.phone ? localPhone(user.phone) : undefined
        }
      />
      <AreaPicker
        value={chain}
        onChange={(next, deepest) => {
          setChain(next);
          setPlace(deepest);
          if (deepest?.lat != null && deepest.lng != null) {
            setFocus({ lat: deepest.lat, lng: deepest.lng });
          }
        }}
      />
      <Field
        label={t('checkout.addressLine')}
        name="addressLine"
        required
        minLength={3}
        defaultValue={address?.addressLine}
      />
      <Field
        label={t('checkout.landmark')}
        name="landmark"
        hint={t('checkout.landmarkHint')}
        defaultValue={address?.landmark ?? ''}
      />
      <div className="stack" data-testid="address-pin">
        <p className="small muted">{pin ? t('addresses.pinned') : t('addresses.areaCentre')}</p>
        {mapOpen ? (
          config.data ? (
            <Suspense fallback={<Loading />}>
              <LocationMap
                tileUrl={config.data.mapTileUrl}
                position={pin}
                focus={focus}
                onPick={setPin}
              />
            </Suspense>
          ) : (
            <ErrorBox error={config.error} />
          )
        ) : (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setFocus(pin ?? centre);
              setMapOpen(true);
            }}
          >
            {t('addresses.placePin')}
          </button>
        )}
        {pin && (
          <button type="button" className="link-button small" onClick={() => setPin(null)}>
            {t('addresses.removePin')}
          </button>
        )}
      </div>
      {save.error && <ErrorBox error={save.error} />}
      <div className="row">
        <button type="submit" disabled={!where || save.isPending}>
          {t('checkout.saveAddress')}
        </button>
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
