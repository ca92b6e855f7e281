import fc from 'fast-check';
import { partnerKey } from '../support/testApp';
import { completeReferral } from '../support/fixtures';
import { fuzzHarness, contractAccepts } from './support/fuzzHarness';
import { call, leaks } from './support/http';
import { HOSTILE_KEYS, weirdValue } from './support/mutations';

/**
 * Property-based fuzzing of raw bodies, headers, paths and query strings across the API and the pages.
 * Whatever arrives, the service never answers 5xx, every 4xx is problem+json and nothing internal leaks.
 */
const { state, expectSane, runs, referrals } = fuzzHarness('fuzzing requests to every other public endpoint');

describe('fuzzing requests to every other public endpoint', () => {
  test('raw bodies (broken JSON, wrong types, odd encodings) get a clear 4xx', async () => {
    const valid = JSON.stringify(completeReferral());
    const rawBody = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.fullUnicodeString({ maxLength: 200 }),
      fc.integer({ min: 0, max: valid.length - 1 }).map((n) => valid.slice(0, n)), // truncated mid-way
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
      fc.constantFrom('null', 'true', '0', '"a"', '[]', '{}', '[{}]', '{"__proto__":{"status":"decided"}}', '{"referrer":1,"referrer":{}}', '\ufeff{}', '{"a":1}garbage'),
      fc.integer({ min: 1, max: 100_000 }).map((d) => '['.repeat(d) + ']'.repeat(d)),
      fc.integer({ min: 1, max: 50_000 }).map((d) => '{"a":'.repeat(d) + '1' + '}'.repeat(d)),
    );
    const contentType = fc.constantFrom('application/json', 'application/json; charset=utf-8', 'application/json; charset=latin1', 'application/merge-patch+json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', '');
    await fc.assert(
      fc.asyncProperty(rawBody, contentType, fc.constantFrom('/api/v1/referrals', '/api/v1/referrals/check'), async (raw, type, path) => {
        const headers: Record<string, string> = { authorization: `Bearer ${state.key}` };
        if (type) headers['content-type'] = type;
        const answer = await call(state.base, 'POST', path, { headers, body: raw });
        expectSane(answer, `${type} ${raw}`);
        if (answer.status < 400) {
          let parsed: unknown;
          try {
            parsed = JSON.parse(raw);
          } catch {
            throw new Error(`${answer.status} for a body that is not JSON: ${raw.slice(0, 200)}`);
          }
          if (!contractAccepts(parsed)) throw new Error(`${answer.status} for ${raw.slice(0, 200)}`);
        }
        if (type && !type.startsWith('application/json') && !type.endsWith('+json') && raw.length > 0 && answer.status !== 415) {
          throw new Error(`${answer.status} rather than 415 for ${type}`);
        }
      }),
      runs(2000),
    );
    expect(await referrals().countDocuments()).toBe(0);
  }, 110_000);

  test('headers: only a valid key with the right scope stores anything; odd Idempotency-Keys are refused, not stored', async () => {
    const readOnly = await partnerKey('Read-only partner', ['referrals:read']);
    const printable = fc.string({ minLength: 0, maxLength: 120 });
    const credential = fc.oneof(
      fc.constant(undefined),
      fc.constant(state.key),
      fc.constant(readOnly),
      printable,
      printable.map((s) => `sri_${s}`),
      fc.constant(state.key.slice(0, -1) + (state.key.endsWith('A') ? 'B' : 'A')),
      fc.constant(state.key.toUpperCase()),
      fc.constant(`${state.key}x`),
    );
    const scheme = fc.constantFrom('Bearer ', 'bearer ', 'Basic ', '', 'Bearer  ', 'X-API-Key');
    const idempotency = fc.oneof(fc.constant(undefined), printable, fc.constantFrom('a'.repeat(101), '../../etc/passwd', '$ne', '{"$gt":""}', 'ok-key'));
    const created = new Set<string>();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(credential, scheme, idempotency, async (cred, how, idem) => {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (cred !== undefined) {
          if (how === 'X-API-Key') headers['x-api-key'] = cred;
          else headers.authorization = how + cred;
        }
        const idemKey = idem === 'ok-key' ? `ok-${n++}` : idem;
        if (idemKey !== undefined) headers['idempotency-key'] = idemKey;
        const answer = await call(state.base, 'POST', '/api/v1/referrals', { headers, body: JSON.stringify(completeReferral()) });
        expectSane(answer, JSON.stringify(headers));
        const presented = how === 'X-API-Key' ? cred?.trim() : how === 'Bearer ' || how === 'Bearer  ' ? cred?.trim() : undefined;
        const validIdem = idemKey === undefined || idemKey.trim() === '' || /^[A-Za-z0-9._:-]{1,100}$/.test(idemKey.trim());
        if (answer.status === 201) {
          created.add(answer.json<{ reference: string }>().reference);
          if (presented !== state.key) throw new Error(`201 with credentials ${JSON.stringify(headers)}`);
          if (!validIdem) throw new Error(`201 with Idempotency-Key ${idemKey}`);
        }
        if (presented === undefined || (presented !== state.key && presented !== readOnly)) {
          if (answer.status !== 401) throw new Error(`${answer.status} rather than 401 for ${JSON.stringify(headers)}`);
          if (!answer.headers.get('www-authenticate')) throw new Error('401 without WWW-Authenticate');
        }
        if (presented === readOnly && answer.status !== 403) throw new Error(`${answer.status} rather than 403 for a read-only key`);
      }),
      runs(1500),
    );
    expect(created.size).toBeGreaterThan(0);
    expect(await referrals().countDocuments()).toBe(created.size);
  }, 110_000);

  test('GET /api/v1/referrals/{reference}: paths and query strings never reveal another partner\'s referral', async () => {
    const other = await partnerKey('Another partner');
    const theirs = await call(state.base, 'POST', '/api/v1/referrals', {
      headers: { 'content-type': 'application/json', authorization: `Bearer ${other}` },
      body: JSON.stringify(completeReferral()),
    });
    expect(theirs.status).toBe(201);
    const reference = theirs.json<{ reference: string }>().reference;
    const segment = fc.oneof(
      fc.string({ maxLength: 40 }).map(encodeURIComponent),
      fc.fullUnicodeString({ maxLength: 20 }).map(encodeURIComponent),
      fc.constantFrom('{"$ne":null}', '{"$gt":""}', '[$ne]', '$where', '.*', '%00', '%', '%E0%A4%A', '..%2F..%2Fapi', 'SR-0000-0000', reference, reference.toLowerCase(), `${reference}%00`, ' '.repeat(3)).map((s) => (s.startsWith('{') ? encodeURIComponent(s) : s)),
    );
    const queryPart = fc.oneof(
      fc.constant(''),
      fc.constantFrom('?reference[$ne]=x', '?reference[$regex]=.*', '?owner[$ne]=me', '?_id[$gt]=', '?$where=1', '?a.b=c', '?reference=' + reference, '?__proto__[status]=decided', '?x=' + 'y'.repeat(5000)),
      fc.dictionary(fc.string({ maxLength: 10 }), fc.string({ maxLength: 20 }), { maxKeys: 4 }).map((d) => '?' + new URLSearchParams(d).toString()),
    );
    await fc.assert(
      fc.asyncProperty(segment, queryPart, async (seg, query) => {
        const answer = await call(state.base, 'GET', `/api/v1/referrals/${seg}${query}`, { headers: { authorization: `Bearer ${state.key}` } });
        expectSane(answer, seg + query);
        if (answer.status === 200) throw new Error(`200 for ${seg}${query}: another partner's referral or a made-up one was returned`);
        if (answer.text.includes('Maya')) throw new Error('a child\'s name leaked');
      }),
      runs(1200),
    );
  }, 110_000);

  test('staff endpoints: sign-in bodies, queue paging and decision bodies never break the service', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const staff = require('../../src/staff/staffService') as typeof import('../../src/staff/staffService');
    const account = await staff.createStaff('fuzz.worker@council.example', 'worker');
    const session = await call(state.base, 'POST', '/api/v1/session', {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: account.email, password: account.oneTimePassword }),
    });
    expect(session.status).toBe(201);
    const token = session.json<{ token: string }>().token;
    const created = await call(state.base, 'POST', '/api/v1/referrals', {
      headers: { 'content-type': 'application/json', authorization: `Bearer ${state.key}` },
      body: JSON.stringify(completeReferral()),
    });
    const reference = created.json<{ reference: string }>().reference;
    const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const weirdObject = fc.oneof(
      fc.dictionary(fc.oneof(fc.constantFrom('email', 'password', 'outcome', 'rationale', 'workerScaling', 'reason', 'queue', 'currentPassword', 'newPassword', ...HOSTILE_KEYS), fc.string({ maxLength: 8 })), weirdValue, { maxKeys: 5 }),
      weirdValue,
      fc.record({ email: weirdValue, password: weirdValue }),
      fc.record({ outcome: fc.oneof(fc.constantFrom('nfa', 'early-help', 'strategy-discussion', 'assessment'), weirdValue), rationale: weirdValue, workerScaling: fc.oneof(weirdValue, fc.record({ score: weirdValue, rationale: weirdValue })) }),
    );
    const request = fc.oneof(
      weirdObject.map((b) => ({ method: 'POST', path: '/api/v1/session', body: b, headers: { 'content-type': 'application/json' } })),
      weirdObject.map((b) => ({ method: 'POST', path: `/api/v1/referrals/${reference}/decision`, body: b, headers: auth })),
      weirdObject.map((b) => ({ method: 'POST', path: `/api/v1/referrals/${reference}/reopen`, body: b, headers: auth })),
      weirdObject.map((b) => ({ method: 'POST', path: `/api/v1/referrals/${reference}/move`, body: b, headers: auth })),
      weirdObject.map((b) => ({ method: 'PUT', path: '/api/v1/session/password', body: b, headers: auth })),
      fc
        .tuple(fc.oneof(fc.constantFrom('child-protection', 'early-help', 'immediate-risk', 'child-in-care'), fc.string({ maxLength: 20 }).map(encodeURIComponent)), fc.oneof(fc.integer(), fc.double(), fc.string({ maxLength: 6 })), fc.oneof(fc.integer(), fc.string({ maxLength: 6 })))
        .map(([queue, page, size]) => ({ method: 'GET', path: `/api/v1/queues/${queue}/referrals?page=${encodeURIComponent(String(page))}&pageSize=${encodeURIComponent(String(size))}`, body: undefined, headers: auth })),
      fc.constantFrom('claim', 'release', 'renew', 'triage', 'audit').chain((action) =>
        fc.oneof(fc.constant(reference), fc.string({ maxLength: 20 }).map(encodeURIComponent), fc.constant(encodeURIComponent('{"$ne":null}'))).map((ref) => ({
          method: action === 'triage' || action === 'audit' ? 'GET' : 'POST',
          path: `/api/v1/referrals/${ref}/${action}`,
          body: undefined,
          headers: auth,
        })),
      ),
    );
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const sent = r.body === undefined ? undefined : JSON.stringify(r.body);
        const answer = await call(state.base, r.method, r.path, { headers: r.headers, body: sent });
        expectSane(answer, `${r.method} ${r.path} ${sent ?? ''}`);
      }),
      runs(700),
    );
  }, 110_000);

  test('pages: answer-link tokens, references and sign-in redirects never break or redirect off-site', async () => {
    const token = fc.oneof(
      fc.string({ maxLength: 60 }).map(encodeURIComponent),
      fc.stringOf(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), { minLength: 43, maxLength: 43 }),
      fc.constantFrom('%', '%00', '..%2F', encodeURIComponent('{"$ne":null}'), 'a'.repeat(5000)),
    );
    const page = fc.oneof(
      token.map((t) => `/follow-up/${t}`),
      token.map((t) => `/referral/sent/${t}`),
      fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('//evil.example', 'https://evil.example/', '/\\evil.example', '\\\\evil.example', 'javascript:alert(1)', '/staff', '%2F%2Fevil.example')).map((n) => `/staff/sign-in?next=${encodeURIComponent(n)}`),
      fc.string({ maxLength: 30 }).map((s) => `/${encodeURIComponent(s)}`),
    );
    await fc.assert(
      fc.asyncProperty(page, async (path) => {
        const answer = await call(state.base, 'GET', path);
        state.cases++;
        if (answer.status >= 500) throw new Error(`${answer.status} for GET ${path}: ${answer.text.slice(0, 200)}`);
        const leaked = leaks(answer.text);
        if (leaked.length) throw new Error(`leaked on ${path}: ${leaked.join('; ')}`);
        const location = answer.headers.get('location');
        if (location && !location.startsWith('/')) throw new Error(`redirect off-site: ${location}`);
        if (location && (location.startsWith('//') || location.startsWith('/\\'))) throw new Error(`redirect off-site: ${location}`);
        if (answer.text.includes('href="//') || /action="(https?:)?\/\/evil/.test(answer.text)) throw new Error(`off-site link on ${path}`);
      }),
      runs(800),
    );
  }, 110_000);

  test('deep nesting at every depth is refused cleanly', async () => {
    for (const depth of [10, 100, 1000, 10_000, 100_000]) {
      for (const arrays of [false, true]) {
        const deep = arrays ? '['.repeat(depth) + '"x"' + ']'.repeat(depth) : '{"a":'.repeat(depth) + '"x"' + '}'.repeat(depth);
        const body = JSON.stringify({ ...completeReferral(), worried: { pastHarm: '__DEEP__' } }).replace('"__DEEP__"', deep);
        const answer = await call(state.base, 'POST', '/api/v1/referrals/check', { headers: { 'content-type': 'application/json' }, body });
        expectSane(answer, `depth ${depth}`);
        expect([400, 413]).toContain(answer.status);
      }
    }
  });
});

afterAll(() => {
  expect(state.cases).toBeGreaterThanOrEqual(5000);
});
