import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Page } from '../../api/types';
import { ErrorBox, Loading } from '../../components/Feedback';
import { orderStatuses, type Order } from '../../shop/api';
import { OrderRow } from '../../shop/OrderBits';

export default function AdminOrders() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const orders = useQuery({
    queryKey: ['admin-orders', status],
    queryFn: () => api<Page<Order>>(`/admin/orders?limit=100${status ? `&status=${status}` : ''}`),
  });
  return (
    <section className="stack" data-testid="admin-orders">
      <h1>{t('adminOrders.title')}</h1>
      <label className="field">
        <span>{t('sellerOrders.filter')}</span>
        <select
          name="status"
          value={status}
          onChange={(e) => setParams(e.target.value ? { status: e.target.value } : {})}
        >
          <option value="">{t('sellerOrders.all')}</option>
          {orderStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`orderStatus.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {orders.isPending && <Loading />}
      {orders.error && <ErrorBox error={orders.error} />}
      <ul className="list">
        {orders.data?.items.map((o) => (
          <OrderRow key={o.id} order={o} to={`/orders/${o.id}`} />
        ))}
      </ul>
    </section>
  );
}
