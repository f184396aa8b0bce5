import type { AppContext } from './platform/context.ts';
import { modules } from './modules/index.ts';
import { startMetricsServer } from './platform/http/metrics.ts';
import { shutdownTracing } from './platform/telemetry/tracing.ts';
import { EVENTS_QUEUE, startOutboxRelay, type OutboxEvent } from './platform/outbox.ts';
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

export type RunningProcess = { url?: string; stop: () => Promise<void> };

/**
 * Runs the chosen roles in this process. SIGTERM/SIGINT stop accepting requests, let in-flight
 * requests and jobs finish, then close connections.
 */
export async function runProcess(ctx: AppContext, roles: ProcessRole[]): Promise<RunningProcess> {
  const stoppers: (() => Promise<void>)[] = [];
  let url: string | undefined;
  if (roles.includes('worker')) stoppers.push(await startWorker(ctx));
  if (roles.includes('api')) {
    const app = await buildServer(ctx);
    url = await app.listen({ host: ctx.config.HOST, port: ctx.config.PORT });
    stoppers.unshift(() => app.close());
  } else {
    stoppers.unshift(await startMetricsServer(ctx));
  }
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      for (const s of stoppers) await s();
      await ctx.close();
      await shutdownTracing();
    })());
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      ctx.logger.info({ signal }, 'shutting down');
      void stop().then(() => process.exit(0));
    });
  }
  return { url, stop };
}
