import type { HaatModule } from '../platform/http/types.ts';
import { assistantModule } from './assistant/index.ts';

import { assistantDescriptionsModule } from './assistant/descriptions/index.ts';
import { auditModule } from './audit/index.ts';
import { catalogModule } from './catalog/index.ts';
import { demoModule } from './demo/index.ts';
import { cartModule } from './cart/index.ts';
import { deliveryModule } from './delivery/index.ts';
import { festivalsModule } from './festivals/index.ts';
import { financeModule } from './finance/index.ts';
import { geoModule } from './geo/index.ts';
import { identityModule } from './identity/index.ts';
import { knowledgeModule } from './knowledge/index.ts';
import { moneyModule } from './money/index.ts';
import { ordersModule } from './orders/index.ts';
import { payoutsModule } from './payouts/index.ts';
import { returnsModule } from './returns/index.ts';
import { reviewsModule } from './reviews/index.ts';
import { riskModule } from './risk/index.ts';
import { opsModule } from './ops/index.ts';
import { pharmacyModule } from './pharmacy/index.ts';
import { prescriptionsModule } from './prescriptions/index.ts';
import { promotionsModule } from './promotions/index.ts';
import { receiptsModule } from './receipts/index.ts';
import { searchModule } from './search/index.ts';
import { notificationsModule } from './notifications/index.ts';
import { shopsModule } from './shops/index.ts';
import { supportModule } from './support/index.ts';

/** Every domain module, in registration order (seeds run in this order too). */
export const modules: HaatModule[] = [
  identityModule,
  geoModule,
  // shops after identity: its seed needs the demo seller.
  shopsModule,
  catalogModule,
  auditModule,
  // demo after catalog: its shops need the demo seller, its products the default categories.
  demoModule,
  // pharmacy after catalog and demo: its seed links the demo pharmacies' medicines to the master.
  pharmacyModule,
  cartModule,
  deliveryModule,
  ordersModule,
  promotionsModule,
  riskModule,
  moneyModule,
  financeModule,
  payoutsModule,
  returnsModule,
  prescriptionsModule,
  receiptsModule,
  festivalsModule,
  opsModule,
  notificationsModule,
  reviewsModule,
  supportModule,
  assistantModule,

  knowledgeModule,
  assistantDescriptionsModule,
  // search last: its seed indexes the products the seeds above wrote.
  searchModule,
];
