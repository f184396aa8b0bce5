import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { productName, type AdminProduct } from '../../api/catalog';
import { client, ok } from '../../api/client';
import { Price } from '../../components/Catalog';
import { ErrorBox, Loading, Notice, StatusBadge } from '../../components/Feedback';
import { Field, SelectField } from '../../components/Field';
import { oneOf } from '../../components/urlFilters';
import { shopName } from '../seller/shopName';

type Visibility = '' | 'true' | 'false';

/**
 * Every product of every shop, to find one by name or SKU (or by shop, or hidden ones) and hide it
 * with a reason its seller sees, or show it again. The filters live in the address.
 */
export default function AdminProducts() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const shopId = params.get('shopId') ?? '';
  const hidden = (params.get('hidden') ?? '') as Visibility;
  const [draft, setDraft] = useState({ q, shopId, hidden });
  const [notice, setNotice] = useState<string | null>(null);
  const products = useInfiniteQuery({
    queryKey: ['admin-products', q, shopId, hidden],
    initialPageParam: '',
    queryFn: ({ pageParam }) => {
      const query = {
        limit: 20,
        q: q || undefined,
        shopId: shopId || undefined,
        hidden: oneOf(hidden, ['true', 'false'] as const),
        cursor: pageParam || undefined,
      };
      return ok(client.GET('/api/v1/admin/products', { params: { query } }));
    },
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = products.data?.pages.flatMap((p) => p.items) ?? [];

  function submit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    setParams(
      Object.fromEntries(
        Object.entries({ ...draft, q: draft.q.trim(), shopId: draft.shopId.trim() }).filter(
          ([, v]) => v,
        ),
      ),
    );
  }

  return (
    <section className="stack" data-testid="admin-products">
      <h1>{t('adminProducts.title')}</h1>
      <form className="stack card" role="search" onSubmit={submit}>
        <Field
          type="search"
          name="q"
          label={t('adminProducts.search')}
          value={draft.q}
          onChange={(e) => setDraft((d) => ({ ...d, q: e.target.value }))}
        />
        <Field
          name="shopId"
          label={t('adminProducts.shopId')}
          value={draft.shopId}
          dir="ltr"
          onChange={(e) => setDraft((d) => ({ ...d, shopId: e.target.value }))}
        />
        <SelectField
          name="hidden"
          label={t('adminProducts.visibility')}
          value={draft.hidden}
          onChange={(e) => setDraft((d) => ({ ...d, hidden: e.target.value as Visibility }))}
        >
          <option value="">{t('adminProducts.all')}</option>
          <option value="true">{t('adminProducts.hiddenOnly')}</option>
          <option value="false">{t('adminProducts.visibleOnly')}</option>
        </SelectField>
        <button type="submit" className="secondary">
          {t('common.find')}
        </button>
      </form>
      {notice && <Notice testId="product-action-done">{notice}</Notice>}
      {products.isPending && <Loading />}
      <ErrorBox error={products.error} />
      {products.isSuccess && items.length === 0 && <p>{t('adminProducts.none')}</p>}
      <ul className="list">
        {items.map((p) => (
          <AdminProductCard key={p.id} product={p} onDone={setNotice} />
        ))}
      </ul>
      {products.hasNextPage && (
        <button
          type="button"
          className="secondary"
          onClick={() => void products.fetchNextPage()}
          disabled={products.isFetchingNextPage}
        >
          {t('common.more')}
        </button>
      )}
    </section>
  );
}

function AdminProductCard({
  product,
  onDone,
}: {
  product: AdminProduct;
  onDone: (notice: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [hiding, setHiding] = useState(false);
  const path = { id: product.id };
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['admin-products'] });
  const hide = useMutation({
    mutationFn: (reason: string) =>
      ok(client.POST('/api/v1/admin/products/{id}/hide', { params: { path }, body: { reason } })),
    onSuccess: () => {
      setHiding(false);
      onDone(t('adminProducts.nowHidden'));
      refresh();
    },
  });
  const unhide = useMutation({
    mutationFn: () => ok(client.POST('/api/v1/admin/products/{id}/unhide', { params: { path } })),
    onSuccess: () => {
      onDone(t('adminProducts.nowVisible'));
      refresh();
    },
  });

  return (
    <li className="card stack" data-testid="admin-product" data-product-id={product.id}>
      <div className="title-row">
        <h2>{productName(product, i18n.language)}</h2>
        {product.hidden && (
          <span className="badge badge-rejected">{t('adminProducts.hidden')}</span>
        )}
      </div>
      <dl className="facts">
        <dt>{t('adminProducts.shop')}</dt>
        <dd>
          <Link to={`/admin/products?shopId=${product.shop.id}`}>
            {shopName(product.shop, i18n.language)}
          </Link>{' '}
          <StatusBadge status={product.shop.status} />
        </dd>
        <dt>{t('adminProducts.sku')}</dt>
        <dd dir="ltr">{product.sku}</dd>
        <dt>{t('productForm.status')}</dt>
        <dd>{t(`productStatus.${product.status}`)}</dd>
        {product.minPrice !== null && (
          <>
            <dt>{t('adminProducts.price')}</dt>
            <dd>
              <Price price={product.minPrice} />
            </dd>
          </>
        )}
        {product.hiddenReason && (
          <>
            <dt>{t('adminProducts.hiddenReason')}</dt>
            <dd data-testid="hidden-reason">{product.hiddenReason}</dd>
          </>
        )}
      </dl>
      <ErrorBox error={hide.error ?? unhide.error} />
      {product.hidden ? (
        <div className="actions">
          <button
            type="button"
            className="primary"
            disabled={unhide.isPending}
            onClick={() => unhide.mutate()}
          >
            {t('adminProducts.unhide')}
          </button>
        </div>
      ) : hiding ? (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            hide.mutate(String(new FormData(event.currentTarget).get('reason') ?? '').trim());
          }}
        >
          <div className="field">
            <label htmlFor={`hide-${product.id}`}>{t('adminProducts.hideReason')}</label>
            <textarea id={`hide-${product.id}`} name="reason" required rows={2} maxLength={500} />
          </div>
          <div className="actions">
            <button type="submit" className="danger" disabled={hide.isPending}>
              {t('adminProducts.confirmHide')}
            </button>
            <button type="button" className="secondary" onClick={() => setHiding(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div className="actions">
          <button type="button" className="danger" onClick={() => setHiding(true)}>
            {t('adminProducts.hide')}
          </button>
        </div>
      )}
    </li>
  );
}
