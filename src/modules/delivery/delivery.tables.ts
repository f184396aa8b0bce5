import type { ColumnType, Generated } from 'kysely';
import type { CourierZone, DistanceTier } from './delivery.charge.ts';

export interface ShopDeliverySettingsTable {
  shop_id: string;
  own_delivery: boolean;
  tiers: ColumnType<DistanceTier[], string, string>;
  courier: boolean;
  cod: boolean;
  /** Cash-on-delivery charge in basis points of the subtotal (100 = 1 %). */
  cod_charge_bp: number;
  updated_at: Generated<Date>;
}

export interface DeliveryRatesTable {
  zone: CourierZone;
  up_to_500g: number;
  up_to_1kg: number;
  up_to_2kg: number;
  per_extra_kg: number;
  updated_at: Generated<Date>;
}

declare module '../../platform/db/database.ts' {
  interface Database {
    shop_delivery_settings: ShopDeliverySettingsTable;
    delivery_rates: DeliveryRatesTable;
  }
}
