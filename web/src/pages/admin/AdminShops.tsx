import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { AdminShop, Page, Shop, ShopStatus } from '../../api/types';
import { ErrorBox, Loading, StatusBadge } from '../../components/Feedback';
import { useFormat } from '../../format';
import { shopName } from '../seller/shopName';

const TABS: ShopStatus[] = ['pending', 'approved', 'rejected'];

export default function AdminShops() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ShopStatus>('pending');
  const shops = useInfiniteQuery({
    queryKey: ['admin-shops', status],
    queryFn: ({ pageParam }) =>
      api<Page<AdminShop>>(
        `/admin/shops?status=${status}&limit=20${pageParam ? `&cursor=${encodeURIComponent(pageParam)}` : ''}`,
      ),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = shops.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <section className="stack">
      <h1>{t('admin.shopsTitle')}</h1>
      <div className="tabs" role="tablist">
        {TABS.map((tab) => (
          <button
            key={tab}
            type="button"
            role="tab"
            aria-selected={status === tab}
            className={status === tab ? 'active' : undefined}
            onClick={() => setStatus(tab)}
          >
            {t(`shop.status.${tab}`)}
          </button>
        ))}
      </div>
      {shops.isPending && <Loading />}
      <ErrorBox error={shops.error} />
      {shops.isSuccess && items.length === 0 && <p>{t('admin.none')}</p>}
      <ul className="list">
        {items.map((shop) => (
          <AdminShopCard key={shop.id} shop={shop} />
        ))}
      </ul>
      {shops.hasNextPage && (
        <button
          type="button"
          className="secondary"
          onClick={() => void shops.fetchNextPage()}
          disabled={shops.isFetchingNextPage}
        >
          {t('common.more')}
        </button>
      )}
    </section>
  );
}

function AdminShopCard({ shop }: { shop: AdminShop }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [rejecting, setRejecting] = useState(false);
  const done = () => void queryClient.invalidateQueries({ queryKey: ['admin-shops'] });
  const approve = useMutation({
    mutationFn: () => api<Shop>(`/admin/shops/${shop.id}/approve`, { method: 'POST', body: {} }),
    onSuccess: done,
  });
  const reject = useMutation({
    mutationFn: (reason: string) =>
      api<Shop>(`/admin/shops/${shop.id}/reject`, { method: 'POST', body: { reason } }),
    onSuccess: done,
  });

  function submitReject(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    reject.mutate(String(new FormData(event.currentTarget).get('reason') ?? '').trim());
  }

  return (
    <li className="card" data-testid="admin-shop-card" data-shop-id={shop.id}>
      <div className="title-row">
        <h2>{shopName(shop, i18n.language)}</h2>
        <StatusBadge status={shop.status} />
      </div>
      <p className="muted" lang={i18n.language === 'en' ? 'bn' : 'en'}>
        {i18n.language === 'en' ? shop.nameBn : shop.nameEn}
      </p>
      <dl className="facts">
        <dt>{t('admin.owner')}</dt>
        <dd data-testid="shop-owner">
          {shop.owner.name}
          {shop.owner.phone && (
            <>
              {' · '}
              <span dir="ltr">{shop.owner.phone}</span>
            </>
          )}
          {shop.owner.email && (
            <>
              {' · '}
              <span dir="ltr">{shop.owner.email}</span>
            </>
          )}
        </dd>
        <dt>{t('shopForm.type')}</dt>
        <dd>{t(`shop.type.${shop.type}`)}</dd>
        <dt>{t('shopForm.phone')}</dt>
        <dd dir="ltr">{shop.phone}</dd>
        <dt>{t('shopForm.address')}</dt>
        <dd>{shop.address}</dd>
        <dt>{t('shopForm.location')}</dt>
        <dd>
          {format.number(shop.lat, { maximumFractionDigits: 5 })},{' '}
          {format.number(shop.lng, { maximumFractionDigits: 5 })}
        </dd>
        <dt>{t('shopForm.tradeLicence')}</dt>
        <dd>{shop.tradeLicence ?? '—'}</dd>
        {shop.type === 'pharmacy' && (
          <>
            <dt>{t('shopForm.drugLicence')}</dt>
            <dd>{shop.drugLicence ?? '—'}</dd>
          </>
        )}
        <dt>{t('admin.submitted')}</dt>
        <dd>{format.dateTime(shop.createdAt)}</dd>
        {shop.rejectionReason && (
          <>
            <dt>{t('seller.rejectionReason')}</dt>
            <dd>{shop.rejectionReason}</dd>
          </>
        )}
      </dl>
      <ErrorBox error={approve.error ?? reject.error} />
      {shop.status !== 'approved' && (
        <div className="actions">
          <button
            type="button"
            className="primary"
            data-testid="approve-shop"
            disabled={approve.isPending}
            onClick={() => approve.mutate()}
          >
            {t('admin.approve')}
          </button>
          {shop.status === 'pending' && !rejecting && (
            <button type="button" className="danger" onClick={() => setRejecting(true)}>
              {t('admin.reject')}
            </button>
          )}
        </div>
      )}
      {rejecting && (
        <form className="form" onSubmit={submitReject}>
          <div className="field">
            <label htmlFor={`reason-${shop.id}`}>{t('admin.reason')}</label>
            <textarea id={`reason-${shop.id}`} name="reason" required rows={2} />
          </div>
          <div className="actions">
            <button type="submit" className="danger" disabled={reject.isPending}>
              {t('admin.confirmReject')}
            </button>
            <button type="button" className="secondary" onClick={() => setRejecting(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
