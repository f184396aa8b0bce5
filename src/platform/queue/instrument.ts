import { context, SpanKind } from '@opentelemetry/api';
import type { Metrics } from '../metrics.ts';
import { inSpan, takeTraceCarrier, withTraceCarrier } from '../telemetry/tracing.ts';
import type { JobQueue } from './index.ts';

/**
 * Wraps a queue's `add` and `process` (either implementation) for observability: enqueuing writes
 * the trace context into the job data and the worker continues that trace in a span of its own;
 * every attempt is counted by outcome. Handlers see their data without the trace key.
 */
export function instrumentQueue<Q extends JobQueue>(queue: Q, metrics: Metrics): Q {
  const add = queue.add.bind(queue);
  const process = queue.process.bind(queue);
  const attributes = (name: string, jobName: string) => ({
    'messaging.system': queue.kind,
    'messaging.destination.name': name,
    'haat.job.name': jobName,
  });

  queue.add = (name, jobName, data, options) =>
    inSpan(
      `publish ${name}`,
      { kind: SpanKind.PRODUCER, attributes: attributes(name, jobName) },
      context.active(),
      () => add(name, jobName, withTraceCarrier(data), options),
    );

  queue.process = (name, handler, concurrency) =>
    process(
      name,
      async (job) => {
        const { data, parent } = takeTraceCarrier(job.data);
        const stop = metrics.jobDuration.startTimer({ queue: name });
        try {
          await inSpan(
            `process ${name} ${job.name}`,
            {
              kind: SpanKind.CONSUMER,
              attributes: { ...attributes(name, job.name), 'haat.job.attempt': job.attempt },
            },
            parent,
            () => handler({ ...job, data }),
          );
          metrics.jobsProcessed.inc({ queue: name, outcome: 'completed' });
        } catch (error) {
          metrics.jobsProcessed.inc({ queue: name, outcome: 'failed' });
          throw error;
        } finally {
          stop();
        }
      },
      concurrency,
    );
  return queue;
}
