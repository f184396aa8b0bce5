import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { ApiError, restoreSession } from './api/client';
import { App } from './App';
import { i18nReady } from './i18n';
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

localizeFormValidation();
void restoreSession();

// The service worker (offline pages, web push) once the page has loaded, in a chunk of its own.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    void import('./offline/register').then((m) => m.registerServiceWorker());
  });
}

// English readers wait for their strings (a small fetch); Bengali renders at once.
void i18nReady.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </QueryClientProvider>
    </StrictMode>,
  ),
);
