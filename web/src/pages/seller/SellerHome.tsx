import { useQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { client, ok } from '../../api/client';
import { ErrorBox, Loading, Notice, StatusBadge } from '../../components/Feedback';
import { useFormat } from '../../format';
import { shopName } from './shopName';

export default function SellerHome() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const location = useLocation();
  const justCreated = (location.state as { created?: string } | null)?.created;
  const shops = useQuery({
    queryKey: ['shops', 'mine'],
    queryFn: () => ok(client.GET('/api/v1/shops/mine')),
  });
  // What waits in each shop, so a seller with several shops sees where to go first.
  const waiting = useQuery({
    queryKey: ['shops', 'mine', 'waiting'],
    queryFn: () => ok(client.GET('/api/v1/me/shops/waiting-orders')),
    refetchInterval: 60_000,
  });
  const waitingIn = (shopId: string) =>
    waiting.data?.items.find((w) => w.shopId === shopId)?.waiting;

  return (
    <section className="stack">
      <div className="title-row">
        <h1>{t('nav.myShops')}</h1>
        <Link className="button primary" to="/seller/shops/new" data-testid="new-shop-link">
          + {t('seller.newShop')}
        </Link>
      </div>
      {/* History state survives a reload: say it only while that shop still waits. */}
      {shops.data?.items.some((s) => s.id === justCreated && s.status === 'pending') && (
        <Notice testId="shop-created">{t('seller.created')}</Notice>
      )}
      {shops.isPending && <Loading />}
      <ErrorBox error={shops.error} />
      {shops.data?.items.length === 0 && <p>{t('seller.noShops')}</p>}
      <ul className="list">
        {shops.data?.items.map((shop) => (
          <li key={shop.id} className="card" data-testid="shop-card" data-shop-id={shop.id}>
            <div className="title-row">
              <h2>{shopName(shop, i18n.language)}</h2>
              <StatusBadge status={shop.status} />
            </div>
            <WaitingOrders waiting={waitingIn(shop.id)} />
            <p className="muted">
              {t(`shop.type.${shop.type}`)} ·{' '}
              {t('seller.radius', { km: format.km(shop.deliveryRadiusM) })}
            </p>
            <p>{shop.address}</p>
            {shop.status === 'pending' && <p className="hint">{t('seller.pendingHint')}</p>}
            {shop.status === 'suspended' && (
              <div className="alert alert-error" data-testid="suspension-reason">
                <p>
                  {t('seller.suspensionReason')}: {shop.suspensionReason}
                </p>
                <p className="small">{t('seller.suspendedHint')}</p>
              </div>
            )}
            {shop.status === 'rejected' && shop.rejectionReason && (
              <p className="alert alert-error" data-testid="rejection-reason">
                {t('seller.rejectionReason')}: {shop.rejectionReason}
              </p>
            )}
            <div className="actions">
              <Link
                className="button"
                to={`/seller/shops/${shop.id}/products`}
                data-testid="shop-products-link"
              >
                {t('sellerProducts.title')}
              </Link>
              {shop.type === 'pharmacy' && (
                <Link
                  className="button"
                  to={`/seller/shops/${shop.id}/stock-from-list`}
                  data-testid="stock-from-list-link"
                >
                  {t('intake.link')}
                </Link>
              )}
              <Link
                className="button"
                to={`/seller/shops/${shop.id}/orders`}
                data-testid="shop-orders-link"
              >
                {t('sellerOrders.title')}
              </Link>
              <Link
                className="button"
                to={`/seller/shops/${shop.id}/returns`}
                data-testid="shop-returns-link"
              >
                {t('returns.link')}
              </Link>
              <Link
                className="button"
                to={`/seller/shops/${shop.id}/reviews`}
                data-testid="shop-reviews-link"
              >
                {t('reviews.title')}
              </Link>
              <Link
                className="button"
                to={`/seller/shops/${shop.id}/promotions`}
                data-testid="shop-promotions-link"
              >
                {t('sellerPromotions.title')}
              </Link>
              <Link
                className="button"
                to={`/seller/shops/${shop.id}/festivals`}
                data-testid="shop-festivals-link"
              >
                {t('sellerFestivals.link')}
              </Link>
              <Link
                className="button"
                to={`/seller/shops/${shop.id}/finance`}
                data-testid="shop-finance-link"
              >
                {t('finance.link')}
              </Link>
              <Link
                className="button"
                to={`/seller/shops/${shop.id}/expiry`}
                data-testid="shop-expiry-link"
              >
                {t('batches.link')}
              </Link>
              <Link
                className="button"
                to={`/seller/shops/${shop.id}/payouts`}
                data-testid="shop-payouts-link"
              >
                {t('payouts.title')}
              </Link>
              <Link className="button" to={`/seller/shops/${shop.id}/settings`}>
                {t('seller.settings')}
              </Link>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** "৩টি নতুন অর্ডার · ২টি প্যাক করতে হবে": what a shop's seller should do first, or nothing. */
function WaitingOrders({
  waiting,
}: {
  waiting?: { placed: number; accepted: number; packed: number };
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!waiting) return null;
  const parts = (['placed', 'accepted', 'packed'] as const)
    .filter((k) => waiting[k] > 0)
    .map((k) => t(`seller.waiting.${k}`, { n: format.number(waiting[k]), count: waiting[k] }));
  if (parts.length === 0) return null;
  return (
    <p className="alert alert-info" data-testid="waiting-orders" data-placed={waiting.placed}>
      {parts.join(' · ')}
    </p>
  );
}
