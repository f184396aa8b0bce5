import type { ColumnType, Generated } from 'kysely';
import type { RiskAction, RiskDecision, RiskLevel, RiskReason } from './risk.score.ts';

export interface RiskAssessmentsTable {
  order_id: string;
  shop_id: string;
  /** The delivery phone (E.164) the assessment is about. */
  phone: string;
  score: number;
  level: RiskLevel;
  decision: RiskDecision;
  reasons: ColumnType<RiskReason[], string, string>;
  created_at: Generated<Date>;
}

export interface RiskShopPoliciesTable {
  shop_id: string;
  medium_action: RiskAction;
  high_action: RiskAction;
  large_order_poisha: ColumnType<number | null, number | null, number | null>;
  large_order_action: RiskAction;
  updated_at: Generated<Date>;
}

export interface RiskBlocksTable {
  id: Generated<string>;
  phone: string;
  reason: string;
  created_by: string | null;
  created_at: Generated<Date>;
  lifted_by: ColumnType<string | null, string | null | undefined, string | null>;
  lifted_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface RiskPhoneOtpsTable {
  customer_id: string;
  phone: string;
  code_hash: string;
  attempts: Generated<number>;
  expires_at: Date;
  created_at: Generated<Date>;
}

export interface RiskVerifiedPhonesTable {
  customer_id: string;
  phone: string;
  verified_at: Generated<Date>;
}

export type DoorOutcome = 'delivered' | 'refused' | 'returned' | 'cancelled_after_dispatch';

/** Read-only view (migration 0040) over orders and their events. */
export interface RiskOrderOutcomesView {
  order_id: string;
  shop_id: string;
  customer_id: string;
  phone: string;
  lat: number;
  lng: number;
  payment_method: string;
  total: number;
  status: string;
  created_at: Date;
  outcome: DoorOutcome | null;
}

declare module '../../platform/db/database.ts' {
  interface Database {
    risk_assessments: RiskAssessmentsTable;
    risk_shop_policies: RiskShopPoliciesTable;
    risk_blocks: RiskBlocksTable;
    risk_phone_otps: RiskPhoneOtpsTable;
    risk_verified_phones: RiskVerifiedPhonesTable;
    risk_order_outcomes: RiskOrderOutcomesView;
  }
}
