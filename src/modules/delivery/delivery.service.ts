import { sql } from 'kysely';
import type { Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { AuthUser } from '../../platform/http/auth.ts';
import { assertShopAccess } from '../shops/index.ts';
import type { CourierRate, CourierZone, DistanceTier } from './delivery.charge.ts';

export type DeliverySettings = {
  shopId: string;
  ownDelivery: boolean;
  tiers: DistanceTier[];
  courier: boolean;
  cod: boolean;
  codChargeBp: number;
};

const defaults = (shopId: string): DeliverySettings => ({
  shopId,
  ownDelivery: true,
  tiers: [],
  courier: true,
  cod: true,
  codChargeBp: 0,
});

/** Settings of several shops at once; shops that never saved any get the defaults. */
export async function settingsFor(
  db: Executor,
  shopIds: string[],
): Promise<Map<string, DeliverySettings>> {
  const map = new Map(shopIds.map((id) => [id, defaults(id)]));
  if (shopIds.length === 0) return map;
  const rows = await db
    .selectFrom('shop_delivery_settings')
    .selectAll()
    .where('shop_id', 'in', shopIds)
    .execute();
  for (const r of rows) {
    map.set(r.shop_id, {
      shopId: r.shop_id,
      ownDelivery: r.own_delivery,
      tiers: r.tiers,
      courier: r.courier,
      cod: r.cod,
      codChargeBp: r.cod_charge_bp,
    });
  }
  return map;
}

const assertShopEditable = (db: Executor, user: AuthUser, shopId: string) =>
  assertShopAccess(db, user, shopId);

export async function getSettings(db: Executor, user: AuthUser, shopId: string) {
  await assertShopEditable(db, user, shopId);
  return (await settingsFor(db, [shopId])).get(shopId)!;
}

export async function putSettings(
  db: Executor,
  user: AuthUser,
  shopId: string,
  input: Omit<DeliverySettings, 'shopId'>,
): Promise<DeliverySettings> {
  await assertShopEditable(db, user, shopId);
  const upTos = input.tiers.map((t) => t.upToM);
  if (new Set(upTos).size !== upTos.length) throw new AppError('DELIVERY_TIERS_INVALID');
  if (!input.ownDelivery && !input.courier) throw new AppError('DELIVERY_METHOD_REQUIRED');
  const tiers = [...input.tiers].sort((a, b) => a.upToM - b.upToM);
  const values = {
    own_delivery: input.ownDelivery,
    tiers: JSON.stringify(tiers),
    courier: input.courier,
    cod: input.cod,
    cod_charge_bp: input.codChargeBp,
  };
  await db
    .insertInto('shop_delivery_settings')
    .values({ shop_id: shopId, ...values })
    .onConflict((oc) => oc.column('shop_id').doUpdateSet({ ...values, updated_at: sql`now()` }))
    .execute();
  return { shopId, ...input, tiers };
}

export async function courierRates(db: Executor): Promise<CourierRate[]> {
  const rows = await db.selectFrom('delivery_rates').selectAll().orderBy('zone').execute();
  return rows.map((r) => ({
    zone: r.zone,
    upTo500g: r.up_to_500g,
    upTo1kg: r.up_to_1kg,
    upTo2kg: r.up_to_2kg,
    perExtraKg: r.per_extra_kg,
  }));
}

export async function putCourierRate(
  db: Executor,
  zone: CourierZone,
  rate: Omit<CourierRate, 'zone'>,
) {
  await db
    .updateTable('delivery_rates')
    .set({
      up_to_500g: rate.upTo500g,
      up_to_1kg: rate.upTo1kg,
      up_to_2kg: rate.upTo2kg,
      per_extra_kg: rate.perExtraKg,
      updated_at: sql`now()`,
    })
    .where('zone', '=', zone)
    .execute();
  return { zone, ...rate };
}
