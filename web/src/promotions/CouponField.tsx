import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format';

type Outcome = {
  code: string;
  applied: boolean;
  discount: number;
  problem: { code: string; message: string } | null;
} | null;

/**
 * The checkout's coupon box: the code typed is sent with the quote (and the order); what it gave,
 * or why it does not apply, comes back in the quote.
 */
export function CouponField({
  code,
  outcome,
  onChange,
}: {
  code: string | null;
  outcome: Outcome | undefined;
  onChange: (code: string | null) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const [draft, setDraft] = useState(code ?? '');

  function apply(event: { preventDefault(): void }) {
    event.preventDefault();
    const typed = draft.trim();
    onChange(typed === '' ? null : typed);
  }

  return (
    <div className="stack small" data-testid="coupon">
      <div className="title-row">
        <label htmlFor="coupon-code">{t('promotions.coupon')}</label>
        <input
          id="coupon-code"
          value={draft}
          maxLength={40}
          autoCapitalize="characters"
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') apply(e);
          }}
          data-testid="coupon-input"
        />
        <button type="button" onClick={apply} data-testid="coupon-apply">
          {t('promotions.apply')}
        </button>
        {code && (
          <button
            type="button"
            onClick={() => {
              setDraft('');
              onChange(null);
            }}
            data-testid="coupon-remove"
          >
            {t('promotions.remove')}
          </button>
        )}
      </div>
      {outcome?.applied && (
        <p className="hint ok" data-testid="coupon-applied">
          {t('promotions.applied', { code: outcome.code, amount: f.price(outcome.discount) })}
        </p>
      )}
      {outcome && !outcome.applied && outcome.problem && (
        <p className="hint warn" role="alert" data-testid="coupon-problem">
          {outcome.problem.message}
        </p>
      )}
    </div>
  );
}

type ShopPromotions = {
  discount: number;
  fundedBy: 'shop' | 'platform' | null;
  deliveryDiscount: number;
  freeDeliveryFrom: number | null;
  flashSales: { variantId: string; applied: boolean; price: number; listPrice: number }[];
};

/** The discount lines of one shop's quote: flash prices, the coupon, free delivery. */
export function DiscountLines({
  promotions,
  quantities,
}: {
  promotions: ShopPromotions;
  quantities: Record<string, number>;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const flashSaved = promotions.flashSales
    .filter((s) => s.applied)
    .reduce((sum, s) => sum + (s.listPrice - s.price) * (quantities[s.variantId] ?? 0), 0);
  return (
    <>
      {flashSaved > 0 && (
        <div>
          <dt>{t('promotions.flashSaving')}</dt>
          <dd data-testid="quote-flash-saving">−{f.price(flashSaved)}</dd>
        </div>
      )}
      {promotions.discount > 0 && (
        <div>
          <dt>
            {promotions.fundedBy === 'platform'
              ? t('promotions.couponPlatform')
              : t('promotions.couponShop')}
          </dt>
          <dd data-testid="quote-discount">−{f.price(promotions.discount)}</dd>
        </div>
      )}
      {promotions.deliveryDiscount > 0 && (
        <div>
          <dt>{t('promotions.freeDelivery')}</dt>
          <dd data-testid="quote-delivery-discount">−{f.price(promotions.deliveryDiscount)}</dd>
        </div>
      )}
      {promotions.deliveryDiscount === 0 && promotions.freeDeliveryFrom !== null && (
        <p className="hint">
          {t('promotions.freeDeliveryFrom', { amount: f.price(promotions.freeDeliveryFrom) })}
        </p>
      )}
      {promotions.flashSales
        .filter((s) => !s.applied)
        .map((s) => (
          <p className="hint" key={s.variantId} data-testid="quote-flash-over-limit">
            {t('promotions.flashOverLimit')}
          </p>
        ))}
    </>
  );
}
