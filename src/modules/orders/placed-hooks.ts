import type { Executor } from '../../platform/db/index.ts';

/** An order the checkout just wrote, inside its transaction. */
export type NewOrder = {
  orderId: string;
  customerId: string;
  shopId: string;
  /** Variants of the order's prescription-only lines (empty when none). */
  prescriptionVariantIds: string[];
};
export type OrderPlacedHook = (tx: Executor, order: NewOrder) => Promise<void>;

const hooks = new Set<OrderPlacedHook>();

/**
 * Lets another module act on a new order inside the checkout's transaction (the prescriptions
 * module attaches a prescription the pharmacist already approved). A hook that throws rolls the
 * checkout back; registering the same function twice is one registration.
 */
export function onOrderCreated(hook: OrderPlacedHook) {
  hooks.add(hook);
}

export async function runOrderCreatedHooks(tx: Executor, order: NewOrder) {
  for (const hook of hooks) await hook(tx, order);
}
