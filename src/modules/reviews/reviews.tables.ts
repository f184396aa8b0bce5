import type { Generated } from 'kysely';

export interface ReviewsTable {
  id: Generated<string>;
  order_item_id: number;
  order_id: string;
  product_id: string;
  shop_id: string;
  customer_id: string;
  rating: number;
  text: string | null;
  reply_text: string | null;
  reply_user_id: string | null;
  replied_at: Date | null;
  hidden_at: Date | null;
  hidden_by: string | null;
  hidden_reason: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ReviewPhotosTable {
  id: Generated<string>;
  review_id: string;
  position: number;
  width: number;
  height: number;
  created_at: Generated<Date>;
}

export type RatingSubject = 'product' | 'shop';

export interface RatingAggregatesTable {
  subject_type: RatingSubject;
  subject_id: string;
  count: Generated<number>;
  sum: Generated<number>;
  r1: Generated<number>;
  r2: Generated<number>;
  r3: Generated<number>;
  r4: Generated<number>;
  r5: Generated<number>;
  updated_at: Generated<Date>;
}

declare module '../../platform/db/database.ts' {
  interface Database {
    reviews: ReviewsTable;
    review_photos: ReviewPhotosTable;
    rating_aggregates: RatingAggregatesTable;
  }
}
