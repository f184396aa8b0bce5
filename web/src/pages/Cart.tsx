import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../api/session';
import { ErrorBox, Loading, Notice } from '../components/Feedback';
import { useFormat } from '../format';
import { useOnline } from '../offline/online';
import { PendingBagNotice } from '../offline/PendingBagNotice';
import { byShop, useCart, useCartActions, type CartChange } from '../shop/api';
import { ShopClosedNotice } from '../shop/ShopClosedNotice';

export default function CartPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const { user } = useSession();
  const { cart, query } = useCart();
  const { setQuantity, remove } = useCartActions();
  const online = useOnline();
  const [refused, setRefused] = useState(false);

  if (query?.isPending) return <Loading />;
  if (query?.error) return <ErrorBox error={query.error} />;
  if (!cart || cart.items.length === 0)
    return (
      <section className="stack">
        <h1>{t('cart.title')}</h1>
        <PendingBagNotice />
        <Notice testId="cart-empty">{t('cart.empty')}</Notice>
        <Link to="/search">{t('cart.browse')}</Link>
      </section>
    );

  const changeOf = (variantId: string): CartChange | undefined =>
    cart.changes.find((c) => c.variantId === variantId);
  const error = setQuantity.error ?? remove.error;

  return (
    <section className="stack" data-testid="cart-page">
      <h1>{t('cart.title')}</h1>
      <PendingBagNotice />
      {cart.changes.length > 0 && <Notice testId="cart-changes">{t('cart.changedNote')}</Notice>}
      {error && <ErrorBox error={error} />}
      {byShop(cart.items).map((group) => (
        <div key={group.shopId} className="card stack" data-testid="cart-shop">
          <h2>
            <Link to={`/shops/${group.shopId}`}>{group.shopName}</Link>
          </h2>
          <ShopClosedNotice shopId={group.shopId} />
          <ul className="list">
            {group.items.map((item) => {
              const change = changeOf(item.variantId);
              return (
                <li key={item.variantId} className="cart-line" data-testid="cart-line">
                  <div>
                    <Link to={`/products/${item.productId}`}>{item.name}</Link>
                    {item.variantLabel && <span className="muted"> · {item.variantLabel}</span>}
                    <div className="small">
                      {f.price(item.unitPrice)} × {f.number(item.quantity)} ={' '}
                      <strong>{f.price(item.lineTotal)}</strong>
                    </div>
                    {change?.kind === 'price_changed' && change.was !== undefined && (
                      <div className="hint warn" data-testid="price-changed">
                        {t('cart.priceChanged', {
                          was: f.price(change.was),
                          now: f.price(change.now ?? item.unitPrice),
                        })}
                      </div>
                    )}
                    {change?.kind === 'quantity_reduced' && (
                      <div className="hint warn">{t('cart.reduced')}</div>
                    )}
                    {!item.available && <div className="hint warn">{t('cart.unavailable')}</div>}
                  </div>
                  <div className="qty">
                    <button
                      type="button"
                      aria-label={t('cart.less')}
                      disabled={item.quantity <= 1 || setQuantity.isPending}
                      onClick={() =>
                        setQuantity.mutate({
                          variantId: item.variantId,
                          quantity: item.quantity - 1,
                        })
                      }
                    >
                      −
                    </button>
                    <span aria-label={t('cart.quantity')}>{f.number(item.quantity)}</span>
                    <button
                      type="button"
                      aria-label={t('cart.more')}
                      disabled={setQuantity.isPending}
                      onClick={() =>
                        setQuantity.mutate({
                          variantId: item.variantId,
                          quantity: item.quantity + 1,
                        })
                      }
                    >
                      +
                    </button>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => remove.mutate(item.variantId)}
                    >
                      {t('cart.remove')}
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      <p className="title-row">
        <span>{t('cart.subtotal')}</span>
        <strong data-testid="cart-subtotal">{f.price(cart.subtotal)}</strong>
      </p>
      <p className="hint">{t('cart.deliveryLater')}</p>
      {refused && !online && (
        <p className="alert alert-error" role="alert" data-testid="offline-refused">
          {t('offline.checkout')}
        </p>
      )}
      <button
        type="button"
        className="primary"
        onClick={() => {
          // An order is never queued: offline, say so instead of opening a checkout that cannot load.
          if (!online) return setRefused(true);
          void navigate(user ? '/checkout' : `/login?next=${encodeURIComponent('/checkout')}`);
        }}
      >
        {t('cart.checkout')}
      </button>
    </section>
  );
}
