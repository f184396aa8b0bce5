import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanStatusCode,
  trace,
  type Context,
  type Span,
  type SpanOptions,
} from '@opentelemetry/api';

/**
 * Trace helpers on the OpenTelemetry API only. Without the SDK (OTEL_EXPORTER_OTLP_ENDPOINT unset,
 * see ./sdk.ts) every call here is a no-op: no span is recorded and no trace context is written.
 */
export const tracer = trace.getTracer('haat');

/** Key under which job data and outbox payloads carry the W3C trace context across processes. */
export const TRACE_KEY = '_trace';

/** The active trace context as W3C headers (`traceparent`), or undefined when nothing is traced. */
export function currentTraceCarrier(): Record<string, string> | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return Object.keys(carrier).length > 0 ? carrier : undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Adds the active trace context to an object payload (unchanged when nothing is traced). */
export function withTraceCarrier<T>(data: T): T {
  const carrier = currentTraceCarrier();
  return carrier && isPlainObject(data) ? { ...data, [TRACE_KEY]: carrier } : data;
}

/** Removes the carried trace context from a payload and returns it as the parent context. */
export function takeTraceCarrier(data: unknown): { data: unknown; parent: Context } {
  if (isPlainObject(data) && TRACE_KEY in data) {
    const { [TRACE_KEY]: carrier, ...rest } = data;
    const parent = isPlainObject(carrier)
      ? propagation.extract(ROOT_CONTEXT, carrier)
      : context.active();
    return { data: rest, parent };
  }
  return { data, parent: context.active() };
}

/** Runs `fn` in a new active span under `parent`; errors mark the span and are rethrown. */
export function inSpan<T>(
  name: string,
  options: SpanOptions,
  parent: Context,
  fn: (span: Span) => Promise<T>,
): Promise<T> {
  return tracer.startActiveSpan(name, options, parent, async (span) => {
    try {
      return await fn(span);
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  });
}

let shutdownHook: (() => Promise<void>) | undefined;

/** Set by the SDK when it starts; the process calls shutdownTracing() on exit to flush spans. */
export function onTracingShutdown(hook: () => Promise<void>) {
  shutdownHook = hook;
}

export async function shutdownTracing() {
  await shutdownHook?.().catch(() => undefined);
}
