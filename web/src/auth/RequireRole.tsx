import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../api/session';
import type { Role } from '../api/types';
import { Loading } from '../components/Feedback';

/** Renders its children for a signed-in user with one of the roles; otherwise sends to /login. */
export function RequireRole({ roles, children }: { roles?: Role[]; children: ReactNode }) {
  const { status, user } = useSession();
  const location = useLocation();
  if (status === 'loading') return <Loading />;
  const next = encodeURIComponent(location.pathname + location.search);
  if (!user) return <Navigate to={`/login?next=${next}`} replace />;
  if (roles && !roles.includes(user.role)) {
    return <Navigate to={`/login?next=${next}&denied=1`} replace />;
  }
  return <>{children}</>;
}
