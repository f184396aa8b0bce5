import { ClipboardList, House, Search, ShoppingBag, UserRound } from 'lucide-react';
import { Suspense } from 'react';
import { Link, NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../api/session';
import type { User } from '../api/types';
import { setLanguage } from '../i18n';
import { ChatLauncher } from '../assistant/ChatLauncher';
import { NotificationBell } from '../notifications/NotificationBell';
import { OfflineBanner } from '../offline/OfflineBanner';
import { usePendingBagSync } from '../offline/pendingBag';
import { useUpdateOnNavigation } from '../offline/update';
import { cartCount, useCart, useGuestCartMerge } from '../shop/api';
import { Loading } from './Feedback';

/** Staff consoles: every page one tap away, in one row that scrolls sideways. */
function staffLinks(role: User['role']): [string, string][] {
  if (role === 'seller')
    return [
      ['/seller', 'nav.myShops'],
      ['/seller/support', 'support.nav'],
      ['/search', 'nav.search'],
      ['/account', 'nav.account'],
    ];
  if (role === 'admin')
    return [
      ['/admin/orders', 'nav.adminOrders'],
      ['/admin/shops', 'nav.adminShops'],
      ['/admin/support', 'support.adminInbox'],
      ['/admin/payments', 'nav.adminPayments'],
      ['/admin/finance', 'nav.adminFinance'],
      ['/admin/refunds', 'nav.adminRefunds'],
      ['/admin/risk-blocks', 'nav.riskBlocks'],
      ['/admin/coupons', 'nav.adminCoupons'],
      ['/admin/delivery-rates', 'nav.deliveryRates'],
      ['/admin/jobs', 'nav.adminJobs'],
      ['/admin/audit', 'nav.adminAudit'],
      ['/admin/reviews', 'nav.adminReviews'],
      ['/admin/kb', 'kb.nav'],
      ['/admin/assistant', 'insights.nav'],
      ['/admin/products', 'nav.adminProducts'],
      ['/admin/medicines', 'medicines.nav'],
      ['/admin/categories', 'nav.adminCategories'],
      ['/admin/users', 'nav.adminUsers'],
      ['/admin/dev/outbox', 'nav.outbox'],
      ['/search', 'nav.search'],
      ['/account', 'nav.account'],
    ];
  return [];
}

/** A shopper's five places, at the thumb: home, search, bag, orders, account. */
function BottomNav({ signedIn }: { signedIn: boolean }) {
  const { t, i18n } = useTranslation();
  const { cart } = useCart();
  const inCart = cartCount(cart);
  return (
    <nav className="bottom-nav" aria-label={t('nav.main')}>
      <NavLink to="/" end>
        <House aria-hidden="true" />
        <span>{t('nav.home')}</span>
      </NavLink>
      <NavLink to="/search">
        <Search aria-hidden="true" />
        <span>{t('nav.search')}</span>
      </NavLink>
      <NavLink to="/cart" className="cart-link" data-testid="cart-link">
        <span className="icon-with-count">
          <ShoppingBag aria-hidden="true" />
          {inCart > 0 && (
            <span className="count" data-testid="cart-count">
              {new Intl.NumberFormat(i18n.language === 'en' ? 'en-BD' : 'bn-BD').format(inCart)}
            </span>
          )}
        </span>
        <span>{t('nav.cart')}</span>
      </NavLink>
      <NavLink to="/orders">
        <ClipboardList aria-hidden="true" />
        <span>{t('nav.orders')}</span>
      </NavLink>
      {signedIn ? (
        <NavLink to="/account">
          <UserRound aria-hidden="true" />
          <span>{t('nav.account')}</span>
        </NavLink>
      ) : (
        <NavLink to="/login">
          <UserRound aria-hidden="true" />
          <span>{t('nav.login')}</span>
        </NavLink>
      )}
    </nav>
  );
}

export function Layout() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const other = i18n.language === 'en' ? 'bn' : 'en';
  useGuestCartMerge();
  usePendingBagSync();
  useUpdateOnNavigation();
  const shopper = !user || user.role === 'customer';
  const links = user ? staffLinks(user.role) : [];

  return (
    <>
      <header className="site-header">
        <div className="bar">
          <Link to="/" className="brand">
            {t('app.name')}
          </Link>
          <span className="bar-end">
            <button
              type="button"
              className="lang-toggle"
              data-testid="lang-toggle"
              lang={other}
              onClick={() => setLanguage(other)}
            >
              {t('header.switchLanguage')}
            </button>
            {user && <NotificationBell />}
          </span>
        </div>
        {links.length > 0 && (
          <nav aria-label={t('header.nav')} className="staff-nav">
            {links.map(([to, key]) => (
              <NavLink key={to} to={to} end={to === '/seller'}>
                {t(key)}
              </NavLink>
            ))}
          </nav>
        )}
        <OfflineBanner />
      </header>
      <main className={shopper ? 'page with-bottom-nav' : 'page'}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      {shopper && <BottomNav signedIn={user !== null} />}
      <ChatLauncher />
    </>
  );
}
