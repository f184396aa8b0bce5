import { useInfiniteQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { client, ok } from '../api/client';
import { ErrorBox, Loading, Notice } from '../components/Feedback';
import { OrderRow } from '../shop/OrderBits';

export default function OrdersPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const orders = useInfiniteQuery({
    queryKey: ['orders'],
    queryFn: ({ pageParam }) =>
      ok(
        client.GET('/api/v1/orders', {
          params: { query: { limit: 20, cursor: pageParam || undefined } },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = orders.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section className="stack" data-testid="orders-page">
      <h1>{t('orders.title')}</h1>
      {params.get('placed') && <Notice testId="orders-placed">{t('orders.placed')}</Notice>}
      {params.get('payment') === 'error' && <Notice>{t('orders.paymentError')}</Notice>}
      {orders.isPending && <Loading />}
      {orders.error && <ErrorBox error={orders.error} />}
      {orders.isSuccess && items.length === 0 && <Notice>{t('orders.none')}</Notice>}
      <ul className="list">
        {items.map((o) => (
          <OrderRow key={o.id} order={o} to={`/orders/${o.id}`} />
        ))}
      </ul>
      {orders.hasNextPage && (
        <button type="button" onClick={() => void orders.fetchNextPage()}>
          {t('orders.more')}
        </button>
      )}
    </section>
  );
}
