import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { categoryName, fetchCategories, fetchNearbyShops } from '../api/catalog';
import { search } from '../api/search';
import { useSession } from '../api/session';
import { ProductRow, Skeleton } from '../components/Catalog';
import { ErrorBox } from '../components/Feedback';
import { LocationBar } from '../components/LocationBar';
import { ShopCard } from '../components/ShopCard';
import { SearchInput } from '../components/SearchInput';
import { useChosenLocation } from '../location/location';
import { CategoryIcon } from '../components/CategoryIcon';
import { FestivalBanner } from '../festivals/FestivalBanner';

/** Radius for the home page's "near me" lists, metres. */
const HOME_RADIUS = 2000;

/** The search box, with suggestions as the customer types (the same one as the search page's). */
function SearchBox() {
  const navigate = useNavigate();
  return (
    <SearchInput initial="" onSearch={(q) => void navigate(`/search?q=${encodeURIComponent(q)}`)} />
  );
}

function Categories() {
  const { t, i18n } = useTranslation();
  const categories = useQuery({
    queryKey: ['categories'],
    queryFn: fetchCategories,
    staleTime: 10 * 60_000,
  });
  return (
    <section className="stack" aria-labelledby="home-categories">
      <h2 id="home-categories">{t('home.categories')}</h2>
      {categories.isPending && <Skeleton count={6} variant="tile" />}
      <ErrorBox error={categories.error} />
      <ul className="category-grid" data-testid="category-grid">
        {categories.data?.items.map((c) => (
          <li key={c.id}>
            <Link to={`/search?category=${encodeURIComponent(c.slug)}`}>
              <span className="category-icon" aria-hidden="true">
                <CategoryIcon slug={c.slug} />
              </span>
              <span translate="no">{categoryName(c, i18n.language)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function NearbyShops() {
  const { t } = useTranslation();
  const location = useChosenLocation();
  const shops = useQuery({
    queryKey: ['shops', 'nearby', location?.lat, location?.lng, HOME_RADIUS],
    queryFn: () => fetchNearbyShops(location!.lat, location!.lng, HOME_RADIUS),
    enabled: Boolean(location),
  });
  return (
    <section className="stack" aria-labelledby="home-shops">
      <div className="title-row">
        <h2 id="home-shops">{t('home.shopsNearMe')}</h2>
        <Link to="/near-me">{t('home.seeMap')}</Link>
      </div>
      <LocationBar />
      {location && shops.isPending && <Skeleton count={3} />}
      <ErrorBox error={shops.error} />
      {shops.data?.items.length === 0 && <p className="muted">{t('home.noShopsNear')}</p>}
      <ul className="list" data-testid="nearby-shops">
        {shops.data?.items.slice(0, 6).map((s) => (
          <ShopCard key={s.id} shop={s} distanceM={s.distanceM} />
        ))}
      </ul>
    </section>
  );
}

function PopularProducts() {
  const { t } = useTranslation();
  const location = useChosenLocation();
  const near = location ? { lat: location.lat, lng: location.lng, radius: 5000 } : {};
  const products = useQuery({
    queryKey: ['search', 'popular', location?.lat, location?.lng],
    queryFn: () => search({ ...near, sort: 'newest', limit: 10 }),
  });
  if (products.isError) return null;
  return (
    <section className="stack" aria-labelledby="home-popular">
      <h2 id="home-popular">{t('home.popular')}</h2>
      {products.isPending && <Skeleton count={4} />}
      <ul className="list" data-testid="popular-products">
        {products.data?.items.map((hit) => (
          <ProductRow key={hit.id} hit={hit} />
        ))}
      </ul>
    </section>
  );
}

export function Home() {
  const { t } = useTranslation();
  const { user } = useSession();
  return (
    <section className="stack">
      <h1>{user ? t('home.hello', { name: user.name }) : t('home.title')}</h1>
      <p className="lead">{t('home.tagline')}</p>
      <FestivalBanner />
      <SearchBox />
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
      {user && !user.phoneVerified && user.phone && (
        <p className="alert alert-info">
          {t('home.verifyPhonePrompt')} <Link to="/verify-phone">{t('verifyPhone.title')}</Link>
        </p>
      )}
      <Categories />
      <PopularProducts />
      <NearbyShops />
      {/* Shopping first; joining as a seller or a customer after it. */}
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
    </section>
  );
}
