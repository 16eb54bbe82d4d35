/**
 * Hostile input for property-based tests (fast-check): values nobody should send, and values
 * built from a zod schema — either conforming to it with hostile content, or malformed in one
 * spot. The schema walker reads zod's definitions, so a channel added to the contract later is
 * covered without touching this file; a schema kind it does not know falls back to anything.
 */
import fc from 'fast-check';
import type { z } from 'zod';

/** Keys that have taken JavaScript programs down before: prototype pollution and friends. */
export const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  '__defineGetter__',
  '__lookupGetter__',
  'then',
  'toJSON',
  'length',
  '',
  ' ',
  '0',
] as const;

/** Strings that have broken parsers, file systems, dates, numbers and templates before. */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '\t\n\r\v\f',
  '\u0000',
  'a\u0000b',
  '\uFEFF',
  '\u200B',
  '\u202Eevil\u202C',
  '\uD800',
  '\uDFFF\uD800',
  'e\u0301\u0301\u0301',
  '👩‍👩‍👧‍👦',
  '𝕏𝕏𝕏',
  'ÆØÅ æøå',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'null',
  'undefined',
  'true',
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '0',
  '-1',
  '0x10',
  '1e309',
  '9'.repeat(400),
  ' 1 ',
  '1,5',
  '1.5',
  '1 234,50',
  '-1 234,50',
  '١٢٣',
  '１２３',
  '31.02.2026',
  '29.02.2027',
  '00.00.0000',
  '32.13.2026',
  '01.01.0001',
  '31.12.9999',
  '2026-11-23',
  '23.11.2026',
  '24.11.2026',
  '1.1.1',
  '../../../etc/passwd',
  '..\\..\\Windows\\System32\\config',
  'C:\\',
  '/dev/null',
  '\\\\?\\C:\\x',
  'CON',
  'NUL.pdf',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'https://evil.example/',
  'https://www.nav.no@evil.example/',
  'http://www.nav.no/',
  '<script>alert(1)</script>',
  '"; DROP TABLE x; --',
  '%s%s%s%n',
  '${process.exit()}',
  '{{7*7}}',
  '\\',
  '"',
  "'",
  '`',
  'data:image/png;base64,iVBORw0KGgo=',
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  '!!!not base64!!!',
];

export const HOSTILE_NUMBERS: readonly number[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  0.5,
  -1,
  1e308,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER + 2,
  2 ** 31,
  -(2 ** 31),
];

/** Longer limits than this are not probed at the limit: the strings would cost more than they prove. */
const HUGE = 5_000_000;

const hugeStrings = new Map<number, string>();
/** A string of exactly `length` UTF-16 units, mixing letters, æøå and astral characters. */
export function stringOfLength(length: number): string {
  let text = hugeStrings.get(length);
  if (text === undefined) {
    text = 'Aæ𝄞 '.repeat(Math.ceil(length / 5) + 1).slice(0, length);
    hugeStrings.set(length, text);
  }
  return text;
}

/** An object whose own keys include `key` even when it is `__proto__` (as JSON.parse makes it). */
export function withOwnKey(target: object, key: string, value: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(target)) Object.defineProperty(copy, k, ownValue(v));
  Object.defineProperty(copy, key, ownValue(value));
  return copy;
}

function ownValue(value: unknown): PropertyDescriptor {
  return { value, enumerable: true, writable: true, configurable: true };
}

function withoutKey(target: object, key: string): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(target)) if (k !== key) Object.defineProperty(copy, k, ownValue(v));
  return copy;
}

/** Nested `depth` times: arrays in arrays, or objects under one key. */
function nested(depth: number, key: string | null): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = key === null ? [value] : withOwnKey({}, key, value);
  return value;
}

function cyclic(): unknown {
  const node: Record<string, unknown> = { name: 'cycle', id: 'cycle' };
  node.self = node;
  node.list = [node];
  return node;
}

/** Payloads that try to poison Object.prototype when merged or copied carelessly. */
const pollution: readonly unknown[] = [
  JSON.parse('{"__proto__":{"polluted":"yes"}}'),
  JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}'),
  JSON.parse('{"__proto__":{"toString":"not a function","polluted":"yes"}}'),
  JSON.parse('[{"__proto__":{"polluted":"yes"}}]'),
];

const keyArbitrary = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_KEYS) },
);

/**
 * Anything at all: every JavaScript value fast-check makes (with null prototypes, boxed
 * values, maps, sets, typed arrays, sparse arrays, bigints, dates), hostile strings and numbers,
 * huge strings, deep nesting, cycles and prototype-pollution payloads.
 */
export function hostileValue(extraKeys: readonly string[] = []): fc.Arbitrary<unknown> {
  const keys =
    extraKeys.length > 0
      ? fc.oneof(keyArbitrary, fc.constantFrom(...extraKeys))
      : (keyArbitrary as fc.Arbitrary<string>);
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc.anything({
        key: keys,
        maxDepth: 3,
        maxKeys: 6,
        withBigInt: true,
        withBoxedValues: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withNullPrototype: true,
        withObjectString: true,
        withSparseArray: true,
        withTypedArray: true,
        withUnicodeString: true,
      }),
    },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) },
    {
      weight: 1,
      arbitrary: fc.constantFrom<unknown>(
        null,
        undefined,
        true,
        false,
        [],
        {},
        Object.create(null),
        new Date(Number.NaN),
        new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
        new Error('not an input'),
        /regex/g,
        new Map([['name', 'x']]),
        ...pollution,
      ),
    },
    { weight: 1, arbitrary: fc.bigInt() },
    { weight: 1, arbitrary: fc.constantFrom(100_001, 1_000_000, 4_000_001).map(stringOfLength) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.integer({ min: 50, max: 2000 }), fc.constantFrom<string | null>(null, 'a', '__proto__', ...extraKeys))
        .map(([depth, key]) => nested(depth, key)),
    },
    { weight: 1, arbitrary: fc.constant(null).map(cyclic) },
  );
}

// ---------------------------------------------------------------------------------------------
// The schema walker. Only zod's definitions (`_zod.def`) are read; nothing is parsed here.

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  items?: z.ZodType[];
  in?: z.ZodType;
  out?: z.ZodType;
  getter?: () => z.ZodType;
  checks?: { _zod: { def: { check: string; minimum?: number; maximum?: number } } }[];
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

function lengthBounds(schema: z.ZodType): { min: number; max: number } {
  const own = schema as unknown as { minLength?: number | null; maxLength?: number | null };
  let min = own.minLength ?? 0;
  let max = own.maxLength ?? Number.POSITIVE_INFINITY;
  for (const check of defOf(schema).checks ?? []) {
    const d = check._zod.def;
    if (d.check === 'min_length' && d.minimum !== undefined) min = Math.max(min, d.minimum);
    if (d.check === 'max_length' && d.maximum !== undefined) max = Math.min(max, d.maximum);
    if (d.check === 'length_equals' && d.minimum !== undefined) min = max = d.minimum;
  }
  return { min, max };
}

function numberBounds(schema: z.ZodType): { min: number; max: number; int: boolean } {
  const own = schema as unknown as { minValue?: number | null; maxValue?: number | null; isInt?: boolean };
  return {
    min: own.minValue ?? Number.MIN_SAFE_INTEGER,
    max: own.maxValue ?? Number.MAX_SAFE_INTEGER,
    int: own.isInt ?? false,
  };
}

/** The keys of an object schema that must be present. */
function requiredKeys(shape: Record<string, z.ZodType>): string[] {
  return Object.keys(shape).filter((key) => defOf(shape[key]!).type !== 'optional');
}

export interface SchemaArbitraryOptions {
  /**
   * Strings that mean something to the app under test (ids of stored things, paths, dates,
   * amounts): conforming strings are drawn from these often, so calls get past "not found".
   */
  meaningful: readonly string[];
}

/** Schema kinds the walker met and does not know; their values are drawn from anything. */
export const unknownSchemaKinds = new Set<string>();

/**
 * Values that satisfy `schema`, with hostile content: the strings are hostile, empty,
 * at the length limit or meaningful to the app; numbers sit anywhere in their range (edges
 * included); optional keys come and go.
 */
export function conforming(schema: z.ZodType, options: SchemaArbitraryOptions, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const inner = (s: z.ZodType) => conforming(s, options, depth + 1);
  if (depth > 12) return fc.constant(undefined);
  switch (def.type) {
    case 'object': {
      const shape = def.shape ?? {};
      const model = Object.fromEntries(
        Object.entries(shape).map(([key, s]) => [key, inner(defOf(s).type === 'optional' ? defOf(s).innerType! : s)]),
      );
      return fc.record(model, { requiredKeys: requiredKeys(shape) });
    }
    case 'string':
      return conformingString(lengthBounds(schema), options);
    case 'number': {
      const { min, max, int } = numberBounds(schema);
      const edges = [min, max].filter((n) => Number.isFinite(n));
      return fc.oneof(int ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true }), fc.constantFrom(...edges));
    }
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case 'literal':
      return fc.constantFrom(...(def.values ?? []));
    case 'null':
      return fc.constant(null);
    case 'undefined':
    case 'void':
      return fc.constant(undefined);
    case 'nullable':
      return fc.option(inner(def.innerType!), { nil: null, freq: 4 });
    case 'optional':
      return fc.option(inner(def.innerType!), { nil: undefined, freq: 4 });
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return inner(def.innerType!);
    case 'pipe':
      return inner(def.in!);
    case 'lazy':
      return inner(def.getter!());
    case 'array': {
      const { min, max } = lengthBounds(schema);
      const element = inner(def.element!);
      const small = fc.array(element, { minLength: min, maxLength: Math.max(min, Math.min(max, 4)) });
      if (!Number.isFinite(max) || max <= 4) return small;
      return fc.oneof(
        { weight: 9, arbitrary: small },
        { weight: 1, arbitrary: fc.array(element, { minLength: max, maxLength: max }) },
      );
    }
    case 'tuple':
      return fc.tuple(...(def.items ?? []).map(inner));
    case 'union':
      return fc.oneof(...(def.options ?? []).map(inner));
    case 'record': {
      const keys = defOf(def.keyType!).type === 'enum' ? Object.values(defOf(def.keyType!).entries ?? {}) : null;
      if (keys) {
        const model = Object.fromEntries(keys.map((key) => [String(key), inner(def.valueType!)]));
        return fc.record(model, { requiredKeys: [] });
      }
      return fc.dictionary(conformingString(lengthBounds(def.keyType!), options), inner(def.valueType!), {
        maxKeys: 4,
      });
    }
    case 'any':
    case 'unknown':
      return hostileValue();
    default:
      unknownSchemaKinds.add(def.type);
      return hostileValue();
  }
}

function conformingString(bounds: { min: number; max: number }, options: SchemaArbitraryOptions): fc.Arbitrary<string> {
  const { min, max } = bounds;
  const fits = (s: string) => s.length >= min && s.length <= max;
  const meaningful = options.meaningful.filter(fits);
  const hostile = HOSTILE_STRINGS.filter(fits);
  const choices: fc.WeightedArbitrary<string>[] = [
    {
      weight: 3,
      arbitrary: fc.string({ unit: 'grapheme', minLength: min, maxLength: Math.max(min, Math.min(max, 40)) }),
    },
    {
      weight: 1,
      arbitrary: fc.string({ unit: 'binary', minLength: min, maxLength: Math.max(min, Math.min(max, 40)) }),
    },
  ];
  if (meaningful.length > 0) choices.push({ weight: 5, arbitrary: fc.constantFrom(...meaningful) });
  if (hostile.length > 0) choices.push({ weight: 4, arbitrary: fc.constantFrom(...hostile) });
  if (max <= HUGE) choices.push({ weight: 1, arbitrary: fc.constant(stringOfLength(max)) });
  return fc.oneof(...choices);
}

/**
 * Values that are wrong for `schema` in one way or another: something else entirely, the
 * right keys with wrong values, or a conforming value broken in one spot (a wrong type, a
 * string one past its limit, a number out of range, NaN, a near-miss enum value, an extra or
 * a missing key, an array where an object belongs). Most of them must be refused by the
 * schema; the caller checks which ones are.
 */
export function malformed(schema: z.ZodType, options: SchemaArbitraryOptions): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const keys = def.type === 'object' ? Object.keys(def.shape ?? {}) : [];
  const choices: fc.WeightedArbitrary<unknown>[] = [
    { weight: 2, arbitrary: hostileValue(keys) },
    { weight: 6, arbitrary: conforming(schema, options).chain((value) => broken(schema, value, keys)) },
  ];
  if (keys.length > 0) {
    const sameKeys = Object.fromEntries(keys.map((key) => [key, hostileValue(keys)]));
    choices.push({ weight: 2, arbitrary: fc.record(sameKeys, { requiredKeys: [] }) });
  }
  return fc.oneof(...choices);
}

/** `value` (which conforms to `schema`) broken in one spot. */
function broken(schema: z.ZodType, value: unknown, keys: readonly string[], depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const anything = hostileValue(keys);
  const again = (s: z.ZodType, v: unknown) => broken(s, v, keys, depth + 1);
  const choices: fc.Arbitrary<unknown>[] = [anything];
  if (depth > 12) return anything;
  switch (def.type) {
    case 'object': {
      if (value === null || typeof value !== 'object') break;
      const shape = def.shape ?? {};
      const present = Object.keys(value);
      const required = requiredKeys(shape);
      choices.push(
        fc
          .tuple(fc.constantFrom(...HOSTILE_KEYS, 'admin', 'extra', 'id'), anything)
          .filter(([key]) => !Object.hasOwn(shape, key))
          .map(([key, extra]) => withOwnKey(value, key, extra)),
        fc.constantFrom([value], Object.entries(value), JSON.stringify(value), new Map(Object.entries(value))),
      );
      if (required.length > 0) choices.push(fc.constantFrom(...required).map((key) => withoutKey(value, key)));
      const inShape = present.filter((key) => Object.hasOwn(shape, key));
      if (inShape.length > 0) {
        choices.push(
          fc
            .constantFrom(...inShape)
            .chain((key) =>
              again(shape[key]!, (value as Record<string, unknown>)[key]).map((v) => withOwnKey(value, key, v)),
            ),
        );
      }
      break;
    }
    case 'string': {
      const { min, max } = lengthBounds(schema);
      const text = typeof value === 'string' ? value : '';
      choices.push(
        fc.constantFrom<unknown>(text.length, [text], { value: text }, new String(text), null, undefined, true),
      );
      if (max < HUGE) choices.push(fc.constant(stringOfLength(max + 1)));
      if (min > 0) choices.push(fc.constant(text.slice(0, min - 1)));
      break;
    }
    case 'number': {
      const { min, max, int } = numberBounds(schema);
      const n = typeof value === 'number' ? value : 0;
      const wrong: unknown[] = [...HOSTILE_NUMBERS, String(n), BigInt(Math.trunc(n)), new Number(n), [n], null];
      if (Number.isFinite(min)) wrong.push(min - 1);
      if (Number.isFinite(max)) wrong.push(max + 1);
      if (int) wrong.push(n + 0.5);
      choices.push(fc.constantFrom(...wrong));
      break;
    }
    case 'boolean':
      choices.push(fc.constantFrom<unknown>('true', 'false', 1, 0, null, new Boolean(false), [true]));
      break;
    case 'enum':
    case 'literal': {
      const allowed = def.type === 'enum' ? Object.values(def.entries ?? {}) : (def.values ?? []);
      const text = String(value);
      const nearMiss: unknown[] = [
        text.toUpperCase(),
        ` ${text}`,
        `${text}\u0000`,
        `${text}s`,
        '__proto__',
        'constructor',
        'toString',
        typeof value === 'number' ? text : Number.NaN,
        typeof value === 'number' ? value + 1 : [value],
        null,
      ];
      choices.push(fc.constantFrom(...nearMiss.filter((v) => !allowed.includes(v as string | number))));
      break;
    }
    case 'nullable':
    case 'optional':
      if (value === null || value === undefined) {
        choices.push(fc.constantFrom<unknown>(def.type === 'nullable' ? undefined : null, '', 0, false, []));
      } else {
        choices.push(again(def.innerType!, value));
      }
      break;
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      choices.push(again(def.innerType!, value));
      break;
    case 'pipe':
      choices.push(again(def.in!, value));
      break;
    case 'array': {
      if (!Array.isArray(value)) break;
      const { max } = lengthBounds(schema);
      choices.push(
        fc.constant({ ...value, length: value.length }),
        anything.map((extra) => [...value, extra]),
      );
      if (value.length > 0) {
        choices.push(
          fc
            .nat({ max: value.length - 1 })
            .chain((i) => again(def.element!, value[i]).map((v) => value.map((e, j) => (j === i ? v : e)))),
        );
      }
      if (Number.isFinite(max) && value.length > 0) {
        choices.push(fc.constant(Array.from({ length: max + 1 }, (_, i) => value[i % value.length])));
      }
      break;
    }
    case 'union':
      for (const option of def.options ?? []) {
        if (option.safeParse(value).success) choices.push(again(option, value));
      }
      break;
    case 'record': {
      if (value === null || typeof value !== 'object') break;
      choices.push(
        fc
          .tuple(fc.constantFrom('notAKey', 'constructor', 'toString', ' '), anything)
          .map(([key, extra]) => withOwnKey(value, key, extra)),
      );
      const present = Object.keys(value);
      if (present.length > 0) {
        choices.push(
          fc
            .constantFrom(...present)
            .chain((key) =>
              again(def.valueType!, (value as Record<string, unknown>)[key]).map((v) => withOwnKey(value, key, v)),
            ),
        );
      }
      break;
    }
    default:
      break;
  }
  return fc.oneof(...choices);
}
