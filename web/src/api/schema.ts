import type { paths } from './openapi.gen';

/**
 * Types of the API's answers, read from the generated description of the server (openapi.gen.ts,
 * `npm run api:types`), so a changed response shape fails `npm run check` rather than a page.
 */
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
/**
 * What a lookup that found nothing resolves to. Not `never`: a `never` type would let every use
 * compile, while this one makes the first use of a missing answer fail the typecheck.
 */
type NoJsonAnswer = { readonly 'no JSON success answer for this route and method': unique symbol };
type JsonOf<R> = R extends { content: { 'application/json': infer Body } } ? Body : NoJsonAnswer;
type Success<R> = R extends { 200: infer Ok }
  ? JsonOf<Ok>
  : R extends { 201: infer New }
    ? JsonOf<New>
    : R extends { 202: infer Accepted }
      ? JsonOf<Accepted>
      : NoJsonAnswer;

/** The JSON body a route answers with on success (its 200, else its 201, else its 202). */
export type ApiResponse<P extends keyof paths, M extends Method = 'get'> =
  NonNullable<paths[P][M]> extends { responses: infer R } ? Success<R> : NoJsonAnswer;

/** The JSON body a route accepts (for forms that build it before the call). */
export type ApiBody<P extends keyof paths, M extends Method> =
  NonNullable<paths[P][M]> extends { requestBody?: infer B }
    ? NonNullable<B> extends { content: { 'application/json': infer Body } }
      ? Body
      : NoJsonAnswer
    : NoJsonAnswer;
