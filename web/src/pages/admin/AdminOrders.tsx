import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { client, ok } from '../../api/client';
import { ErrorBox, Loading } from '../../components/Feedback';
import { OrderRow } from '../../shop/OrderBits';
import { OrderFilters, useOrderFilters } from '../../shop/OrderFilters';

export default function AdminOrders() {
  const { t } = useTranslation();
  const filters = useOrderFilters();
  const orders = useQuery({
    queryKey: ['admin-orders', filters],
    queryFn: () =>
      ok(client.GET('/api/v1/admin/orders', { params: { query: { limit: 100, ...filters } } })),
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
