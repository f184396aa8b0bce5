#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx's loader: one build, no compile step to forget.
import { register } from 'tsx/esm/api';

register();
// Traces are opt-in: without an endpoint the OpenTelemetry SDK is never loaded.
if (process.env.OTEL_EXPORTER_OTLP_ENDPOINT) await import('../src/platform/telemetry/sdk.ts');
await import('../src/cli/main.ts');
