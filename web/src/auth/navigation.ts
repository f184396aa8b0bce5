import type { Role } from '../api/types';

/** Where to go after signing in: a local `next` path if given, else the role's home. */
export function afterSignIn(role: Role, next: string | null): string {
  if (next && next.startsWith('/') && !next.startsWith('//')) return next;
  if (role === 'seller') return '/seller';
  if (role === 'admin') return '/admin/shops';
  return '/';
}
