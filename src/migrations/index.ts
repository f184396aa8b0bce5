import type { Migration } from 'kysely';
import * as m0001 from './0001_platform.ts';
import * as m0002 from './0002_identity.ts';
import * as m0003 from './0003_geo.ts';
import * as m0004 from './0004_shops.ts';
import * as m0005 from './0005_catalog.ts';
import * as m0006 from './0006_audit.ts';
import * as m0007 from './0007_notifications.ts';
import * as m0008 from './0008_search.ts';
import * as m0009 from './0009_orders.ts';
import * as m0010 from './0010_reviews.ts';
import * as m0011 from './0011_search_perf.ts';
import * as m0012 from './0012_reliability.ts';
import * as m0013 from './0013_search_terms.ts';
import * as m0014 from './0014_gazetteer.ts';
import * as m0015 from './0015_account_state.ts';
import * as m0016 from './0016_admin_moderation.ts';
import * as m0017 from './0017_order_limits.ts';
import * as m0019 from './0019_image_sweep.ts';
import * as m0020 from './0020_search_pipeline.ts';
import * as m0022 from './0022_identity_abuse.ts';
import * as m0023 from './0023_medicines.ts';
import * as m0025 from './0025_medicine_intake.ts';
import * as m0026 from './0026_prescriptions.ts';
import * as m0027 from './0027_stock_batches.ts';
import * as m0028 from './0028_assistant.ts';
import * as m0029 from './0029_knowledge_base.ts';
import * as m0030 from './0030_money.ts';
import * as m0031 from './0031_receipts.ts';
import * as m0032 from './0032_return_windows.ts';
import * as m0033 from './0033_returns.ts';
import * as m0034 from './0034_payouts.ts';
import * as m0035 from './0035_finance.ts';
import * as m0036 from './0036_order_opens_at.ts';
import * as m0037 from './0037_return_views.ts';
import * as m0038 from './0038_order_rider.ts';
import * as m0039 from './0039_web_push.ts';
import * as m0040 from './0040_cod_risk.ts';
import * as m0041 from './0041_promotions.ts';
import * as m0042 from './0042_festivals.ts';
import * as m0043 from './0043_return_line_discounts.ts';
import * as m0044 from './0044_cod_advances.ts';
import * as m0045 from './0045_money_line_discounts.ts';
import * as m0046 from './0046_coupon_time_window.ts';

/** Every migration, applied in key order. Add new files here with the next number. */
export const migrations: Record<string, Migration> = {
  '0001_platform': m0001,
  '0002_identity': m0002,
  '0003_geo': m0003,
  '0004_shops': m0004,
  '0005_catalog': m0005,
  '0006_audit': m0006,
  '0007_notifications': m0007,
  '0008_search': m0008,
  '0009_orders': m0009,
  '0010_reviews': m0010,
  '0011_search_perf': m0011,
  '0012_reliability': m0012,
  '0013_search_terms': m0013,
  '0014_gazetteer': m0014,
  '0015_account_state': m0015,
  '0016_admin_moderation': m0016,
  '0017_order_limits': m0017,
  '0019_image_sweep': m0019,
  '0020_search_pipeline': m0020,
  '0022_identity_abuse': m0022,
  '0023_medicines': m0023,
  '0025_medicine_intake': m0025,
  '0026_prescriptions': m0026,
  '0027_stock_batches': m0027,
  '0028_assistant': m0028,
  '0029_knowledge_base': m0029,
  '0030_money': m0030,
  '0031_receipts': m0031,
  '0032_return_windows': m0032,
  '0033_returns': m0033,
  '0034_payouts': m0034,
  '0035_finance': m0035,
  '0036_order_opens_at': m0036,
  '0037_return_views': m0037,
  '0038_order_rider': m0038,
  '0039_web_push': m0039,
  '0040_cod_risk': m0040,
  '0041_promotions': m0041,
  '0042_festivals': m0042,
  '0043_return_line_discounts': m0043,
  '0044_cod_advances': m0044,
  '0045_money_line_discounts': m0045,
  '0046_coupon_time_window': m0046,
};
