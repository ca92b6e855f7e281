import fc from 'fast-check';
import { labelledCases } from '../../support/fixtures';
import type { ReferralSubmission } from '../../../src/referrals/referralTypes';

type Json = unknown;
type Path = (string | number)[];

/** Where a mutation can land in a referral: every level of the contract, arrays included. */
export const REFERRAL_PATHS: Path[] = [
  [],
  ['assessmentType'],
  ['immediateRisk'],
  ['referrer'],
  ['referrer', 'name'],
  ['referrer', 'email'],
  ['referrer', 'organisation'],
  ['referrer', 'agency'],
  ['referrer', 'phone'],
  ['children'],
  ['children', 0],
  ['children', 0, 'firstName'],
  ['children', 0, 'dateOfBirth'],
  ['children', 0, 'estimatedAge'],
  ['children', 0, 'languages'],
  ['children', 0, 'languages', 0],
  ['household'],
  ['household', 0],
  ['household', 0, 'livesWithChild'],
  ['consent'],
  ['consent', 'parentsAware'],
  ['consent', 'reasonIfNot'],
  ['worried'],
  ['worried', 'pastHarm'],
  ['worried', 'pastHarm', 0],
  ['worried', 'futureDanger'],
  ['workingWell'],
  ['workingWell', 'existingSafety'],
  ['needsToHappen', 'nextSteps'],
  ['childVoice'],
  ['childVoice', 0],
  ['scaling'],
  ['scaling', 'score'],
  ['scaling', 'rationale'],
];

/** Keys an attacker adds: query operators, dotted paths, prototype keys, and fields only staff may set. */
export const HOSTILE_KEYS = [
  '$ne', '$gt', '$where', '$regex', '$expr', '$set', '$or', '$', 'a.b', '.', 'referrer.email', '__proto__', 'constructor', 'prototype',
  'status', 'assignedTo', 'decision', '_id', 'owner', 'queue', 'priority', 'triage', 'idempotencyKey', 'receivedAt', 'findings',
];

const OPERATOR_VALUES: Json[] = [
  { $ne: '' }, { $ne: null }, { $gt: '' }, { $where: 'sleep(5000) || true' }, { $regex: '.*' }, { $exists: true }, { $in: ['a'] },
  { $expr: { $eq: [1, 1] } }, ['$ne', ''], '$where', '{"$ne":null}',
];

export function nested(depth: number, leaf: Json = 'x', arrays = false): Json {
  let v: Json = leaf;
  for (let i = 0; i < depth; i++) v = arrays ? [v] : { a: v };
  return v;
}

const hugeString = fc.integer({ min: 190, max: 20_000 }).chain((n) => fc.constantFrom('x', 'é', '😀', ' ', '\u0000', '<script>').map((c) => c.repeat(Math.ceil(n / c.length))));

/** Values that do not belong: wrong types, operators, nulls, huge and odd strings, deep nesting, arrays for objects. */
export const weirdValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(-1, 11, 26, 1.5, 1e308, -0, 2 ** 53 + 1),
  fc.string(),
  fc.fullUnicodeString({ maxLength: 60 }),
  fc.constantFrom('', ' ', '\t\n', 'not-an-email', '2099-01-01', '2023-02-30', '1999-13-01', 'unknown-value', 'SR-0000-0000'),
  hugeString,
  fc.constantFrom(...OPERATOR_VALUES),
  fc.integer({ min: 1, max: 2000 }).map((d) => nested(d)),
  fc.integer({ min: 1, max: 2000 }).map((d) => nested(d, 'x', true)),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 }),
  fc.integer({ min: 31, max: 3000 }).map((n) => Array.from({ length: n }, () => 'x')),
  fc.jsonValue({ maxDepth: 3 }),
);

function get(value: Json, path: Path): Json {
  let v = value;
  for (const p of path) v = v && typeof v === 'object' ? (v as Record<string | number, Json>)[p] : undefined;
  return v;
}

/** Sets a key as an own property, even `__proto__`, as JSON.parse on the server would. */
function setOwn(target: Record<string, Json>, key: string | number, v: Json): void {
  // A JSON array has indexes only: a named key on one ("length", found by fuzzing the harness) cannot be sent.
  if (Array.isArray(target) && !/^\d+$/.test(String(key))) return;
  Object.defineProperty(target, key, { value: v, enumerable: true, writable: true, configurable: true });
}

export type Mutation = { kind: 'set'; path: Path; value: Json } | { kind: 'delete'; path: Path } | { kind: 'addKey'; path: Path; key: string; value: Json } | { kind: 'wrap'; path: Path };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), path: fc.constantFrom(...REFERRAL_PATHS.filter((p) => p.length)), value: weirdValue }),
  fc.record({ kind: fc.constant('delete' as const), path: fc.constantFrom(...REFERRAL_PATHS.filter((p) => p.length)) }),
  fc.record({
    kind: fc.constant('addKey' as const),
    path: fc.constantFrom(...REFERRAL_PATHS),
    key: fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 20 })),
    value: fc.oneof(weirdValue, fc.constantFrom('decided', 'SR-AAAA-AAAA', 'x')),
  }),
  fc.record({ kind: fc.constant('wrap' as const), path: fc.constantFrom(...REFERRAL_PATHS) }),
);

export function applyMutation(referral: Json, m: Mutation): Json {
  if (m.path.length === 0) {
    if (m.kind === 'wrap') return [referral];
    if (m.kind === 'addKey' && referral && typeof referral === 'object') setOwn(referral as Record<string, Json>, m.key, m.value);
    return referral;
  }
  const parent = get(referral, m.path.slice(0, -1));
  if (!parent || typeof parent !== 'object') return referral;
  const last = m.path[m.path.length - 1];
  const target = parent as Record<string | number, Json>;
  if (m.kind === 'set') setOwn(target as Record<string, Json>, last, m.value);
  else if (m.kind === 'delete') {
    if (Array.isArray(target) && typeof last === 'number') target.splice(last, 1);
    else delete target[last];
  } else if (m.kind === 'wrap') {
    if (last in target) target[last] = [target[last]];
  } else {
    const at = target[last];
    if (at && typeof at === 'object') setOwn(at as Record<string, Json>, m.key, m.value);
  }
  return referral;
}

const validStrings = fc.oneof(
  fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim().length > 0),
  fc.fullUnicodeString({ minLength: 1, maxLength: 60 }).filter((s) => s.trim().length > 0 && s.length <= 200),
  fc.constantFrom('Maya', 'Zoë', 'Łucja', 'محمد', '小明', "O'Brien", 'Renée-Marie'),
);

/** A valid referral: one of the labelled fixtures, with some names and statements replaced by other valid text. */
export const validReferral: fc.Arbitrary<ReferralSubmission> = fc
  .record({
    base: fc.constantFrom(...labelledCases().map((c) => c.referral)),
    name: validStrings,
    firstName: validStrings,
    statement: fc.oneof(validStrings, fc.fullUnicodeString({ minLength: 1, maxLength: 1000 }).filter((s) => s.trim().length > 0)),
  })
  .map(({ base, name, firstName, statement }) => {
    const r = structuredClone(base);
    r.referrer.name = name;
    r.children[0].firstName = firstName;
    r.worried.pastHarm = [...(r.worried.pastHarm ?? []), statement].slice(-30);
    return r;
  });

/** A referral with zero to three mutations; `mutated` says whether any was applied. */
export const referralBody = fc.record({ referral: validReferral, mutations: fc.array(mutation, { maxLength: 3 }) }).map(({ referral, mutations }) => {
  let body: Json = referral;
  for (const m of mutations) body = applyMutation(body, m);
  return { body, mutated: mutations.length > 0 };
});
