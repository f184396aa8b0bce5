import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, ok } from '../api/client';
import type { ApiBody, ApiResponse } from '../api/schema';

/** Shapes of the medicine master endpoints (docs/pharmacy.md), from the API description. */
export type MedicineDetail = ApiResponse<'/api/v1/medicines/{id}'>;
export type MedicineSummary = ApiResponse<'/api/v1/medicines'>['items'][number];
export type ProductAlternative = ApiResponse<'/api/v1/products/{id}/alternatives'>['items'][number];
export type MedicineClassChange = ApiBody<'/api/v1/admin/medicines/{id}', 'patch'>;
export type PrescriptionClass = MedicineDetail['prescriptionClass'];
export const PRESCRIPTION_CLASSES: PrescriptionClass[] = ['otc', 'rx', 'rx_strict'];

/** Master entries by brand or generic, a page of 20 at a time. */
export function useMedicineSearch(q: string) {
  return useInfiniteQuery({
    queryKey: ['medicines', q],
    queryFn: ({ pageParam }) =>
      ok(
        client.GET('/api/v1/medicines', {
          params: { query: { q: q || undefined, limit: 20, cursor: pageParam ?? undefined } },
        }),
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useMedicine(id: string | null) {
  return useQuery({
    queryKey: ['medicine', id],
    queryFn: () => ok(client.GET('/api/v1/medicines/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
  });
}

export function useSetMedicineClass(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MedicineClassChange) =>
      ok(client.PATCH('/api/v1/admin/medicines/{id}', { params: { path: { id } }, body })),
    onSuccess: (detail) => {
      queryClient.setQueryData(['medicine', id], detail);
      void queryClient.invalidateQueries({ queryKey: ['medicines'] });
    },
  });
}

/** Other brands of the same medicine for sale, nearest first when the customer's place is known. */
export function useProductAlternatives(
  productId: string,
  point: { lat: number; lng: number } | null,
  enabled: boolean,
) {
  return useQuery({
    queryKey: ['product-alternatives', productId, point?.lat, point?.lng],
    queryFn: () =>
      ok(
        client.GET('/api/v1/products/{id}/alternatives', {
          params: {
            path: { id: productId },
            query: { limit: 10, ...(point ? { lat: point.lat, lng: point.lng } : {}) },
          },
        }),
      ),
    enabled,
  });
}
