import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { client, ok } from '../api/client';
import type { ApiBody, ApiResponse } from '../api/schema';

/** The knowledge base (docs/assistant.md): help articles admins edit, unanswered questions. */
export type Article = ApiResponse<'/api/v1/admin/kb/articles/{id}'>;
export type ArticleInput = ApiBody<'/api/v1/admin/kb/articles', 'post'>;
export type Unanswered = ApiResponse<'/api/v1/admin/kb/unanswered'>['items'][number];
export const topics = [
  'payment',
  'cod',
  'return',
  'delivery',
  'refund',
  'account',
  'other',
] as const;

export function useArticles() {
  return useInfiniteQuery({
    queryKey: ['kb', 'articles'],
    queryFn: ({ pageParam }) =>
      ok(
        client.GET('/api/v1/admin/kb/articles', {
          params: { query: { limit: 50, cursor: pageParam ?? undefined } },
        }),
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useUnanswered() {
  return useInfiniteQuery({
    queryKey: ['kb', 'unanswered'],
    queryFn: ({ pageParam }) =>
      ok(
        client.GET('/api/v1/admin/kb/unanswered', {
          params: { query: { limit: 50, cursor: pageParam ?? undefined } },
        }),
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useSaveArticle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: ArticleInput }) =>
      id
        ? ok(client.PATCH('/api/v1/admin/kb/articles/{id}', { params: { path: { id } }, body }))
        : ok(client.POST('/api/v1/admin/kb/articles', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['kb'] }),
  });
}

export function useDeleteArticle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      const { response, error } = await client.DELETE('/api/v1/admin/kb/articles/{id}', {
        params: { path: { id } },
      });
      if (!response.ok) throw Object.assign(new Error('delete failed'), { error });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['kb'] }),
  });
}

export function useDismissQuestion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      const { response } = await client.DELETE('/api/v1/admin/kb/unanswered/{id}', {
        params: { path: { id } },
      });
      if (!response.ok) throw new Error('dismiss failed');
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['kb', 'unanswered'] }),
  });
}
