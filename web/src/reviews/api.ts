import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiUpload, client, ok } from '../api/client';
import type { ApiResponse } from '../api/schema';

/** Shapes of the reviews endpoints (docs/reviews.md), from the API description. */

/** The API takes at most this many photos per review (409 REVIEW_PHOTO_LIMIT beyond). */
export const MAX_REVIEW_PHOTOS = 3;
export const MAX_REVIEW_TEXT = 2000;

/** The author's, shop's or admin's view of one review. */
export type Review = ApiResponse<'/api/v1/orders/{id}/reviews'>['items'][number];
export type ReviewPhoto = Review['photos'][number];
export type ReviewReply = Review['reply'];
/** Visible reviews of a product or shop, with their rating summary. */
export type ReviewPage = ApiResponse<'/api/v1/products/{id}/reviews'>;
/** A review as the public lists show it. */
export type PublicReview = ReviewPage['items'][number];
export type RatingAggregate = ReviewPage['aggregate'];

export type ReviewSubject = 'product' | 'shop';

/** Visible reviews of a product or shop, newest first, a page of 10 at a time. */
export function useReviews(subject: ReviewSubject, id: string, enabled = true) {
  return useInfiniteQuery({
    queryKey: ['reviews', subject, id],
    queryFn: ({ pageParam }) => {
      const params = { path: { id }, query: { limit: 10, cursor: pageParam ?? undefined } };
      return ok(
        subject === 'product'
          ? client.GET('/api/v1/products/{id}/reviews', { params })
          : client.GET('/api/v1/shops/{id}/reviews', { params }),
      );
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: enabled && Boolean(id),
  });
}

/** The signed-in customer's reviews of one order's items. */
export function useOrderReviews(orderId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['order-reviews', orderId],
    queryFn: () =>
      ok(client.GET('/api/v1/orders/{id}/reviews', { params: { path: { id: orderId } } })),
    enabled,
  });
}

export type ReviewDraft = { orderItemId: number; rating: number; text: string; photos: File[] };

/**
 * Writes the review, then uploads its photos one by one. A refused photo does not undo the
 * review: the error says which photo failed, and the review (with the photos that went through)
 * is shown as written.
 */
export function useWriteReview(orderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (draft: ReviewDraft) => {
      const text = draft.text.trim();
      let review: Review = await ok(
        client.POST('/api/v1/reviews', {
          body: { orderItemId: draft.orderItemId, rating: draft.rating, ...(text ? { text } : {}) },
        }),
      );
      for (const photo of draft.photos) {
        try {
          review = await apiUpload<Review>(`/reviews/${review.id}/photos`, photo);
        } catch (error) {
          throw new PhotoUploadError(photo.name, error instanceof Error ? error.message : '');
        }
      }
      return review;
    },
    // Also after a refused photo: the review itself was saved and the page shows it.
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: ['order-reviews', orderId] });
      await queryClient.invalidateQueries({ queryKey: ['reviews'] });
    },
  });
}

/** A photo the server refused after the review itself was saved. */
export class PhotoUploadError extends Error {
  constructor(
    readonly fileName: string,
    message: string,
  ) {
    super(message);
    this.name = 'PhotoUploadError';
  }
}

export function useReply() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, text }: { id: string; text: string }) =>
      ok(client.POST('/api/v1/reviews/{id}/reply', { params: { path: { id } }, body: { text } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['reviews'] }),
  });
}

export function useModerate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, hide, reason }: { id: string; hide: boolean; reason: string }) =>
      ok(
        client.POST(
          hide ? '/api/v1/admin/reviews/{id}/hide' : '/api/v1/admin/reviews/{id}/unhide',
          {
            params: { path: { id } },
            body: { reason },
          },
        ),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['reviews'] }),
  });
}

/** Admin: hidden reviews, newest first, to find one again and show it. */
export function useHiddenReviews() {
  return useInfiniteQuery({
    queryKey: ['reviews', 'admin-hidden'],
    initialPageParam: '',
    queryFn: ({ pageParam }) =>
      ok(
        client.GET('/api/v1/admin/reviews', {
          params: { query: { hidden: 'true', limit: 20, cursor: pageParam || undefined } },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
