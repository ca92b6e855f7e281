import request from 'supertest';
import type { Express } from 'express';
import mongoose from 'mongoose';
import { useTestDatabase } from '../support/testDatabase';
import { partnerKey, testApp } from '../support/testApp';
import { completeReferral } from '../support/fixtures';
import { revokeApiKey, clearApiKeyCache } from '../../src/platform/auth/apiKeyService';
import { LIMITS } from '../../src/referrals/referralLimits';

useTestDatabase();
let app: Express;
let key: string;
beforeAll(() => {
  app = testApp();
});
beforeEach(async () => {
  clearApiKeyCache();
  key = await partnerKey();
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  request(app).post('/api/v1/referrals').set('Authorization', `Bearer ${key}`).set(headers).send(body as object);
const storedCount = () => mongoose.connection.db!.collection('referrals').countDocuments();

describe('a partner system submits a Safer Referral', () => {
  test('a complete referral is stored and the answer gives a short reference, findings, queue and Location', async () => {
    const res = await post(completeReferral());
    expect(res.status).toBe(201);
    expect(res.body.reference).toMatch(/^SR-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(res.headers.location).toBe(`/api/v1/referrals/${res.body.reference}`);
    expect(Array.isArray(res.body.findings)).toBe(true);
    expect(typeof res.body.specificsScore).toBe('number');
    expect(['immediate-risk', 'child-protection', 'early-help', 'child-in-care']).toContain(res.body.route.queue);
    expect(new Date(res.body.decisionDueAt).getTime()).toBeGreaterThan(new Date(res.body.receivedAt).getTime());
    expect(await storedCount()).toBe(1);
  });

  test('the partner reads back what it submitted, and another partner gets 404 for the same reference', async () => {
    const created = await post(completeReferral());
    const mine = await request(app).get(created.headers.location).set('X-API-Key', key);
    expect(mine.status).toBe(200);
    expect(mine.body.referral.children[0].firstName).toBe('Maya');
    expect(mine.body.status).toBe('open');
    const otherKey = await partnerKey('Another school');
    const theirs = await request(app).get(created.headers.location).set('Authorization', `Bearer ${otherKey}`);
    expect(theirs.status).toBe(404);
    expect(JSON.stringify(theirs.body)).not.toContain('Maya');
  });

  test('a retry with the same Idempotency-Key returns the first answer and stores nothing new', async () => {
    const first = await post(completeReferral(), { 'Idempotency-Key': 'mis-42-retry' });
    const again = await post(completeReferral(), { 'Idempotency-Key': 'mis-42-retry' });
    expect(first.status).toBe(201);
    expect([200, 201]).toContain(again.status);
    expect(again.body.reference).toBe(first.body.reference);
    expect(await storedCount()).toBe(1);
  });

  test('a retry that sends the same referral with its fields in another order and other spacing is still the same referral', async () => {
    const referral = completeReferral();
    const first = await post(referral, { 'Idempotency-Key': 'mis-44-reordered' });
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : value && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)]))
          : value;
    const again = await request(app)
      .post('/api/v1/referrals')
      .set('Authorization', `Bearer ${key}`)
      .set('Idempotency-Key', 'mis-44-reordered')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify(reversed(referral), null, 2));
    expect(first.status).toBe(201);
    expect([200, 201]).toContain(again.status);
    expect(again.body.reference).toBe(first.body.reference);
    expect(await storedCount()).toBe(1);
  });

  test('concurrent retries with one Idempotency-Key store exactly one referral', async () => {
    const answers = await Promise.all(Array.from({ length: 8 }, () => post(completeReferral(), { 'Idempotency-Key': 'burst-1' })));
    expect(new Set(answers.map((a) => a.body.reference)).size).toBe(1);
    expect(await storedCount()).toBe(1);
  });

  test('the same Idempotency-Key with a different body is refused with 422', async () => {
    await post(completeReferral(), { 'Idempotency-Key': 'mis-43' });
    const changed = completeReferral();
    changed.children[0].firstName = 'Mia';
    const res = await post(changed, { 'Idempotency-Key': 'mis-43' });
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(await storedCount()).toBe(1);
  });

  test('without an Idempotency-Key, two identical posts are two referrals', async () => {
    await post(completeReferral());
    await post(completeReferral());
    expect(await storedCount()).toBe(2);
  });

  test('missing specifics never refuse a referral', async () => {
    const vague = completeReferral();
    vague.worried = { pastHarm: ['Neglect.'] };
    delete vague.workingWell;
    delete vague.needsToHappen;
    delete vague.scaling;
    const res = await post(vague);
    expect(res.status).toBe(201);
    expect(res.body.findings.length).toBeGreaterThan(0);
  });
});

describe('bad input gets a clear 4xx naming each bad field, never a 500', () => {
  const fieldsOf = (res: request.Response) => (res.body.errors ?? []).map((e: { field: string }) => e.field);

  test('wrong types and unknown fields are named', async () => {
    const body = { ...completeReferral(), immediateRisk: 'yes', status: 'decided' } as Record<string, unknown>;
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(fieldsOf(res).join(' ')).toMatch(/immediateRisk/);
    expect(JSON.stringify(res.body)).toMatch(/status/);
    expect(await storedCount()).toBe(0);
  });

  test('an unknown agency, a bad email and a score outside 0-10 are each named', async () => {
    const body = completeReferral();
    (body.referrer as { agency: string }).agency = 'church';
    body.scaling = { score: 11, rationale: 'x' };
    const first = await post(body);
    expect(first.status).toBe(400);
    expect(fieldsOf(first)).toEqual(expect.arrayContaining(['referrer.agency', 'scaling.score']));
    const badEmail = completeReferral();
    badEmail.referrer.email = 'not-an-email';
    const second = await post(badEmail);
    expect(second.status).toBe(400);
    expect(fieldsOf(second)).toContain('referrer.email');
  });

  test('a field is never silently converted: an agency or assessment type sent as a list is refused', async () => {
    const wrapped = { ...completeReferral(), assessmentType: ['early-help'] } as Record<string, unknown>;
    (wrapped.referrer as Record<string, unknown>).agency = ['school'];
    const res = await post(wrapped);
    expect(res.status).toBe(400);
    expect(fieldsOf(res)).toEqual(expect.arrayContaining(['referrer.agency', 'assessmentType']));
    expect(await storedCount()).toBe(0);
    expect((await request(app).post('/api/v1/referrals/check').send(wrapped)).status).toBe(400);
  });

  test('a statement over the documented limit is named', async () => {
    const body = completeReferral();
    body.worried.pastHarm = ['x'.repeat(LIMITS.statement + 1)];
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(fieldsOf(res).join(' ')).toMatch(/worried\.pastHarm/);
  });

  test('statements over the documented total are refused, naming the column', async () => {
    const body = completeReferral();
    body.worried.pastHarm = Array.from({ length: 11 }, () => 'z'.repeat(LIMITS.statement));
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(fieldsOf(res)).toContain('worried');
    expect(await storedCount()).toBe(0);
  });

  test('no worry and no child are refused, naming the fields', async () => {
    const body = completeReferral();
    body.worried = { pastHarm: [' '] };
    body.children = [];
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(fieldsOf(res).join(' ')).toMatch(/children/);
  });

  test('an oversized body is 413, a wrong content type 415, broken JSON 400', async () => {
    const huge = completeReferral();
    huge.worried.complicatingFactors = Array.from({ length: 200 }, () => 'y'.repeat(2000));
    expect((await post(huge)).status).toBe(413);
    const text = await request(app).post('/api/v1/referrals').set('Authorization', `Bearer ${key}`).set('Content-Type', 'text/plain').send('hello');
    expect(text.status).toBe(415);
    const broken = await request(app).post('/api/v1/referrals').set('Authorization', `Bearer ${key}`).set('Content-Type', 'application/json').send('{"referrer": ');
    expect(broken.status).toBe(400);
    expect(broken.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  test('a malformed Idempotency-Key is refused', async () => {
    const res = await post(completeReferral(), { 'Idempotency-Key': 'has spaces and $' });
    expect(res.status).toBe(400);
    expect(fieldsOf(res)).toContain('Idempotency-Key');
  });
});

describe('partner keys', () => {
  test('no key is 401, a revoked key is 401, a key without the write scope is 403', async () => {
    expect((await request(app).post('/api/v1/referrals').send(completeReferral())).status).toBe(401);
    const readOnly = await partnerKey('Read only', ['referrals:read']);
    expect((await request(app).post('/api/v1/referrals').set('Authorization', `Bearer ${readOnly}`).send(completeReferral())).status).toBe(403);
    const keyId = key.split('_')[1];
    await revokeApiKey(keyId);
    clearApiKeyCache();
    expect((await post(completeReferral())).status).toBe(401);
    expect(await storedCount()).toBe(0);
  });
});

describe('the dry run', () => {
  test('needs no credentials, stores nothing, and agrees with a real submission', async () => {
    const body = completeReferral();
    body.worried.pastHarm = ['There are concerns about neglect at home. Maya often comes to school unkempt and hungry.'];
    const dry = await request(app).post('/api/v1/referrals/check').send(body);
    expect(dry.status).toBe(200);
    expect(await storedCount()).toBe(0);
    const real = await post(body);
    expect(real.body.findings).toEqual(dry.body.findings);
    expect(real.body.route).toEqual(dry.body.route);
    expect(real.body.specificsScore).toBe(dry.body.specificsScore);
  });
});

describe('health', () => {
  test('/health and /ready answer 200 while the database is reachable', async () => {
    expect((await request(app).get('/health')).status).toBe(200);
    expect((await request(app).get('/ready')).status).toBe(200);
  });

  test('unknown API paths are a problem+json 404', async () => {
    const res = await request(app).get('/api/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  });
});
