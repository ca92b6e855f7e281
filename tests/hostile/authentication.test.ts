import request from 'supertest';
import mongoose from 'mongoose';
import type { Express } from 'express';
import { useTestDatabase } from '../support/testDatabase';
import { partnerKey, testApp } from '../support/testApp';
import { completeReferral, labelledCases } from '../support/fixtures';
import { clearApiKeyCache, createApiKey, revokeApiKey } from '../../src/platform/auth/apiKeyService';
import { createStaff } from '../../src/staff/staffService';
import { ensureAnswerLink } from '../../src/followup/answerLinks';

/** Who may do what: partner keys, answer links, staff sign-in and sessions, from the point of view of an attacker. */
useTestDatabase();
let app: Express;
beforeAll(() => {
  app = testApp({ RATE_LIMIT_PER_MINUTE: '100000', SIGN_IN_MAX_FAILURES: '5', SIGN_IN_LOCKOUT_MINUTES: '15' });
});
beforeEach(() => clearApiKeyCache());
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const stored = () => mongoose.connection.db!.collection('referrals').countDocuments();

function expectProblem(res: request.Response, status: number): void {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
}

describe('partner API keys', () => {
  test('without a key, or with a made-up or tampered one, a referral is refused with 401 and nothing is stored', async () => {
    const key = await partnerKey();
    const tampered = key.slice(0, -2) + (key.endsWith('AA') ? 'BB' : 'AA');
    for (const header of [undefined, 'Bearer ', 'Bearer sri_pk0000000000_' + 'A'.repeat(43), `Bearer ${tampered}`, `Basic ${Buffer.from('a:b').toString('base64')}`, `Bearer ${key.replace('sri_', 'srs_')}`]) {
      const req = request(app).post('/api/v1/referrals');
      if (header !== undefined) req.set('Authorization', header);
      const res = await req.send(completeReferral());
      expectProblem(res, 401);
      expect(res.headers['www-authenticate']).toBe('Bearer');
    }
    expect(await stored()).toBe(0);
  });

  test('a revoked key stops working within seconds, on an instance that had it cached', async () => {
    const { keyId, key } = await createApiKey('Leaving partner');
    expect((await request(app).post('/api/v1/referrals').set('X-API-Key', key).send(completeReferral())).status).toBe(201);
    await revokeApiKey(keyId);
    let status = 0;
    const started = Date.now();
    while (Date.now() - started < 8000) {
      status = (await request(app).post('/api/v1/referrals').set('X-API-Key', key).send(completeReferral())).status;
      if (status === 401) break;
      await sleep(250);
    }
    expect(status).toBe(401);
    expect(Date.now() - started).toBeLessThan(6500);
  });

  test('a key without the right scope gets 403: read-only keys cannot submit, write-only keys cannot read', async () => {
    const readOnly = await partnerKey('Dashboard', ['referrals:read']);
    const writeOnly = await partnerKey('Form relay', ['referrals:write']);
    expectProblem(await request(app).post('/api/v1/referrals').set('Authorization', `Bearer ${readOnly}`).send(completeReferral()), 403);
    const created = await request(app).post('/api/v1/referrals').set('Authorization', `Bearer ${writeOnly}`).send(completeReferral());
    expect(created.status).toBe(201);
    expectProblem(await request(app).get(created.headers.location).set('Authorization', `Bearer ${writeOnly}`), 403);
    expect(await stored()).toBe(1);
  });

  test("another partner's reference answers 404 exactly like a reference that does not exist", async () => {
    const mine = await partnerKey('School A');
    const theirs = await partnerKey('School B');
    const created = await request(app).post('/api/v1/referrals').set('Authorization', `Bearer ${theirs}`).send(completeReferral());
    const other = await request(app).get(created.headers.location).set('Authorization', `Bearer ${mine}`);
    const missing = await request(app).get('/api/v1/referrals/SR-0000-0000').set('Authorization', `Bearer ${mine}`);
    expectProblem(other, 404);
    expectProblem(missing, 404);
    expect(other.text).not.toContain('Maya');
    expect(Object.keys(other.body).sort()).toEqual(Object.keys(missing.body).sort());
    expect(other.body.title).toBe(missing.body.title);
  });

  test('staff tokens are not partner keys, and partner keys are not staff sessions', async () => {
    const key = await partnerKey();
    expectProblem(await request(app).get('/api/v1/queues').set('Authorization', `Bearer ${key}`), 401);
    const account = await createStaff('key.test@council.example', 'worker');
    const session = await request(app).post('/api/v1/session').send({ email: account.email, password: account.oneTimePassword });
    expectProblem(await request(app).post('/api/v1/referrals').set('Authorization', `Bearer ${session.body.token}`).send(completeReferral()), 401);
  });
});

describe('answer links in follow-up emails', () => {
  async function referralWithLink(now?: Date) {
    const key = await partnerKey();
    const jargon = labelledCases().find((c) => c.expect.includes('JARGON'))!.referral;
    const created = await request(app).post('/api/v1/referrals').set('Authorization', `Bearer ${key}`).send(jargon);
    expect(created.status).toBe(201);
    const reference = created.body.reference as string;
    const doc = await mongoose.connection.db!.collection('referrals').findOne({ _id: reference as never });
    const messageId = (doc!.followUpEmail as { messageId: string }).messageId;
    const { token } = await ensureAnswerLink(reference, messageId, now);
    return { reference, token };
  }
  const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';

  test('a genuine link opens the questions; a tampered, truncated or made-up one does not', async () => {
    const { token, reference } = await referralWithLink();
    const good = await request(app).get(`/follow-up/${token}`);
    expect(good.status).toBe(200);
    expect(good.text).toContain(reference);
    const flipped = token.slice(0, 10) + (token[10] === 'a' ? 'b' : 'a') + token.slice(11);
    for (const bad of [flipped, token.slice(0, -1), `${token}x`, 'A'.repeat(43), encodeURIComponent('{"$ne":null}')]) {
      const res = await request(app).get(`/follow-up/${bad}`);
      expect(res.status).toBe(404);
      expect(res.text).not.toContain(reference);
    }
  });

  test('an expired link is refused with 410 and shows no questions', async () => {
    const { token } = await referralWithLink(new Date(Date.now() - 30 * 86_400_000));
    const res = await request(app).get(`/follow-up/${token}`);
    expect(res.status).toBe(410);
    expect(res.text).not.toContain('name="answer-0"');
  });

  test('a link works once: after answering, opening or posting again is refused', async () => {
    const { token } = await referralWithLink();
    const agent = request.agent(app);
    const page = await agent.get(`/follow-up/${token}`);
    expect(page.status).toBe(200);
    const fields: Record<string, string> = { _csrf: csrfOf(page.text) };
    for (let i = 0; i < 20; i++) if (page.text.includes(`name="answer-${i}"`)) fields[`answer-${i}`] = 'On Monday 3 March at 9am Maya told me Dean hit her with a belt.';
    const answered = await agent.post(`/follow-up/${token}`).type('form').send(fields);
    expect(answered.status).toBe(200);
    const again = await agent.get(`/follow-up/${token}`);
    expect(again.status).toBeGreaterThanOrEqual(400);
    expect(again.text).not.toContain('name="answer-0"');
    const replay = await agent.post(`/follow-up/${token}`).type('form').send(fields);
    expect(replay.status).toBeGreaterThanOrEqual(400);
    expect(await mongoose.connection.db!.collection('followUpAnswers').countDocuments()).toBe(1);
  });

  test('a post without the form token is refused with 403 and stores nothing', async () => {
    const { token } = await referralWithLink();
    const res = await request(app).post(`/follow-up/${token}`).type('form').send({ 'answer-0': 'x' });
    expect(res.status).toBe(403);
    expect(await mongoose.connection.db!.collection('followUpAnswers').countDocuments()).toBe(0);
  });
});

describe('staff sign-in', () => {
  test('brute force on one account locks it: even the right password is refused with 429 and Retry-After', async () => {
    const account = await createStaff('target@council.example', 'worker');
    const attempt = (password: string) => request(app).post('/api/v1/session').send({ email: account.email, password });
    for (let i = 0; i < 5; i++) expectProblem(await attempt(`guess-${i}-wrong-password`), 401);
    const locked = await attempt(account.oneTimePassword);
    expectProblem(locked, 429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(60);
    expect(locked.body.token).toBeUndefined();
  });

  test('concurrent guesses cannot get past the lockout', async () => {
    const account = await createStaff('raced@council.example', 'worker');
    const answers = await Promise.all(Array.from({ length: 15 }, (_, i) => request(app).post('/api/v1/session').send({ email: account.email, password: `wrong-${i}-password` })));
    expect(answers.filter((a) => a.status === 401).length).toBeLessThanOrEqual(5);
    expect(answers.filter((a) => a.status !== 401 && a.status !== 429)).toEqual([]);
    expectProblem(await request(app).post('/api/v1/session').send({ email: account.email, password: account.oneTimePassword }), 429);
  });

  test('session fixation: a session cookie planted before sign-in is replaced, and never becomes a session', async () => {
    const account = await createStaff('fixation@council.example', 'worker');
    const planted = 'srs_' + 'P'.repeat(43);
    const agent = request.agent(app);
    const form = await agent.get('/staff/sign-in').set('Cookie', `sri_session=${planted}`);
    expect(form.status).toBe(200);
    const csrfCookie = (form.headers['set-cookie'] as unknown as string[] | undefined)?.find((c) => c.startsWith('sri_csrf='))?.split(';')[0];
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)![1];
    const signedIn = await request(app)
      .post('/staff/sign-in')
      .set('Cookie', [`sri_session=${planted}`, csrfCookie!].join('; '))
      .type('form')
      .send({ _csrf: csrf, email: account.email, password: account.oneTimePassword, next: '/staff' });
    expect(signedIn.status).toBe(303);
    const session = (signedIn.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('sri_session='))!;
    const value = decodeURIComponent(session.split(';')[0].split('=')[1]);
    expect(value).not.toBe(planted);
    expect(value).toMatch(/^srs_/);
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    // the planted value is not a session, before or after
    expectProblem(await request(app).get('/api/v1/session').set('Authorization', `Bearer ${planted}`), 401);
    const withPlanted = await request(app).get('/staff').set('Cookie', `sri_session=${planted}`);
    expect(withPlanted.status).toBe(303);
    expect(withPlanted.headers.location).toMatch(/^\/staff\/sign-in/);
    // two sign-ins never share a token
    const again = await request(app).post('/api/v1/session').send({ email: account.email, password: account.oneTimePassword });
    expect(again.body.token).not.toBe(value);
  });

  test('signing out ends the session at once', async () => {
    const account = await createStaff('leaver@council.example', 'worker');
    const session = await request(app).post('/api/v1/session').send({ email: account.email, password: account.oneTimePassword });
    const token = session.body.token as string;
    expect((await request(app).get('/api/v1/session').set('Authorization', `Bearer ${token}`)).status).toBe(200);
    expect((await request(app).delete('/api/v1/session').set('Authorization', `Bearer ${token}`)).status).toBe(204);
    expectProblem(await request(app).get('/api/v1/session').set('Authorization', `Bearer ${token}`), 401);
  });
});
