import { z } from 'zod';

/** Empty strings in the environment count as unset, so `FOO=` in a .env file does not become "". */
const optionalString = z.preprocess((v) => (v === '' ? undefined : v), z.string().optional());
const optionalUrl = z.preprocess((v) => (v === '' ? undefined : v), z.string().url().optional());

/** A positive whole number with a default (limits and caps). */
const count = (fallback: number) => z.coerce.number().int().min(1).default(fallback);
const IPV4 = /^(\d{1,3})(\.\d{1,3}){3}(\/\d{1,2})?$/;
/** proxy-addr's names: 127.0.0.1/8 and ::1; 169.254.0.0/16 and fe80::/10; private ranges. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);
const IPV6 = /^[0-9a-f:.]*:[0-9a-f:.]*(\/\d{1,3})?$/i;

/**
 * TRUST_PROXY as Fastify's `trustProxy`: false, a hop count, or a list of addresses/CIDRs. `true`
 * (trust every hop) is refused: then the leftmost X-Forwarded-For entry, which the client writes
 * itself, becomes the client IP and every per-IP limit and the audit log can be fooled.
 */
function parseTrustProxy(raw: string, ctx: z.RefinementCtx): false | number | string[] {
  const value = raw.trim().toLowerCase();
  if (value === '' || value === 'false' || value === '0') return false;
  if (value === 'true') {
    ctx.addIssue({
      code: 'custom',
      message:
        'true would trust every X-Forwarded-For hop a client sends; set the number of proxies in front of Haat (1 behind the shipped nginx) or their addresses/CIDRs',
    });
    return z.NEVER;
  }
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 10) {
      ctx.addIssue({ code: 'custom', message: 'at most 10 proxy hops' });
      return z.NEVER;
    }
    return hops;
  }
  const entries = value.split(',').map((e) => e.trim());
  const wrong = entries.filter((e) => !IPV4.test(e) && !IPV6.test(e) && !NAMED_RANGES.has(e));
  if (wrong.length > 0) {
    ctx.addIssue({
      code: 'custom',
      message: `false, a hop count or proxy addresses/CIDRs separated by commas (not: ${wrong.join(', ')})`,
    });
    return z.NEVER;
  }
  return entries;
}

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: optionalUrl,
  DATABASE_URL: optionalUrl,
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  EMBEDDED_PG_DIR: z.string().default('./.haat/pg'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  REDIS_URL: optionalUrl,
  /** Prefix of every Redis key and queue, so several deployments can share one Redis. */
  REDIS_NAMESPACE: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]*$/i)
    .default('haat'),
  JWT_SECRET: optionalString.refine((v) => v === undefined || v.length >= 32, {
    message: 'must be at least 32 characters',
  }),
  STORAGE_DIR: z.string().default('./.haat/files'),
  SMTP_URL: optionalUrl,
  MAIL_FROM: z.string().default('Haat <no-reply@haat.local>'),
  MAP_TILE_URL: z.string().default('https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  /**
   * Which proxies' X-Forwarded-For to believe: `false` (none), a hop count (`1` behind one nginx)
   * or the proxies' addresses/CIDRs, comma-separated. Never `true` (anyone could name their IP).
   */
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((v, ctx) => parseTrustProxy(v, ctx)),
  WEB_DIST_DIR: z.string().default('./web/dist'),
  /** Per signed-in user per minute: product images and review photos together. */
  IMAGE_UPLOAD_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  /** Per user, or per client IP when signed out, per minute: search, nearby products, map box. */
  SEARCH_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  /** Per user or client IP per minute: autocomplete (a request per typed character). */
  SUGGEST_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(300),
  /** Per user, or per client IP for guests, per minute: messages to the assistant. */
  ASSISTANT_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  /** Assistant conversations untouched this many days are deleted (support threads keep their copy). */
  ASSISTANT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
  /** A bag untouched this many hours counts as abandoned and gets its one reminder (docs/notifications.md). */
  BAG_REMINDER_IDLE_HOURS: z.coerce.number().int().min(1).max(720).default(6),
  /** Images decoded at once in one process (each may take ~100 MB while it is worked on). */
  IMAGE_WORK_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
  /** The tesseract OCR program (Debian: tesseract-ocr + tesseract-ocr-ben) for photos of medicine lists. */
  TESSERACT_PATH: z.string().min(1).default('tesseract'),
  /** Bearer token Prometheus sends to /metrics; unset → /metrics answers local, unproxied requests only. */
  METRICS_TOKEN: optionalString.refine((v) => v === undefined || v.length >= 16, {
    message: 'must be at least 16 characters',
  }),
  /** Port of the /metrics listener of a worker-only process (`--roles worker`); 0 = none. */
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(9464),
  /** Read by the OpenTelemetry SDK (src/platform/telemetry/sdk.ts); validated here. */
  OTEL_EXPORTER_OTLP_ENDPOINT: optionalUrl,
  OTEL_SERVICE_NAME: optionalString,
  // Payments: unset PAYMENTS_SANDBOX means true outside production (local sandboxes for providers
  // without credentials); production refuses the sandbox unless PAYMENTS_SANDBOX_FORCE=true.
  PAYMENTS_SANDBOX: z.enum(['true', 'false']).optional(),
  PAYMENTS_SANDBOX_FORCE: z.enum(['true', 'false']).default('false'),
  ORDER_PAYMENT_HOLD_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  /** Orders a customer may have open without payment or the seller's acceptance (online unpaid, COD not accepted). */
  ORDER_MAX_OPEN_UNPAID: z.coerce.number().int().min(1).max(10_000).default(5),
  /** Units of one product one customer may hold across those open unpaid orders. */
  ORDER_MAX_UNITS_PER_PRODUCT: z.coerce.number().int().min(1).max(10_000).default(10),
  /** A cash-on-delivery order the seller has not accepted this long after placement is cancelled. */
  ORDER_COD_ACCEPT_HOURS: z.coerce.number().min(0.25).max(168).default(6),
  /** Cash-on-delivery risk guard at checkout (docs/risk.md): off lets every COD order through unscored. */
  RISK_COD_GUARD: z.enum(['on', 'off']).default('on'),
  /** A COD order above this total (poisha; ৳3,000 by default) needs an OTP-verified delivery phone. */
  RISK_COD_OTP_ABOVE: z.coerce.number().int().min(0).max(100_000_000).default(300_000),
  /** A phone verification older than this many days no longer counts for COD. */
  RISK_OTP_MAX_AGE_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
  /** Orders this close in time to the same phone or pin with the same items are duplicates. */
  RISK_DUPLICATE_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
  /** Poisha: the least advance a risky COD order is asked when its delivery charge is lower (docs/risk.md). */
  RISK_COD_MIN_ADVANCE: z.coerce.number().int().min(100).max(10_000_000).default(5_000),
  /** A courier's fraud-check service (success rate by phone); unset = not asked. */
  COURIER_CHECK_URL: optionalUrl,
  COURIER_CHECK_API_KEY: optionalString,
  /** Longest wait for one answer of a payment provider; past it the outcome counts as unknown. */
  PAYMENT_PROVIDER_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(30_000),
  /** An online payment with no final answer this long after it started is asked about (reconciliation). */
  PAYMENT_RECONCILE_AFTER_MINUTES: z.coerce.number().int().min(1).max(1440).default(5),
  /** Seller payouts: the least a shop is paid in one payout (poisha; ৳500 by default). */
  PAYOUT_MINIMUM: z.coerce.number().int().min(1).max(100_000_000).default(50_000),
  /** The weekday of the scheduled payout run (0 = Sunday … 6 = Saturday, in Dhaka). */
  PAYOUT_WEEKDAY: z.coerce.number().int().min(0).max(6).default(0),
  /** The hour (Asia/Dhaka, 0–23) of the scheduled payout run. */
  PAYOUT_HOUR: z.coerce.number().int().min(0).max(23).default(10),
  /** Off: no scheduled run (admins still run payouts on demand). */
  PAYOUT_SCHEDULE: z.enum(['on', 'off']).default('on'),
  BKASH_BASE_URL: optionalUrl,
  BKASH_USERNAME: optionalString,
  BKASH_PASSWORD: optionalString,
  BKASH_APP_KEY: optionalString,
  BKASH_APP_SECRET: optionalString,
  NAGAD_BASE_URL: optionalUrl,
  NAGAD_MERCHANT_ID: optionalString,
  NAGAD_MERCHANT_ACCOUNT: optionalString,
  NAGAD_MERCHANT_PRIVATE_KEY: optionalString,
  NAGAD_PUBLIC_KEY: optionalString,
  SSLCOMMERZ_BASE_URL: optionalUrl,
  SSLCOMMERZ_STORE_ID: optionalString,
  SSLCOMMERZ_STORE_PASSWORD: optionalString,
  /** After SIGTERM: how long /ready answers 503 before the listener closes (load balancers notice). */
  SHUTDOWN_DRAIN_MS: z.coerce.number().int().min(0).default(0),
  /** Hard limit for in-flight requests and jobs to finish after SIGTERM; past it the process exits 1. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).default(25_000),
  /** A job whose worker died is taken over after this long (BullMQ lock duration). */
  JOB_LOCK_MS: z.coerce.number().int().min(500).default(30_000),
  /** How often workers look for jobs whose lock expired. */
  JOB_STALLED_CHECK_MS: z.coerce.number().int().min(500).default(30_000),
  /** How often workers put back schedules Redis lost (e.g. restarted without persistence); 0 = never. */
  JOB_SCHEDULE_CHECK_MS: z.coerce.number().int().min(0).default(60_000),
  SMS_PROVIDER: z.enum(['dev', 'bulksmsbd', 'sslwireless']).default('dev'),
  SMS_API_KEY: optionalString,
  SMS_SENDER_ID: optionalString,
  SMS_BASE_URL: optionalUrl,
  // Caps on the SMS that anyone can make Haat send (codes, sign-in codes, registration notices):
  // per destination number, per account, per client address and for the whole deployment.
  SMS_LIMIT_NUMBER_HOUR: count(5),
  SMS_LIMIT_NUMBER_DAY: count(10),
  SMS_LIMIT_ACCOUNT_HOUR: count(5),
  SMS_LIMIT_ACCOUNT_DAY: count(10),
  SMS_LIMIT_IP_HOUR: count(10),
  SMS_LIMIT_IP_DAY: count(30),
  SMS_LIMIT_GLOBAL_HOUR: count(500),
  SMS_LIMIT_GLOBAL_DAY: count(5000),
  /**
   * Web push (VAPID). Unset keys are generated at first start and kept in the database, so every
   * process signs with the same pair; set both to bring your own.
   */
  VAPID_PUBLIC_KEY: optionalString,
  VAPID_PRIVATE_KEY: optionalString,
  /** Who push services contact about our messages: a mailto: or https: address. */
  VAPID_SUBJECT: z
    .string()
    .regex(/^(mailto:|https:)/)
    .default('mailto:support@haat.local'),
  /** Push services besides the browsers' own (comma-separated hosts, `*.` for subdomains). */
  PUSH_ENDPOINT_HOSTS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean),
    ),
  /**
   * An optional OpenAI-compatible endpoint (e.g. https://api.openai.com/v1) for the assistant and the
   * description writer; unset → the offline engine and templates only.
   */
  LLM_BASE_URL: optionalUrl,
  /** Sent as the bearer token to LLM_BASE_URL; never logged. */
  LLM_API_KEY: optionalString,
  LLM_MODEL: optionalString,
  /** Longest wait for one whole LLM turn (all its tool rounds); past it the offline answer is used. */
  LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(8_000),
  /** Where `haat restore` finds pg_restore and psql for backups of the old pg_dump format. */
  PG_BIN_DIR: optionalString,
  /** The platform as its sellers' commission invoices name it. */
  PLATFORM_LEGAL_NAME: z.string().min(1).max(200).default('Haat'),
  PLATFORM_ADDRESS: optionalString,
  /** The platform's Business Identification Number (13 digits), printed on commission invoices. */
  PLATFORM_BIN: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .regex(/^[0-9]{13}$/, '13 digits')
      .optional(),
  ),
  /** VAT percent included in the commission, shown on commission invoices; unset = no VAT line. */
  COMMISSION_VAT_RATE: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.coerce.number().min(0).max(100).optional(),
  ),
});

export type Config = z.infer<typeof schema>;

/** Every environment variable Haat reads (deployment files are checked against it). */
export const configKeys = Object.keys(schema.shape);

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * The address users reach Haat at, without a trailing slash: PUBLIC_URL (required in production),
 * else this machine's port on localhost. Links in messages, payment callbacks and the start banner
 * use it; the refresh cookie is `Secure` when it is https.
 */
export function publicUrl(config: Pick<Config, 'PUBLIC_URL' | 'PORT'>): string {
  return (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, '');
}

/** Reads and validates the environment once; a wrong value stops the start naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // `FOO=` (as in a copy of .env.example) means unset, for every variable.
  const parsed = schema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')),
  );
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(env)'}: ${issue.message}`),
    );
  }
  const config = parsed.data;
  if (config.NODE_ENV === 'production') {
    const problems: string[] = [];
    if (!config.JWT_SECRET) problems.push('JWT_SECRET: required when NODE_ENV=production');
    // Payment callbacks, links in mail and the refresh cookie's Secure flag come from it.
    if (!config.PUBLIC_URL) {
      problems.push(
        'PUBLIC_URL: required when NODE_ENV=production (the address users reach, e.g. https://haat.example.com)',
      );
    }
    // Without them, password-reset codes land in the development outboxes, which admins can read.
    if (!config.SMTP_URL) {
      problems.push(
        'SMTP_URL: required when NODE_ENV=production (otherwise mail lands in the development mailbox)',
      );
    }
    if (config.SMS_PROVIDER === 'dev') {
      problems.push(
        'SMS_PROVIDER: "dev" keeps text messages in the development outbox; set bulksmsbd or sslwireless with SMS_API_KEY and SMS_SENDER_ID when NODE_ENV=production',
      );
    }
    if (problems.length) throw new ConfigError(problems);
  }
  if (
    config.NODE_ENV === 'production' &&
    config.PAYMENTS_SANDBOX === 'true' &&
    config.PAYMENTS_SANDBOX_FORCE !== 'true'
  ) {
    throw new ConfigError([
      'PAYMENTS_SANDBOX: the payment sandboxes are not for production (set PAYMENTS_SANDBOX_FORCE=true to run a demo anyway)',
    ]);
  }
  if (config.SMS_PROVIDER !== 'dev') {
    const missing = (['SMS_API_KEY', 'SMS_SENDER_ID'] as const).filter((name) => !config[name]);
    if (missing.length > 0) {
      throw new ConfigError(
        missing.map((name) => `${name}: required when SMS_PROVIDER=${config.SMS_PROVIDER}`),
      );
    }
  }
  return config;
}
