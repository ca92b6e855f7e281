import request from 'supertest';
import { useTestDatabase } from '../support/testDatabase';
import { testApp } from '../support/testApp';
import { ArchivedReferralModel } from '../../src/referrals/referralModel';
import { ClaimModel, DecisionModel } from '../../src/triage/triageModels';
import { AuditModel } from '../../src/audit/auditModel';
import { bearer, seedReferral, staffToken } from './triageSupport';

useTestDatabase();
const app = testApp({ RATE_LIMIT_PER_MINUTE: '100000' });
const HOUR = 3_600_000;

describe('First Contact queues', () => {
  it('a referral whose decision is stored is never handed out again, even while the queue still shows it open', async () => {
    // The decider stored its decision and ended its claim, then its process died before marking the referral decided.
    const decider = await staffToken('worker');
    const referral = await seedReferral({ queue: 'child-protection', priority: 99 });
    const claimed = await request(app).post(`/api/v1/referrals/${referral._id}/claim`).set(bearer(decider.token)).send();
    expect(claimed.status).toBe(200);
    await DecisionModel.collection.insertOne({
      _id: `${referral._id}:1`, reference: referral._id, k: 1, outcome: 'early-help', rationale: 'x',
      workerScaling: { score: 6, rationale: 'x' }, decidedBy: { staffId: decider.staffId, email: decider.email }, decidedAt: new Date(),
      queue: 'child-protection', outcomeEmail: { messageId: `<${referral._id}.outcome.1@safer-referral-intake>`, dueAt: new Date() },
    } as never);
    await ClaimModel.updateOne({ _id: `${referral._id}:1` }, { $set: { releasedAt: new Date() } });

    const next = await staffToken('worker');
    expect((await request(app).post('/api/v1/queues/child-protection/claim').set(bearer(next.token)).send()).status).toBe(404);
    expect((await request(app).post(`/api/v1/referrals/${referral._id}/claim`).set(bearer(next.token)).send()).status).toBe(409);
  });

  it('each queue shows how many are open, how many are overdue and the oldest waiting', async () => {
    const worker = await staffToken('worker');
    const oldest = new Date(Date.now() - 30 * HOUR);
    await seedReferral({ queue: 'child-protection', receivedAt: oldest, decisionDueAt: new Date(Date.now() - 6 * HOUR) });
    await seedReferral({ queue: 'child-protection' });
    await seedReferral({ queue: 'early-help' });
    const res = await request(app).get('/api/v1/queues').set(bearer(worker.token));
    expect(res.status).toBe(200);
    const cp = res.body.find((q: { queue: string }) => q.queue === 'child-protection');
    expect(cp).toMatchObject({ open: 2, overdue: 1, claimed: 0, oldestWaitingSince: oldest.toISOString() });
    expect(cp.oldestWaitingMinutes).toBeGreaterThanOrEqual(30 * 60 - 1);
    expect(res.body.find((q: { queue: string }) => q.queue === 'immediate-risk')).toMatchObject({ open: 0, overdue: 0 });
  });

  it('a queue lists open referrals most urgent first, with deadline, time left and overdue standing out, paged', async () => {
    const worker = await staffToken('worker');
    const low = await seedReferral({ priority: 10 });
    const high = await seedReferral({ priority: 90 });
    const late = await seedReferral({ priority: 10, decisionDueAt: new Date(Date.now() - HOUR) });
    const first = await request(app).get('/api/v1/queues/child-protection/referrals?pageSize=2').set(bearer(worker.token));
    expect(first.status).toBe(200);
    expect(first.body.total).toBe(3);
    expect(first.body.items.map((i: { reference: string }) => i.reference)).toEqual([high._id, late._id]);
    expect(first.body.items[1]).toMatchObject({ overdue: true });
    expect(first.body.items[1].minutesLeft).toBeLessThan(0);
    expect(first.body.items[0].overdue).toBe(false);
    const second = await request(app).get('/api/v1/queues/child-protection/referrals?page=2&pageSize=2').set(bearer(worker.token));
    expect(second.body.items.map((i: { reference: string }) => i.reference)).toEqual([low._id]);
  });

  it('the queue list shows no names (reading a child\'s details happens, and is audited, on the referral itself)', async () => {
    const worker = await staffToken('worker');
    await seedReferral();
    const res = await request(app).get('/api/v1/queues/child-protection/referrals').set(bearer(worker.token));
    expect(JSON.stringify(res.body)).not.toMatch(/Maya|Reed/);
    expect(await AuditModel.countDocuments({ action: 'read' })).toBe(0);
  });

  it('an unknown queue or a silly page size answers 404 or 400, never 500', async () => {
    const worker = await staffToken('worker');
    expect((await request(app).get('/api/v1/queues/nonsense/referrals').set(bearer(worker.token))).status).toBe(404);
    expect((await request(app).get('/api/v1/queues/early-help/referrals?pageSize=5000').set(bearer(worker.token))).status).toBe(400);
    expect((await request(app).get('/api/v1/queues/early-help/referrals?page=abc').set(bearer(worker.token))).status).toBe(400);
    expect((await request(app).post('/api/v1/queues/nonsense/claim').set(bearer(worker.token))).status).toBe(404);
  });

  it('the queue view is not slowed by thousands of archived referrals', async () => {
    const worker = await staffToken('worker');
    await seedReferral();
    const archived = Array.from({ length: 2000 }, (_, i) => ({ _id: `SR-ARCH-${i}`, queue: 'child-protection', status: 'decided', submission: 'x'.repeat(2000) }));
    await ArchivedReferralModel.collection.insertMany(archived as never);
    const started = Date.now();
    const res = await request(app).get('/api/v1/queues/child-protection/referrals').set(bearer(worker.token));
    expect(res.body.total).toBe(1);
    expect(Date.now() - started).toBeLessThan(500);
  });
});

describe('claiming referrals', () => {
  it('when two workers take the next referral at once, each gets a different one, the most urgent first', async () => {
    const [a, b] = [await staffToken('worker'), await staffToken('worker')];
    const urgent = await seedReferral({ priority: 90 });
    const next = await seedReferral({ priority: 50 });
    await seedReferral({ priority: 10 });
    const [ra, rb] = await Promise.all([
      request(app).post('/api/v1/queues/child-protection/claim').set(bearer(a.token)),
      request(app).post('/api/v1/queues/child-protection/claim').set(bearer(b.token)),
    ]);
    expect(ra.status).toBe(200);
    expect(rb.status).toBe(200);
    expect(new Set([ra.body.reference, rb.body.reference])).toEqual(new Set([urgent._id, next._id]));
    expect(ra.body.claim.yours).toBe(true);
  });

  it('taking the next referral skips ones already claimed, and says so when nothing is left', async () => {
    const [a, b] = [await staffToken('worker'), await staffToken('worker')];
    const only = await seedReferral();
    expect((await request(app).post(`/api/v1/referrals/${only._id}/claim`).set(bearer(a.token))).status).toBe(200);
    const res = await request(app).post('/api/v1/queues/child-protection/claim').set(bearer(b.token));
    expect(res.status).toBe(404);
    expect(res.body.detail).toMatch(/Nothing unclaimed/);
  });

  it('a referral someone else holds cannot be claimed, and the queue shows who holds it', async () => {
    const [a, b] = [await staffToken('worker'), await staffToken('worker')];
    const r = await seedReferral();
    const claimed = await request(app).post(`/api/v1/referrals/${r._id}/claim`).set(bearer(a.token));
    expect(claimed.status).toBe(200);
    expect(new Date(claimed.body.expiresAt).getTime() - Date.now()).toBeGreaterThan(29 * 60_000);
    const refused = await request(app).post(`/api/v1/referrals/${r._id}/claim`).set(bearer(b.token));
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toContain(a.email);
    const list = await request(app).get('/api/v1/queues/child-protection/referrals').set(bearer(b.token));
    expect(list.body.items[0].claim).toMatchObject({ holderEmail: a.email, yours: false });
  });

  it('releasing puts a referral back in the queue for someone else', async () => {
    const [a, b] = [await staffToken('worker'), await staffToken('worker')];
    const r = await seedReferral();
    await request(app).post(`/api/v1/referrals/${r._id}/claim`).set(bearer(a.token));
    expect((await request(app).post(`/api/v1/referrals/${r._id}/release`).set(bearer(b.token))).status).toBe(409);
    expect((await request(app).post(`/api/v1/referrals/${r._id}/release`).set(bearer(a.token))).status).toBe(204);
    const res = await request(app).post('/api/v1/queues/child-protection/claim').set(bearer(b.token));
    expect(res.status).toBe(200);
    expect(res.body.reference).toBe(r._id);
  });

  it('an expired lease puts the referral back by itself', async () => {
    const [a, b] = [await staffToken('worker'), await staffToken('worker')];
    const r = await seedReferral();
    await request(app).post(`/api/v1/referrals/${r._id}/claim`).set(bearer(a.token));
    await ClaimModel.updateMany({}, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    const list = await request(app).get('/api/v1/queues/child-protection/referrals').set(bearer(b.token));
    expect(list.body.items[0].claim).toBeUndefined();
    const res = await request(app).post(`/api/v1/referrals/${r._id}/claim`).set(bearer(b.token));
    expect(res.status).toBe(200);
    expect(res.body.holderEmail).toBe(b.email);
  });

  it('renewing keeps the referral for another lease; a holder whose lease ran out must claim again', async () => {
    const a = await staffToken('worker');
    const r = await seedReferral();
    await request(app).post(`/api/v1/referrals/${r._id}/claim`).set(bearer(a.token));
    await ClaimModel.updateMany({}, { $set: { expiresAt: new Date(Date.now() + 5 * 60_000) } });
    const renewed = await request(app).post(`/api/v1/referrals/${r._id}/renew`).set(bearer(a.token));
    expect(renewed.status).toBe(200);
    expect(new Date(renewed.body.expiresAt).getTime() - Date.now()).toBeGreaterThan(29 * 60_000);
    await ClaimModel.updateMany({}, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await request(app).post(`/api/v1/referrals/${r._id}/renew`).set(bearer(a.token))).status).toBe(409);
  });

  it('claims, renewals and releases are recorded in the audit trail', async () => {
    const a = await staffToken('worker');
    const r = await seedReferral();
    await request(app).post(`/api/v1/referrals/${r._id}/claim`).set(bearer(a.token));
    await request(app).post(`/api/v1/referrals/${r._id}/renew`).set(bearer(a.token));
    await request(app).post(`/api/v1/referrals/${r._id}/release`).set(bearer(a.token));
    const actions = (await AuditModel.find({ reference: r._id }).lean()).map((e) => e.action).sort();
    expect(actions).toEqual(['claim', 'release', 'renew']);
  });
});
