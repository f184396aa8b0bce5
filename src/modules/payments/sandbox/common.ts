import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';

/** A sandbox server: a Fastify app plus the URL it listens on once started. */
export type Sandbox = { app: FastifyInstance; url: string; close(): Promise<void> };

/** Builds a Fastify app that also parses form bodies (urlencoded and multipart), as the real gateways do. */
export function sandboxApp(): FastifyInstance {
  // A closing sandbox drops its connections, even one whose caller gave up on a held answer.
  const app = Fastify({ logger: false, forceCloseConnections: true });
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_req, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );
  app.addContentTypeParser('multipart/form-data', { parseAs: 'buffer' }, (req, body, done) => {
    // The web Request parser understands multipart; no extra package needed.
    new Request('http://sandbox.local/', {
      method: 'POST',
      headers: { 'content-type': req.headers['content-type'] ?? '' },
      body: new Uint8Array(body as Buffer),
    })
      .formData()
      .then((form) => {
        const fields: Record<string, string> = {};
        form.forEach((value, key) => {
          if (typeof value === 'string') fields[key] = value;
        });
        done(null, fields);
      })
      .catch((err: Error) => done(err, undefined));
  });
  return app;
}

/** Starts on a loopback port (0 = any free one). */
export async function listen(app: FastifyInstance, port = 0, host = '127.0.0.1'): Promise<Sandbox> {
  const address = await app.listen({ port, host });
  return { app, url: address, close: () => app.close() };
}

export type BareSandbox = Sandbox;

/** A sandbox whose routes `define` adds, listening on a free loopback port. */
export async function createBareSandbox(
  define: (app: FastifyInstance) => void,
  port = 0,
): Promise<Sandbox> {
  const app = sandboxApp();
  define(app);
  return listen(app, port);
}

export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** The buyer's page: what is being paid, and Approve / Fail / Cancel buttons posting to `action`. */
export function paymentPage(opts: {
  title: string;
  amount: string;
  merchantRef: string;
  action: string;
  hidden: Record<string, string>;
}): string {
  const hidden = Object.entries(opts.hidden)
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
    .join('');
  const button = (decision: string, label: string) =>
    `<button name="decision" value="${decision}">${label}</button>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(opts.title)}</title>
<meta name="viewport" content="width=device-width,initial-scale=1"></head>
<body style="font-family:sans-serif;max-width:28rem;margin:2rem auto">
<h1>${escapeHtml(opts.title)}</h1><p>SANDBOX: no real money moves.</p>
<p>Amount: <strong>৳${escapeHtml(opts.amount)}</strong><br>Reference: ${escapeHtml(opts.merchantRef)}</p>
<form method="post" action="${escapeHtml(opts.action)}">${hidden}
${button('approve', 'Approve')} ${button('fail', 'Fail')} ${button('cancel', 'Cancel')}
</form></body></html>`;
}

/** An auto-submitting form: how gateways make the buyer's browser POST back to the merchant. */
export function autoPostPage(action: string, fields: Record<string, string>): string {
  const inputs = Object.entries(fields)
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Redirecting…</title></head>
<body onload="document.forms[0].submit()"><form method="post" action="${escapeHtml(action)}">
${inputs}
<noscript><button>Continue</button></noscript></form></body></html>`;
}

export function randomDigits(n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += Math.floor(Math.random() * 10);
  return out;
}

export function randomAlnum(n: number): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  let out = '';
  for (let i = 0; i < n; i++) out += chars[Math.floor(Math.random() * chars.length)];
  return out;
}

/** What a faulty gateway does instead of answering normally. */
export type Fault =
  /** holds the answer back for a while (longer than our client waits), then answers */
  | 'hang'
  /** answers 200 with a truncated, unparseable JSON body */
  | 'garbage'
  /** answers 502 with an HTML error page, as a proxy in front of a dead gateway does */
  | 'html';

/**
 * Test knobs: make the next call of an operation do its work but hold back the answer, as a real
 * gateway does when the network drops mid-call (`hangNext`), or make every call of an operation
 * misbehave until cleared (`set`). Held answers are released on close.
 */
export class Faults {
  private readonly hang = new Set<string>();
  private readonly modes = new Map<string, Fault>();
  private readonly timers = new Set<{ release: () => void }>();
  hangNext(op: string) {
    this.hang.add(op);
  }
  /** Every call of `op` misbehaves as `fault` until `clear`. */
  set(op: string, fault: Fault) {
    this.modes.set(op, fault);
  }
  clear(op?: string) {
    if (op === undefined) this.modes.clear();
    else this.modes.delete(op);
  }
  async maybeHang(op: string, ms = 5000) {
    if (!this.hang.delete(op) && this.modes.get(op) !== 'hang') return;
    await new Promise<void>((resolve) => {
      const t = setTimeout(done, ms);
      const entry = { release: done };
      this.timers.add(entry);
      function done() {
        clearTimeout(t);
        resolve();
      }
    });
  }
  /**
   * Applies the fault set for `op`: hangs (then returns false: answer as usual), or sends a broken
   * answer and returns true (the route must then return `reply`).
   */
  async apply(op: string, reply: FastifyReply): Promise<boolean> {
    const fault = this.modes.get(op);
    if (fault === 'hang' || this.hang.has(op)) {
      await this.maybeHang(op);
      return false;
    }
    if (fault === 'garbage') {
      await reply.code(200).type('application/json').send('{"statusCode":"0000","transactionSt');
      return true;
    }
    if (fault === 'html') {
      await reply
        .code(502)
        .type('text/html')
        .send('<html><body><h1>502 Bad Gateway</h1></body></html>');
      return true;
    }
    return false;
  }
  releaseAll() {
    for (const t of this.timers) t.release();
    this.timers.clear();
  }
}
