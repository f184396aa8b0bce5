import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, ok } from '../api/client';
import { ErrorBox, Loading, Notice } from '../components/Feedback';
import { localPhone } from '../format';
import { useAddresses } from '../shop/api';
import { AddressForm } from '../shop/AddressForm';

/** The buyer's saved delivery addresses: add, edit (area, pin, landmark) and delete. */
export default function AddressesPage() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const addresses = useAddresses();
  const remove = useMutation({
    mutationFn: (id: string) =>
      ok(client.DELETE('/api/v1/me/addresses/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['addresses'] }),
  });

  const items = addresses.data?.items ?? [];
  return (
    <section className="stack narrow" data-testid="addresses">
      <h1>{t('addresses.title')}</h1>
      {addresses.isPending && <Loading />}
      <ErrorBox error={addresses.error ?? remove.error} />
      {remove.isSuccess && <Notice>{t('addresses.deleted')}</Notice>}
      {addresses.isSuccess && items.length === 0 && <p className="hint">{t('addresses.none')}</p>}
      <ul className="list">
        {items.map((a) =>
          editing === a.id ? (
            <li key={a.id}>
              <AddressForm
                key={a.id}
                lang={i18n.language}
                address={a}
                onSaved={() => setEditing(null)}
                onCancel={() => setEditing(null)}
              />
            </li>
          ) : (
            <li
              key={a.id}
              className="card stack"
              data-testid="saved-address"
              data-address-id={a.id}
            >
              <h2>{a.label}</h2>
              <p>
                {a.recipientName} · <span dir="ltr">{localPhone(a.phone)}</span>
              </p>
              <p>{a.addressLine}</p>
              {a.landmark && (
                <p className="small muted">
                  {t('orders.landmark')}: {a.landmark}
                </p>
              )}
              {confirming === a.id ? (
                <div className="stack" role="group" aria-label={t('addresses.confirmDelete')}>
                  <p>{t('addresses.confirmDelete')}</p>
                  <div className="row">
                    <button
                      type="button"
                      className="danger"
                      disabled={remove.isPending}
                      onClick={() => remove.mutate(a.id, { onSettled: () => setConfirming(null) })}
                    >
                      {t('addresses.yesDelete')}
                    </button>
                    <button type="button" className="secondary" onClick={() => setConfirming(null)}>
                      {t('common.cancel')}
                    </button>
                  </div>
                </div>
              ) : (
                <div className="row">
                  <button type="button" className="secondary" onClick={() => setEditing(a.id)}>
                    {t('addresses.edit')}
                  </button>
                  <button type="button" className="danger" onClick={() => setConfirming(a.id)}>
                    {t('addresses.delete')}
                  </button>
                </div>
              )}
            </li>
          ),
        )}
      </ul>
      {editing === 'new' ? (
        <AddressForm
          lang={i18n.language}
          onSaved={() => setEditing(null)}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <button type="button" onClick={() => setEditing('new')}>
          {t('checkout.addAddress')}
        </button>
      )}
    </section>
  );
}
