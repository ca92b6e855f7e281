import request from 'supertest';
import { useTestDatabase } from '../support/testDatabase';
import { testApp } from '../support/testApp';
import { ArchivedReferralModel, ReferralModel } from '../../src/referrals/referralModel';
import { ClaimModel, DecisionModel, QueueMoveModel } from '../../src/triage/triageModels';
import { AuditModel } from '../../src/audit/auditModel';
import { archiveDecided, registerOutcomeDeliveredCheck } from '../../src/triage/archiveService';
import { completeReferral } from '../support/fixtures';
import { aDecision, bearer, seedReferral, staffToken } from './triageSupport';

useTestDatabase();
const app = testApp({ RATE_LIMIT_PER_MINUTE: '100000' });
const HOUR = 3_600_000;

async function claimed(role: 'worker' | 'manager' = 'worker') {
  const staff = await staffToken(role);
  const referral = await seedReferral();
  expect((await request(app).post(`/api/v1/referrals/${referral._id}/claim`).set(bearer(staff.token))).status).toBe(200);
  return { staff, referral };
}

describe('reading a referral as First Contact', () => {
  it('shows the three columns, child, household, consent, child\'s words, findings and routing reasons, and records the read', async () => {
    const worker = await staffToken('worker');
    const r = await seedReferral();
    const res = await request(app).get(`/api/v1/referrals/${r._id}/triage`).set(bearer(worker.token)).set('X-Forwarded-For', '10.1.2.3');
    expect(res.status).toBe(200);
    const sent = completeReferral();
    expect(res.body.worried).toEqual(sent.worried);
    expect(res.body.workingWell).toEqual(sent.workingWell ?? {});
    expect(res.body.needsToHappen).toEqual(sent.needsToHappen ?? {});
    expect(res.body.children[0].firstName).toBe('Maya');
    expect(res.body.household).toEqual(sent.household ?? []);
    expect(res.body.childVoice).toEqual(sent.childVoice ?? []);
    expect(res.body.findings[0].question).toBe('What has the child said?');
    expect(res.body.routeReasons).toEqual(r.routeReasons);
    expect(res.body.scaling.referrer).toEqual(sent.scaling);
    const audit = await AuditModel.find({ reference: r._id, action: 'read' }).lean();
    expect(audit).toHaveLength(1);
    expect(audit[0].actor).toMatchObject({ kind: 'staff', email: worker.email });
  });

  it('lists earlier referrals about the same child, allowing for case and spacing, with how many in the last 12 months', async () => {
    const worker = await staffToken('worker');
    const same = completeReferral();
    same.children[0].firstName = ' MAYA ';
    same.children[0].postcode = 'ts101aa';
    delete same.children[0].dateOfBirth;
    const lastMonth = await seedReferral({ submission: same, receivedAt: new Date(Date.now() - 30 * 24 * HOUR) });
    const twoYearsAgo = await seedReferral({ receivedAt: new Date(Date.now() - 700 * 24 * HOUR) });
    const other = completeReferral();
    other.children[0].firstName = 'Sam';
    await seedReferral({ submission: other });
    const now = await seedReferral();
    // One of them has been archived: it is still found.
    await ArchivedReferralModel.collection.insertOne({ ...twoYearsAgo, status: 'decided' } as never);
    await ReferralModel.deleteOne({ _id: twoYearsAgo._id });
    const { recordChildSightings } = await import('../../src/triage/triageViewService');
    await recordChildSightings(twoYearsAgo);

    const res = await request(app).get(`/api/v1/referrals/${now._id}/triage`).set(bearer(worker.token));
    expect(res.body.earlierReferrals.referrals.map((e: { reference: string }) => e.reference)).toEqual([lastMonth._id, twoYearsAgo._id]);
    expect(res.body.earlierReferrals.countLast12Months).toBe(1);
  });
});

describe('deciding', () => {
  it('the holder records the outcome, rationale and their own scaling beside the referrer\'s, and the referrer\'s outcome email is queued', async () => {
    const { staff, referral } = await claimed();
    const res = await request(app).post(`/api/v1/referrals/${referral._id}/decision`).set(bearer(staff.token)).send(aDecision);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ outcome: 'early-help', round: 1, workerScaling: aDecision.workerScaling, decidedBy: { email: staff.email } });
    const stored = await DecisionModel.findById(`${referral._id}:1`).lean();
    expect(stored!.outcomeEmail.messageId).toBe(`<${referral._id}.outcome.1@safer-referral-intake>`);
    const view = await request(app).get(`/api/v1/referrals/${referral._id}/triage`).set(bearer(staff.token));
    expect(view.body.status).toBe('decided');
    expect(view.body.scaling.worker.score).toBe(6);
    expect(view.body.scaling.referrer.score).toBe(completeReferral().scaling!.score);
    expect(view.body.decision.outcome).toBe('early-help');
    const queue = await request(app).get('/api/v1/queues/child-protection/referrals').set(bearer(staff.token));
    expect(queue.body.total).toBe(0);
  });

  it('nobody can decide without holding the referral', async () => {
    const worker = await staffToken('worker');
    const r = await seedReferral();
    const res = await request(app).post(`/api/v1/referrals/${r._id}/decision`).set(bearer(worker.token)).send(aDecision);
    expect(res.status).toBe(409);
    expect(await DecisionModel.countDocuments({})).toBe(0);
  });

  it('a worker whose lease expired and was taken over cannot record a decision', async () => {
    const { staff, referral } = await claimed();
    const other = await staffToken('worker');
    await ClaimModel.updateMany({}, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await request(app).post(`/api/v1/referrals/${referral._id}/claim`).set(bearer(other.token))).status).toBe(200);
    const late = await request(app).post(`/api/v1/referrals/${referral._id}/decision`).set(bearer(staff.token)).send(aDecision);
    expect(late.status).toBe(409);
    expect((await request(app).post(`/api/v1/referrals/${referral._id}/decision`).set(bearer(other.token)).send(aDecision)).status).toBe(201);
  });

  it('a worker whose lease has run out (even untaken) must claim again before deciding', async () => {
    const { staff, referral } = await claimed();
    await ClaimModel.updateMany({}, { $set: { expiresAt: new Date(Date.now() + 5_000) } });
    expect((await request(app).post(`/api/v1/referrals/${referral._id}/decision`).set(bearer(staff.token)).send(aDecision)).status).toBe(409);
  });

  it('one decision per referral: deciding twice, even at the same moment, records one', async () => {
    const { staff, referral } = await claimed();
    const answers = await Promise.all([1, 2, 3].map(() => request(app).post(`/api/v1/referrals/${referral._id}/decision`).set(bearer(staff.token)).send(aDecision)));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409]);
    expect(await DecisionModel.countDocuments({})).toBe(1);
  });

  it('a decision with an unknown outcome, a blank rationale or a score of 11 is refused, naming the fields', async () => {
    const { staff, referral } = await claimed();
    const bad = await request(app)
      .post(`/api/v1/referrals/${referral._id}/decision`)
      .set(bearer(staff.token))
      .send({ outcome: 'lock-them-up', rationale: '', workerScaling: { score: 11, rationale: 'x' } });
    expect(bad.status).toBe(400);
    const fields = bad.body.errors.map((e: { field: string }) => e.field).join(' ');
    expect(fields).toMatch(/outcome/);
    expect(fields).toMatch(/workerScaling.score/);
    const blank = await request(app).post(`/api/v1/referrals/${referral._id}/decision`).set(bearer(staff.token)).send({ ...aDecision, rationale: '   ' });
    expect(blank.status).toBe(400);
    expect(blank.body.errors[0].field).toBe('rationale');
  });

  it('a manager may reopen with a reason; it goes back to the queue and can be decided again', async () => {
    const { staff, referral } = await claimed();
    await request(app).post(`/api/v1/referrals/${referral._id}/decision`).set(bearer(staff.token)).send(aDecision);
    const manager = await staffToken('manager');
    expect((await request(app).post(`/api/v1/referrals/${referral._id}/reopen`).set(bearer(manager.token)).send({ reason: '' })).status).toBe(400);
    const reopened = await request(app).post(`/api/v1/referrals/${referral._id}/reopen`).set(bearer(manager.token)).send({ reason: 'New information from police.' });
    expect(reopened.status).toBe(201);
    expect((await request(app).post(`/api/v1/referrals/${referral._id}/reopen`).set(bearer(manager.token)).send({ reason: 'again' })).status).toBe(409);
    const queue = await request(app).get('/api/v1/queues/child-protection/referrals').set(bearer(staff.token));
    expect(queue.body.items.map((i: { reference: string }) => i.reference)).toEqual([referral._id]);
    await request(app).post(`/api/v1/referrals/${referral._id}/claim`).set(bearer(staff.token));
    const second = await request(app)
      .post(`/api/v1/referrals/${referral._id}/decision`)
      .set(bearer(staff.token))
      .send({ ...aDecision, outcome: 'strategy-discussion' });
    expect(second.status).toBe(201);
    expect(second.body.round).toBe(2);
    const view = await request(app).get(`/api/v1/referrals/${referral._id}/triage`).set(bearer(manager.token));
    expect(view.body.decisions).toHaveLength(2);
    expect(view.body.reopens[0].reason).toBe('New information from police.');
    expect(view.body.history.map((h: { event: string }) => h.event)).toEqual(['received', 'decided', 'reopened', 'decided']);
  });

  it('moving a referral to another queue needs a reason and is recorded', async () => {
    const { staff, referral } = await claimed();
    expect((await request(app).post(`/api/v1/referrals/${referral._id}/move`).set(bearer(staff.token)).send({ queue: 'early-help' })).status).toBe(400);
    const moved = await request(app).post(`/api/v1/referrals/${referral._id}/move`).set(bearer(staff.token)).send({ queue: 'early-help', reason: 'Wellbeing worries, no harm.' });
    expect(moved.status).toBe(201);
    expect(await QueueMoveModel.countDocuments({})).toBe(1);
    const eh = await request(app).get('/api/v1/queues/early-help/referrals').set(bearer(staff.token));
    expect(eh.body.items.map((i: { reference: string }) => i.reference)).toEqual([referral._id]);
    const audit = await AuditModel.findOne({ action: 'reassign' }).lean();
    expect(audit!.detail).toContain('Wellbeing worries, no harm.');
  });

  it('decided referrals leave the active set after the retention period once the outcome email has gone, and are still readable', async () => {
    const { staff, referral } = await claimed();
    await request(app).post(`/api/v1/referrals/${referral._id}/decision`).set(bearer(staff.token)).send(aDecision);
    // The outcome email is still in the outbox (no mail worker runs here): the referral stays active.
    expect(await archiveDecided(new Date(Date.now() + 49 * HOUR))).toBe(0);
    registerOutcomeDeliveredCheck(async () => true);
    expect(await archiveDecided(new Date(Date.now() + 47 * HOUR))).toBe(0);
    expect(await archiveDecided(new Date(Date.now() + 49 * HOUR))).toBe(1);
    expect(await ReferralModel.exists({ _id: referral._id })).toBeNull();
    expect(await ClaimModel.countDocuments({ reference: referral._id })).toBe(0);
    const view = await request(app).get(`/api/v1/referrals/${referral._id}/triage`).set(bearer(staff.token));
    expect(view.status).toBe(200);
    expect(view.body.decision.outcome).toBe('early-help');
  });
});

describe('audit trail', () => {
  it('a manager sees who has looked at the child\'s referral, when and from where', async () => {
    const { staff, referral } = await claimed();
    await request(app).get(`/api/v1/referrals/${referral._id}/triage`).set(bearer(staff.token));
    await request(app).post(`/api/v1/referrals/${referral._id}/decision`).set(bearer(staff.token)).send(aDecision);
    const manager = await staffToken('manager');
    const res = await request(app).get(`/api/v1/referrals/${referral._id}/audit`).set(bearer(manager.token));
    expect(res.status).toBe(200);
    expect(res.body.map((e: { action: string }) => e.action)).toEqual(['claim', 'read', 'decide']);
    expect(res.body[1]).toMatchObject({ actor: { email: staff.email, role: 'worker' } });
    expect(res.body[1].ip).toBeTruthy();
  });

  it('managers see the overdue list', async () => {
    const manager = await staffToken('manager');
    const late = await seedReferral({ decisionDueAt: new Date(Date.now() - 2 * HOUR) });
    await seedReferral();
    const res = await request(app).get('/api/v1/overdue').set(bearer(manager.token));
    expect(res.status).toBe(200);
    expect(res.body.map((i: { reference: string }) => i.reference)).toEqual([late._id]);
  });
});
