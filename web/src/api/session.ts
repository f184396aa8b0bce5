import { useSyncExternalStore } from 'react';
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
const SIGNED_IN_FLAG = 'haat.signedIn';

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

export function setSession(session: Session | null) {
  accessToken = session?.accessToken ?? null;
  rememberSignedIn(session !== null);
  emit({ status: 'ready', user: session?.user ?? null });
}

export function setUser(user: User) {
  emit({ ...state, user });
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): SessionState {
  return useSyncExternalStore(subscribe, () => state);
}
