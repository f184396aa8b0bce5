import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../components/Field';
import { oneOf, setOnly, useUrlFilters } from '../components/urlFilters';
import { orderStatuses } from './api';

const keys = ['status', 'number'] as const;

/** The status and order-number filters of an order list (kept in the URL), as query parameters. */
export function useOrderFilters() {
  const filters = useUrlFilters(keys);
  return setOnly({
    status: oneOf(filters.value('status'), orderStatuses),
    number: filters.value('number') || undefined,
  });
}

export function OrderFilters() {
  const { t } = useTranslation();
  const filters = useUrlFilters(keys);
  return (
    <div className="stack">
      <label className="field">
        <span>{t('sellerOrders.filter')}</span>
        <select
          name="status"
          value={filters.value('status')}
          onChange={(e) => filters.choose('status', e.target.value)}
        >
          <option value="">{t('sellerOrders.all')}</option>
          {orderStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`orderStatus.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <OrderNumberSearch filters={filters} param="number" />
    </div>
  );
}

/** "Find an order by its number": applied on submit, kept in the URL under `param`. */
export function OrderNumberSearch({
  filters,
  param,
}: {
  filters: ReturnType<typeof useUrlFilters>;
  param: string;
}) {
  const { t } = useTranslation();
  const [number, setNumber] = useState(() => filters.value(param));
  function find(event: FormEvent) {
    event.preventDefault();
    filters.choose(param, number);
  }
  const hintId = useId();
  // The hint sits under the whole row, so the button stays as tall as the field beside it.
  return (
    <form className="field" role="search" onSubmit={find}>
      <div className="row">
        <Field
          name={param}
          label={t('orders.number')}
          placeholder="HT-2612-000001"
          aria-describedby={hintId}
          value={number}
          onChange={(e) => setNumber(e.target.value)}
        />
        <button type="submit" className="secondary">
          {t('common.find')}
        </button>
      </div>
      <small id={hintId} className="hint">
        {t('orders.numberHint')}
      </small>
    </form>
  );
}
