import type { components, paths } from './openapi.gen';

/**
 * Types of the API's answers, read from the generated description of the server (openapi.gen.ts,
 * `npm run api:types`), so a changed response shape fails `npm run check` rather than a page.
 */
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type JsonOf<R> = R extends { content: { 'application/json': infer Body } } ? Body : never;
type Success<R> = R extends { 200: infer Ok }
  ? JsonOf<Ok>
  : R extends { 201: infer New }
    ? JsonOf<New>
    : never;

/** The JSON body a route answers with on success (its 200, else its 201). */
export type ApiResponse<P extends keyof paths, M extends Method = 'get'> =
  NonNullable<paths[P][M]> extends { responses: infer R } ? Success<R> : never;

/** The body of every error answer. */
export type ApiErrorBody = components['schemas']['Error'];
