import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { client, ok } from '../../api/client';
import type { ApiBody, ApiResponse } from '../../api/schema';
import { ErrorBox, Loading, Notice } from '../../components/Feedback';
import { Field, SelectField } from '../../components/Field';
import { toAsciiDigits, useFormat } from '../../format';
import { localInput, localToIso, takaToPoisha } from './offerInputs';

export type Coupon = ApiResponse<'/api/v1/admin/coupons'>['items'][number];
type NewCoupon = ApiBody<'/api/v1/admin/coupons', 'post'>;
type CouponPatch = ApiBody<'/api/v1/admin/coupons/{id}', 'patch'>;

const paymentMethods = ['cod', 'bkash', 'nagad', 'sslcommerz'] as const;
type PaymentMethod = (typeof paymentMethods)[number];
const isPaymentMethod = (m: string): m is PaymentMethod =>
  (paymentMethods as readonly string[]).includes(m);

/** Whose coupons: one shop's (the shop pays for them) or the platform's (Haat pays, at every shop). */
export type CouponScope = { shopId: string } | { platform: true };

/** The calls for one scope's coupons; both scopes take the same bodies and answer the same rows. */
function couponApi(scope: CouponScope) {
  if ('shopId' in scope) {
    const id = scope.shopId;
    return {
      key: ['shop-coupons', id],
      list: (cursor: string) =>
        ok(
          client.GET('/api/v1/shops/{id}/coupons', {
            params: { path: { id }, query: cursor ? { limit: 50, cursor } : { limit: 50 } },
          }),
        ),
      create: (body: NewCoupon) =>
        ok(client.POST('/api/v1/shops/{id}/coupons', { params: { path: { id } }, body })),
      update: (itemId: string, body: CouponPatch) =>
        ok(
          client.PATCH('/api/v1/shops/{id}/coupons/{itemId}', {
            params: { path: { id, itemId } },
            body,
          }),
        ),
    };
  }
  return {
    key: ['platform-coupons'],
    list: (cursor: string) =>
      ok(
        client.GET('/api/v1/admin/coupons', {
          params: { query: cursor ? { limit: 50, cursor } : { limit: 50 } },
        }),
      ),
    create: (body: NewCoupon) => ok(client.POST('/api/v1/admin/coupons', { body })),
    update: (id: string, body: CouponPatch) =>
      ok(client.PATCH('/api/v1/admin/coupons/{id}', { params: { path: { id } }, body })),
  };
}
type CouponApi = ReturnType<typeof couponApi>;

/**
 * Coupons of a shop or of the platform: a list with their uses and rules, each one editable
 * (everything but its code, kind and value), switched off and on, or ended now; and a form for a
 * new one. The seller's offers page and the admin's platform coupons page both show this.
 */
export function CouponEditor({ scope }: { scope: CouponScope }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const api = couponApi(scope);
  const coupons = useInfiniteQuery({
    queryKey: api.key,
    initialPageParam: '',
    queryFn: ({ pageParam }) => api.list(pageParam),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: api.key });
  const rows = coupons.data?.pages.flatMap((page) => page.items) ?? [];
  // A new key after each coupon made: the form starts empty again.
  const [made, setMade] = useState(0);
  const create = useMutation({
    mutationFn: api.create,
    onSuccess: async () => {
      setMade((n) => n + 1);
      await refresh();
    },
  });

  return (
    <section className="stack" data-testid="coupons">
      <h2>{t('sellerPromotions.coupons')}</h2>
      {coupons.isPending && <Loading />}
      <ErrorBox error={coupons.error} />
      {coupons.isSuccess && rows.length === 0 && <Notice>{t('sellerPromotions.none')}</Notice>}
      <ul className="list">
        {rows.map((c) => (
          <CouponRow
            key={c.id}
            coupon={c}
            api={api}
            now={coupons.dataUpdatedAt}
            onChanged={refresh}
          />
        ))}
      </ul>
      {coupons.hasNextPage && (
        <button
          type="button"
          className="secondary"
          disabled={coupons.isFetchingNextPage}
          onClick={() => void coupons.fetchNextPage()}
        >
          {t('common.more')}
        </button>
      )}
      <CouponForm
        key={made}
        pending={create.isPending}
        error={create.error}
        onSubmit={(draft, rules) => {
          const value =
            draft.kind === 'percent'
              ? Math.round(Number(toAsciiDigits(draft.value.trim())) * 100)
              : takaToPoisha(draft.value);
          if (!value) return false;
          create.mutate({ code: draft.code, kind: draft.kind, value, ...rules });
          return true;
        }}
      />
      {create.isSuccess && <Notice testId="coupon-made">{t('sellerPromotions.made')}</Notice>}
    </section>
  );
}

type State = 'running' | 'scheduled' | 'ended' | 'off' | 'usedUp';

function couponState(c: Coupon, now: number): State {
  if (new Date(c.endsAt).getTime() <= now) return 'ended';
  if (!c.active) return 'off';
  if (c.maxUses !== null && c.used >= c.maxUses) return 'usedUp';
  if (new Date(c.startsAt).getTime() > now) return 'scheduled';
  return 'running';
}

const stateBadge: Record<State, string> = {
  running: 'badge badge-approved',
  scheduled: 'badge badge-pending',
  usedUp: 'badge',
  off: 'badge badge-suspended',
  ended: 'badge',
};

function CouponRow({
  coupon: c,
  api,
  now,
  onChanged,
}: {
  coupon: Coupon;
  api: CouponApi;
  /** When the list was read: the state shown is as of then (the list is read again on a change). */
  now: number;
  onChanged: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const [editing, setEditing] = useState(false);
  const change = useMutation({
    mutationFn: (patch: CouponPatch) => api.update(c.id, patch),
    onSuccess: async () => {
      setEditing(false);
      await onChanged();
    },
  });
  const state = couponState(c, now);
  const rules = [
    c.kind === 'percent' && c.maxDiscount !== null
      ? t('sellerPromotions.upTo', { amount: f.price(c.maxDiscount) })
      : null,
    c.minBag > 0 ? t('sellerPromotions.minBagShort', { amount: f.price(c.minBag) }) : null,
    c.perCustomer !== null
      ? t('sellerPromotions.perCustomerShort', { n: f.number(c.perCustomer) })
      : null,
    c.firstOrderOnly ? t('sellerPromotions.firstOrderOnly') : null,
    c.timeWindow === 'iftar' ? t('sellerPromotions.iftarShort') : null,
    c.paymentMethods?.length ? c.paymentMethods.map((m) => t(`payment.${m}`, m)).join(', ') : null,
  ].filter(Boolean);

  return (
    <li className="card stack" data-testid="coupon-row" data-coupon-id={c.id} data-code={c.code}>
      <div className="title-row">
        <strong>{c.code}</strong>
        <span className={stateBadge[state]} data-testid="coupon-state" data-state={state}>
          {t(`sellerPromotions.state.${state}`)}
        </span>
      </div>
      <div>
        <span data-testid="coupon-value">
          {c.kind === 'percent' ? `${f.number(c.value / 100)}%` : f.price(c.value)}
        </span>
        {' · '}
        {t(`sellerPromotions.fundedBy.${c.fundedBy}`)}
        {' · '}
        <span data-testid="coupon-uses">
          {t('sellerPromotions.used', { used: f.number(c.used) })}
          {c.maxUses !== null && ` / ${f.number(c.maxUses)}`}
        </span>
      </div>
      <div className="small muted">
        {f.dateTime(c.startsAt)} – {f.dateTime(c.endsAt)}
        {rules.length > 0 && ` · ${rules.join(' · ')}`}
      </div>
      <div className="actions">
        <button
          type="button"
          aria-expanded={editing}
          onClick={() => setEditing(!editing)}
          data-testid="coupon-edit"
        >
          {t('sellerPromotions.edit')}
        </button>
        <button
          type="button"
          disabled={change.isPending}
          onClick={() => change.mutate({ active: !c.active })}
          data-testid="coupon-toggle"
        >
          {c.active ? t('sellerPromotions.deactivate') : t('sellerPromotions.activate')}
        </button>
        {state === 'running' && (
          <button
            type="button"
            disabled={change.isPending}
            onClick={() => change.mutate({ endsAt: new Date().toISOString() })}
            data-testid="coupon-end"
          >
            {t('sellerPromotions.endNow')}
          </button>
        )}
      </div>
      {!editing && <ErrorBox error={change.error} />}
      {editing && (
        <CouponForm
          coupon={c}
          pending={change.isPending}
          error={change.error}
          onCancel={() => {
            change.reset();
            setEditing(false);
          }}
          onSubmit={(draft, rules) => {
            const patch = changedRules(c, draft, rules);
            if (Object.keys(patch).length === 0) setEditing(false);
            else change.mutate(patch);
            return true;
          }}
        />
      )}
    </li>
  );
}

/** What the form holds, as typed (taka and counts in either script's digits). */
type Draft = {
  code: string;
  kind: 'percent' | 'fixed';
  value: string;
  minBag: string;
  maxDiscount: string;
  maxUses: string;
  perCustomer: string;
  startsAt: string;
  endsAt: string;
  firstOrderOnly: boolean;
  /** Only around iftar each day (an hour before to half an hour after). */
  iftarOnly: boolean;
  methods: PaymentMethod[];
};

/** The rules of a coupon, as the API takes them (all but code, kind and value). */
type Rules = {
  minBag: number;
  maxDiscount: number | null;
  maxUses: number | null;
  perCustomer: number | null;
  startsAt: string;
  endsAt: string;
  firstOrderOnly: boolean;
  paymentMethods: PaymentMethod[] | null;
  timeWindow: 'iftar' | null;
};

const taka = (poisha: number) => String(poisha / 100);

function draftOf(c: Coupon | undefined): Draft {
  return {
    code: c?.code ?? '',
    kind: c?.kind ?? 'percent',
    // A percent is kept in basis points, a fixed amount in poisha: either way ÷ 100.
    value: c ? taka(c.value) : '',
    minBag: c && c.minBag > 0 ? taka(c.minBag) : '',
    maxDiscount: c?.maxDiscount != null ? taka(c.maxDiscount) : '',
    maxUses: c?.maxUses != null ? String(c.maxUses) : '',
    perCustomer: c?.perCustomer != null ? String(c.perCustomer) : '',
    startsAt: localInput(c ? new Date(c.startsAt) : new Date()),
    endsAt: localInput(c ? new Date(c.endsAt) : new Date(Date.now() + 7 * 86_400_000)),
    firstOrderOnly: c?.firstOrderOnly ?? false,
    iftarOnly: c?.timeWindow === 'iftar',
    methods: (c?.paymentMethods ?? []).filter(isPaymentMethod),
  };
}

/** The draft's rules, or null when an amount or a count is not a number. */
function rulesOf(d: Draft): Rules | null {
  const count = (s: string) => (s.trim() === '' ? null : Number(toAsciiDigits(s.trim())));
  const minBag = takaToPoisha(d.minBag);
  const maxDiscount = d.kind === 'percent' ? takaToPoisha(d.maxDiscount) : null;
  const maxUses = count(d.maxUses);
  const perCustomer = count(d.perCustomer);
  if (
    [minBag, maxDiscount].some((n) => Number.isNaN(n)) ||
    [maxUses, perCustomer].some((n) => n !== null && !(Number.isInteger(n) && n >= 1)) ||
    !d.startsAt ||
    !d.endsAt
  )
    return null;
  return {
    minBag: minBag ?? 0,
    maxDiscount,
    maxUses,
    perCustomer,
    startsAt: localToIso(d.startsAt),
    endsAt: localToIso(d.endsAt),
    firstOrderOnly: d.firstOrderOnly,
    paymentMethods: d.methods.length > 0 ? d.methods : null,
    timeWindow: d.iftarOnly ? 'iftar' : null,
  };
}

/** Only what the edit changed (a time left as shown is not sent back rounded to the minute). */
function changedRules(c: Coupon, d: Draft, r: Rules): CouponPatch {
  const shown = draftOf(c);
  const patch: CouponPatch = {};
  if (r.minBag !== c.minBag) patch.minBag = r.minBag;
  if (r.maxDiscount !== c.maxDiscount) patch.maxDiscount = r.maxDiscount;
  if (r.maxUses !== c.maxUses) patch.maxUses = r.maxUses;
  if (r.perCustomer !== c.perCustomer) patch.perCustomer = r.perCustomer;
  if (d.startsAt !== shown.startsAt) patch.startsAt = r.startsAt;
  if (d.endsAt !== shown.endsAt) patch.endsAt = r.endsAt;
  if (r.firstOrderOnly !== c.firstOrderOnly) patch.firstOrderOnly = r.firstOrderOnly;
  const methods = (m: readonly string[] | null) => [...(m ?? [])].sort().join();
  if (methods(r.paymentMethods) !== methods(c.paymentMethods))
    patch.paymentMethods = r.paymentMethods;
  if (r.timeWindow !== c.timeWindow) patch.timeWindow = r.timeWindow;
  return patch;
}

/**
 * A new coupon (no `coupon`) or the rules of one (its code, kind and value shown, not editable).
 * `onSubmit` answers false when it found the value invalid.
 */
function CouponForm({
  coupon,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  coupon?: Coupon;
  pending: boolean;
  error: unknown;
  onSubmit: (draft: Draft, rules: Rules) => boolean;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const [d, setDraft] = useState(() => draftOf(coupon));
  const [invalid, setInvalid] = useState(false);
  const set = <K extends keyof Draft>(field: K, value: Draft[K]) =>
    setDraft((old) => ({ ...old, [field]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const rules = rulesOf(d);
    const fine = rules !== null && onSubmit(d, rules);
    setInvalid(!fine);
  }

  return (
    <form
      className="stack card"
      onSubmit={submit}
      data-testid={coupon ? 'edit-coupon' : 'new-coupon'}
    >
      <h3>
        {coupon
          ? t('sellerPromotions.editCoupon', { code: coupon.code })
          : t('sellerPromotions.newCoupon')}
      </h3>
      {coupon ? (
        <p className="small muted">
          {coupon.kind === 'percent' ? `${f.number(coupon.value / 100)}%` : f.price(coupon.value)}
          {' · '}
          {t('sellerPromotions.fixedOnceMade')}
        </p>
      ) : (
        <>
          <Field
            label={t('sellerPromotions.code')}
            name="code"
            value={d.code}
            required
            maxLength={32}
            onChange={(e) => set('code', e.target.value.toUpperCase())}
          />
          <SelectField
            label={t('sellerPromotions.kind')}
            name="kind"
            value={d.kind}
            onChange={(e) => set('kind', e.target.value as Draft['kind'])}
          >
            <option value="percent">{t('sellerPromotions.percent')}</option>
            <option value="fixed">{t('sellerPromotions.fixed')}</option>
          </SelectField>
          <Field
            label={t('sellerPromotions.value')}
            name="value"
            inputMode="decimal"
            required
            value={d.value}
            onChange={(e) => set('value', e.target.value)}
          />
        </>
      )}
      <Field
        label={t('sellerPromotions.minBag')}
        name="minBag"
        inputMode="decimal"
        value={d.minBag}
        onChange={(e) => set('minBag', e.target.value)}
      />
      {d.kind === 'percent' && (
        <Field
          label={t('sellerPromotions.maxDiscount')}
          name="maxDiscount"
          inputMode="decimal"
          value={d.maxDiscount}
          onChange={(e) => set('maxDiscount', e.target.value)}
        />
      )}
      <Field
        label={t('sellerPromotions.maxUses')}
        name="maxUses"
        inputMode="numeric"
        value={d.maxUses}
        onChange={(e) => set('maxUses', e.target.value)}
      />
      <Field
        label={t('sellerPromotions.perCustomer')}
        name="perCustomer"
        inputMode="numeric"
        value={d.perCustomer}
        onChange={(e) => set('perCustomer', e.target.value)}
      />
      <Field
        label={t('sellerPromotions.startsAt')}
        name="startsAt"
        type="datetime-local"
        required
        value={d.startsAt}
        onChange={(e) => set('startsAt', e.target.value)}
      />
      <Field
        label={t('sellerPromotions.endsAt')}
        name="endsAt"
        type="datetime-local"
        required
        value={d.endsAt}
        onChange={(e) => set('endsAt', e.target.value)}
      />
      <label className="check">
        <input
          type="checkbox"
          name="firstOrderOnly"
          checked={d.firstOrderOnly}
          onChange={(e) => set('firstOrderOnly', e.target.checked)}
        />
        {t('sellerPromotions.firstOrderOnly')}
      </label>
      <label className="check">
        <input
          type="checkbox"
          name="iftarOnly"
          checked={d.iftarOnly}
          onChange={(e) => set('iftarOnly', e.target.checked)}
        />
        {t('sellerPromotions.iftarOnly')}
      </label>
      <fieldset>
        <legend>{t('sellerPromotions.paymentMethods')}</legend>
        {paymentMethods.map((m) => (
          <label key={m} className="check">
            <input
              type="checkbox"
              name="paymentMethods"
              value={m}
              checked={d.methods.includes(m)}
              onChange={(e) =>
                set(
                  'methods',
                  e.target.checked ? [...d.methods, m] : d.methods.filter((x) => x !== m),
                )
              }
            />
            {t(`payment.${m}`)}
          </label>
        ))}
      </fieldset>
      {invalid && (
        <p className="field-error" role="alert">
          {t('validation.number')}
        </p>
      )}
      <ErrorBox error={error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={pending}>
          {coupon ? t('sellerPromotions.save') : t('sellerPromotions.create')}
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
