#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx's loader: one build, no compile step to forget.
import { existsSync } from 'node:fs';
import { register } from 'tsx/esm/api';

// Settings from ./.env (see .env.example); the real environment wins over the file. Tests
// (NODE_ENV=test) get exactly the environment they are given.
if (process.env.NODE_ENV !== 'test' && existsSync('.env')) process.loadEnvFile('.env');

register();
// Traces are opt-in: without an endpoint the OpenTelemetry SDK is never loaded.
if (process.env.OTEL_EXPORTER_OTLP_ENDPOINT) await import('../src/platform/telemetry/sdk.ts');
await import('../src/cli/main.ts');
