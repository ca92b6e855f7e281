import request from 'supertest';
import type { Express } from 'express';
import { useTestDatabase } from '../support/testDatabase';
import { partnerKey, testApp } from '../support/testApp';
import { completeReferral } from '../support/fixtures';
import { clearApiKeyCache } from '../../src/platform/auth/apiKeyService';
import { createStaff } from '../../src/staff/staffService';
import { ReferralModel } from '../../src/referrals/referralModel';
import { FollowUpLinkModel } from '../../src/followup/followUpModels';
import { leaks } from './support/http';

/** Every page and every API answer carries the browser protections, and no answer shows the service's insides. */
useTestDatabase();
let app: Express;
let limited: Express;
let key: string;
beforeAll(() => {
  app = testApp({ RATE_LIMIT_PER_MINUTE: '100000' });
  limited = testApp({ RATE_LIMIT_PER_MINUTE: '1' });
});
beforeEach(async () => {
  clearApiKeyCache();
  key = await partnerKey();
});
afterEach(() => jest.restoreAllMocks());

function expectProtected(res: request.Response, what: string): void {
  const h = res.headers;
  const problems: string[] = [];
  if (h['x-content-type-options'] !== 'nosniff') problems.push('X-Content-Type-Options');
  const csp = h['content-security-policy'] ?? '';
  if (!csp.includes("default-src 'self'") && !csp.includes("default-src 'none'")) problems.push('Content-Security-Policy');
  if (!/frame-ancestors 'none'|frame-ancestors 'self'/.test(csp) && !/^(DENY|SAMEORIGIN)$/i.test(h['x-frame-options'] ?? '')) problems.push('framing');
  if (!h['referrer-policy'] || h['referrer-policy'] === 'unsafe-url') problems.push('Referrer-Policy');
  if (h['x-powered-by']) problems.push('X-Powered-By');
  if (/unsafe-eval/.test(csp)) problems.push('unsafe-eval in CSP');
  const leaked = leaks(res.text ?? '');
  expect({ what, status: res.status, problems, leaked }).toEqual({ what, status: res.status, problems: [], leaked: [] });
}

describe('security headers', () => {
  test('on every page, static answer and API answer, whatever the status', async () => {
    const account = await createStaff('headers@council.example', 'manager');
    const session = await request(app).post('/api/v1/session').send({ email: account.email, password: account.oneTimePassword });
    const token = session.body.token as string;
    const created = await request(app).post('/api/v1/referrals').set('Authorization', `Bearer ${key}`).send(completeReferral());
    const answers: [string, request.Response][] = [
      ['GET /', await request(app).get('/')],
      ['GET /referral', await request(app).get('/referral')],
      ['POST /referral without form token', await request(app).post('/referral').type('form').send({ a: 'b' })],
      ['GET /staff/sign-in', await request(app).get('/staff/sign-in')],
      ['GET /staff (not signed in)', await request(app).get('/staff')],
      ['GET /staff (signed in)', await request(app).get('/staff').set('Cookie', `sri_session=${token}`)],
      ['GET /follow-up/<made up>', await request(app).get(`/follow-up/${'A'.repeat(43)}`)],
      ['GET /referral/sent/%', await request(app).get('/referral/sent/%')],
      ['GET /no-such-page', await request(app).get('/no-such-page')],
      ['GET /docs/', await request(app).get('/docs/')],
      ['GET /openapi.json', await request(app).get('/openapi.json')],
      ['GET /health', await request(app).get('/health')],
      ['GET /ready', await request(app).get('/ready')],
      ['POST referral 201', created],
      ['GET referral 200', await request(app).get(created.headers.location).set('Authorization', `Bearer ${key}`)],
      ['POST referral 400', await request(app).post('/api/v1/referrals').set('Authorization', `Bearer ${key}`).send({})],
      ['POST referral 401', await request(app).post('/api/v1/referrals').send(completeReferral())],
      ['GET referral 404', await request(app).get('/api/v1/referrals/SR-0000-0000').set('Authorization', `Bearer ${key}`)],
      ['POST referral 413', await request(app).post('/api/v1/referrals').set('Authorization', `Bearer ${key}`).send({ x: 'x'.repeat(400_000) })],
      ['POST referral 415', await request(app).post('/api/v1/referrals').set('Authorization', `Bearer ${key}`).set('content-type', 'text/plain').send('x')],
      ['POST referral broken JSON', await request(app).post('/api/v1/referrals').set('Authorization', `Bearer ${key}`).set('content-type', 'application/json').send('{"a":')],
      ['GET /api/nothing', await request(app).get('/api/nothing')],
      ['GET queues (staff)', await request(app).get('/api/v1/queues').set('Authorization', `Bearer ${token}`)],
      ['POST check', await request(app).post('/api/v1/referrals/check').send(completeReferral())],
    ];
    await request(limited).post('/api/v1/referrals/check').set('X-Forwarded-For', '192.0.2.44').send(completeReferral());
    answers.push(['429', await request(limited).post('/api/v1/referrals/check').set('X-Forwarded-For', '192.0.2.44').send(completeReferral())]);
    expect(answers.find(([, r]) => r.status === 429)).toBeDefined();
    for (const [what, res] of answers) expectProtected(res, what);
  });
});

describe('no internals in any answer', () => {
  test('a database failure mid-request becomes a generic 500 with an incident number, no error text or stack', async () => {
    const failure = Object.assign(new Error('E11000 duplicate key error collection: safer.referrals index: _id_ at /work/main/src/x.ts:1'), {
      name: 'MongoServerError',
      code: 2,
    });
    jest.spyOn(ReferralModel.collection, 'insertOne').mockRejectedValue(failure);
    const res = await request(app).post('/api/v1/referrals').set('Authorization', `Bearer ${key}`).send(completeReferral());
    expect(res.status).toBe(500);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.detail).toMatch(/incident [0-9a-f-]{36}/);
    expect(leaks(res.text)).toEqual([]);
  });

  test('a failure behind a page becomes a generic 500, no error text or stack', async () => {
    jest.spyOn(FollowUpLinkModel, 'findById').mockImplementation(() => {
      throw Object.assign(new Error('MongoNetworkError: connect ECONNREFUSED 127.0.0.1:27017 at Socket.<anonymous> (/work/main/node_modules/x.js:1:1)'), { name: 'TypeError' });
    });
    const res = await request(app).get(`/follow-up/${'B'.repeat(43)}`);
    expect(res.status).toBe(500);
    expect(leaks(res.text)).toEqual([]);
    expectProtected(res, 'page 500');
  });

  test('a duplicate staff account is a 4xx in words, not the database error', async () => {
    const { createStaff: create } = await import('../../src/staff/staffService');
    await create('twice@council.example', 'worker');
    await expect(create('twice@council.example', 'worker')).rejects.toMatchObject({ status: 409 });
  });
});
