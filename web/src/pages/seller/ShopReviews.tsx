import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Shop } from '../../api/types';
import { ReviewSection } from '../../reviews/ReviewList';
import { shopName } from './shopName';

/**
 * The shop's visible reviews, newest first, with "reply" on those not answered yet (the API takes
 * one reply per review). Hidden reviews are not listed: the public list is what the shop answers.
 */
export default function ShopReviews() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const shop = useQuery({
    queryKey: ['shop', id],
    queryFn: () => api<Shop>(`/shops/${encodeURIComponent(id)}`),
  });
  return (
    <section className="stack" data-testid="shop-reviews">
      <h1>{t('reviews.sellerTitle')}</h1>
      {shop.data && <p className="muted">{shopName(shop.data, i18n.language)}</p>}
      <Link to="/seller">{t('sellerOrders.back')}</Link>
      <ReviewSection subject="shop" id={id} replyAs heading={false} />
    </section>
  );
}
