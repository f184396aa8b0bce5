import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { client, ok } from '../api/client';
import type { ApiResponse } from '../api/schema';
import { ErrorBox, Notice } from '../components/Feedback';
import { useFormat } from '../format';
import type { OrderDetail } from './api';

type Merged = ApiResponse<'/api/v1/cart/merge', 'post'>;

/**
 * "Buy again": the order's lines go back into the bag at today's prices, as far as stock allows.
 * The bag is merged, not replaced; what could not be added (gone, or less in stock) is said.
 */
export function BuyAgain({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const f = useFormat();
  const queryClient = useQueryClient();
  const again = useMutation({
    mutationFn: () =>
      ok(
        client.POST('/api/v1/cart/merge', {
          body: {
            items: order.items.map((i) => ({ variantId: i.variantId, quantity: i.quantity })),
          },
        }),
      ),
    onSuccess: (cart) => queryClient.setQueryData(['cart'], cart),
  });
  const count = (result: Merged['adjustments'][number]['result']) =>
    again.data?.adjustments.filter((a) => a.result === result).length ?? 0;

  return (
    <div className="stack" data-testid="buy-again">
      <button
        type="button"
        className="secondary"
        disabled={again.isPending}
        onClick={() => again.mutate()}
      >
        {t('orders.buyAgain')}
      </button>
      <ErrorBox error={again.error} />
      {again.isSuccess && (
        <Notice testId="buy-again-result">
          {t('orders.buyAgainAdded', { n: f.number(count('added') + count('reduced')) })}
          {count('reduced') > 0 &&
            ` ${t('orders.buyAgainReduced', { n: f.number(count('reduced')) })}`}
          {count('dropped') > 0 &&
            ` ${t('orders.buyAgainDropped', { n: f.number(count('dropped')) })}`}{' '}
          <Link to="/cart">{t('orders.toBag')}</Link>
        </Notice>
      )}
    </div>
  );
}
