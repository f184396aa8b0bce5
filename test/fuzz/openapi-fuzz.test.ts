import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIsolatedTestApp, type TestApp } from '../helpers/app.ts';
import { createUser, type TestUser } from '../helpers/factories.ts';
import { approveInDb, createShop } from '../helpers/shops.ts';
import { createProduct } from '../../src/modules/catalog/test-support.ts';
import { arbitraryFor, nastyValue, type JsonSchema } from './schema-arbitrary.ts';

/**
 * Walks the published OpenAPI document and sends generated valid-looking and invalid requests to
 * every operation as every role. Pass: no 5xx, every error has the one error body with a stable
 * UPPER_SNAKE code, and 2xx bodies match the declared response schema.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20261124);
const RUNS_PER_ROLE = Number(process.env.FUZZ_RUNS ?? 20);

type Parameter = { name: string; in: string; required?: boolean; schema?: JsonSchema };
type Operation = {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  responses?: Record<string, { content?: Record<string, { schema?: JsonSchema }> }>;
};
type OpenApi = {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
};
type Role = 'anonymous' | 'customer' | 'seller' | 'admin';
type Generated = {
  mode: 'valid' | 'invalid';
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
  contentType: string | undefined;
};
type Finding = { op: string; role: Role; problem: string; request: string; response: string };

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
/** Valid-looking requests to these would tear down the fixtures (or the tokens) mid-run. */
const DESTRUCTIVE =
  /logout|password|disable|block|\/role$|suspend|reject|revoke|delete|erase|cancel/i;

let t: TestApp;
let users: Record<Exclude<Role, 'anonymous'>, TestUser>;
let ids: string[];
let doc: OpenApi;

beforeAll(async () => {
  // A database of its own: valid-looking admin requests change global settings (return windows,
  // commission rules, the knowledge base) that other test files read while they run.
  t = await createIsolatedTestApp();
  const [customer, seller, admin, otherSeller] = await Promise.all([
    createUser(t.ctx, { role: 'customer' }),
    createUser(t.ctx, { role: 'seller' }),
    createUser(t.ctx, { role: 'admin' }),
    createUser(t.ctx, { role: 'seller' }),
  ]);
  users = { customer: customer!, seller: seller!, admin: admin! };
  const shop = await createShop(t, seller!);
  await approveInDb(t, shop.id);
  const otherShop = await createShop(t, otherSeller!, { nameEn: 'Other Store' });
  await approveInDb(t, otherShop.id);
  const product = await createProduct(t.app, seller!.auth, shop.id);
  const otherProduct = await createProduct(t.app, otherSeller!.auth, otherShop.id);
  ids = [
    customer!.id,
    seller!.id,
    admin!.id,
    otherSeller!.id,
    shop.id,
    otherShop.id,
    product.id,
    product.variants[0]!.id,
    otherProduct.id,
    otherProduct.variants[0]!.id,
  ];
  const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
  expect(res.statusCode).toBe(200);
  doc = res.json();
}, 60_000);
afterAll(() => t?.close());

function resolveRef(ref: string): JsonSchema {
  const name = ref.replace('#/components/schemas/', '');
  const found = doc.components?.schemas?.[name];
  if (!found) throw new Error(`unresolved $ref ${ref}`);
  return found;
}

function jsonContent(content: Record<string, { schema?: JsonSchema }> | undefined) {
  if (!content) return undefined;
  return content['application/json'] ?? Object.values(content)[0];
}

/** The arbitrary of whole requests for one operation. */
function requestArbitrary(urlPath: string, method: string, op: Operation): fc.Arbitrary<Generated> {
  const hints = { ids };
  const params = op.parameters ?? [];
  const record = (where: string) => {
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    const required: string[] = [];
    for (const p of params.filter((x) => x.in === where)) {
      model[p.name] = arbitraryFor(p.schema ?? { type: 'string' }, resolveRef, hints);
      if (p.required || where === 'path') required.push(p.name);
    }
    return fc.record(model, { requiredKeys: required });
  };
  const pathArb = record('path');
  const queryArb = record('query');
  const bodyContent = op.requestBody?.content;
  const bodySchema = jsonContent(bodyContent)?.schema;
  const declaredType = bodyContent ? Object.keys(bodyContent)[0] : undefined;
  const bodyArb = bodySchema ? arbitraryFor(bodySchema, resolveRef, hints) : fc.constant(undefined);
  const hasBody = !['get', 'delete'].includes(method);
  const destructive = method === 'delete' || DESTRUCTIVE.test(urlPath);

  const valid = fc.record({
    path: pathArb,
    query: queryArb,
    body: bodyArb,
    contentType: fc.constant(hasBody ? (declaredType ?? 'application/json') : undefined),
  });
  // Invalid: one part of a valid-looking request is broken.
  const invalid = fc
    .tuple(
      valid,
      fc.constantFrom('path', 'query', 'body', 'body-root', 'drop', 'content-type'),
      nastyValue,
      fc.nat(),
      fc.constantFrom(
        'text/plain',
        'application/xml',
        'multipart/form-data',
        'multipart/form-data; boundary=x',
        'application/json; charset=latin1',
      ),
    )
    .map(([req, where, nasty, pick, badType]): Omit<Generated, 'mode'> => {
      const r = structuredClone(req) as Omit<Generated, 'mode'>;
      const mutateKey = (obj: Record<string, unknown>, fallbackKey: string) => {
        const keys = Object.keys(obj);
        const key = keys.length ? keys[pick % keys.length]! : fallbackKey;
        obj[key] = nasty;
      };
      switch (where) {
        case 'path':
          mutateKey(r.path, 'id');
          break;
        case 'query':
          mutateKey(r.query, 'limit');
          break;
        case 'body':
          if (r.body && typeof r.body === 'object' && !Array.isArray(r.body)) {
            mutateKey(r.body as Record<string, unknown>, 'unexpected');
          } else r.body = nasty;
          break;
        case 'body-root':
          r.body = nasty;
          break;
        case 'drop':
          if (r.body && typeof r.body === 'object' && !Array.isArray(r.body)) {
            const keys = Object.keys(r.body);
            if (keys.length) delete (r.body as Record<string, unknown>)[keys[pick % keys.length]!];
          }
          break;
        case 'content-type':
          r.contentType = badType;
          break;
      }
      if (where !== 'content-type' && hasBody && !r.contentType) r.contentType = 'application/json';
      return r;
    });

  return destructive
    ? invalid.map((r) => ({ ...r, mode: 'invalid' as const }))
    : fc.oneof(
        valid.map((r) => ({ ...r, mode: 'valid' as const })),
        invalid.map((r) => ({ ...r, mode: 'invalid' as const })),
      );
}

function toScalar(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v ?? '');
}

/** Percent-encodes; a lone surrogate becomes the invalid UTF-8 `%ED%A0%80` (a bad URL on purpose). */
function encodeSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return encodeURIComponent(value.replace(/[\ud800-\udfff]/g, '')) + '%ED%A0%80';
  }
}

function buildUrl(urlPath: string, g: Generated): string {
  const url = urlPath.replace(/\{([^}]+)\}/g, (_m, name: string) =>
    encodeSegment(toScalar(g.path[name] ?? 'x')),
  );
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(g.query)) {
    if (v === undefined) continue;
    for (const item of Array.isArray(v) ? v : [v]) {
      qs.append(k, toScalar(item).replace(/[\ud800-\udfff]/g, '\ufffd'));
    }
  }
  const q = qs.toString();
  return q ? `${url}?${q}` : url;
}

function payloadFor(g: Generated): string | undefined {
  if (g.body === undefined && !g.contentType) return undefined;
  if (g.contentType?.startsWith('application/json')) return JSON.stringify(g.body ?? null);
  return typeof g.body === 'string' ? g.body : JSON.stringify(g.body ?? '');
}

const UPPER_SNAKE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

describe('OpenAPI fuzzing', () => {
  it(
    'answers every generated request without 5xx, with the error body and the declared shapes',
    async () => {
      const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: false });
      const validators = new Map<string, ReturnType<typeof ajv.compile>>();
      // `#/components/schemas/X` refs resolve against the root, so the components ride along.
      const validatorFor = (key: string, schema: JsonSchema) => {
        let v = validators.get(key);
        if (!v) {
          v = ajv.compile({ ...schema, components: doc.components });
          validators.set(key, v);
        }
        return v;
      };
      const findings: Finding[] = [];
      const byClass: Record<string, number> = {};
      let operations = 0;
      let requests = 0;
      const roles: Role[] = ['anonymous', 'customer', 'seller', 'admin'];

      const entries = Object.entries(doc.paths).flatMap(([p, item]) =>
        METHODS.filter((m) => item[m]).map((m) => [p, m, item[m]!] as const),
      );
      for (const [urlPath, method, op] of entries) {
        if (!urlPath.startsWith('/api/v1')) continue;
        operations += 1;
        const arb = requestArbitrary(urlPath, method, op);
        for (const [ri, role] of roles.entries()) {
          const samples = fc.sample(arb, {
            seed: SEED + operations * 10 + ri,
            numRuns: RUNS_PER_ROLE,
          });
          for (const g of samples) {
            const url = buildUrl(urlPath, g);
            const headers: Record<string, string> = { 'accept-language': 'en' };
            if (role !== 'anonymous') Object.assign(headers, users[role].auth);
            if (g.contentType) headers['content-type'] = g.contentType;
            const payload = payloadFor(g);
            const res = await t.app.inject({
              method: method.toUpperCase() as 'GET',
              url,
              headers,
              ...(payload !== undefined ? { payload } : {}),
            });
            requests += 1;
            const cls = `${Math.floor(res.statusCode / 100)}xx`;
            byClass[cls] = (byClass[cls] ?? 0) + 1;
            const report = (problem: string) =>
              findings.push({
                op: `${method.toUpperCase()} ${urlPath}`,
                role,
                problem,
                request: `${g.mode} ${url.slice(0, 200)} ${g.contentType ?? ''} ${(payload ?? '').slice(0, 300)}`,
                response: `${res.statusCode} ${res.body.slice(0, 300)}`,
              });
            if (res.statusCode >= 500) report('5xx');
            if (res.statusCode >= 400) {
              let code: unknown;
              let message: unknown;
              try {
                const body = res.json();
                code = body?.error?.code;
                message = body?.error?.message;
              } catch {
                report('error body is not JSON');
                continue;
              }
              if (
                typeof code !== 'string' ||
                !UPPER_SNAKE.test(code) ||
                typeof message !== 'string'
              ) {
                report('malformed error body');
              }
            } else if (res.statusCode >= 200 && res.statusCode < 300) {
              const declared = op.responses?.[String(res.statusCode)] ?? op.responses?.['2XX'];
              const schema = jsonContent(declared?.content)?.schema;
              if (!declared) report(`undeclared status ${res.statusCode}`);
              else if (schema && res.headers['content-type']?.toString().includes('json')) {
                const validate = validatorFor(`${method} ${urlPath} ${res.statusCode}`, schema);
                if (!validate(res.json())) {
                  report(`response does not match schema: ${ajv.errorsText(validate.errors)}`);
                }
              }
            }
          }
        }
      }
      const summary =
        `openapi-fuzz seed=${SEED} operations=${operations} requests=${requests} ` +
        Object.entries(byClass)
          .sort()
          .map(([k, v]) => `${k}=${v}`)
          .join(' ') +
        ` findings=${findings.length}`;
      console.log(summary);
      // One line per distinct (operation, problem), so a regression reads at a glance.
      const distinct = new Map<string, Finding>();
      for (const f of findings) distinct.set(`${f.op} ${f.problem.slice(0, 60)}`, f);
      for (const f of distinct.values()) console.log(JSON.stringify(f));
      expect(operations).toBeGreaterThan(50);
      expect([...distinct.values()]).toEqual([]);
    },
    15 * 60_000,
  );
});
