/**
 * Starts the OpenTelemetry SDK. Loaded by bin/haat.js only when OTEL_EXPORTER_OTLP_ENDPOINT is set,
 * before anything else is imported, so the instrumented libraries (http, pg, ioredis, undici) are
 * patched as they load. Spans go to `${OTEL_EXPORTER_OTLP_ENDPOINT}/v1/traces` over OTLP/HTTP.
 */
import { register } from 'node:module';
import { redactPath, sensitiveQueryParams } from '../redact-url.ts';
import { onTracingShutdown } from './tracing.ts';

// ESM imports bypass require(): this loader hook lets the instrumentations patch them too.
register('@opentelemetry/instrumentation/hook.mjs', import.meta.url);

const [
  { NodeSDK },
  { OTLPTraceExporter },
  { HttpInstrumentation },
  { PgInstrumentation },
  { IORedisInstrumentation },
  { UndiciInstrumentation },
] = await Promise.all([
  import('@opentelemetry/sdk-node'),
  import('@opentelemetry/exporter-trace-otlp-http'),
  import('@opentelemetry/instrumentation-http'),
  import('@opentelemetry/instrumentation-pg'),
  import('@opentelemetry/instrumentation-ioredis'),
  import('@opentelemetry/instrumentation-undici'),
]);

// Traces only: Prometheus scrapes metrics, pino writes logs.
process.env.OTEL_METRICS_EXPORTER ||= 'none';
process.env.OTEL_LOGS_EXPORTER ||= 'none';

const quietPaths = new Set(['/metrics', '/health', '/ready']);

const sdk = new NodeSDK({
  serviceName: process.env.OTEL_SERVICE_NAME || 'haat',
  traceExporter: new OTLPTraceExporter(),
  instrumentations: [
    new HttpInstrumentation({
      ignoreIncomingRequestHook: (request) => quietPaths.has((request.url ?? '').split('?')[0]!),
      // Tokens, tickets and codes in URLs never reach a span (as in the request log).
      redactedQueryParamsServer: sensitiveQueryParams,
      redactedQueryParams: sensitiveQueryParams,
      requestHook: (span, request) => {
        if ('method' in request && 'headers' in request && !('path' in request)) {
          const path = (request.url ?? '').split('?')[0]!;
          span.setAttribute('url.path', redactPath(path));
        }
      },
    }),
    // Only inside a request or job: the outbox relay and BullMQ poll all the time.
    new PgInstrumentation({ requireParentSpan: true }),
    new IORedisInstrumentation({ requireParentSpan: true }),
    new UndiciInstrumentation(),
  ],
});
sdk.start();
onTracingShutdown(() => sdk.shutdown());
