import { useQuery } from '@tanstack/react-query';
import { client, ok } from './client';

/** The server's public settings (map tiles, locales); fetched once per page load, when needed. */
export function usePublicConfig(enabled = true) {
  return useQuery({
    queryKey: ['config'],
    queryFn: () => ok(client.GET('/api/v1/config')),
    staleTime: Infinity,
    enabled,
  });
}
