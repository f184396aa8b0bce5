import type { ColumnType, Generated } from 'kysely';

export const prescriptionFileTypes = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'application/pdf',
] as const;
export type PrescriptionFileType = (typeof prescriptionFileTypes)[number];

export const reviewDecisions = ['approve', 'reject'] as const;
export type ReviewDecision = (typeof reviewDecisions)[number];

export const requestStatuses = [
  'submitted',
  'proposed',
  'confirmed',
  'declined',
  'cancelled',
] as const;
export type RequestStatus = (typeof requestStatuses)[number];

export interface ShopPharmacistsTable {
  shop_id: string;
  name: string;
  registration_no: string;
  updated_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface PrescriptionFilesTable {
  id: Generated<string>;
  order_id: string | null;
  request_id: string | null;
  uploaded_by: string | null;
  content_type: PrescriptionFileType;
  size_bytes: number;
  /** A random key in private storage: never shown, never derived from anything guessable. */
  storage_key: string;
  created_at: Generated<Date>;
}

export interface PrescriptionReviewsTable {
  order_id: string;
  decision: ReviewDecision;
  reason: string | null;
  reviewer_id: string | null;
  pharmacist_name: string;
  pharmacist_registration_no: string;
  request_id: string | null;
  created_at: Generated<Date>;
}

export interface PrescriptionRequestsTable {
  id: Generated<string>;
  customer_id: string;
  shop_id: string;
  status: ColumnType<RequestStatus, RequestStatus | undefined, RequestStatus>;
  note: string | null;
  pharmacist_note: string | null;
  proposed_at: Date | null;
  confirmed_at: Date | null;
  order_id: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface PrescriptionRequestItemsTable {
  request_id: string;
  variant_id: string;
  quantity: number;
}

export interface RefillRemindersTable {
  id: Generated<string>;
  order_item_id: number;
  customer_id: string;
  days_per_pack: number;
  remind_at: Date;
  sent_at: Date | null;
  opted_out_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

declare module '../../platform/db/database.ts' {
  interface Database {
    shop_pharmacists: ShopPharmacistsTable;
    prescription_files: PrescriptionFilesTable;
    prescription_reviews: PrescriptionReviewsTable;
    prescription_requests: PrescriptionRequestsTable;
    prescription_request_items: PrescriptionRequestItemsTable;
    refill_reminders: RefillRemindersTable;
  }
}
