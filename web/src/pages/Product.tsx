import { ShoppingBasket } from 'lucide-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { FavoriteButton } from '../shop/FavoriteButton';
import { useCartActions } from '../shop/api';
import { useSession } from '../api/session';
import { useTranslation } from 'react-i18next';
import {
  addableUnits,
  categoryName,
  fetchCategory,
  productQuery,
  fetchShop,
  productName,
  stockState,
  type Product,
} from '../api/catalog';
import { Price, Skeleton, StockBadge } from '../components/Catalog';
import { ErrorBox } from '../components/Feedback';
import { ProductImage } from '../components/ProductImage';
import { ShopCard } from '../components/ShopCard';
import { distanceMetres, useChosenLocation } from '../location/location';
import { OtherBrands } from '../pharmacy/OtherBrands';
import { RatingBadge, ReviewSection } from '../reviews/ReviewList';
import { FlashSaleBadge } from '../promotions/FlashSaleBadge';

/**
 * The main picture's CSS width, for `sizes`: the page's width less its padding (1 rem each side,
 * at most 960 px), but never wider than the 360-px-high box allows for this picture's shape.
 */
function gallerySizes(width: number | null, height: number | null) {
  const widest = Math.min(928, Math.round((360 * (width ?? 1)) / (height ?? 1)));
  return `(min-width: ${widest + 32}px) ${widest}px, calc(100vw - 2rem)`;
}

function Gallery({ product }: { product: Product }) {
  const { t, i18n } = useTranslation();
  const ready = product.images.filter((i) => i.status === 'ready' && i.urls);
  const [index, setIndex] = useState(0);
  const current = ready[Math.min(index, ready.length - 1)];
  const name = productName(product, i18n.language);
  if (!current?.urls) {
    return (
      <div className="gallery-main gallery-empty" aria-hidden="true">
        <ShoppingBasket />
      </div>
    );
  }
  return (
    <div className="gallery" data-testid="gallery">
      {/* The 1200 px size also opens on tap. */}
      <a href={current.urls.large} target="_blank" rel="noreferrer">
        <ProductImage
          className="gallery-main"
          urls={current.urls}
          sizes={gallerySizes(current.width, current.height)}
          fallback="medium"
          alt={name}
          width={current.width ?? 1200}
          height={current.height ?? 1200}
          fetchPriority="high"
        />
      </a>
      {ready.length > 1 && (
        <div className="gallery-thumbs">
          {ready.map((image, i) => (
            <button
              key={image.id}
              type="button"
              className={i === index ? 'active' : ''}
              aria-label={t('product.photo', { n: i + 1 })}
              aria-pressed={i === index}
              onClick={() => setIndex(i)}
            >
              {image.urls && (
                <ProductImage
                  urls={image.urls}
                  sizes="56px"
                  light="thumb"
                  alt=""
                  width={56}
                  height={56}
                  loading="lazy"
                />
              )}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

export default function ProductPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const location = useChosenLocation();
  const [variantId, setVariantId] = useState<string | null>(null);
  const [added, setAdded] = useState<'added' | 'queued' | null>(null);
  const { add } = useCartActions();
  const { user } = useSession();
  const product = useQuery(productQuery(id));
  const shopId = product.data?.shopId;
  const shop = useQuery({
    queryKey: ['shop', shopId],
    queryFn: () => fetchShop(shopId!),
    enabled: Boolean(shopId),
  });
  const categoryId = product.data?.categoryId;
  const category = useQuery({
    queryKey: ['category', categoryId],
    queryFn: () => fetchCategory(categoryId!),
    enabled: Boolean(categoryId),
    staleTime: 10 * 60_000,
  });

  if (product.isPending) return <Skeleton count={3} variant="tile" />;
  if (product.error) return <ErrorBox error={product.error} />;
  const p = product.data;
  const variant = p.variants.find((v) => v.id === variantId) ?? p.variants[0];
  const description =
    i18n.language === 'en'
      ? (p.descriptionEn ?? p.descriptionBn)
      : (p.descriptionBn ?? p.descriptionEn);
  const distance = shop.data && location ? distanceMetres(location, shop.data) : null;

  return (
    <article className="stack product-page" data-testid="product-page">
      {/* Its line is kept while the category loads: the page does not jump on a slow line. */}
      {p.categoryId && (
        <p className="muted small breadcrumb" data-testid="breadcrumb">
          {category.data
            ? [...category.data.ancestors, category.data].map((c, i) => (
                <span key={c.id}>
                  {i > 0 && ' › '}
                  <Link to={`/search?category=${encodeURIComponent(c.slug)}`}>
                    {categoryName(c, i18n.language)}
                  </Link>
                </span>
              ))
            : '\u00a0'}
        </p>
      )}
      <Gallery product={p} />
      <div className="title-row">
        <h1 data-testid="product-title">{productName(p, i18n.language)}</h1>
        <FavoriteButton kind="product" id={p.id} />
      </div>
      <RatingBadge subject="product" id={p.id} reserve />
      {variant && (
        <div className="title-row">
          <Price
            price={variant.price}
            compareAt={variant.compareAtPrice}
            per={variant.label ?? t(`units.${p.unit}`)}
          />
          <StockBadge state={stockState([variant])} />
        </div>
      )}
      {variant && <FlashSaleBadge productId={p.id} variantId={variant.id} />}
      {p.variants.length > 1 && (
        <fieldset className="variant-picker" data-testid="variants">
          <legend>{t('product.chooseVariant')}</legend>
          {p.variants.map((v) => (
            <label key={v.id} className={v.id === variant?.id ? 'chip active' : 'chip'}>
              <input
                type="radio"
                name="variant"
                value={v.id}
                checked={v.id === variant?.id}
                onChange={() => setVariantId(v.id)}
              />
              {v.label ?? v.sku}
            </label>
          ))}
        </fieldset>
      )}
      <p className="muted">{t('product.unit', { unit: t(`units.${p.unit}`) })}</p>
      {(!user || user.role === 'customer') && variant && (
        <>
          <button
            type="button"
            className="primary"
            data-testid="add-to-cart"
            disabled={variant.availability === 'out_of_stock' || add.isPending}
            onClick={() =>
              add.mutate(
                {
                  variantId: variant.id,
                  productId: p.id,
                  shopId: p.shopId,
                  shopName: shop.data
                    ? i18n.language === 'en'
                      ? shop.data.nameEn
                      : shop.data.nameBn
                    : '',
                  name: productName(p, i18n.language),
                  variantLabel: variant.label ?? null,
                  quantity: 1,
                  unitPrice: variant.price,
                  onHand: addableUnits(variant),
                },
                { onSuccess: (result) => setAdded(result) },
              )
            }
          >
            {t('product.addToCart')}
          </button>
          {added === 'added' && (
            <p className="hint" role="status" data-testid="added-to-cart">
              {t('product.added')} <Link to="/cart">{t('product.viewCart')}</Link>
            </p>
          )}
          {added === 'queued' && (
            <p className="hint" role="status" data-testid="queued-for-cart">
              {t('offline.queued')}
            </p>
          )}
          {add.error && <ErrorBox error={add.error} />}
        </>
      )}
      {description && <p className="description">{description}</p>}
      {/* The shop's card has its room before it arrives, so what follows does not move. */}
      <section className="stack sold-by">
        <h2>{t('product.soldBy')}</h2>
        <ul className="list">
          {shop.data ? (
            <ShopCard shop={shop.data} distanceM={distance} />
          ) : (
            <li className="skeleton shop-card-placeholder" aria-hidden="true" />
          )}
        </ul>
      </section>
      <OtherBrands productId={p.id} enabled={p.kind === 'medicine'} />
      <ReviewSection subject="product" id={p.id} />
    </article>
  );
}
