import fc from 'fast-check';

/** A JSON schema as found in the OpenAPI document (draft 2020-12 subset that zod emits). */
export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
  [key: string]: unknown;
};

/** Strings that have broken parsers, normalizers and SQL before. */
export const NASTY_STRINGS = [
  '',
  ' ',
  'রহিম স্টোর ০১৭১১',
  'মিনিকেট\u200c চাল',
  'مرحبا بالعالم',
  '\u202eevil\u202c',
  '😀🛒🇧🇩',
  'a\u0000b',
  '\u0000',
  "' OR 1=1 --",
  '"; DROP TABLE users; --',
  '../../etc/passwd',
  '%00',
  '%',
  '\\',
  '<script>alert(1)</script>',
  '{}',
  '[]',
  'null',
  '-1',
  '0',
  '1e309',
  'NaN',
  '9999999999999999999999',
  '2024-02-30T25:61:00Z',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '\ud800',
  'x'.repeat(5000),
];

const unicodeChar = fc.constantFrom(
  ...'abcXYZ019 -_.,@+',
  ...'অআকখগঘচছজঝটঠডঢণতথদধনপফবভমযরলশষসহড়ঢ়য়ৎংঃঁ০১২৩৪৫৬৭৮৯ািীুূেৈোৌ্',
  'ش',
  'ع',
  '\u200c',
  '\u200d',
  '😀',
  '🇧🇩',
  '\u0000',
  '\n',
);

export function unicodeString(minLength = 0, maxLength = 40) {
  return fc.string({ unit: unicodeChar, minLength, maxLength });
}

export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(...NASTY_STRINGS),
  unicodeString(0, 60),
  fc.constant('ক'.repeat(200_000)),
  fc.integer(),
  fc.constantFrom<unknown>(-1, 0, 2 ** 31, 2 ** 53, -(2 ** 63), 1e308, 0.5, -0.0001),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);

export type Resolver = (ref: string) => JsonSchema;

export type Hints = {
  /** Real ids to mix into uuid-shaped values. */
  ids: string[];
};

function bounded(n: number | undefined, fallback: number) {
  return typeof n === 'number' && Number.isFinite(n) ? n : fallback;
}

/**
 * An arbitrary of values that (mostly) satisfy the schema: enough to get past validation and
 * reach the handlers. Not exhaustive: unsupported keywords just widen the values.
 */
export function arbitraryFor(
  schema: JsonSchema | boolean | undefined,
  resolve: Resolver,
  hints: Hints,
  depth = 0,
): fc.Arbitrary<unknown> {
  if (schema === true) return fc.jsonValue({ maxDepth: 1 });
  if (!schema || typeof schema !== 'object' || depth > 8) return fc.constant(undefined);
  if (schema.$ref) return arbitraryFor(resolve(schema.$ref), resolve, hints, depth + 1);
  if ('const' in schema) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const union = schema.anyOf ?? schema.oneOf;
  if (union?.length)
    return fc.oneof(...union.map((s) => arbitraryFor(s, resolve, hints, depth + 1)));
  if (schema.allOf?.length) {
    const merged = schema.allOf.reduce<JsonSchema>(
      (acc, part) => {
        const p = part.$ref ? resolve(part.$ref) : part;
        return {
          ...acc,
          ...p,
          properties: { ...acc.properties, ...p.properties },
          required: [...(acc.required ?? []), ...(p.required ?? [])],
        };
      },
      { ...schema, allOf: undefined },
    );
    return arbitraryFor(merged, resolve, hints, depth + 1);
  }
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length > 1) {
    return fc.oneof(
      ...types.map((t) => arbitraryFor({ ...schema, type: t }, resolve, hints, depth + 1)),
    );
  }
  switch (types[0]) {
    case 'string':
      return stringFor(schema, hints);
    case 'integer':
    case 'number': {
      const min = bounded(schema.minimum ?? schema.exclusiveMinimum, -1_000_000);
      const max = bounded(schema.maximum ?? schema.exclusiveMaximum, 1_000_000);
      const lo = Math.ceil(Math.min(min, max));
      const hi = Math.floor(Math.max(min, max));
      const edges = [min, max].filter((v) => Number.isInteger(v) || types[0] === 'number');
      const body =
        types[0] === 'integer'
          ? fc.integer({ min: Math.max(lo, -(2 ** 31)), max: Math.min(hi, 2 ** 31) })
          : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
      return edges.length ? fc.oneof(body, fc.constantFrom(...edges)) : body;
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const item = schema.items ?? {};
      const minItems = schema.minItems ?? 0;
      const maxItems = Math.min(schema.maxItems ?? 3, minItems + 3);
      return fc.array(arbitraryFor(item, resolve, hints, depth + 1), {
        minLength: minItems,
        maxLength: maxItems,
      });
    }
    case 'object':
      return objectFor(schema, resolve, hints, depth);
    default:
      if (schema.properties) return objectFor(schema, resolve, hints, depth);
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function objectFor(schema: JsonSchema, resolve: Resolver, hints: Hints, depth: number) {
  const props = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const entries = Object.entries(props);
  if (!entries.length) {
    return fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 2 });
  }
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, sub] of entries) model[key] = arbitraryFor(sub, resolve, hints, depth + 1);
  return fc.record(model, { requiredKeys: [...required].filter((k) => k in props) });
}

function stringFor(schema: JsonSchema, hints: Hints): fc.Arbitrary<unknown> {
  const min = schema.minLength ?? 0;
  const max = Math.max(min, Math.min(schema.maxLength ?? 40, min + 60));
  const idArb = fc.oneof(fc.constantFrom(...hints.ids), fc.uuid());
  switch (schema.format) {
    case 'uuid':
      return idArb;
    case 'date-time':
      return fc
        .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString());
    case 'date':
      return fc
        .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
    case 'email':
      return fc.emailAddress();
    case 'uri':
    case 'url':
      return fc.webUrl();
  }
  if (schema.pattern) {
    try {
      return fc.oneof(
        fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length <= 500),
        unicodeString(min, max),
      );
    } catch {
      // A pattern fast-check cannot generate from: plain strings below.
    }
  }
  const plain = [
    { weight: 3, arbitrary: unicodeString(min, max) },
    { weight: 1, arbitrary: fc.string({ minLength: min, maxLength: max }) },
  ];
  // Ids in free-text fields too (ids in query strings are often plain strings).
  if (min <= 36 && max >= 36) plain.push({ weight: 1, arbitrary: idArb });
  return fc.oneof(...plain);
}
