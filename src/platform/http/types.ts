import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.ts';

/** The Fastify instance modules register routes on: zod schemas give typed requests and OpenAPI. */
export type HttpApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** What a domain module offers the server and the worker. */
export type HaatModule = {
  name: string;
  /** HTTP routes, registered under /api/v1. */
  routes?: (app: HttpApp, ctx: AppContext) => Promise<void> | void;
  /** Outbox topics this module reacts to, and job consumers (worker role). */
  worker?: (ctx: AppContext) => Promise<void> | void;
  /** Data every installation needs (the default categories, built-in places); idempotent. Run by
   * `haat start` in every environment, before any demo data. */
  reference?: (ctx: AppContext) => Promise<void>;
  /** Demo data for `haat seed`; idempotent. Returns lines worth printing (e.g. demo logins). */
  seed?: (ctx: AppContext) => Promise<string[]>;
  /** Work an API process does once, right after it listens (trains a model, builds an index), so
   * the first request does not pay for it. Failures are logged; the work then happens on first use. */
  warmUp?: (ctx: AppContext) => Promise<void> | void;
};
