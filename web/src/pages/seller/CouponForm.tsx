import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBox } from '../../components/Feedback';
import { Field, SelectField } from '../../components/Field';
import { useFormat } from '../../format';
import {
  draftOf,
  paymentMethods,
  rulesOf,
  type Coupon,
  type Draft,
  type Rules,
} from './couponDraft';

/**
 * A new coupon (no `coupon`) or the rules of one (its code, kind and value shown, not editable).
 * `onSubmit` answers false when it found the value invalid.
 */
export function CouponForm({
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
