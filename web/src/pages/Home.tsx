import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../api/session';

export function Home() {
  const { t } = useTranslation();
  const { user } = useSession();
  return (
    <section className="stack">
      <h1>{user ? t('home.hello', { name: user.name }) : t('home.title')}</h1>
      <p className="lead">{t('home.tagline')}</p>
      {!user && (
        <div className="cards">
          <Link className="card card-link" to="/register?type=seller" data-testid="home-seller">
            <strong>{t('home.sellerTitle')}</strong>
            <span>{t('home.sellerText')}</span>
          </Link>
          <Link className="card card-link" to="/register?type=customer">
            <strong>{t('home.customerTitle')}</strong>
            <span>{t('home.customerText')}</span>
          </Link>
          <p>
            {t('home.haveAccount')} <Link to="/login">{t('nav.login')}</Link>
          </p>
        </div>
      )}
      {user?.role === 'seller' && (
        <div className="cards">
          <Link className="card card-link" to="/seller">
            <strong>{t('nav.myShops')}</strong>
            <span>{t('home.sellerConsole')}</span>
          </Link>
          <Link className="card card-link" to="/seller/shops/new">
            <strong>{t('seller.newShop')}</strong>
            <span>{t('home.newShopText')}</span>
          </Link>
        </div>
      )}
      {user?.role === 'admin' && (
        <div className="cards">
          <Link className="card card-link" to="/admin/shops">
            <strong>{t('nav.approvals')}</strong>
            <span>{t('home.approvalsText')}</span>
          </Link>
          <Link className="card card-link" to="/admin/dev/outbox">
            <strong>{t('nav.outbox')}</strong>
            <span>{t('home.outboxText')}</span>
          </Link>
        </div>
      )}
      {user?.role === 'customer' && <p>{t('home.customerSoon')}</p>}
      {user && !user.phoneVerified && user.phone && (
        <p className="alert alert-info">
          {t('home.verifyPhonePrompt')} <Link to="/verify-phone">{t('verifyPhone.title')}</Link>
        </p>
      )}
    </section>
  );
}
