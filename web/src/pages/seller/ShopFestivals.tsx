import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { client, ok } from '../../api/client';
import type { ApiBody } from '../../api/schema';
import { ErrorBox, Loading } from '../../components/Feedback';
import { festivalDay } from '../../festivals/FestivalBanner';
import { useFormat } from '../../format';

type NewCoupon = ApiBody<'/api/v1/shops/{id}/coupons', 'post'>;

/**
 * Creates a suggested coupon as it is (the seller can edit or switch it off on the offers page):
 * the festival's, or a restaurant's iftar coupon (`testId` "iftar-coupon", its own label).
 */
function CreateCoupon({
  shopId,
  coupon,
  label,
  testId = 'festival-coupon',
}: {
  shopId: string;
  coupon: NewCoupon;
  label?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: () =>
      ok(
        client.POST('/api/v1/shops/{id}/coupons', {
          params: { path: { id: shopId } },
          body: coupon,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['shop-coupons', shopId] }),
  });
  if (create.isSuccess)
    return (
      <p className="alert alert-success" role="status" data-testid={`${testId}-made`}>
        {t('sellerFestivals.couponMade', { code: coupon.code })}{' '}
        <Link to={`/seller/shops/${shopId}/promotions`} className="tap">
          {t('sellerPromotions.title')}
        </Link>
      </p>
    );
  return (
    <>
      <button
        type="button"
        disabled={create.isPending}
        onClick={() => create.mutate()}
        data-testid={`${testId}-create`}
      >
        {label ?? t('sellerFestivals.createCoupon')}
      </button>
      <ErrorBox error={create.error} />
    </>
  );
}

/**
 * Upcoming festivals with the campaign Haat suggests for each: the categories this shop sold most
 * before the festival last came, a coupon ready to create, a banner in both languages and, for
 * restaurants in Ramadan, an offer around iftar.
 */
export default function ShopFestivals() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const campaigns = useQuery({
    queryKey: ['shop', id, 'festival-campaigns'],
    queryFn: () =>
      ok(
        client.GET('/api/v1/shops/{id}/festival-campaigns', {
          params: { path: { id }, query: { days: 60 } },
        }),
      ),
  });
  const en = i18n.language === 'en';
  const day = (d: string) => festivalDay(i18n.language, d);
  return (
    <section className="stack" data-testid="shop-festivals">
      <h1>{t('sellerFestivals.title')}</h1>
      <Link to="/seller">{t('sellerOrders.back')}</Link>
      {campaigns.isPending && <Loading />}
      <ErrorBox error={campaigns.error} />
      {campaigns.data?.items.length === 0 && <p className="muted">{t('sellerFestivals.none')}</p>}
      <ul className="list">
        {campaigns.data?.items.map((c) => (
          <li
            key={`${c.festival.key}-${c.festival.year}`}
            className={`card festival-${c.festival.theme}`}
            data-testid="festival-campaign"
          >
            <h2>{en ? c.festival.nameEn : c.festival.nameBn}</h2>
            <p className="muted">
              {c.festival.startsOn === c.festival.endsOn
                ? day(c.festival.mainDay)
                : `${day(c.festival.startsOn)} – ${day(c.festival.endsOn)}`}
            </p>
            {c.topCategories.length > 0 ? (
              <p>
                {t('sellerFestivals.soldBefore', {
                  categories: c.topCategories.map((x) => (en ? x.nameEn : x.nameBn)).join(', '),
                })}
              </p>
            ) : (
              <p className="muted">{t('sellerFestivals.noHistory')}</p>
            )}
            <p>
              {t('sellerFestivals.coupon', {
                code: c.coupon.code,
                percent: format.number(c.coupon.value / 100),
                min: format.price(c.coupon.minBag),
                max: format.price(c.coupon.maxDiscount),
              })}
            </p>
            <p className="muted">
              {t('sellerFestivals.couponWindow', {
                from: format.dateTime(c.coupon.startsAt),
                to: format.dateTime(c.coupon.endsAt),
              })}
            </p>
            <CreateCoupon shopId={id} coupon={c.coupon} />
            <p>
              <strong>{t('sellerFestivals.banner')}</strong> {en ? c.banner.en : c.banner.bn}
            </p>
            {c.iftarOffer && (
              <div className="stack" data-testid="iftar-offer">
                <p>
                  {en ? c.iftarOffer.text.en : c.iftarOffer.text.bn} (
                  {t('sellerFestivals.iftarAround', {
                    time: format.time(c.iftarOffer.firstDayIftar),
                  })}
                  )
                </p>
                <p>
                  {t('sellerFestivals.iftarCoupon', {
                    code: c.iftarOffer.coupon.code,
                    percent: format.number(c.iftarOffer.coupon.value / 100),
                    min: format.price(c.iftarOffer.coupon.minBag),
                    max: format.price(c.iftarOffer.coupon.maxDiscount),
                    before: format.number(c.iftarOffer.minutesBefore),
                    after: format.number(c.iftarOffer.minutesAfter),
                  })}
                </p>
                <CreateCoupon
                  shopId={id}
                  coupon={c.iftarOffer.coupon}
                  label={t('sellerFestivals.startIftarOffer')}
                  testId="iftar-coupon"
                />
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
