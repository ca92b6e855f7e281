import request from 'supertest';
import mongoose from 'mongoose';
import type { Express } from 'express';
import { useTestDatabase } from '../support/testDatabase';
import { partnerKey, testApp } from '../support/testApp';
import { completeReferral } from '../support/fixtures';
import { clearApiKeyCache } from '../../src/platform/auth/apiKeyService';
import { leaks } from './support/http';

/**
 * Hand-written attacks a scanner or a careless partner system would send: query operators, mass assignment,
 * oversized and deeply nested bodies, wrong content types, broken JSON, huge arrays. Each gets a clear 4xx
 * problem+json answer, and nothing is stored.
 */
useTestDatabase();
let app: Express;
let key: string;
beforeAll(() => {
  app = testApp({ RATE_LIMIT_PER_MINUTE: '100000' });
});
beforeEach(async () => {
  clearApiKeyCache();
  key = await partnerKey('Hostile partner');
});

const stored = () => mongoose.connection.db!.collection('referrals').countDocuments();
const post = (body: unknown, path = '/api/v1/referrals') => request(app).post(path).set('Authorization', `Bearer ${key}`).send(body as object);

function expectClear4xx(res: request.Response, status: number): void {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body.status).toBe(status);
  expect(leaks(res.text)).toEqual([]);
}

describe('NoSQL operator injection', () => {
  const withValue = (set: (r: Record<string, any>) => void) => {
    const r = completeReferral() as unknown as Record<string, any>;
    set(r);
    return r;
  };
  test.each([
    ['referrer email {"$ne": ""}', withValue((r) => (r.referrer.email = { $ne: '' }))],
    ['child first name {"$gt": ""}', withValue((r) => (r.children[0].firstName = { $gt: '' }))],
    ['a $where in worried', withValue((r) => (r.worried = { $where: 'sleep(5000) || true' }))],
    ['a $regex as agency', withValue((r) => (r.referrer.agency = { $regex: '.*' }))],
    ['a key starting with $', withValue((r) => (r.$set = { status: 'decided' }))],
    ['a dotted key', withValue((r) => (r['referrer.email'] = 'x@example.com'))],
    ['a nested dotted key', withValue((r) => (r.referrer['a.b'] = 'c'))],
    ['a nested $ key', withValue((r) => (r.children[0].$where = '1'))],
    ['an operator inside a statement list', withValue((r) => (r.worried.pastHarm = [{ $ne: null }]))],
  ])('%s is refused with 400 naming the field, and nothing is stored', async (_name, body) => {
    const res = await post(body);
    expectClear4xx(res, 400);
    expect(res.body.errors.length).toBeGreaterThan(0);
    expect(await stored()).toBe(0);
  });

  test('the same bodies on the dry run are refused too', async () => {
    const res = await request(app).post('/api/v1/referrals/check').send(withValue((r) => (r.referrer.email = { $ne: '' })));
    expectClear4xx(res, 400);
  });

  test.each([
    ['/api/v1/referrals/%7B%22%24ne%22%3Anull%7D'],
    ['/api/v1/referrals/%7B%22%24gt%22%3A%22%22%7D'],
    ['/api/v1/referrals/SR-0000-0000?reference[$ne]=x'],
    ['/api/v1/referrals/SR-0000-0000?_id[$ne]=x&owner[$ne]=y'],
    ['/api/v1/referrals/[$ne]=x'],
    ['/api/v1/referrals/.*'],
  ])('GET %s finds nothing, even with another partner\'s referral stored', async (path) => {
    const other = await partnerKey('Other school');
    const theirs = await request(app).post('/api/v1/referrals').set('Authorization', `Bearer ${other}`).send(completeReferral());
    expect(theirs.status).toBe(201);
    const res = await request(app).get(path).set('Authorization', `Bearer ${key}`);
    expectClear4xx(res, 404);
    expect(res.text).not.toContain('Maya');
    expect(res.text).not.toContain(theirs.body.reference);
  });

  test('an operator in the Idempotency-Key is refused with 400', async () => {
    const res = await request(app).post('/api/v1/referrals').set('Authorization', `Bearer ${key}`).set('Idempotency-Key', '{"$ne":null}').send(completeReferral());
    expectClear4xx(res, 400);
    expect(res.body.errors[0].field).toBe('Idempotency-Key');
    expect(await stored()).toBe(0);
  });

  test('sign-in with operators for email or password is refused, not signed in', async () => {
    for (const body of [{ email: { $ne: '' }, password: { $ne: '' } }, { email: 'a@council.example', password: { $gt: '' } }, { email: { $regex: '.*' }, password: 'x' }]) {
      const res = await request(app).post('/api/v1/session').send(body);
      expect([400, 401]).toContain(res.status);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.token).toBeUndefined();
    }
  });
});

describe('mass assignment: a referrer cannot set what only staff or the service decide', () => {
  test.each(['status', 'assignedTo', 'decision', '_id', 'owner', 'queue', 'priority', 'triage', 'idempotencyKey', 'receivedAt', 'reference', 'findings'])(
    '"%s" in the body is refused with 400 naming it, and nothing is stored',
    async (field) => {
      const res = await post({ ...completeReferral(), [field]: field === 'decision' ? { outcome: 'nfa' } : 'decided' });
      expectClear4xx(res, 400);
      expect(JSON.stringify(res.body.errors)).toContain(field);
      expect(await stored()).toBe(0);
    },
  );

  test('a nested staff-only field is refused too', async () => {
    const body = completeReferral() as unknown as Record<string, any>;
    body.children[0].status = 'decided';
    body.referrer.owner = 'pk0000000000';
    expectClear4xx(await post(body), 400);
    expect(await stored()).toBe(0);
  });

  test('a prototype key does not change what is stored', async () => {
    const raw = JSON.stringify(completeReferral()).replace(/^\{/, '{"__proto__":{"status":"decided","queue":"early-help"},');
    const res = await request(app).post('/api/v1/referrals').set('Authorization', `Bearer ${key}`).set('content-type', 'application/json').send(raw);
    if (res.status === 201) {
      const doc = await mongoose.connection.db!.collection('referrals').findOne({ _id: res.body.reference });
      expect(doc?.status).toBe('open');
      expect(JSON.parse(doc?.submission as string).status).toBeUndefined();
    } else {
      expectClear4xx(res, 400);
      expect(await stored()).toBe(0);
    }
  });
});

describe('field names that shadow built-in object members', () => {
  test.each([
    ['a decision outcome that is an object with toString', (ref: string) => [`/api/v1/referrals/${ref}/decision`, { outcome: { toString: null }, rationale: 'x', workerScaling: { score: 5, rationale: 'x' } }]],
    ['a referral with valueOf inside a child', () => ['/api/v1/referrals', { ...completeReferral(), children: [{ firstName: 'Maya', valueOf: 1 }] }]],
    ['a dry run with constructor at the top', () => ['/api/v1/referrals/check', { ...completeReferral(), constructor: { prototype: {} } }]],
  ] as const)('%s is refused with 400 naming the field, never a 500', async (_name, build) => {
    const [path, body] = build('SR-0000-0000') as [string, object];
    const res = await request(app).post(path).set('Authorization', `Bearer ${key}`).send(body);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(JSON.stringify(res.body.errors)).toMatch(/toString|valueOf|constructor/);
  });
});

describe('bodies that are too big, too deep, the wrong type or broken', () => {
  test('a body over the limit is refused with 413 before anything else happens', async () => {
    const body = completeReferral();
    body.worried.pastHarm = Array.from({ length: 30 }, () => 'x'.repeat(4000));
    body.worried.futureDanger = Array.from({ length: 30 }, () => 'x'.repeat(4000));
    body.workingWell = { strengths: Array.from({ length: 30 }, () => 'x'.repeat(4000)) };
    expectClear4xx(await post(body), 413);
    expectClear4xx(await request(app).post('/api/v1/referrals/check').send(body), 413);
    expect(await stored()).toBe(0);
  });

  test('a statement over 4,000 characters is refused with 400 naming it', async () => {
    const body = completeReferral();
    body.worried.pastHarm = ['x'.repeat(4001)];
    const res = await post(body);
    expectClear4xx(res, 400);
    expect(JSON.stringify(res.body.errors)).toContain('worried.pastHarm');
  });

  test.each([
    ['objects', (d: number) => '{"a":'.repeat(d) + '1' + '}'.repeat(d)],
    ['arrays', (d: number) => '['.repeat(d) + '1' + ']'.repeat(d)],
  ])('deeply nested %s are refused with 400', async (_kind, build) => {
    for (const depth of [50, 5000, 60_000]) {
      const raw = JSON.stringify(completeReferral()).replace(/\}$/, `,"extra":${build(depth)}}`);
      const res = await request(app).post('/api/v1/referrals').set('Authorization', `Bearer ${key}`).set('content-type', 'application/json').send(raw);
      expect([400, 413]).toContain(res.status);
      expectClear4xx(res, res.status);
    }
    expect(await stored()).toBe(0);
  });

  test.each([
    ['text/plain', 'hello'],
    ['application/x-www-form-urlencoded', 'referrer=x'],
    ['application/xml', '<referral/>'],
    ['multipart/form-data; boundary=x', '--x--'],
    ['text/html', '<script>alert(1)</script>'],
  ])('%s is refused with 415', async (type, body) => {
    const res = await request(app).post('/api/v1/referrals').set('Authorization', `Bearer ${key}`).set('content-type', type).send(body);
    expectClear4xx(res, 415);
  });

  test.each([['{'], ['{"referrer":'], ['{"a":1,}'], ["{'a':1}"], ['NaN'], ['{"a":1}{"b":2}'], ['\u0000'], ['"just a string"'], ['[1,2,3]'], ['null']])(
    'broken or non-object JSON %j is refused with 400',
    async (raw) => {
      const res = await request(app).post('/api/v1/referrals').set('Authorization', `Bearer ${key}`).set('content-type', 'application/json').send(raw);
      expectClear4xx(res, 400);
    },
  );

  test('huge arrays are refused with 400 naming the field', async () => {
    const body = completeReferral() as unknown as Record<string, any>;
    body.children = Array.from({ length: 5000 }, () => ({ firstName: 'A' }));
    const res = await post(body);
    expectClear4xx(res, 400);
    expect(JSON.stringify(res.body.errors)).toContain('children');
    const statements = completeReferral();
    statements.worried.pastHarm = Array.from({ length: 20_000 }, () => 'x');
    const res2 = await post(statements);
    expectClear4xx(res2, 400);
    expect(JSON.stringify(res2.body.errors)).toContain('worried.pastHarm');
    expect(await stored()).toBe(0);
  });

  test('an unsupported charset or compression is a 4xx, not a 500', async () => {
    const raw = JSON.stringify(completeReferral());
    const charset = await request(app).post('/api/v1/referrals').set('Authorization', `Bearer ${key}`).set('content-type', 'application/json; charset=ebcdic').send(raw);
    expect(charset.status).toBeGreaterThanOrEqual(400);
    expect(charset.status).toBeLessThan(500);
    const encoding = await request(app).post('/api/v1/referrals').set('Authorization', `Bearer ${key}`).set('content-type', 'application/json').set('content-encoding', 'br-fake').send(raw);
    expect(encoding.status).toBeGreaterThanOrEqual(400);
    expect(encoding.status).toBeLessThan(500);
    const gzipLie = await request(app).post('/api/v1/referrals').set('Authorization', `Bearer ${key}`).set('content-type', 'application/json').set('content-encoding', 'gzip').send(raw);
    expect(gzipLie.status).toBeGreaterThanOrEqual(400);
    expect(gzipLie.status).toBeLessThan(500);
    expect(await stored()).toBe(0);
  });
});
