import { describe, expect, it } from 'vitest';
import { canMove, canViewOrder, nextSteps } from './orders.policy.ts';

describe('order state machine policy', () => {
  it('lets each actor take only their steps', () => {
    expect(canMove('pending_payment', 'placed', 'system')).toBe(true);
    expect(canMove('pending_payment', 'placed', 'customer')).toBe(false);
    expect(canMove('placed', 'accepted', 'seller')).toBe(true);
    expect(canMove('placed', 'accepted', 'customer')).toBe(false);
    expect(canMove('placed', 'cancelled', 'customer')).toBe(true);
    expect(canMove('accepted', 'cancelled', 'customer')).toBe(false);
    expect(canMove('out_for_delivery', 'delivered', 'seller')).toBe(true);
    expect(canMove('delivered', 'placed', 'admin')).toBe(false);
    expect(canMove('cancelled', 'refunded', 'seller')).toBe(false);
    expect(nextSteps('refunded', 'admin')).toEqual([]);
    expect(nextSteps('placed', 'seller').sort()).toEqual(['accepted', 'rejected']);
  });

  it('shows an order to its customer, its shop owner and admins only', () => {
    const order = { customer_id: 'c1', shop_owner_id: 's1' };
    expect(canViewOrder({ id: 'c1', role: 'customer' }, order)).toBe(true);
    expect(canViewOrder({ id: 'c2', role: 'customer' }, order)).toBe(false);
    expect(canViewOrder({ id: 's1', role: 'seller' }, order)).toBe(true);
    expect(canViewOrder({ id: 's2', role: 'seller' }, order)).toBe(false);
    expect(canViewOrder({ id: 'c1', role: 'seller' }, order)).toBe(false);
    expect(canViewOrder({ id: 'x', role: 'admin' }, order)).toBe(true);
  });
});
