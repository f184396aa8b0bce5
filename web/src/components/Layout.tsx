import { useQueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { logout } from '../api/client';
import { useSession } from '../api/session';
import { setLanguage } from '../i18n';
import { ChatPanel } from '../assistant/ChatPanel';
import { NotificationBell } from '../notifications/NotificationBell';
import { cartCount, useCart, useGuestCartMerge } from '../shop/api';
import { Loading } from './Feedback';

export function Layout() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const other = i18n.language === 'en' ? 'bn' : 'en';
  useGuestCartMerge();
  const { cart } = useCart();
  const inCart = cartCount(cart);
  const shopper = !user || user.role === 'customer';

  async function signOut() {
    await logout();
    queryClient.clear();
    void navigate('/');
  }

  return (
    <>
      <header className="site-header">
        <div className="bar">
          <Link to="/" className="brand">
            {t('app.name')}
          </Link>
          <button
            type="button"
            className="lang-toggle"
            data-testid="lang-toggle"
            lang={other}
            onClick={() => setLanguage(other)}
          >
            {t('header.switchLanguage')}
          </button>
          {shopper && (
            <Link to="/cart" className="cart-link" data-testid="cart-link">
              {t('nav.cart')}
              {inCart > 0 && (
                <span className="count" data-testid="cart-count">
                  {new Intl.NumberFormat(i18n.language === 'en' ? 'en-BD' : 'bn-BD').format(inCart)}
                </span>
              )}
            </Link>
          )}
          {user && <NotificationBell />}
        </div>
        <nav aria-label={t('header.nav')}>
          <NavLink to="/search">{t('nav.search')}</NavLink>
          <NavLink to="/near-me">{t('nav.nearMe')}</NavLink>
          {user?.role === 'seller' && <NavLink to="/seller">{t('nav.myShops')}</NavLink>}
          {user?.role === 'seller' && <NavLink to="/seller/support">{t('support.nav')}</NavLink>}
          {user?.role === 'admin' && (
            <NavLink to="/admin/support">{t('support.adminInbox')}</NavLink>
          )}
          {user?.role === 'customer' && (
            <>
              <NavLink to="/orders">{t('nav.orders')}</NavLink>
              <NavLink to="/favorites">{t('nav.favorites')}</NavLink>
              <NavLink to="/support">{t('support.myThreads')}</NavLink>
            </>
          )}
          {user?.role === 'admin' && (
            <>
              <NavLink to="/admin/orders">{t('nav.adminOrders')}</NavLink>
              <NavLink to="/admin/payments">{t('nav.adminPayments')}</NavLink>
              <NavLink to="/admin/refunds">{t('nav.adminRefunds')}</NavLink>
              <NavLink to="/admin/delivery-rates">{t('nav.deliveryRates')}</NavLink>
              <NavLink to="/admin/jobs">{t('nav.adminJobs')}</NavLink>
              <NavLink to="/admin/audit">{t('nav.adminAudit')}</NavLink>
              <NavLink to="/admin/reviews">{t('nav.adminReviews')}</NavLink>
              <NavLink to="/admin/kb">{t('kb.nav')}</NavLink>
              <NavLink to="/admin/assistant">{t('insights.nav')}</NavLink>
              <NavLink to="/admin/shops">{t('nav.adminShops')}</NavLink>
              <NavLink to="/admin/products">{t('nav.adminProducts')}</NavLink>
              <NavLink to="/admin/medicines">{t('medicines.nav')}</NavLink>
              <NavLink to="/admin/categories">{t('nav.adminCategories')}</NavLink>
              <NavLink to="/admin/users">{t('nav.adminUsers')}</NavLink>
              <NavLink to="/admin/dev/outbox">{t('nav.outbox')}</NavLink>
            </>
          )}
          {user ? (
            <>
              <NavLink to="/account">{t('nav.account')}</NavLink>
              <button type="button" className="link-button" onClick={() => void signOut()}>
                {t('nav.logout')}
              </button>
            </>
          ) : (
            <>
              <NavLink to="/login">{t('nav.login')}</NavLink>
              <NavLink to="/register">{t('nav.register')}</NavLink>
            </>
          )}
        </nav>
      </header>
      <main className="page">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <ChatPanel />
    </>
  );
}
