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

export function setSession(session: Session | null) {
  accessToken = session?.accessToken ?? null;
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
