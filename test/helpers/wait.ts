import { setTimeout as sleep } from 'node:timers/promises';

/**
 * The one polling helper of the tests: calls `probe` until it returns something truthy and returns
 * that, or fails naming `what` after `timeoutMs`. For work done elsewhere (a worker, a queue, a child
 * process); never a timed assertion: a healthy run stops waiting as soon as the thing is there.
 */
export async function waitFor<T>(
  probe: () => Promise<T> | T,
  what = 'the condition',
  timeoutMs = 15_000,
  intervalMs = 25,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(intervalMs);
  }
}
