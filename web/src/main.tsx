import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { ApiError, restoreSession } from './api/client';
import { App } from './App';
import { warmFormats } from './format';
import { currentLanguage, i18nReady } from './i18n';
import { seedInitialData } from './initialData';
import { preloadLandingPage } from './routePreload';
import { localizeFormValidation } from './i18n/validation';
import './styles.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Client errors will not change on retry; only network trouble and 5xx are worth one more try
      // (offline, a page not seen before says so at once).
      retry: (count, error) =>
        count < 1 &&
        !(
          error instanceof ApiError &&
          (error.code === 'OFFLINE' || (error.status >= 400 && error.status < 500))
        ),
      // Offline, a page still asks: the service worker answers with what the phone saw last.
      networkMode: 'offlineFirst',
    },
    // Offline, a change fails at once with a message saying so (or waits, for "add to bag"),
    // never an endless spinner.
    mutations: { networkMode: 'always' },
  },
});

function delay(ms: number) {
  return new Promise<void>((resolve) => setTimeout(resolve, ms));
}

localizeFormValidation();
seedInitialData(queryClient);
const session = restoreSession();
const landingPage = preloadLandingPage(queryClient, window.location.pathname, session.settled);
// A page the server drew (a product page) stays until its chunk is here (preloaded from the
// HTML): React's first render then replaces it with the same page, not with a loading fallback.
const drawn = document.getElementById('root')!.childElementCount > 0;
const pageReady =
  drawn && landingPage
    ? Promise.race([landingPage.catch(() => undefined), delay(3000)])
    : Promise.resolve();

// The service worker (offline pages, web push) once the page has loaded, in a chunk of its own.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    void import('./offline/register').then((m) => m.registerServiceWorker());
  });
}

// English readers wait for their strings (a small fetch); Bengali renders at once, once the
// session's refresh request has left (in a task of its own, so its fetch is not held back).
void Promise.all([i18nReady, session.sent, pageReady]).then(() =>
  setTimeout(() => {
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </QueryClientProvider>
      </StrictMode>,
    );
    // Price formatters are built while the page waits for its data, not when it arrives.
    const warm = () => warmFormats(currentLanguage());
    if ('requestIdleCallback' in window) requestIdleCallback(warm, { timeout: 1000 });
    else setTimeout(warm, 200);
  }),
);
