import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiUpload, client, ok } from '../api/client';
import type { ApiBody, ApiResponse } from '../api/schema';

/** Shapes of the returns endpoints (docs/returns.md), from the API description. */
export type OrderReturns = ApiResponse<'/api/v1/orders/{id}/returns'>;
export type ReturnRequest = OrderReturns['items'][number];
export type ReturnStatus = ReturnRequest['status'];
export type NewReturn = ApiBody<'/api/v1/orders/{id}/returns', 'post'>;
export type ReturnStep = ApiBody<'/api/v1/returns/{id}/transitions', 'post'>;

export const MAX_RETURN_PHOTOS = 5;
export const returnReasons = [
  'damaged',
  'wrong_item',
  'not_as_described',
  'expired',
  'missing_parts',
  'changed_mind',
  'other',
] as const;

export function useOrderReturns(orderId: string, enabled = true) {
  return useQuery({
    queryKey: ['order-returns', orderId],
    queryFn: () =>
      ok(client.GET('/api/v1/orders/{id}/returns', { params: { path: { id: orderId } } })),
    enabled,
  });
}

export function useShopReturns(shopId: string, status: ReturnStatus | '') {
  return useQuery({
    queryKey: ['shop-returns', shopId, status],
    queryFn: () =>
      ok(
        client.GET('/api/v1/shops/{id}/returns', {
          params: { path: { id: shopId }, query: { limit: 50, ...(status ? { status } : {}) } },
        }),
      ),
  });
}

/** Asks for a return, then sends its photos one by one. */
export function useCreateReturn(orderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, photos }: { body: NewReturn; photos: File[] }) => {
      const created = await ok(
        client.POST('/api/v1/orders/{id}/returns', { params: { path: { id: orderId } }, body }),
      );
      for (const photo of photos) {
        await apiUpload(`/returns/${created.id}/photos`, photo);
      }
      return created;
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['order-returns', orderId] }),
  });
}

export function useMoveReturn(returnId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReturnStep) =>
      ok(
        client.POST('/api/v1/returns/{id}/transitions', {
          params: { path: { id: returnId } },
          body,
        }),
      ),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['shop-returns'] }),
        queryClient.invalidateQueries({ queryKey: ['order-returns'] }),
      ]),
  });
}
