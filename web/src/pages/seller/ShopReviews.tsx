import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fetchShop } from '../../api/catalog';
import { client, ok } from '../../api/client';
import { useSession } from '../../api/session';
import { ErrorBox, Loading } from '../../components/Feedback';
import { ReviewSection } from '../../reviews/ReviewList';
import { shopName } from './shopName';

/**
 * The shop's visible reviews, newest first, with "reply" on those not answered yet (the API takes
 * one reply per review). Hidden reviews are not listed: the public list is what the shop answers.
 */
export default function ShopReviews() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const shop = useQuery({
    queryKey: ['shop', id],
    queryFn: () => fetchShop(id),
  });
  // "Is this my shop?" from the seller's own shop list: public shop answers carry no owner id.
  const seller = user?.role === 'seller';
  const mine = useQuery({
    queryKey: ['shops', 'mine'],
    queryFn: () => ok(client.GET('/api/v1/shops/mine')),
    enabled: seller,
  });
  const owned = seller && (mine.data?.items.some((s) => s.id === id) ?? false);
  return (
    <section className="stack" data-testid="shop-reviews">
      <h1>{t('reviews.sellerTitle')}</h1>
      {shop.data && <p className="muted">{shopName(shop.data, i18n.language)}</p>}
      <Link to="/seller">{t('sellerOrders.back')}</Link>
      {shop.isPending && <Loading />}
      <ErrorBox error={shop.error} />
      {/* Only the owner may reply (admins reach this page too, and hide from the list). */}
      {shop.data && <ReviewSection subject="shop" id={id} replyAs={owned} heading={false} />}
    </section>
  );
}
