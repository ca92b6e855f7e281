import request from 'supertest';
import { useTestDatabase } from '../support/testDatabase';
import { testApp, partnerKey } from '../support/testApp';
import { completeReferral } from '../support/fixtures';
import { ReferralModel } from '../../src/referrals/referralModel';
import { forgetOpenReferralSnapshot } from '../../src/triage/openQueueSnapshot';
import { aDecision, bearer, seedReferral, staffToken } from './triageSupport';

/*
 * The queue view keeps a snapshot of the open referrals for at most QUEUE_VIEW_MAX_AGE_MS (FerretDB decodes every
 * active referral on each scan). `seedReferral` writes straight to the database, as another instance would.
 */
useTestDatabase();
const MAX_AGE = 600;
const app = testApp({ RATE_LIMIT_PER_MINUTE: '100000', QUEUE_VIEW_MAX_AGE_MS: String(MAX_AGE) });
const refsIn = async (token: string, queue = 'child-protection') =>
  (await request(app).get(`/api/v1/queues/${queue}/referrals`).set(bearer(token))).body.items.map((i: { reference: string }) => i.reference);

beforeEach(() => forgetOpenReferralSnapshot());

describe('the queue view with a snapshot of open referrals', () => {
  it("another instance's new referral shows in the queue within twice the configured age", async () => {
    const worker = await staffToken('worker');
    expect(await refsIn(worker.token)).toEqual([]);
    const seeded = await seedReferral({ queue: 'child-protection' });
    await new Promise((r) => setTimeout(r, 2 * MAX_AGE + 100));
    expect(await refsIn(worker.token)).toEqual([seeded._id]);
  });

  it("this instance's own new referral and decision show at once", async () => {
    const worker = await staffToken('worker');
    expect(await refsIn(worker.token, 'immediate-risk')).toEqual([]);
    const key = await partnerKey();
    const created = await request(app).post('/api/v1/referrals').set('Authorization', `Bearer ${key}`).send(completeReferral());
    expect(created.body.route.queue).toBe('immediate-risk');
    expect(await refsIn(worker.token, 'immediate-risk')).toEqual([created.body.reference]);

    await request(app).post(`/api/v1/referrals/${created.body.reference}/claim`).set(bearer(worker.token)).send().expect(200);
    await request(app).post(`/api/v1/referrals/${created.body.reference}/decision`).set(bearer(worker.token)).send(aDecision).expect(201);
    expect(await refsIn(worker.token, 'immediate-risk')).toEqual([]);
  });

  it('a referral decided or moved by another instance is never handed out from a stale view', async () => {
    const worker = await staffToken('worker');
    const decidedElsewhere = await seedReferral({ queue: 'child-protection', priority: 90 });
    const movedElsewhere = await seedReferral({ queue: 'child-protection', priority: 80 });
    expect(await refsIn(worker.token)).toHaveLength(2); // snapshot taken with both open
    await ReferralModel.updateOne({ _id: decidedElsewhere._id }, { $set: { status: 'decided' } });
    await ReferralModel.updateOne({ _id: movedElsewhere._id }, { $set: { queue: 'early-help' } });
    const next = await request(app).post('/api/v1/queues/child-protection/claim').set(bearer(worker.token)).send();
    expect(next.status).toBe(404);
  });
});
