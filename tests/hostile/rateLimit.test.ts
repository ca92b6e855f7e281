import request from 'supertest';
import mongoose from 'mongoose';
import type { Express } from 'express';
import { useTestDatabase } from '../support/testDatabase';
import { partnerKey, testApp } from '../support/testApp';
import { completeReferral } from '../support/fixtures';
import { clearApiKeyCache } from '../../src/platform/auth/apiKeyService';
import { createStaff } from '../../src/staff/staffService';
import { waitForRoomInWindow } from './support/window';

/**
 * Two app instances in one process share the database, as two service instances would: a flood spread over both
 * is refused once the shared allowance (20 a minute here) is used, with 429, Retry-After and a problem+json body.
 */
useTestDatabase();
let first: Express;
let second: Express;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const SYNC_WAIT_MS = 2500; // instances publish and read their counts every second

beforeAll(() => {
  first = testApp({ RATE_LIMIT_PER_MINUTE: '20' });
  second = testApp({ RATE_LIMIT_PER_MINUTE: '20' });
});
beforeEach(async () => {
  clearApiKeyCache();
  await waitForRoomInWindow(20_000);
});

function expectTooMany(res: request.Response): void {
  expect(res.status).toBe(429);
  expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  expect(res.body).toMatchObject({ status: 429, title: 'Too many requests' });
  const retryAfter = Number(res.headers['retry-after']);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(res.body.detail).toContain(`${retryAfter} seconds`);
}

describe('when a client floods the API', () => {
  test('a partner key that used its allowance on one instance is refused by the other, and other keys are not', async () => {
    const key = await partnerKey('Flooding partner');
    const other = await partnerKey('Quiet partner');
    const read = (app: Express, k: string) => request(app).get('/api/v1/referrals/SR-0000-0000').set('Authorization', `Bearer ${k}`);
    for (let i = 0; i < 15; i++) expect((await read(first, key)).status).toBe(404);
    await sleep(SYNC_WAIT_MS);
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await read(second, key)).status);
    // 5 left of 20, whichever instance answers; a per-process limit would have allowed all 10
    expect(statuses).toEqual([404, 404, 404, 404, 404, 429, 429, 429, 429, 429]);
    expectTooMany(await read(second, key));
    await sleep(SYNC_WAIT_MS);
    expectTooMany(await read(first, key));
    expect((await read(second, other)).status).toBe(404);
  });

  test('without a key the limit is per client address, and the database keeps neither addresses nor keys', async () => {
    const check = (app: Express, ip: string) => request(app).post('/api/v1/referrals/check').set('X-Forwarded-For', ip).send(completeReferral());
    for (let i = 0; i < 10; i++) expect((await check(first, '203.0.113.7')).status).toBe(200);
    for (let i = 0; i < 10; i++) expect((await check(second, '203.0.113.7')).status).toBe(200);
    await sleep(SYNC_WAIT_MS);
    expectTooMany(await check(first, '203.0.113.7'));
    expectTooMany(await check(second, '203.0.113.7'));
    expect((await check(second, '203.0.113.8')).status).toBe(200);

    const key = await partnerKey('Any partner');
    await request(first).get('/api/v1/referrals/SR-0000-0000').set('X-API-Key', key);
    await sleep(SYNC_WAIT_MS);
    const stored = JSON.stringify(await mongoose.connection.db!.collection('rateLimits').find({}).toArray());
    expect(stored).toContain('"count":11'); // 10 allowed and 1 refused, on each instance
    expect(stored).not.toContain('203.0.113');
    expect(stored).not.toContain(key);
    // the secret is everything after `sri_<key id>_` (base64url, so it may itself contain '_')
    expect(stored).not.toContain(key.slice(key.indexOf('_', 4) + 1));
  });

  test('a refused request is not processed: nothing is stored after the allowance is used', async () => {
    const key = await partnerKey('Posting partner');
    const post = (app: Express) => request(app).post('/api/v1/referrals').set('Authorization', `Bearer ${key}`).send(completeReferral());
    const statuses: number[] = [];
    for (let i = 0; i < 24; i++) statuses.push((await post(i % 2 ? second : first)).status);
    await sleep(SYNC_WAIT_MS);
    for (let i = 0; i < 4; i++) statuses.push((await post(i % 2 ? second : first)).status);
    const accepted = statuses.filter((s) => s === 201).length;
    expect(statuses.filter((s) => s !== 201 && s !== 429)).toEqual([]);
    expect(statuses.slice(-4)).toEqual([429, 429, 429, 429]);
    // within one sync interval each instance may let through its own share before hearing of the other's
    expect(accepted).toBeGreaterThanOrEqual(20);
    expect(accepted).toBeLessThanOrEqual(24);
    expect(await mongoose.connection.db!.collection('referrals').countDocuments()).toBe(accepted);
  });
});

describe('when someone sprays passwords at the sign-in', () => {
  test('failed sign-ins from one address across many accounts are refused with 429 after the limit, other addresses are not', async () => {
    // RATE_LIMIT_PER_MINUTE 20 -> 5 failed sign-ins a minute per address (the minimum)
    const signIn = (app: Express, ip: string, email: string, password = 'not-the-password') =>
      request(app).post('/api/v1/session').set('X-Forwarded-For', ip).send({ email, password });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await signIn(i % 2 ? second : first, '198.51.100.9', `person${i}@council.example`)).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    expectTooMany(await signIn(first, '198.51.100.9', 'someone.else@council.example'));
    expect((await signIn(first, '198.51.100.10', 'person0@council.example')).status).toBe(401);
  });

  test('successful sign-ins do not use up the allowance', async () => {
    const account = await createStaff('busy.worker@council.example', 'worker');
    for (let i = 0; i < 8; i++) {
      const res = await request(i % 2 ? second : first)
        .post('/api/v1/session')
        .set('X-Forwarded-For', '198.51.100.20')
        .send({ email: account.email, password: account.oneTimePassword });
      expect(res.status).toBe(201);
    }
  });
});
