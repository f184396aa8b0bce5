import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchShopProducts, productName } from '../../api/catalog';
import { client, ok } from '../../api/client';
import { ErrorBox, Loading, Notice } from '../../components/Feedback';
import { Field, SelectField } from '../../components/Field';
import { toAsciiDigits, useFormat } from '../../format';
import { localInput, localToIso, takaToPoisha } from './offerInputs';

/** The shop's flash sales: what sold of each cap, switch off/on, and a form for a new one. */
export function ShopFlashSales({ shopId }: { shopId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const queryClient = useQueryClient();
  const queryKey = ['shop-flash-sales', shopId];
  const sales = useQuery({
    queryKey,
    queryFn: () =>
      ok(client.GET('/api/v1/shops/{id}/flash-sales', { params: { path: { id: shopId } } })),
  });
  const toggle = useMutation({
    mutationFn: ({ id, active }: { id: string; active: boolean }) =>
      ok(
        client.PATCH('/api/v1/shops/{id}/flash-sales/{itemId}', {
          params: { path: { id: shopId, itemId: id } },
          body: { active },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey }),
  });
  return (
    <section className="stack" data-testid="shop-flash-sales">
      <h2>{t('sellerPromotions.flashSales')}</h2>
      {sales.isPending && <Loading />}
      {sales.error && <ErrorBox error={sales.error} />}
      {sales.data?.items.length === 0 && <Notice>{t('sellerPromotions.none')}</Notice>}
      <ul className="list">
        {sales.data?.items.map((s) => (
          <li key={s.id} className="title-row" data-testid="flash-sale-row">
            <span>
              <strong>{s.name}</strong> {f.price(s.price)}{' '}
              <s>{t('sellerPromotions.listPrice', { price: f.price(s.listPrice) })}</s>
              {' · '}
              {t('sellerPromotions.sold', { sold: f.number(s.sold), cap: f.number(s.stockCap) })}
              {' · '}
              {f.dateTime(s.startsAt)} – {f.dateTime(s.endsAt)}
              {' · '}
              {s.active ? t('sellerPromotions.active') : t('sellerPromotions.inactive')}
            </span>
            <button
              type="button"
              onClick={() => toggle.mutate({ id: s.id, active: !s.active })}
              disabled={toggle.isPending}
            >
              {s.active ? t('sellerPromotions.deactivate') : t('sellerPromotions.activate')}
            </button>
          </li>
        ))}
      </ul>
      {toggle.error && <ErrorBox error={toggle.error} />}
      <NewFlashSale shopId={shopId} onMade={() => queryClient.invalidateQueries({ queryKey })} />
    </section>
  );
}

function NewFlashSale({ shopId, onMade }: { shopId: string; onMade: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const products = useQuery({
    queryKey: ['shop-products-for-flash', shopId],
    queryFn: () => fetchShopProducts(shopId, { limit: 100, status: 'active' }),
  });
  const variants =
    products.data?.items.flatMap((p) =>
      p.variants.map((v) => ({
        id: v.id,
        label: `${productName(p, i18n.language)}${v.label ? ` (${v.label})` : ''} · ${f.price(v.price)}`,
      })),
    ) ?? [];
  const [variantId, setVariantId] = useState('');
  const [price, setPrice] = useState('');
  const [stockCap, setStockCap] = useState('');
  const [perCustomer, setPerCustomer] = useState('1');
  const [startsAt, setStartsAt] = useState(() => localInput(new Date()));
  const [endsAt, setEndsAt] = useState(() => localInput(new Date(Date.now() + 86_400_000)));
  const [invalid, setInvalid] = useState(false);
  const create = useMutation({
    mutationFn: (body: {
      variantId: string;
      price: number;
      stockCap: number;
      perCustomer: number;
      startsAt: string;
      endsAt: string;
    }) =>
      ok(client.POST('/api/v1/shops/{id}/flash-sales', { params: { path: { id: shopId } }, body })),
    onSuccess: async () => {
      setPrice('');
      await onMade();
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const chosen = variantId || variants[0]?.id;
    const amount = takaToPoisha(price);
    const cap = Number(toAsciiDigits(stockCap.trim()));
    const each = Number(toAsciiDigits(perCustomer.trim()));
    if (!chosen || !amount || !Number.isInteger(cap) || !Number.isInteger(each)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    create.mutate({
      variantId: chosen,
      price: amount,
      stockCap: cap,
      perCustomer: each,
      startsAt: localToIso(startsAt),
      endsAt: localToIso(endsAt),
    });
  }

  if (products.isPending) return <Loading />;
  return (
    <form className="stack card" onSubmit={submit} data-testid="new-flash-sale">
      <h3>{t('sellerPromotions.newFlashSale')}</h3>
      <SelectField
        label={t('sellerPromotions.item')}
        name="variantId"
        value={variantId || variants[0]?.id || ''}
        onChange={(e) => setVariantId(e.target.value)}
      >
        {variants.map((v) => (
          <option key={v.id} value={v.id}>
            {v.label}
          </option>
        ))}
      </SelectField>
      <Field
        label={t('sellerPromotions.flashPrice')}
        name="price"
        inputMode="decimal"
        required
        value={price}
        onChange={(e) => setPrice(e.target.value)}
      />
      <Field
        label={t('sellerPromotions.stockCap')}
        name="stockCap"
        inputMode="numeric"
        required
        value={stockCap}
        onChange={(e) => setStockCap(e.target.value)}
      />
      <Field
        label={t('sellerPromotions.perCustomer')}
        name="perCustomer"
        inputMode="numeric"
        required
        value={perCustomer}
        onChange={(e) => setPerCustomer(e.target.value)}
      />
      <Field
        label={t('sellerPromotions.startsAt')}
        name="startsAt"
        type="datetime-local"
        required
        value={startsAt}
        onChange={(e) => setStartsAt(e.target.value)}
      />
      <Field
        label={t('sellerPromotions.endsAt')}
        name="endsAt"
        type="datetime-local"
        required
        value={endsAt}
        onChange={(e) => setEndsAt(e.target.value)}
      />
      {invalid && (
        <p className="field-error" role="alert">
          {t('validation.number')}
        </p>
      )}
      {create.error && <ErrorBox error={create.error} />}
      <button type="submit" className="primary" disabled={create.isPending}>
        {t('sellerPromotions.create')}
      </button>
    </form>
  );
}
