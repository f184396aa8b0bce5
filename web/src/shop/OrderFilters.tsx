import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Field } from '../components/Field';
import { orderStatuses } from './api';

/** The status and order-number filters of an order list, kept in the URL (shareable, survive reload). */
export function useOrderFilters() {
  const [params] = useSearchParams();
  const query = new URLSearchParams();
  for (const key of ['status', 'number']) {
    const value = params.get(key);
    if (value) query.set(key, value);
  }
  return query.toString();
}

export function OrderFilters() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [number, setNumber] = useState(() => params.get('number') ?? '');

  function choose(key: string, value: string) {
    const next = new URLSearchParams(params);
    if (value.trim()) next.set(key, value.trim());
    else next.delete(key);
    setParams(next);
  }
  function find(event: FormEvent) {
    event.preventDefault();
    choose('number', number);
  }

  return (
    <div className="stack">
      <label className="field">
        <span>{t('sellerOrders.filter')}</span>
        <select
          name="status"
          value={params.get('status') ?? ''}
          onChange={(e) => choose('status', e.target.value)}
        >
          <option value="">{t('sellerOrders.all')}</option>
          {orderStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`orderStatus.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <form className="row" role="search" onSubmit={find}>
        <Field
          name="number"
          label={t('orders.number')}
          placeholder="HT-2612-000001"
          value={number}
          onChange={(e) => setNumber(e.target.value)}
        />
        <button type="submit" className="secondary">
          {t('common.find')}
        </button>
      </form>
    </div>
  );
}
