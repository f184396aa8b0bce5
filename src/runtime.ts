import type { AppContext } from './platform/context.ts';
import { assertNoDemoAccounts } from './modules/demo/index.ts';
import { modules } from './modules/index.ts';
import { startMetricsServer } from './platform/http/metrics.ts';
import { shutdownTracing } from './platform/telemetry/tracing.ts';
import { EVENTS_QUEUE, startOutboxRelay, type OutboxEvent } from './platform/outbox.ts';
import { listenError } from './platform/startup.ts';
import { buildServer } from './server.ts';

export const processRoles = ['api', 'worker'] as const;
export type ProcessRole = (typeof processRoles)[number];

/** Starts the worker role: the outbox relay and every module's consumers. Returns its stopper. */
export async function startWorker(ctx: AppContext): Promise<() => Promise<void>> {
  for (const module of modules) await module.worker?.(ctx);
  ctx.queue.process(EVENTS_QUEUE, async (job) => ctx.events.dispatch(job.data as OutboxEvent));
  const stopRelay = startOutboxRelay(ctx.db, ctx.queue, ctx.logger);
  ctx.logger.info('worker started');
  return stopRelay;
}

/** Each module's warm-up, in the background once the API listens (requests are served meanwhile). */
function warmUpModules(ctx: AppContext): void {
  void (async () => {
    for (const module of modules) {
      if (!module.warmUp) continue;
      const started = performance.now();
      try {
        await module.warmUp(ctx);
        ctx.logger.debug(
          { module: module.name, ms: Math.round(performance.now() - started) },
          'module warmed up',
        );
      } catch (error) {
        ctx.logger.warn({ err: error, module: module.name }, 'module warm-up failed');
      }
    }
  })();
}

export type RunningProcess = { url?: string; stop: () => Promise<void> };

/**
 * Runs the chosen roles in this process. On SIGTERM/SIGINT: /ready answers 503 (draining), after
 * SHUTDOWN_DRAIN_MS the listener closes (new connections are refused) and in-flight requests
 * finish; then the worker stops taking jobs and finishes the running ones; then connections close
 * and the process exits 0. If that takes longer than SHUTDOWN_TIMEOUT_MS it exits 1; jobs cut
 * short are retried by another worker once their lock expires.
 */
export async function runProcess(ctx: AppContext, roles: ProcessRole[]): Promise<RunningProcess> {
  await assertNoDemoAccounts(ctx);
  const stoppers: (() => Promise<void>)[] = [];
  let url: string | undefined;
  let draining = false;
  if (roles.includes('worker')) stoppers.push(await startWorker(ctx));
  if (roles.includes('api')) {
    const app = await buildServer(ctx, { draining: () => draining });
    url = await app
      .listen({ host: ctx.config.HOST, port: ctx.config.PORT })
      .catch(async (error: unknown) => {
        for (const s of stoppers) await s();
        await app.close().catch(() => undefined);
        throw listenError(error, ctx.config.HOST, ctx.config.PORT);
      });
    warmUpModules(ctx);
    stoppers.unshift(async () => {
      if (ctx.config.SHUTDOWN_DRAIN_MS > 0) await sleep(ctx.config.SHUTDOWN_DRAIN_MS);
      await app.close();
      ctx.logger.info('http server closed; in-flight requests finished');
    });
  } else {
    stoppers.unshift(await startMetricsServer(ctx));
  }
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      draining = true;
      for (const s of stoppers) await s();
      // Closes the queue too: BullMQ workers (and the in-process queue) wait for running jobs.
      await ctx.close();
      await shutdownTracing();
    })());
  let signalled = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (signalled) return;
      signalled = true;
      ctx.logger.info({ signal }, 'shutting down: draining requests and jobs');
      const timeout = setTimeout(() => {
        ctx.logger.error(
          { timeoutMs: ctx.config.SHUTDOWN_TIMEOUT_MS },
          'shutdown took too long; exiting with work unfinished',
        );
        process.exit(1);
      }, ctx.config.SHUTDOWN_TIMEOUT_MS);
      timeout.unref();
      stop().then(
        () => {
          ctx.logger.info('stopped');
          process.exit(0);
        },
        (err: unknown) => {
          ctx.logger.error({ err }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
  return { url, stop };
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
