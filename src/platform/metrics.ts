import client from 'prom-client';
import type pg from 'pg';
import type { JobQueue } from './queue/index.ts';

/**
 * Prometheus metrics of one app (one registry per AppContext, so several apps in one process, as
 * in tests, never share or collide). Names are listed in docs/observability.md and used verbatim by
 * deploy/grafana/dashboards/haat.json; a test checks the dashboard against the real output.
 */
export type Metrics = ReturnType<typeof createMetrics>;

export type MetricsSources = { pool?: pg.Pool; queue?: JobQueue };

export function createMetrics() {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const registers = [registry];

  const httpRequestDuration = new client.Histogram({
    name: 'haat_http_request_duration_seconds',
    help: 'HTTP request duration by route pattern (never the raw URL), method and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });

  const jobsProcessed = new client.Counter({
    name: 'haat_jobs_processed_total',
    help: 'Job attempts finished by this process, by queue and outcome (completed or failed)',
    labelNames: ['queue', 'outcome'] as const,
    registers,
  });

  const jobDuration = new client.Histogram({
    name: 'haat_job_duration_seconds',
    help: 'Time a job attempt took, by queue',
    labelNames: ['queue'] as const,
    buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60],
    registers,
  });

  /** Counters that domain modules increment after the fact they count has been committed. */
  const business = {
    usersRegistered: new client.Counter({
      name: 'haat_users_registered_total',
      help: 'Accounts created, by role',
      labelNames: ['role'] as const,
      registers,
    }),
    shopsApproved: new client.Counter({
      name: 'haat_shops_approved_total',
      help: 'Shops approved by an admin',
      registers,
    }),
    ordersPlaced: new client.Counter({
      name: 'haat_orders_placed_total',
      help: 'Orders placed',
      registers,
    }),
    paymentsCaptured: new client.Counter({
      name: 'haat_payments_captured_total',
      help: 'Payments captured, by provider',
      labelNames: ['provider'] as const,
      registers,
    }),
    paymentsFailed: new client.Counter({
      name: 'haat_payments_failed_total',
      help: 'Payments that failed or were cancelled, by provider',
      labelNames: ['provider'] as const,
      registers,
    }),
    paymentReconciliations: new client.Counter({
      name: 'haat_payment_reconciliations_total',
      help: 'Provider queries of unresolved online payments, by provider and outcome (paid, failed, cancelled, pending, error)',
      labelNames: ['provider', 'outcome'] as const,
      registers,
    }),
    sms: new client.Counter({
      name: 'haat_sms_total',
      help: 'Security SMS (codes, sign-in codes, registration notices) by outcome (sent, failed, refused) and reason (the cap that refused it: number, account, ip, global; none otherwise)',
      labelNames: ['outcome', 'reason'] as const,
      registers,
    }),
    gmvPoisha: new client.Counter({
      name: 'haat_gmv_poisha_total',
      help: 'Gross merchandise value of placed orders, in poisha',
      registers,
    }),
  };

  /** The optional LLM (src/modules/assistant/llm): calls, tokens and latency, by purpose. */
  const llm = {
    requests: new client.Counter({
      name: 'haat_llm_requests_total',
      help: 'Calls to the configured LLM endpoint, by purpose (assistant, description, support) and outcome (ok, timeout, error)',
      labelNames: ['purpose', 'outcome'] as const,
      registers,
    }),
    tokens: new client.Counter({
      name: 'haat_llm_tokens_total',
      help: 'Tokens the LLM endpoint reported, by purpose and kind (prompt, completion)',
      labelNames: ['purpose', 'kind'] as const,
      registers,
    }),
    duration: new client.Histogram({
      name: 'haat_llm_request_duration_seconds',
      help: 'Time one LLM call took, by purpose',
      labelNames: ['purpose'] as const,
      buckets: [0.1, 0.25, 0.5, 1, 2, 4, 8, 15, 30],
      registers,
    }),
  };

  return {
    registry,
    llm,
    httpRequestDuration,
    jobsProcessed,
    jobDuration,
    business,
    /** Gauges read at scrape time from the pool and the queue (nothing runs between scrapes). */
    watch(sources: MetricsSources) {
      const { pool, queue } = sources;
      if (pool) {
        const poolGauge = (name: string, help: string, read: (p: pg.Pool) => number) =>
          new client.Gauge({
            name,
            help,
            registers,
            collect() {
              this.set(read(pool));
            },
          });
        poolGauge('haat_db_pool_connections', 'Open connections in the pool', (p) => p.totalCount);
        poolGauge(
          'haat_db_pool_idle_connections',
          'Idle connections in the pool',
          (p) => p.idleCount,
        );
        poolGauge(
          'haat_db_pool_waiting_requests',
          'Queries waiting for a free connection',
          (p) => p.waitingCount,
        );
        poolGauge('haat_db_pool_max_connections', 'Pool size limit', (p) => p.options.max ?? 10);
      }
      if (queue) {
        new client.Gauge({
          name: 'haat_queue_jobs',
          help: 'Jobs in each queue this process uses, by state (waiting, active, delayed, failed)',
          labelNames: ['queue', 'state'] as const,
          registers,
          async collect() {
            this.reset();
            const counts = await queue.counts().catch(() => ({}));
            for (const [name, byState] of Object.entries(counts)) {
              for (const [state, value] of Object.entries(byState)) {
                this.set({ queue: name, state }, value);
              }
            }
          },
        });
      }
    },
  };
}
