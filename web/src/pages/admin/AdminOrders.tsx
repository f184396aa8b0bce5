import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Page } from '../../api/types';
import { ErrorBox, Loading } from '../../components/Feedback';
import type { Order } from '../../shop/api';
import { OrderRow } from '../../shop/OrderBits';
import { OrderFilters, useOrderFilters } from '../../shop/OrderFilters';

export default function AdminOrders() {
  const { t } = useTranslation();
  const filters = useOrderFilters();
  const orders = useQuery({
    queryKey: ['admin-orders', filters],
    queryFn: () => api<Page<Order>>(`/admin/orders?limit=100${filters ? `&${filters}` : ''}`),
  });
  return (
    <section className="stack" data-testid="admin-orders">
      <h1>{t('adminOrders.title')}</h1>
      <OrderFilters />
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
