import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { PublicConfig } from './types';

/** The server's public settings (map tiles, locales); fetched once per page load, when needed. */
export function usePublicConfig(enabled = true) {
  return useQuery({
    queryKey: ['config'],
    queryFn: () => api<PublicConfig>('/config'),
    staleTime: Infinity,
    enabled,
  });
}
