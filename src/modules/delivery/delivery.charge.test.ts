import { describe, expect, it } from 'vitest';
import {
  codCharge,
  courierCharge,
  courierZone,
  distanceMetres,
  ownDeliveryCharge,
  quoteDelivery,
  type CourierRate,
} from './delivery.charge.ts';

const insideDhaka: CourierRate = {
  zone: 'inside_dhaka',
  upTo500g: 7000,
  upTo1kg: 8000,
  upTo2kg: 9000,
  perExtraKg: 1500,
};
const rates: CourierRate[] = [
  insideDhaka,
  { zone: 'dhaka_suburb', upTo500g: 8000, upTo1kg: 10000, upTo2kg: 12000, perExtraKg: 2500 },
  { zone: 'outside_dhaka', upTo500g: 12000, upTo1kg: 14000, upTo2kg: 16000, perExtraKg: 2500 },
];
const dhanmondi = { lat: 23.7465, lng: 90.376 };
const gulshan = { lat: 23.7925, lng: 90.4078 };
const savar = { lat: 23.8583, lng: 90.2667 };
const chattogram = { lat: 22.3569, lng: 91.7832 };

describe('delivery charges', () => {
  it('measures great-circle distance in metres', () => {
    expect(distanceMetres(dhanmondi, dhanmondi)).toBe(0);
    const d = distanceMetres(dhanmondi, gulshan);
    expect(d).toBeGreaterThan(5500);
    expect(d).toBeLessThan(6500);
  });

  it('classifies courier routes', () => {
    expect(courierZone(dhanmondi, gulshan)).toBe('inside_dhaka');
    expect(courierZone(dhanmondi, savar)).toBe('dhaka_suburb');
    expect(courierZone(savar, dhanmondi)).toBe('dhaka_suburb');
    expect(courierZone(dhanmondi, chattogram)).toBe('outside_dhaka');
  });

  it('charges couriers by weight band and each started extra kilogram', () => {
    expect(courierCharge(insideDhaka, 0)).toBe(7000);
    expect(courierCharge(insideDhaka, 500)).toBe(7000);
    expect(courierCharge(insideDhaka, 501)).toBe(8000);
    expect(courierCharge(insideDhaka, 1000)).toBe(8000);
    expect(courierCharge(insideDhaka, 2000)).toBe(9000);
    expect(courierCharge(insideDhaka, 2001)).toBe(10500);
    expect(courierCharge(insideDhaka, 4000)).toBe(12000);
    expect(() => courierCharge(insideDhaka, -1)).toThrow();
  });

  it("applies the seller's distance tiers inside the radius only", () => {
    const tiers = [
      { upToM: 3000, chargePoisha: 5000 },
      { upToM: 1000, chargePoisha: 2000 },
    ];
    expect(ownDeliveryCharge(0, 5000, tiers)).toBe(2000);
    expect(ownDeliveryCharge(1000, 5000, tiers)).toBe(2000);
    expect(ownDeliveryCharge(1001, 5000, tiers)).toBe(5000);
    expect(ownDeliveryCharge(4500, 5000, tiers)).toBe(5000);
    expect(ownDeliveryCharge(5001, 5000, tiers)).toBeNull();
    expect(ownDeliveryCharge(100, 5000, [])).toBe(0);
  });

  it('rounds the COD charge up to a whole poisha, exactly for large amounts', () => {
    expect(codCharge(10000, 100)).toBe(100);
    expect(codCharge(10001, 100)).toBe(101);
    expect(codCharge(5000, 0)).toBe(0);
    expect(codCharge(9_000_000_000_000_00, 100)).toBe(9_000_000_000_000);
  });

  it('quotes own delivery and courier for one shop', () => {
    const shop = { ...dhanmondi, radiusM: 3000, tiers: [{ upToM: 3000, chargePoisha: 3000 }] };
    expect(
      quoteDelivery({ method: 'own', shop, customer: gulshan, weightGrams: 800, rates }),
    ).toEqual({ ok: false, reason: 'outside_radius' });
    const courier = quoteDelivery({
      method: 'courier',
      shop,
      customer: gulshan,
      weightGrams: 800,
      rates,
    });
    expect(courier).toMatchObject({ ok: true, chargePoisha: 8000, zone: 'inside_dhaka' });
    const near = { lat: 23.75, lng: 90.378 };
    expect(
      quoteDelivery({ method: 'own', shop, customer: near, weightGrams: 800, rates }),
    ).toMatchObject({ ok: true, chargePoisha: 3000, zone: null });
  });
});
