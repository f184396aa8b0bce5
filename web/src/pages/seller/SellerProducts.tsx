import { ShoppingBasket } from 'lucide-react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  fetchShop,
  fetchShopProducts,
  coverImage,
  productName,
  productStatuses,
  stockState,
  type ProductStatus,
} from '../../api/catalog';
import { apiDownload } from '../../api/client';
import { Price, Skeleton, StockBadge } from '../../components/Catalog';
import { ErrorBox } from '../../components/Feedback';
import { ProductImage } from '../../components/ProductImage';
import { useFormat } from '../../format';
import { shopName } from './shopName';

/** `/seller/shops/:id/products`: the shop's products with status, stock and a quick search. */
export default function SellerProducts() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [status, setStatus] = useState<ProductStatus | ''>('');
  const [text, setText] = useState('');
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const shop = useQuery({
    queryKey: ['shop', id],
    queryFn: () => fetchShop(id),
  });
  const products = useInfiniteQuery({
    queryKey: ['seller-products', id, status],
    queryFn: ({ pageParam }) =>
      fetchShopProducts(id, { limit: 50, cursor: pageParam, status: status || undefined }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

  // The search box filters the loaded pages by name or SKU (a shop's list is short).
  const needle = text.trim().toLocaleLowerCase();
  const items = (products.data?.pages.flatMap((p) => p.items) ?? []).filter(
    (p) =>
      !needle ||
      [p.nameBn, p.nameEn, p.sku, ...p.variants.map((v) => v.sku)].some((s) =>
        s?.toLocaleLowerCase().includes(needle),
      ),
  );

  async function download(path: string, filename: string) {
    setDownloadError(null);
    try {
      await apiDownload(path, filename);
    } catch (error) {
      setDownloadError(error);
    }
  }

  return (
    <section className="stack">
      <p>
        <Link to="/seller" className="tap">
          ← {t('nav.myShops')}
        </Link>
      </p>
      <div className="title-row">
        <h1>{t('sellerProducts.title')}</h1>
        <Link
          className="button primary"
          to={`/seller/products/new?shopId=${id}`}
          data-testid="new-product-link"
        >
          + {t('sellerProducts.new')}
        </Link>
      </div>
      {shop.data && <p className="muted">{shopName(shop.data, i18n.language)}</p>}
      <div className="actions">
        <Link className="button" to={`/seller/shops/${id}/import`}>
          {t('sellerProducts.import')}
        </Link>
        <button
          type="button"
          onClick={() => void download(`/shops/${id}/products/export.csv`, 'haat-products.csv')}
        >
          {t('sellerProducts.export')}
        </button>
      </div>
      <ErrorBox error={downloadError} />
      <input
        type="search"
        aria-label={t('sellerProducts.search')}
        placeholder={t('sellerProducts.search')}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="tabs" role="tablist">
        {(['', ...productStatuses] as const).map((s) => (
          <button
            key={s || 'all'}
            type="button"
            role="tab"
            aria-selected={status === s}
            className={status === s ? 'active' : ''}
            onClick={() => setStatus(s)}
          >
            {s ? t(`productStatus.${s}`) : t('sellerProducts.all')}
          </button>
        ))}
      </div>
      {products.isPending && <Skeleton count={5} />}
      <ErrorBox error={products.error} />
      {products.isSuccess && items.length === 0 && (
        <p className="muted">{t('sellerProducts.none')}</p>
      )}
      <ul className="list">
        {items.map((p) => {
          const cover = coverImage(p.images);
          const cheapest = [...p.variants].sort((a, b) => a.price - b.price)[0];
          const onHand = p.variants.reduce((sum, v) => sum + (v.onHand ?? 0), 0);
          return (
            <li key={p.id}>
              <Link
                to={`/seller/products/${p.id}/edit`}
                className="product-row"
                data-testid="seller-product"
              >
                {cover?.urls ? (
                  <ProductImage
                    urls={cover.urls}
                    sizes="64px"
                    light="thumb"
                    alt=""
                    width={64}
                    height={64}
                    loading="lazy"
                  />
                ) : (
                  <span className="thumb-placeholder" aria-hidden="true">
                    <ShoppingBasket />
                  </span>
                )}
                <span className="product-row-text">
                  <strong>{productName(p, i18n.language)}</strong>
                  {cheapest && <Price price={cheapest.price} />}
                  <span className="muted small">
                    {t(`productStatus.${p.status}`)}
                    {p.hidden && (
                      <>
                        {' · '}
                        <span className="text-err" data-testid="hidden-by-admin">
                          {p.hiddenReason
                            ? t('sellerProducts.hiddenReason', { reason: p.hiddenReason })
                            : t('sellerProducts.hidden')}
                        </span>
                      </>
                    )}{' '}
                    · {t('stock.onHand', { n: format.number(onHand) })}
                  </span>
                </span>
                <StockBadge state={stockState(p.variants)} />
              </Link>
            </li>
          );
        })}
      </ul>
      {products.hasNextPage && (
        <button
          type="button"
          onClick={() => void products.fetchNextPage()}
          disabled={products.isFetchingNextPage}
        >
          {t('common.more')}
        </button>
      )}
    </section>
  );
}
