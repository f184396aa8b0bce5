import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { Place, PlaceId } from '../api/types';
import { ErrorBox } from '../components/Feedback';
import { Field } from '../components/Field';
import { toAsciiDigits } from '../format';
import { AreaPicker } from '../pages/seller/AreaPicker';
import type { Address } from './api';

/** A new delivery address: recipient, phone, gazetteer area, street line and a landmark. */
export function NewAddress({ lang, onSaved }: { lang: string; onSaved: (a: Address) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [chain, setChain] = useState<PlaceId[]>([]);
  const [place, setPlace] = useState<Place | null>(null);
  const save = useMutation({
    mutationFn: (body: unknown) => api<Address>('/me/addresses', { method: 'POST', body }),
    onSuccess: async (a) => {
      await queryClient.invalidateQueries({ queryKey: ['addresses'] });
      onSaved(a);
    },
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    save.mutate({
      label: text('label') || t('checkout.home'),
      recipientName: text('recipientName'),
      phone: toAsciiDigits(text('phone')),
      addressLine: text('addressLine'),
      landmark: text('landmark') || null,
      placeId: place ? Number(place.id) : null,
      lat: place?.lat ?? 23.8103,
      lng: place?.lng ?? 90.4125,
    });
  }

  return (
    <form onSubmit={submit} className="stack card" data-testid="address-form" lang={lang}>
      <Field label={t('checkout.label')} name="label" placeholder={t('checkout.home')} />
      <Field label={t('checkout.recipient')} name="recipientName" required />
      <Field label={t('fields.phone')} name="phone" inputMode="tel" required />
      <AreaPicker
        value={chain}
        onChange={(next, deepest) => {
          setChain(next);
          setPlace(deepest);
        }}
      />
      <Field label={t('checkout.addressLine')} name="addressLine" required minLength={3} />
      <Field label={t('checkout.landmark')} name="landmark" hint={t('checkout.landmarkHint')} />
      {save.error && <ErrorBox error={save.error} />}
      <button type="submit" disabled={!place || save.isPending}>
        {t('checkout.saveAddress')}
      </button>
    </form>
  );
}
