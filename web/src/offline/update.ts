import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * A new version of the app, installed and waiting (register.ts): it takes over on the reader's
 * next page change, with a reload into that page, never in the middle of what they are reading
 * or typing (docs/decisions/0026-offline-web-app.md).
 */
let takeOver: (() => void) | null = null;

export function setWaitingVersion(activate: () => void) {
  takeOver = activate;
}

export function useUpdateOnNavigation() {
  const { pathname } = useLocation();
  useEffect(() => {
    const activate = takeOver;
    if (!activate) return;
    takeOver = null;
    activate();
  }, [pathname]);
}
