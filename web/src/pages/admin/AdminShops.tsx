import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { client, ok } from '../../api/client';
import type { AdminShop, ShopStatus } from '../../api/types';
import { ErrorBox, Loading, Notice, StatusBadge } from '../../components/Feedback';
import { useFormat } from '../../format';
import { shopName } from '../seller/shopName';

const TABS: ShopStatus[] = ['pending', 'approved', 'suspended', 'rejected'];

/**
 * Shops by status: approve or reject the pending ones, suspend an approved one with a reason,
 * reinstate a suspended one. `?status=` and `?q=` keep the view in the address.
 */
export default function AdminShops() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const status = (TABS as string[]).includes(params.get('status') ?? '')
    ? (params.get('status') as ShopStatus)
    : 'pending';
  const q = params.get('q') ?? '';
  const [draft, setDraft] = useState(q);
  const [notice, setNotice] = useState<string | null>(null);
  const setView = (next: { status?: ShopStatus; q?: string }) => {
    const view = { status, q, ...next };
    setParams(view.q ? { status: view.status, q: view.q } : { status: view.status });
  };
  const shops = useInfiniteQuery({
    queryKey: ['admin-shops', status, q],
    queryFn: ({ pageParam }) => {
      const query = { status, limit: 20, q: q || undefined, cursor: pageParam || undefined };
      return ok(client.GET('/api/v1/admin/shops', { params: { query } }));
    },
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
            onClick={() => setView({ status: tab })}
          >
            {t(`shop.status.${tab}`)}
          </button>
        ))}
      </div>
      <form
        className="search-box"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          setView({ q: draft.trim() });
        }}
      >
        <input
          type="search"
          name="q"
          aria-label={t('admin.search')}
          placeholder={t('admin.search')}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
        />
        <button type="submit" className="secondary">
          {t('common.find')}
        </button>
      </form>
      {notice && <Notice testId="shop-action-done">{notice}</Notice>}
      {shops.isPending && <Loading />}
      <ErrorBox error={shops.error} />
      {shops.isSuccess && items.length === 0 && <p>{t('admin.none')}</p>}
      <ul className="list">
        {items.map((shop) => (
          <AdminShopCard key={shop.id} shop={shop} onDone={setNotice} />
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

function AdminShopCard({ shop, onDone }: { shop: AdminShop; onDone: (notice: string) => void }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [rejecting, setRejecting] = useState(false);
  const [suspending, setSuspending] = useState(false);
  const [reinstating, setReinstating] = useState(false);
  const path = { id: shop.id };
  const done = () => void queryClient.invalidateQueries({ queryKey: ['admin-shops'] });
  const suspend = useMutation({
    mutationFn: (reason: string) =>
      ok(client.POST('/api/v1/admin/shops/{id}/suspend', { params: { path }, body: { reason } })),
    onSuccess: () => {
      setSuspending(false);
      onDone(t('admin.suspended'));
      done();
    },
  });
  const reinstate = useMutation({
    mutationFn: () => ok(client.POST('/api/v1/admin/shops/{id}/reinstate', { params: { path } })),
    onSuccess: () => {
      setReinstating(false);
      onDone(t('admin.reinstated'));
      done();
    },
  });
  const approve = useMutation({
    mutationFn: () => ok(client.POST('/api/v1/admin/shops/{id}/approve', { params: { path } })),
    onSuccess: done,
  });
  const reject = useMutation({
    mutationFn: (reason: string) =>
      ok(client.POST('/api/v1/admin/shops/{id}/reject', { params: { path }, body: { reason } })),
    onSuccess: done,
  });

  function submitReject(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    reject.mutate(String(new FormData(event.currentTarget).get('reason') ?? '').trim());
  }

  return (
    <li className="card" data-testid="admin-shop-card" data-shop-id={shop.id}>
      <div className="title-row">
        <h2 translate="no">{shopName(shop, i18n.language)}</h2>
        <StatusBadge status={shop.status} />
      </div>
      <p className="muted" lang={i18n.language === 'en' ? 'bn' : 'en'} translate="no">
        {i18n.language === 'en' ? shop.nameBn : shop.nameEn}
      </p>
      <dl className="facts">
        <dt>{t('admin.owner')}</dt>
        <dd data-testid="shop-owner" translate="no">
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
        <dd translate="no">{shop.address}</dd>
        <dt>{t('shopForm.location')}</dt>
        <dd>
          {format.number(shop.lat, { maximumFractionDigits: 5 })},{' '}
          {format.number(shop.lng, { maximumFractionDigits: 5 })}
        </dd>
        <dt>{t('shopForm.tradeLicence')}</dt>
        <dd translate="no">{shop.tradeLicence ?? '—'}</dd>
        {shop.type === 'pharmacy' && (
          <>
            <dt>{t('shopForm.drugLicence')}</dt>
            <dd translate="no">{shop.drugLicence ?? '—'}</dd>
          </>
        )}
        <dt>{t('admin.submitted')}</dt>
        <dd>{format.dateTime(shop.createdAt)}</dd>
        {shop.rejectionReason && (
          <>
            <dt>{t('seller.rejectionReason')}</dt>
            <dd translate="no">{shop.rejectionReason}</dd>
          </>
        )}
        {shop.suspensionReason && (
          <>
            <dt>{t('admin.suspensionReason')}</dt>
            <dd data-testid="suspension-reason" translate="no">
              {shop.suspensionReason}
            </dd>
          </>
        )}
        {shop.suspendedAt && (
          <>
            <dt>{t('admin.suspendedAt')}</dt>
            <dd>{format.dateTime(shop.suspendedAt)}</dd>
          </>
        )}
      </dl>
      <ErrorBox error={approve.error ?? reject.error ?? suspend.error ?? reinstate.error} />
      {shop.status === 'approved' && !suspending && (
        <div className="actions">
          <button
            type="button"
            className="danger"
            data-testid="suspend-shop"
            onClick={() => setSuspending(true)}
          >
            {t('admin.suspend')}
          </button>
        </div>
      )}
      {suspending && (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            const reason = String(new FormData(event.currentTarget).get('reason') ?? '').trim();
            suspend.mutate(reason);
          }}
        >
          <div className="field">
            <label htmlFor={`suspend-${shop.id}`}>{t('admin.suspendReason')}</label>
            <textarea id={`suspend-${shop.id}`} name="reason" required rows={2} maxLength={500} />
          </div>
          <div className="actions">
            <button type="submit" className="danger" disabled={suspend.isPending}>
              {t('admin.confirmSuspend')}
            </button>
            <button type="button" className="secondary" onClick={() => setSuspending(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
      {shop.status === 'suspended' &&
        (reinstating ? (
          <div className="stack">
            <p>{t('admin.confirmReinstate')}</p>
            <div className="actions">
              <button
                type="button"
                className="primary"
                data-testid="confirm-reinstate"
                disabled={reinstate.isPending}
                onClick={() => reinstate.mutate()}
              >
                {t('admin.reinstate')}
              </button>
              <button type="button" className="secondary" onClick={() => setReinstating(false)}>
                {t('common.cancel')}
              </button>
            </div>
          </div>
        ) : (
          <div className="actions">
            <button
              type="button"
              className="primary"
              data-testid="reinstate-shop"
              onClick={() => setReinstating(true)}
            >
              {t('admin.reinstate')}
            </button>
          </div>
        ))}
      {(shop.status === 'pending' || shop.status === 'rejected') && (
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
