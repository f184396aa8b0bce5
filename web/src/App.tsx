import { lazy, Suspense } from 'react';
import { shopperPages } from './routePreload';
import { Route, Routes } from 'react-router';
import { RequireRole } from './auth/RequireRole';
import { Loading } from './components/Feedback';
import { Layout } from './components/Layout';
import { Home } from './pages/Home';
import { Login } from './pages/Login';
import { NotFound } from './pages/NotFound';

// Seller and admin consoles load on demand so a customer's first visit stays small.
const Account = lazy(() => import('./pages/Account').then((m) => ({ default: m.Account })));
const ForgotPassword = lazy(() =>
  import('./pages/ForgotPassword').then((m) => ({ default: m.ForgotPassword })),
);
const Register = lazy(() => import('./pages/Register').then((m) => ({ default: m.Register })));
const ResetPassword = lazy(() =>
  import('./pages/ResetPassword').then((m) => ({ default: m.ResetPassword })),
);
const VerifyEmail = lazy(() =>
  import('./pages/VerifyEmail').then((m) => ({ default: m.VerifyEmail })),
);
const Unlock = lazy(() => import('./pages/Unlock').then((m) => ({ default: m.Unlock })));
const VerifyPhone = lazy(() =>
  import('./pages/VerifyPhone').then((m) => ({ default: m.VerifyPhone })),
);
/** A seller's, admin's or support page, with the strings only those pages use. */
function staffPage<T>(load: () => Promise<T>) {
  return () => Promise.all([import('./i18n/staff'), load()]).then(([, page]) => page);
}
const SellerHome = lazy(staffPage(() => import('./pages/seller/SellerHome')));
const NewShop = lazy(staffPage(() => import('./pages/seller/NewShop')));
const ShopSettings = lazy(staffPage(() => import('./pages/seller/ShopSettings')));
const SellerProducts = lazy(staffPage(() => import('./pages/seller/SellerProducts')));
const ProductEditor = lazy(staffPage(() => import('./pages/seller/ProductEditor')));
const ImportCsv = lazy(staffPage(() => import('./pages/seller/ImportCsv')));
const StockFromList = lazy(staffPage(() => import('./pages/seller/StockFromList')));
const ProductBatches = lazy(staffPage(() => import('./pages/seller/ProductBatches')));
const ShopExpiry = lazy(staffPage(() => import('./pages/seller/ShopExpiry')));
// Storefront pages other than home are split too: a phone on a slow line loads what it opens.
const SearchPage = lazy(shopperPages.search);
const NearMe = lazy(() => import('./pages/NearMe'));
const ProductPage = lazy(shopperPages.product);
const ShopPage = lazy(shopperPages.shop);
const AdminShops = lazy(staffPage(() => import('./pages/admin/AdminShops')));
const AdminProducts = lazy(staffPage(() => import('./pages/admin/AdminProducts')));
const AdminCategories = lazy(staffPage(() => import('./pages/admin/AdminCategories')));
const AdminUsers = lazy(staffPage(() => import('./pages/admin/AdminUsers')));
const DevOutbox = lazy(staffPage(() => import('./pages/admin/DevOutbox')));
const CartPage = lazy(shopperPages.cart);
const CheckoutPage = lazy(shopperPages.checkout);
const OrdersPage = lazy(shopperPages.orders);
const OrderDetailPage = lazy(shopperPages.order);
const FavoritesPage = lazy(() => import('./pages/Favorites'));
const PackingSlip = lazy(staffPage(() => import('./pages/seller/PackingSlip')));
const AddressesPage = lazy(() => import('./pages/Addresses'));
const ShopOrders = lazy(staffPage(() => import('./pages/seller/ShopOrders')));
const AdminOrders = lazy(staffPage(() => import('./pages/admin/AdminOrders')));
const AdminPayments = lazy(staffPage(() => import('./pages/admin/AdminPayments')));
const AdminFinance = lazy(staffPage(() => import('./pages/admin/AdminFinance')));
const SellerPayouts = lazy(staffPage(() => import('./pages/seller/SellerPayouts')));
const AdminRefunds = lazy(staffPage(() => import('./pages/admin/AdminRefunds')));
const RiskBlocks = lazy(staffPage(() => import('./pages/admin/RiskBlocks')));
const AdminCoupons = lazy(staffPage(() => import('./pages/admin/AdminCoupons')));
const AdminDeliveryRates = lazy(staffPage(() => import('./pages/admin/AdminDeliveryRates')));
const AdminJobs = lazy(staffPage(() => import('./pages/admin/AdminJobs')));
const AdminAudit = lazy(staffPage(() => import('./pages/admin/AdminAudit')));
const ShopReviews = lazy(staffPage(() => import('./pages/seller/ShopReviews')));
const ShopFestivals = lazy(staffPage(() => import('./pages/seller/ShopFestivals')));
const BagRemindersOff = lazy(() =>
  import('./pages/BagRemindersOff').then((m) => ({ default: m.BagRemindersOff })),
);
const ShopFinance = lazy(staffPage(() => import('./pages/seller/ShopFinance')));
const ShopPromotions = lazy(staffPage(() => import('./pages/seller/ShopPromotions')));
const ShopReturns = lazy(staffPage(() => import('./pages/seller/ShopReturns')));
const AdminReviews = lazy(staffPage(() => import('./pages/admin/AdminReviews')));
const AdminMedicines = lazy(staffPage(() => import('./pages/admin/AdminMedicines')));

const PrescriptionRequestPage = lazy(() =>
  import('./prescriptions/Requests').then((m) => ({ default: m.PrescriptionRequestPage })),
);
const PrescriptionRequestList = lazy(() =>
  import('./prescriptions/Requests').then((m) => ({ default: m.PrescriptionRequestList })),
);

const AdminKnowledge = lazy(staffPage(() => import('./pages/admin/AdminKnowledge')));
const AdminAssistant = lazy(staffPage(() => import('./pages/admin/AdminAssistant')));
const Notifications = lazy(() => import('./notifications/NotificationsPage'));
const SupportInbox = lazy(staffPage(() => import('./pages/support/SupportInbox')));
const SupportThread = lazy(staffPage(() => import('./pages/support/SupportThread')));

export function App() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<Home />} />
          <Route path="register" element={<Register />} />
          <Route path="login" element={<Login />} />
          <Route path="verify-email" element={<VerifyEmail />} />
          <Route path="forgot-password" element={<ForgotPassword />} />
          <Route path="reset-password" element={<ResetPassword />} />
          <Route path="unlock" element={<Unlock />} />
          <Route
            path="verify-phone"
            element={
              <RequireRole>
                <VerifyPhone />
              </RequireRole>
            }
          />
          <Route
            path="notifications"
            element={
              <RequireRole>
                <Notifications />
              </RequireRole>
            }
          />
          <Route
            path="account"
            element={
              <RequireRole>
                <Account />
              </RequireRole>
            }
          />
          <Route
            path="seller"
            element={
              <RequireRole roles={['seller']}>
                <SellerHome />
              </RequireRole>
            }
          />
          <Route
            path="seller/shops/new"
            element={
              <RequireRole roles={['seller']}>
                <NewShop />
              </RequireRole>
            }
          />
          {/* Notification SMS and emails link to /seller/shops/:id: the same page. */}
          <Route
            path="seller/shops/:id"
            element={
              <RequireRole roles={['seller', 'admin']}>
                <ShopSettings />
              </RequireRole>
            }
          />
          <Route
            path="seller/shops/:id/settings"
            element={
              <RequireRole roles={['seller', 'admin']}>
                <ShopSettings />
              </RequireRole>
            }
          />
          <Route path="search" element={<SearchPage />} />
          <Route path="near-me" element={<NearMe />} />
          <Route path="products/:id" element={<ProductPage />} />
          <Route path="shops/:id" element={<ShopPage />} />
          <Route
            path="seller/shops/:id/products"
            element={
              <RequireRole roles={['seller', 'admin']}>
                <SellerProducts />
              </RequireRole>
            }
          />
          <Route
            path="seller/shops/:id/import"
            element={
              <RequireRole roles={['seller', 'admin']}>
                <ImportCsv />
              </RequireRole>
            }
          />
          <Route
            path="seller/shops/:id/stock-from-list"
            element={
              <RequireRole roles={['seller']}>
                <StockFromList />
              </RequireRole>
            }
          />
          <Route
            path="seller/shops/:id/expiry"
            element={
              <RequireRole roles={['seller', 'admin']}>
                <ShopExpiry />
              </RequireRole>
            }
          />
          <Route
            path="seller/products/:id/batches"
            element={
              <RequireRole roles={['seller', 'admin']}>
                <ProductBatches />
              </RequireRole>
            }
          />
          <Route
            path="seller/products/new"
            element={
              <RequireRole roles={['seller', 'admin']}>
                <ProductEditor />
              </RequireRole>
            }
          />
          <Route
            path="seller/products/:id/edit"
            element={
              <RequireRole roles={['seller', 'admin']}>
                <ProductEditor />
              </RequireRole>
            }
          />
          <Route
            path="admin/shops"
            element={
              <RequireRole roles={['admin']}>
                <AdminShops />
              </RequireRole>
            }
          />
          <Route
            path="admin/products"
            element={
              <RequireRole roles={['admin']}>
                <AdminProducts />
              </RequireRole>
            }
          />
          <Route
            path="admin/medicines"
            element={
              <RequireRole roles={['admin']}>
                <AdminMedicines />
              </RequireRole>
            }
          />
          <Route
            path="admin/categories"
            element={
              <RequireRole roles={['admin']}>
                <AdminCategories />
              </RequireRole>
            }
          />
          <Route
            path="admin/users"
            element={
              <RequireRole roles={['admin']}>
                <AdminUsers />
              </RequireRole>
            }
          />
          <Route
            path="admin/dev/outbox"
            element={
              <RequireRole roles={['admin']}>
                <DevOutbox />
              </RequireRole>
            }
          />
          <Route
            path="prescriptions"
            element={
              <RequireRole roles={['customer']}>
                <PrescriptionRequestList />
              </RequireRole>
            }
          />
          <Route
            path="prescriptions/:id"
            element={
              <RequireRole roles={['customer', 'seller']}>
                <PrescriptionRequestPage />
              </RequireRole>
            }
          />
          <Route
            path="seller/shops/:id/prescriptions"
            element={
              <RequireRole roles={['seller']}>
                <PrescriptionRequestList />
              </RequireRole>
            }
          />
          <Route path="cart" element={<CartPage />} />
          {['support', 'seller/support', 'admin/support'].map((path) => (
            <Route
              key={path}
              path={path}
              element={
                <RequireRole
                  roles={
                    path === 'support'
                      ? ['customer']
                      : path === 'seller/support'
                        ? ['seller']
                        : ['admin']
                  }
                >
                  <SupportInbox />
                </RequireRole>
              }
            />
          ))}
          <Route
            path="support/:id"
            element={
              <RequireRole>
                <SupportThread />
              </RequireRole>
            }
          />
          <Route
            path="checkout"
            element={
              <RequireRole roles={['customer']}>
                <CheckoutPage />
              </RequireRole>
            }
          />
          <Route
            path="orders"
            element={
              <RequireRole roles={['customer']}>
                <OrdersPage />
              </RequireRole>
            }
          />
          <Route
            path="orders/:id"
            element={
              <RequireRole>
                <OrderDetailPage />
              </RequireRole>
            }
          />
          <Route
            path="addresses"
            element={
              <RequireRole roles={['customer']}>
                <AddressesPage />
              </RequireRole>
            }
          />
          <Route
            path="favorites"
            element={
              <RequireRole roles={['customer']}>
                <FavoritesPage />
              </RequireRole>
            }
          />
          <Route
            path="seller/orders/:orderId/slip"
            element={
              <RequireRole roles={['seller', 'admin']}>
                <PackingSlip />
              </RequireRole>
            }
          />
          <Route
            path="seller/shops/:id/orders"
            element={
              <RequireRole roles={['seller', 'admin']}>
                <ShopOrders />
              </RequireRole>
            }
          />
          <Route
            path="seller/shops/:id/festivals"
            element={
              <RequireRole roles={['seller', 'admin']}>
                <ShopFestivals />
              </RequireRole>
            }
          />
          <Route path="bag-reminders/off" element={<BagRemindersOff />} />
          <Route
            path="seller/shops/:id/reviews"
            element={
              <RequireRole roles={['seller', 'admin']}>
                <ShopReviews />
              </RequireRole>
            }
          />
          <Route
            path="seller/shops/:id/promotions"
            element={
              <RequireRole roles={['seller', 'admin']}>
                <ShopPromotions />
              </RequireRole>
            }
          />
          <Route
            path="seller/shops/:id/finance"
            element={
              <RequireRole roles={['seller', 'admin']}>
                <ShopFinance />
              </RequireRole>
            }
          />
          <Route
            path="seller/shops/:id/returns"
            element={
              <RequireRole roles={['seller', 'admin']}>
                <ShopReturns />
              </RequireRole>
            }
          />
          <Route
            path="admin/kb"
            element={
              <RequireRole roles={['admin']}>
                <AdminKnowledge />
              </RequireRole>
            }
          />
          <Route
            path="admin/assistant"
            element={
              <RequireRole roles={['admin']}>
                <AdminAssistant />
              </RequireRole>
            }
          />
          <Route
            path="admin/reviews"
            element={
              <RequireRole roles={['admin']}>
                <AdminReviews />
              </RequireRole>
            }
          />
          <Route
            path="admin/orders"
            element={
              <RequireRole roles={['admin']}>
                <AdminOrders />
              </RequireRole>
            }
          />
          <Route
            path="admin/jobs"
            element={
              <RequireRole roles={['admin']}>
                <AdminJobs />
              </RequireRole>
            }
          />
          <Route
            path="admin/audit"
            element={
              <RequireRole roles={['admin']}>
                <AdminAudit />
              </RequireRole>
            }
          />
          <Route
            path="admin/delivery-rates"
            element={
              <RequireRole roles={['admin']}>
                <AdminDeliveryRates />
              </RequireRole>
            }
          />
          <Route
            path="admin/payments"
            element={
              <RequireRole roles={['admin']}>
                <AdminPayments />
              </RequireRole>
            }
          />
          <Route
            path="admin/finance"
            element={
              <RequireRole roles={['admin']}>
                <AdminFinance />
              </RequireRole>
            }
          />
          <Route
            path="seller/shops/:id/payouts"
            element={
              <RequireRole roles={['seller', 'admin']}>
                <SellerPayouts />
              </RequireRole>
            }
          />
          <Route
            path="admin/refunds"
            element={
              <RequireRole roles={['admin']}>
                <AdminRefunds />
              </RequireRole>
            }
          />
          <Route
            path="admin/risk-blocks"
            element={
              <RequireRole roles={['admin']}>
                <RiskBlocks />
              </RequireRole>
            }
          />
          <Route
            path="admin/coupons"
            element={
              <RequireRole roles={['admin']}>
                <AdminCoupons />
              </RequireRole>
            }
          />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
