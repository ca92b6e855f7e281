import fc from 'fast-check';
import { fuzzHarness, contractAccepts, zodAccepts } from './support/fuzzHarness';
import { call } from './support/http';
import { referralBody } from './support/mutations';

/**
 * Property-based fuzzing of the two referral bodies (submit and dry-run check) with valid referrals and mutations of them: a referral is stored only when the contract accepts it, and never half of one.
 * Whatever arrives, the service never answers 5xx, every 4xx is problem+json and nothing internal leaks.
 */
const { state, expectSane, runs, referrals } = fuzzHarness('fuzzing referral bodies');

describe('fuzzing referral bodies', () => {
  test('POST /api/v1/referrals: 201 only for a referral the contract accepts, and every 201 stored exactly once', async () => {
    let created = 0;
    const references = new Set<string>();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(referralBody, async ({ body, mutated }) => {
        const sent = JSON.stringify(body);
        const answer = await call(state.base, 'POST', '/api/v1/referrals', {
          headers: { 'content-type': 'application/json', authorization: `Bearer ${state.key}`, 'idempotency-key': `fuzz-${n++}` },
          body: sent,
        });
        expectSane(answer, sent);
        if (answer.status === 201) {
          if (!contractAccepts(body)) throw new Error(`201 for a body the contract refuses: ${sent.slice(0, 400)}`);
          created++;
          references.add(answer.json<{ reference: string }>().reference);
        } else if (!mutated) {
          throw new Error(`a valid referral was refused with ${answer.status}: ${answer.text.slice(0, 300)}`);
        } else if (answer.status !== 400 && answer.status !== 413) {
          throw new Error(`unexpected ${answer.status}: ${answer.text.slice(0, 200)}`);
        }
      }),
      runs(2600),
    );
    expect(created).toBeGreaterThan(100); // the generator really produces valid referrals too
    expect(await referrals().countDocuments()).toBe(created);
    expect(references.size).toBe(created);
    // every stored document is a whole referral
    const stored = await referrals().find({}).toArray();
    for (const doc of stored) {
      expect(references.has(String(doc._id))).toBe(true);
      expect(zodAccepts(JSON.parse(doc.submission as string))).toBe(true);
      for (const field of ['idempotencyKey', 'requestHash', 'owner', 'queue', 'status', 'findings', 'receivedAt', 'decisionDueAt']) expect(doc[field]).toBeDefined();
    }
  }, 110_000);

  test('POST /api/v1/referrals/check: findings only for a referral the contract accepts, never stored', async () => {
    await fc.assert(
      fc.asyncProperty(referralBody, async ({ body, mutated }) => {
        const sent = JSON.stringify(body);
        const answer = await call(state.base, 'POST', '/api/v1/referrals/check', { headers: { 'content-type': 'application/json' }, body: sent });
        expectSane(answer, sent);
        if (answer.status === 200) {
          if (!contractAccepts(body)) throw new Error(`200 for a body the contract refuses: ${sent.slice(0, 400)}`);
          if (!Array.isArray(answer.json().findings)) throw new Error('no findings');
        } else if (!mutated) {
          throw new Error(`a valid referral was refused with ${answer.status}: ${answer.text.slice(0, 300)}`);
        }
      }),
      runs(2800),
    );
    expect(await referrals().countDocuments()).toBe(0);
  }, 110_000);

});

afterAll(() => {
  // The case count is part of the contract of this suite (issue 7: at least 10,000 fuzz cases per run, with fuzzRequests).
  expect(state.cases).toBeGreaterThanOrEqual(5000);
});
