/**
 * At most `limit` tasks at once; the others wait in arrival order. For in-process work that costs
 * memory or CPU in proportion to how many run together (image decoding).
 */
export class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  /** The most tasks that ever ran at once, and how many were started (for tests and metrics). */
  peak = 0;
  started = 0;

  constructor(private limit: number) {}

  setLimit(limit: number) {
    this.limit = Math.max(1, limit);
    this.wake();
  }

  get running() {
    return this.active;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    this.started++;
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    this.peak = Math.max(this.peak, this.active);
    try {
      return await task();
    } finally {
      this.release();
    }
  }

  private release() {
    const next = this.waiting.shift();
    // The slot passes straight to the next task, so a newcomer cannot jump the queue.
    if (next && this.active <= this.limit) next();
    else {
      this.active--;
      if (next) this.waiting.unshift(next);
      this.wake();
    }
  }

  private wake() {
    while (this.active < this.limit && this.waiting.length > 0) {
      this.active++;
      this.waiting.shift()!();
    }
  }
}
