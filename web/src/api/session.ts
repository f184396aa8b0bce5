import { useSyncExternalStore } from 'react';
import { SIGNED_IN_FLAG } from '../boot';
import { API_CACHES, PENDING_BAG_KEY } from '../offline/rules';
import type { Session, User } from './types';

/**
 * The signed-in session. The access token lives only in memory; the refresh token is the httpOnly
 * cookie `haat_rt`, so a reload restores the session through POST /auth/refresh.
 */
export type SessionState = { status: 'loading' | 'ready'; user: User | null };

let state: SessionState = { status: 'loading', user: null };
let accessToken: string | null = null;
const listeners = new Set<() => void>();

function emit(next: SessionState) {
  state = next;
  for (const listener of listeners) listener();
}

export function getAccessToken() {
  return accessToken;
}

/**
 * Whether this browser may hold a session worth restoring. The refresh cookie is httpOnly, so script
 * cannot see it; once a browser is known to be signed out ('0'), a guest's page loads skip a refresh
 * request that can only fail. Unknown (first visit) asks the server once.
 */

export function mayHaveSession(): boolean {
  try {
    return localStorage.getItem(SIGNED_IN_FLAG) !== '0';
  } catch {
    return true; // storage blocked: ask the server
  }
}

function rememberSignedIn(signedIn: boolean) {
  try {
    localStorage.setItem(SIGNED_IN_FLAG, signedIn ? '1' : '0');
  } catch {
    // storage blocked: restoring will simply ask the server each time
  }
}

/**
 * The last signed-in user, so a reload without a connection still shows their last-seen bag and
 * orders (the refresh cannot reach the server). Forgotten, with every stored API answer and
 * waiting bag line, when they sign out or someone else signs in on this phone.
 */
const LAST_USER = 'haat.user';

function lastUser(): User | null {
  try {
    return JSON.parse(localStorage.getItem(LAST_USER) ?? 'null') as User | null;
  } catch {
    return null;
  }
}

function rememberUser(user: User | null) {
  const before = lastUser();
  if (before && before.id !== user?.id) forgetOfflineData();
  try {
    if (user) localStorage.setItem(LAST_USER, JSON.stringify(user));
    else localStorage.removeItem(LAST_USER);
  } catch {
    // storage blocked: offline reloads show a guest
  }
}

function forgetOfflineData() {
  try {
    localStorage.removeItem(PENDING_BAG_KEY);
  } catch {
    // storage blocked: nothing was kept
  }
  if (typeof caches === 'undefined') return;
  for (const name of API_CACHES) void caches.delete(name).catch(() => undefined);
}

export function setSession(session: Session | null) {
  accessToken = session?.accessToken ?? null;
  rememberSignedIn(session !== null);
  rememberUser(session?.user ?? null);
  emit({ status: 'ready', user: session?.user ?? null });
}

/**
 * No connection to refresh the session: the last user, without an access token. Their pages show
 * what the service worker kept; the first request once online refreshes. False if nobody was.
 */
export function setOfflineSession(): boolean {
  const user = lastUser();
  if (!user) return false;
  accessToken = null;
  emit({ status: 'ready', user });
  return true;
}

export function setUser(user: User) {
  rememberUser(user);
  emit({ ...state, user });
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The session outside React (the first load's preload). */
export function getSession(): SessionState {
  return state;
}

export function useSession(): SessionState {
  return useSyncExternalStore(subscribe, () => state);
}
