import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import request from 'supertest';
import { useTestDatabase } from '../support/testDatabase';
import { ReferralModel } from '../../src/referrals/referralModel';
import { ClaimModel, DecisionModel, type ClaimRecord } from '../../src/triage/triageModels';
import { bearer, seedReferral, staffToken } from './triageSupport';

/*
 * Claims must hold on FerretDB, whose findAndModify is a read followed by a write. Two real service processes
 * (the production entry point, src/server.ts) share this test's database; many workers claim at once through
 * both; every referral must end up with exactly one holder, every round.
 */
const { uri, dbName } = useTestDatabase();
const ROOT = join(__dirname, '..', '..');
const ROUNDS = 4;
const CLAIMERS = 50;
const REFERRALS = 10;

const servers: ChildProcess[] = [];
const urls: string[] = [];

function startServer(): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), ['src/server.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        MONGODB_URI: uri,
        MONGODB_DB: dbName,
        HOST: '127.0.0.1',
        PORT: '0',
        WORKERS: 'false',
        LOG_LEVEL: 'silent',
        RATE_LIMIT_PER_MINUTE: '100000',
        QUEUE_VIEW_MAX_AGE_MS: '0', // each round seeds the database directly
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    servers.push(child);
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 45_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[^\s]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}

beforeAll(async () => {
  urls.push(...(await Promise.all([startServer(), startServer()])));
}, 90_000);

afterAll(async () => {
  await Promise.all(
    servers.map(
      (child) =>
        new Promise<void>((done) => {
          if (child.exitCode !== null) return done();
          child.once('exit', () => done());
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
        }),
    ),
  );
});

async function freshReferrals(): Promise<string[]> {
  await ClaimModel.deleteMany({});
  await DecisionModel.deleteMany({});
  await ReferralModel.deleteMany({});
  const refs: string[] = [];
  for (let i = 0; i < REFERRALS; i++) refs.push((await seedReferral({ queue: 'child-protection', priority: 50 + i }))._id);
  return refs;
}

async function claimers(): Promise<Array<{ token: string; staffId: string }>> {
  return Promise.all(Array.from({ length: CLAIMERS }, () => staffToken('worker')));
}

async function claimsByReference(): Promise<Map<string, ClaimRecord[]>> {
  const byRef = new Map<string, ClaimRecord[]>();
  for (const c of await ClaimModel.find({}).lean<ClaimRecord[]>()) byRef.set(c.reference, [...(byRef.get(c.reference) ?? []), c]);
  return byRef;
}

describe('claims under contention, from two service processes', () => {
  it(`when ${CLAIMERS} workers take the next referral at once through two instances, each of ${REFERRALS} referrals gets exactly one holder, every round`, async () => {
    const workers = await claimers();
    for (let round = 0; round < ROUNDS; round++) {
      const refs = await freshReferrals();
      const answers = await Promise.all(
        workers.map((w, i) => request(urls[i % 2]).post('/api/v1/queues/child-protection/claim').set(bearer(w.token)).send()),
      );
      const won = answers.filter((a) => a.status === 200);
      expect(answers.filter((a) => a.status !== 200 && a.status !== 404).map((a) => a.status)).toEqual([]);
      expect(won).toHaveLength(REFERRALS);
      expect(new Set(won.map((a) => a.body.reference))).toEqual(new Set(refs));
      const stored = await claimsByReference();
      for (const ref of refs) {
        expect(stored.get(ref)).toHaveLength(1);
        const winner = won.find((a) => a.body.reference === ref)!;
        expect(stored.get(ref)![0].holderId).toBe(winner.body.claim.holderId);
      }
    }
  });

  it(`when ${CLAIMERS} workers claim named referrals at once through two instances, each referral has exactly one holder, every round`, async () => {
    const workers = await claimers();
    for (let round = 0; round < ROUNDS; round++) {
      const refs = await freshReferrals();
      const answers = await Promise.all(
        workers.map((w, i) => request(urls[(i + round) % 2]).post(`/api/v1/referrals/${refs[i % REFERRALS]}/claim`).set(bearer(w.token)).send()),
      );
      expect(answers.filter((a) => a.status !== 200 && a.status !== 409).map((a) => a.status)).toEqual([]);
      const stored = await claimsByReference();
      for (const [i, ref] of refs.entries()) {
        const winners = answers.filter((a, j) => j % REFERRALS === i && a.status === 200);
        expect(winners).toHaveLength(1);
        expect(stored.get(ref)).toHaveLength(1);
        expect(stored.get(ref)![0].holderId).toBe(winners[0].body.holderId);
      }
    }
  });

  it('when leases run out and everyone tries to take over at once, each referral again has exactly one new holder', async () => {
    const workers = await claimers();
    const refs = await freshReferrals();
    for (let round = 0; round < ROUNDS; round++) {
      await ClaimModel.updateMany({}, { $set: { expiresAt: new Date(Date.now() - 1000) } });
      const answers = await Promise.all(
        workers.map((w, i) => request(urls[(i + round) % 2]).post(`/api/v1/referrals/${refs[i % REFERRALS]}/claim`).set(bearer(w.token)).send()),
      );
      expect(answers.filter((a) => a.status === 200)).toHaveLength(REFERRALS);
      const stored = await claimsByReference();
      for (const ref of refs) {
        const live = stored.get(ref)!.filter((c) => c.expiresAt.getTime() > Date.now());
        expect(live).toHaveLength(1);
        expect(stored.get(ref)).toHaveLength(round + 1);
      }
    }
  });

  it('when workers keep taking the next referral and deciding it, nobody is ever handed a referral someone else already decided', async () => {
    const workers = (await claimers()).slice(0, 12);
    const refs = await freshReferrals();
    const decision = { outcome: 'early-help', rationale: 'Family asked for support.', workerScaling: { score: 6, rationale: 'Safe today.' } };
    const handedOut: string[] = [];
    const decisionStatuses: number[] = [];
    await Promise.all(
      workers.map(async (w, i) => {
        const url = urls[i % 2];
        for (;;) {
          const claim = await request(url).post('/api/v1/queues/child-protection/claim').set(bearer(w.token)).send();
          if (claim.status === 404) return;
          expect(claim.status).toBe(200);
          handedOut.push(claim.body.reference);
          const decided = await request(url).post(`/api/v1/referrals/${claim.body.reference}/decision`).set(bearer(w.token)).send(decision);
          decisionStatuses.push(decided.status);
        }
      }),
    );
    expect(decisionStatuses.filter((s) => s !== 201)).toEqual([]);
    expect(handedOut.sort()).toEqual([...refs].sort());
    for (const ref of refs) expect(await DecisionModel.countDocuments({ reference: ref })).toBe(1);
  });
});
