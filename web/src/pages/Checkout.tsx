import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError, client, ok } from '../api/client';
import { usePublicConfig } from '../api/config';
import type { ApiBody } from '../api/schema';
import { useSession } from '../api/session';
import { ErrorBox, Loading, Notice } from '../components/Feedback';
import { SelectField } from '../components/Field';
import { useFormat } from '../format';
import { useOnline } from '../offline/online';
import {
  byShop,
  useAddresses,
  useCart,
  type DeliveryMethod,
  type PaymentProvider,
  type ShopQuote,
} from '../shop/api';
import { AddressForm } from '../shop/AddressForm';
import { PENDING_PAYMENTS_KEY, placeOrder } from '../shop/placeOrder';
import { ShopClosedNotice } from '../shop/ShopClosedNotice';
import { CouponField, DiscountLines } from '../promotions/CouponField';
import { DeliveryPhoneOtp } from '../shop/DeliveryPhoneOtp';
import { CodAdvanceOffer, type AdvanceDetails } from '../shop/CodAdvanceOffer';

type DeliveryChoice = 'auto' | DeliveryMethod;
type QuoteBody = ApiBody<'/api/v1/checkout/quote', 'post'>;

export default function CheckoutPage() {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const online = useOnline();
  const queryClient = useQueryClient();
  const { cart, query } = useCart();
  const addresses = useAddresses();
  const [addressId, setAddressId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [delivery, setDelivery] = useState<Record<string, DeliveryChoice>>({});
  const [couponCode, setCouponCode] = useState<string | null>(null);
  const [payment, setPayment] = useState<Record<string, PaymentProvider>>({});
  const { user } = useSession();
  // Only the methods this installation can take (cash on delivery always).
  const offered: readonly PaymentProvider[] = usePublicConfig().data?.paymentProviders ?? ['cod'];
  // `?pay=cod` (or a provider): the way to pay chosen before, e.g. after a bKash payment failed.
  const [params] = useSearchParams();
  const asked = params.get('pay') as PaymentProvider | null;
  const defaultPayment: PaymentProvider = asked && offered.includes(asked) ? asked : 'cod';
  // Holding stock needs a verified phone: say so before the customer fills in everything.
  const unverified = Boolean(user && !user.phoneVerified);

  const saved = addresses.data?.items ?? [];
  const chosen = addressId ?? saved[0]?.id ?? null;
  const groups = cart ? byShop(cart.items) : [];
  const body: QuoteBody | null =
    chosen && groups.length > 0
      ? {
          addressId: chosen,
          payment: 'cod',
          shops: groups.map((g) => {
            const d = delivery[g.shopId];
            return {
              shopId: g.shopId,
              payment: payment[g.shopId] ?? defaultPayment,
              ...(d && d !== 'auto' ? { delivery: d } : {}),
            };
          }),
          ...(couponCode ? { couponCode } : {}),
        }
      : null;
  // What the order will cost, refreshed whenever the address, a choice or the bag changes.
  const bag = cart?.items.map((i) => `${i.variantId}:${i.quantity}`).join(',');
  const quote = useQuery({
    queryKey: ['checkout-quote', i18n.language, bag, body],
    queryFn: () => ok(client.POST('/api/v1/checkout/quote', { body: body! })),
    enabled: body !== null,
    placeholderData: keepPreviousData,
    retry: false,
  });

  const checkout = useMutation({
    mutationFn: placeOrder,
    // CART_CHANGED / QUOTE_CHANGED: show the new prices and charges before the retry.
    onError: async () => {
      await queryClient.invalidateQueries({ queryKey: ['cart'] });
      await queryClient.invalidateQueries({ queryKey: ['checkout-quote'] });
    },
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: ['cart'] });
      // An online payment, or the bKash advance a shop asked of a COD order.
      const payUrl = (o: (typeof result.orders)[number]) =>
        o.payment?.redirectUrl ?? o.advance?.redirectUrl ?? null;
      const toPay = result.orders.filter((o) => payUrl(o));
      sessionStorage.setItem(PENDING_PAYMENTS_KEY, JSON.stringify(toPay.map((o) => o.id)));
      const first = toPay[0] ? payUrl(toPay[0]) : null;
      if (first) {
        // The provider's page; it sends the browser back to /orders/:id after the payment.
        window.location.assign(first);
        return;
      }
      void navigate(`/orders?placed=${result.orders.length}`);
    },
  });

  if (query?.isPending || addresses.isPending) return <Loading />;
  if (query?.error) return <ErrorBox error={query.error} />;
  if (addresses.error) return <ErrorBox error={addresses.error} />;
  if (!cart || cart.items.length === 0)
    return (
      <section className="stack">
        <h1>{t('checkout.title')}</h1>
        <Notice>{t('cart.empty')}</Notice>
        <Link to="/orders">{t('nav.orders')}</Link>
      </section>
    );

  // Only a quote for exactly what is on screen may be ordered, and only with its total.
  const current = quote.data && !quote.isPlaceholderData && !quote.isFetching ? quote.data : null;
  const quoted = quote.data;

  function chooseAddress(id: string) {
    setAddressId(id);
    // Which methods reach the address depends on it: start again from each shop's own choice.
    setDelivery({});
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!body || !current?.canPlace) return;
    checkout.mutate({ ...body, expectedTotal: current.total });
  }

  return (
    <section className="stack" data-testid="checkout-page">
      <h1>{t('checkout.title')}</h1>
      {unverified && (
        <p className="alert alert-info" data-testid="checkout-verify-phone">
          {t('checkout.verifyPhoneFirst')} <VerifyPhoneLink />
        </p>
      )}
      <fieldset className="stack">
        <legend>{t('checkout.address')}</legend>
        {saved.map((a) => (
          <label key={a.id} className="choice">
            <input
              type="radio"
              name="addressId"
              value={a.id}
              checked={a.id === chosen}
              onChange={() => chooseAddress(a.id)}
            />
            <span>
              <strong>{a.label}</strong> · {a.recipientName}
              <br />
              <span className="small muted">
                {a.addressLine}
                {a.landmark ? ` (${t('checkout.near', { landmark: a.landmark })})` : ''}
              </span>
            </span>
          </label>
        ))}
        {saved.length === 0 && !adding && <p className="hint">{t('checkout.noAddress')}</p>}
        {adding || saved.length === 0 ? (
          <AddressForm
            lang={i18n.language}
            onSaved={(a) => {
              chooseAddress(a.id);
              setAdding(false);
            }}
          />
        ) : (
          <button type="button" className="link-button" onClick={() => setAdding(true)}>
            {t('checkout.addAddress')}
          </button>
        )}
      </fieldset>

      <form onSubmit={submit} className="stack" data-testid="checkout-form">
        {quoted?.cartChanged && (
          <p className="alert alert-error" role="alert" data-testid="quote-changes">
            {t('checkout.changedNote')} <Link to="/cart">{t('checkout.reviewBag')}</Link>
          </p>
        )}
        {groups.map((g) => {
          const q = quoted?.shops.find((s) => s.shopId === g.shopId);
          const subtotal = q?.subtotal ?? g.items.reduce((s, i) => s + i.lineTotal, 0);
          const shopPayment = payment[g.shopId] ?? defaultPayment;
          return (
            <fieldset
              key={g.shopId}
              className="card stack"
              data-testid="checkout-shop"
              data-shop-id={g.shopId}
            >
              <legend>{g.shopName}</legend>
              <p className="small">
                {t('checkout.items', { count: g.items.length, n: f.number(g.items.length) })} ·{' '}
                {f.price(subtotal)}
              </p>
              <ShopClosedNotice shopId={g.shopId} atCheckout />
              {q && <QuoteChanges quote={q} />}
              {q?.prescriptionRequired && (
                <p className="hint warn" role="note" data-testid="checkout-prescription-needed">
                  {t('prescriptions.checkoutNeeded')}
                </p>
              )}
              <SelectField
                label={t('checkout.delivery')}
                name={`delivery-${g.shopId}`}
                value={delivery[g.shopId] ?? 'auto'}
                disabled={!q}
                onChange={(e) =>
                  setDelivery({ ...delivery, [g.shopId]: e.target.value as DeliveryChoice })
                }
              >
                <option value="auto">{t('checkout.deliveryAuto')}</option>
                {(['own', 'courier'] as const).map((m) => {
                  const o = q?.deliveryOptions.find((x) => x.method === m);
                  const label =
                    m === 'own' ? t('checkout.deliveryOwn') : t('checkout.deliveryCourier');
                  return (
                    <option key={m} value={m} disabled={!o?.available}>
                      {!o
                        ? label
                        : o.available
                          ? `${label} · ${f.price(o.chargePoisha ?? 0)}`
                          : `${label} · ${t(`checkout.reason_${o.reason ?? 'disabled'}`)}`}
                    </option>
                  );
                })}
              </SelectField>
              <SelectField
                label={t('checkout.payment')}
                name={`payment-${g.shopId}`}
                value={shopPayment}
                onChange={(e) =>
                  setPayment({ ...payment, [g.shopId]: e.target.value as PaymentProvider })
                }
              >
                {offered.map((p) => (
                  <option key={p} value={p}>
                    {t(`payment.${p}`)}
                    {p === 'cod' && q && !q.cod.available ? ` · ${t('checkout.noCash')}` : ''}
                    {p === 'cod' && q && q.cod.chargeIfCashPoisha > 0
                      ? ` · +${f.price(q.cod.chargeIfCashPoisha)}`
                      : ''}
                  </option>
                ))}
              </SelectField>
              {q && (
                <dl className="quote small" data-testid="shop-quote">
                  {q.delivery && (
                    <div>
                      <dt>
                        {t('checkout.deliveryCharge', {
                          method: t(`checkout.delivery_${q.delivery.method}`),
                          distance: f.distance(q.delivery.distanceM),
                        })}
                      </dt>
                      <dd data-testid="quote-delivery-charge">
                        {f.price(q.delivery.chargePoisha)}
                      </dd>
                    </div>
                  )}
                  {q.delivery && (
                    <div>
                      <dt>{t('checkout.typicalTime')}</dt>
                      <dd data-testid="quote-delivery-time">
                        {f.duration(
                          q.delivery.typicalTime.minMinutes,
                          q.delivery.typicalTime.maxMinutes,
                        )}
                      </dd>
                    </div>
                  )}
                  <DiscountLines
                    promotions={q.promotions}
                    quantities={Object.fromEntries(q.items.map((i) => [i.variantId, i.quantity]))}
                  />
                  {q.payment === 'cod' && q.cod.available && (
                    <div>
                      <dt>{t('checkout.codCharge')}</dt>
                      <dd data-testid="quote-cod-charge">{f.price(q.cod.chargePoisha)}</dd>
                    </div>
                  )}
                  <div>
                    <dt>{t('checkout.shopTotal')}</dt>
                    <dd>
                      <strong data-testid="quote-shop-total">{f.price(q.total)}</strong>
                    </dd>
                  </div>
                </dl>
              )}
              {q?.problem && (
                <p className="hint warn" role="alert" data-testid="quote-problem">
                  {q.problem.message}
                </p>
              )}
            </fieldset>
          );
        })}
        {!chosen && <p className="hint">{t('checkout.chooseAddress')}</p>}
        {quote.error && <ErrorBox error={quote.error} />}
        <CouponField code={couponCode} outcome={quoted?.coupon} onChange={setCouponCode} />
        <p className="hint">{t('checkout.chargeNote')}</p>
        <p className="title-row">
          <span>{t('checkout.grandTotal')}</span>
          <strong data-testid="quote-total" aria-busy={quote.isFetching}>
            {quoted ? f.price(quoted.total) : '…'}
          </strong>
        </p>
        {!online && (
          <p className="alert alert-error" role="alert" data-testid="offline-refused">
            {t('offline.checkout')}
          </p>
        )}
        {checkout.error && <ErrorBox error={checkout.error} />}
        {checkout.error instanceof ApiError &&
          checkout.error.code === 'PHONE_VERIFICATION_REQUIRED' && <VerifyPhoneLink />}
        {checkout.error instanceof ApiError && checkout.error.code === 'COD_PHONE_OTP_REQUIRED' && (
          <DeliveryPhoneOtp
            phone={String((checkout.error.details as { phone?: string } | undefined)?.phone ?? '')}
          />
        )}
        {checkout.error instanceof ApiError && checkout.error.code === 'COD_ADVANCE_REQUIRED' && (
          <CodAdvanceOffer
            details={(checkout.error.details ?? {}) as AdvanceDetails}
            disabled={!online || !current?.canPlace || checkout.isPending}
            onAccept={() =>
              body &&
              current &&
              checkout.mutate({ ...body, expectedTotal: current.total, codAdvance: true })
            }
          />
        )}
        <button
          type="submit"
          className="primary"
          disabled={!online || !current?.canPlace || checkout.isPending}
          data-testid="place-order"
        >
          {checkout.isPending
            ? t('checkout.placing')
            : quote.isFetching
              ? t('checkout.quoting')
              : t('checkout.place')}
        </button>
      </form>
    </section>
  );
}

/** To the phone verification, and back to the checkout afterwards. */
function VerifyPhoneLink() {
  const { t } = useTranslation();
  const { user } = useSession();
  // An account without a phone adds one on its account page first.
  return user && !user.phone ? (
    <Link to="/account">{t('checkout.addPhone')}</Link>
  ) : (
    <Link to="/verify-phone?next=/checkout">{t('verifyPhone.title')}</Link>
  );
}

/** What changed since the customer added the items: price, stock, availability. */
function QuoteChanges({ quote }: { quote: ShopQuote }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (quote.changes.length === 0) return null;
  return (
    <ul className="list small" data-testid="quote-item-changes">
      {quote.items.map((item) => {
        const changes = quote.changes.filter((c) => c.variantId === item.variantId);
        if (changes.length === 0) return null;
        return (
          <li key={item.variantId}>
            {item.name}
            {changes.map((c) => (
              <div key={c.kind} className="hint warn">
                {c.kind === 'price_changed'
                  ? t('cart.priceChanged', {
                      was: f.price(c.was ?? item.priceSeen),
                      now: f.price(c.now ?? item.unitPrice),
                    })
                  : c.kind === 'quantity_reduced'
                    ? t('checkout.onlyLeft', { n: f.number(c.now ?? item.onHand) })
                    : t('cart.unavailable')}
              </div>
            ))}
          </li>
        );
      })}
    </ul>
  );
}
