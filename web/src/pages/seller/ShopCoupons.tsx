import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { client, ok } from '../../api/client';
import { ErrorBox, Loading, Notice } from '../../components/Feedback';
import { Field, SelectField } from '../../components/Field';
import { toAsciiDigits, useFormat } from '../../format';

/** Taka typed in either script's digits → poisha; empty → null; anything else → NaN. */
export function takaToPoisha(text: string): number | null {
  const ascii = toAsciiDigits(text.trim());
  if (ascii === '') return null;
  return /^\d+(\.\d{1,2})?$/.test(ascii) ? Math.round(Number(ascii) * 100) : NaN;
}

/** A `datetime-local` value (the browser's time) → ISO with its offset. */
export function localToIso(value: string): string {
  return new Date(value).toISOString();
}

export function localInput(date: Date): string {
  const d = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
}

/** The shop's coupons: a list with their uses, switch off/on, and a form for a new one. */
export function ShopCoupons({ shopId }: { shopId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const queryClient = useQueryClient();
  const queryKey = ['shop-coupons', shopId];
  const coupons = useQuery({
    queryKey,
    queryFn: () =>
      ok(client.GET('/api/v1/shops/{id}/coupons', { params: { path: { id: shopId } } })),
  });
  const toggle = useMutation({
    mutationFn: ({ id, active }: { id: string; active: boolean }) =>
      ok(
        client.PATCH('/api/v1/shops/{id}/coupons/{itemId}', {
          params: { path: { id: shopId, itemId: id } },
          body: { active },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey }),
  });

  return (
    <section className="stack" data-testid="shop-coupons">
      <h2>{t('sellerPromotions.coupons')}</h2>
      {coupons.isPending && <Loading />}
      {coupons.error && <ErrorBox error={coupons.error} />}
      {coupons.data?.items.length === 0 && <Notice>{t('sellerPromotions.none')}</Notice>}
      <ul className="list">
        {coupons.data?.items.map((c) => (
          <li key={c.id} className="title-row" data-testid="coupon-row">
            <span>
              <strong>{c.code}</strong>{' '}
              {c.kind === 'percent' ? `${f.number(c.value / 100)}%` : f.price(c.value)}
              {' · '}
              {t('sellerPromotions.used', { used: f.number(c.used) })}
              {c.maxUses !== null && ` / ${f.number(c.maxUses)}`}
              {' · '}
              {c.active ? t('sellerPromotions.active') : t('sellerPromotions.inactive')}
            </span>
            <button
              type="button"
              onClick={() => toggle.mutate({ id: c.id, active: !c.active })}
              disabled={toggle.isPending}
            >
              {c.active ? t('sellerPromotions.deactivate') : t('sellerPromotions.activate')}
            </button>
          </li>
        ))}
      </ul>
      {toggle.error && <ErrorBox error={toggle.error} />}
      <NewCoupon shopId={shopId} onMade={() => queryClient.invalidateQueries({ queryKey })} />
    </section>
  );
}

function NewCoupon({ shopId, onMade }: { shopId: string; onMade: () => Promise<void> }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [kind, setKind] = useState<'percent' | 'fixed'>('percent');
  const [value, setValue] = useState('');
  const [minBag, setMinBag] = useState('');
  const [maxDiscount, setMaxDiscount] = useState('');
  const [maxUses, setMaxUses] = useState('');
  const [perCustomer, setPerCustomer] = useState('');
  const [startsAt, setStartsAt] = useState(() => localInput(new Date()));
  const [endsAt, setEndsAt] = useState(() => localInput(new Date(Date.now() + 7 * 86_400_000)));
  const [firstOrderOnly, setFirstOrderOnly] = useState(false);
  const [bkashOnly, setBkashOnly] = useState(false);
  const [invalid, setInvalid] = useState(false);

  const create = useMutation({
    mutationFn: (body: Parameters<typeof postCoupon>[1]) => postCoupon(shopId, body),
    onSuccess: async () => {
      setCode('');
      setValue('');
      await onMade();
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const count = (s: string) => (s.trim() === '' ? null : Number(toAsciiDigits(s.trim())));
    const amount =
      kind === 'percent'
        ? Math.round(Number(toAsciiDigits(value.trim())) * 100)
        : takaToPoisha(value);
    const numbers = [amount, takaToPoisha(minBag), takaToPoisha(maxDiscount)];
    const counts = [count(maxUses), count(perCustomer)];
    if (
      !amount ||
      numbers.some((n) => Number.isNaN(n)) ||
      counts.some((n) => n !== null && !Number.isInteger(n))
    ) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    create.mutate({
      code,
      kind,
      value: amount,
      minBag: takaToPoisha(minBag) ?? 0,
      maxDiscount: takaToPoisha(maxDiscount),
      maxUses: counts[0]!,
      perCustomer: counts[1]!,
      startsAt: localToIso(startsAt),
      endsAt: localToIso(endsAt),
      firstOrderOnly,
      paymentMethods: bkashOnly ? ['bkash'] : null,
    });
  }

  return (
    <form className="stack card" onSubmit={submit} data-testid="new-coupon">
      <h3>{t('sellerPromotions.newCoupon')}</h3>
      <Field
        label={t('sellerPromotions.code')}
        name="code"
        value={code}
        required
        maxLength={32}
        onChange={(e) => setCode(e.target.value.toUpperCase())}
      />
      <SelectField
        label={t('sellerPromotions.kind')}
        name="kind"
        value={kind}
        onChange={(e) => setKind(e.target.value as 'percent' | 'fixed')}
      >
        <option value="percent">{t('sellerPromotions.percent')}</option>
        <option value="fixed">{t('sellerPromotions.fixed')}</option>
      </SelectField>
      <Field
        label={t('sellerPromotions.value')}
        name="value"
        inputMode="decimal"
        required
        value={value}
        onChange={(e) => setValue(e.target.value)}
      />
      <Field
        label={t('sellerPromotions.minBag')}
        name="minBag"
        inputMode="decimal"
        value={minBag}
        onChange={(e) => setMinBag(e.target.value)}
      />
      {kind === 'percent' && (
        <Field
          label={t('sellerPromotions.maxDiscount')}
          name="maxDiscount"
          inputMode="decimal"
          value={maxDiscount}
          onChange={(e) => setMaxDiscount(e.target.value)}
        />
      )}
      <Field
        label={t('sellerPromotions.maxUses')}
        name="maxUses"
        inputMode="numeric"
        value={maxUses}
        onChange={(e) => setMaxUses(e.target.value)}
      />
      <Field
        label={t('sellerPromotions.perCustomer')}
        name="perCustomer"
        inputMode="numeric"
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
      <label>
        <input
          type="checkbox"
          checked={firstOrderOnly}
          onChange={(e) => setFirstOrderOnly(e.target.checked)}
        />{' '}
        {t('sellerPromotions.firstOrderOnly')}
      </label>
      <label>
        <input
          type="checkbox"
          checked={bkashOnly}
          onChange={(e) => setBkashOnly(e.target.checked)}
        />{' '}
        {t('sellerPromotions.bkashOnly')}
      </label>
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

function postCoupon(
  shopId: string,
  body: {
    code: string;
    kind: 'percent' | 'fixed';
    value: number;
    minBag: number;
    maxDiscount: number | null;
    maxUses: number | null;
    perCustomer: number | null;
    startsAt: string;
    endsAt: string;
    firstOrderOnly: boolean;
    paymentMethods: 'bkash'[] | null;
  },
) {
  return ok(client.POST('/api/v1/shops/{id}/coupons', { params: { path: { id: shopId } }, body }));
}
