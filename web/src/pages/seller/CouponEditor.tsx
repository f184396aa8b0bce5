import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, ok } from '../../api/client';
import { ErrorBox, Loading, Notice } from '../../components/Feedback';
import { toAsciiDigits, useFormat } from '../../format';
import { takaToPoisha } from './offerInputs';
import { changedRules, type Coupon, type CouponPatch, type NewCoupon } from './couponDraft';
import { CouponForm } from './CouponForm';

export type { Coupon } from './couponDraft';

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
