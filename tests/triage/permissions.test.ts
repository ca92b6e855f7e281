import request from 'supertest';
import { useTestDatabase } from '../support/testDatabase';
import { partnerKey, testApp } from '../support/testApp';
import { ReferralModel } from '../../src/referrals/referralModel';
import { AuditModel } from '../../src/audit/auditModel';
import { aDecision, bearer, seedReferral, staffToken } from './triageSupport';

useTestDatabase();
const app = testApp({ RATE_LIMIT_PER_MINUTE: '100000' });

async function decidedReferral() {
  const worker = await staffToken('worker');
  const r = await seedReferral();
  await request(app).post(`/api/v1/referrals/${r._id}/claim`).set(bearer(worker.token));
  expect((await request(app).post(`/api/v1/referrals/${r._id}/decision`).set(bearer(worker.token)).send(aDecision)).status).toBe(201);
  return { worker, r };
}

describe('who may do what in triage', () => {
  it('nobody reads queues or referrals without signing in', async () => {
    const r = await seedReferral();
    for (const path of ['/api/v1/queues', '/api/v1/queues/child-protection/referrals', `/api/v1/referrals/${r._id}/triage`, `/api/v1/referrals/${r._id}/audit`, '/api/v1/overdue']) {
      expect((await request(app).get(path)).status).toBe(401);
    }
    expect((await request(app).post(`/api/v1/referrals/${r._id}/claim`)).status).toBe(401);
    expect(await AuditModel.countDocuments({ action: 'read' })).toBe(0);
  });

  it('a partner API key cannot read queues or staff views of referrals', async () => {
    const key = await partnerKey();
    const r = await seedReferral();
    expect((await request(app).get('/api/v1/queues').set(bearer(key))).status).toBe(401);
    expect((await request(app).get(`/api/v1/referrals/${r._id}/triage`).set(bearer(key))).status).toBe(401);
    expect((await request(app).post('/api/v1/queues/child-protection/claim').set(bearer(key))).status).toBe(401);
  });

  it('a made-up or tampered token is refused', async () => {
    const worker = await staffToken('worker');
    const tampered = worker.token.slice(0, -2) + (worker.token.endsWith('AA') ? 'BB' : 'AA');
    expect((await request(app).get('/api/v1/queues').set(bearer(tampered))).status).toBe(401);
  });

  it('a worker cannot reopen a decision', async () => {
    const { worker, r } = await decidedReferral();
    const res = await request(app).post(`/api/v1/referrals/${r._id}/reopen`).set(bearer(worker.token)).send({ reason: 'I changed my mind' });
    expect(res.status).toBe(403);
    expect((await ReferralModel.findById(r._id).lean())!.status).toBe('decided');
  });

  it('a worker cannot read the audit trail, and it answers 404 so nothing leaks', async () => {
    const worker = await staffToken('worker');
    const r = await seedReferral();
    expect((await request(app).get(`/api/v1/referrals/${r._id}/audit`).set(bearer(worker.token))).status).toBe(404);
  });

  it('a worker cannot see the overdue list', async () => {
    const worker = await staffToken('worker');
    expect((await request(app).get('/api/v1/overdue').set(bearer(worker.token))).status).toBe(403);
  });

  it('an admin account (accounts only) cannot read a referral: 404, the same as a reference that does not exist', async () => {
    const admin = await staffToken('admin');
    const r = await seedReferral();
    const real = await request(app).get(`/api/v1/referrals/${r._id}/triage`).set(bearer(admin.token));
    const made = await request(app).get('/api/v1/referrals/SR-ZZZZ-ZZZZ/triage').set(bearer(admin.token));
    expect(real.status).toBe(404);
    expect(made.status).toBe(404);
    expect((await request(app).get('/api/v1/queues').set(bearer(admin.token))).status).toBe(403);
    expect((await request(app).post(`/api/v1/referrals/${r._id}/claim`).set(bearer(admin.token))).status).toBe(403);
  });

  it('a reference that does not exist answers 404 to staff', async () => {
    const worker = await staffToken('worker');
    expect((await request(app).get('/api/v1/referrals/SR-ZZZZ-ZZZZ/triage').set(bearer(worker.token))).status).toBe(404);
    expect((await request(app).post('/api/v1/referrals/SR-ZZZZ-ZZZZ/claim').set(bearer(worker.token))).status).toBe(404);
  });

  it('a staff session cannot read a referral through the partner endpoint', async () => {
    const worker = await staffToken('worker');
    const r = await seedReferral();
    expect((await request(app).get(`/api/v1/referrals/${r._id}`).set(bearer(worker.token))).status).toBe(401);
  });

  it('staff cannot change what the referrer wrote: no endpoint accepts it, and a decision with extra fields is refused', async () => {
    const worker = await staffToken('worker');
    const r = await seedReferral();
    await request(app).post(`/api/v1/referrals/${r._id}/claim`).set(bearer(worker.token));
    for (const method of ['put', 'patch', 'delete'] as const) {
      const res = await request(app)[method](`/api/v1/referrals/${r._id}`).set(bearer(worker.token)).send({ worried: { pastHarm: ['changed'] } });
      expect([401, 404, 405]).toContain(res.status);
    }
    const sneaky = await request(app)
      .post(`/api/v1/referrals/${r._id}/decision`)
      .set(bearer(worker.token))
      .send({ ...aDecision, submission: { worried: { pastHarm: ['changed'] } } });
    expect(sneaky.status).toBe(400);
    expect((await ReferralModel.findById(r._id).lean())!.submission).toBe(r.submission);
  });

  it('only the holder can move a referral to another queue', async () => {
    const [a, b] = [await staffToken('worker'), await staffToken('worker')];
    const r = await seedReferral();
    await request(app).post(`/api/v1/referrals/${r._id}/claim`).set(bearer(a.token));
    const res = await request(app).post(`/api/v1/referrals/${r._id}/move`).set(bearer(b.token)).send({ queue: 'early-help', reason: 'not mine to move' });
    expect(res.status).toBe(409);
    expect((await ReferralModel.findById(r._id).lean())!.queue).toBe('child-protection');
  });
});
