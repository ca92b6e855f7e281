/**
 * What the triage queries cost the database, one at a time: `npx tsx scripts/bench/queryCosts.ts`.
 *
 * Seeds a fresh embedded FerretDB (or MONGODB_URI, database `bench_query_costs`, dropped first) the way the
 * benchmark does (20,000 closed, 500 open), then times each query the queue listing, claim-next and decide paths
 * make, with the database process's own CPU per query, and prints FerretDB's explain for a look-up by `_id`.
 * On FerretDB 1.24 with SQLite every filter but `_id` is decoded document by document in Go, and even `_id` is
 * matched by a table scan, so cost follows collection size (and document size) rather than result size.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { startFerretDb, type EmbeddedDatabase } from '../../src/platform/db/embeddedFerretDb';
import { checkReferral } from '../../src/referrals/referralService';
import type { ReferralSubmission } from '../../src/referrals/referralTypes';
import { cpuMs, ROOT } from './processes';
import { seedTriage, type StoredReferral } from './triageSeed';

function templates(): StoredReferral[] {
  const dir = join(ROOT, '..', 'shared', 'fixtures', 'referrals');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f, i) => {
      const referral = JSON.parse(readFileSync(join(dir, f), 'utf8')).referral as ReferralSubmission;
      const check = checkReferral(referral);
      const receivedAt = new Date();
      return {
        _id: `template-${i}`,
        idempotencyKey: `pkbenchmark0:template-${i}`,
        requestHash: 'f'.repeat(64),
        owner: 'pkbenchmark0',
        channel: 'api',
        receivedAt,
        queue: check.route.queue,
        routeReasons: check.route.reasons,
        priority: 2,
        decisionDueAt: new Date(receivedAt.getTime() + 86_400_000),
        specificsScore: check.specificsScore,
        childKeys: [],
        submission: JSON.stringify(referral),
        findings: JSON.stringify(check.findings),
        status: 'open',
      };
    });
}

async function main(): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'sri-query-costs-'));
  let ferret: EmbeddedDatabase | undefined;
  const uri = process.env.MONGODB_URI ?? (ferret = await startFerretDb({ dataDir: join(tmp, 'ferretdb') })).uri;
  const client = new MongoClient(uri);
  try {
    await client.connect();
    const db = client.db('bench_query_costs');
    await db.dropDatabase();
    console.log(`seeding ${JSON.stringify(await seedTriage(db, templates(), { queue: 'child-protection', open: 500, openClaimedByOthers: 40, recentlyDecided: 1_000, archived: 19_000 }))}`);
    const open = await db.collection<StoredReferral>('referrals').find({ status: 'open' }, { projection: { _id: 1 } }).limit(20).toArray();
    const pid = ferret?.process.pid;
    const time = async (label: string, query: (i: number) => Promise<unknown>, n = 8) => {
      const times: number[] = [];
      const cpu0 = cpuMs(pid);
      for (let i = 0; i < n; i++) {
        const t0 = performance.now();
        await query(i);
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      const cpu = pid ? `, database CPU ${((cpuMs(pid) - cpu0) / n).toFixed(1)} ms` : '';
      console.log(`${label.padEnd(66)} median ${times[Math.floor(n / 2)].toFixed(1).padStart(7)} ms${cpu}`);
    };
    const queueFields = { queue: 1, priority: 1, receivedAt: 1, decisionDueAt: 1, routeReasons: 1, specificsScore: 1, status: 1 };
    const id = (s: string) => s as never;
    await time('listing, claim next: referrals {queue, status:open}, summary fields', () =>
      db.collection('referrals').find({ queue: 'child-protection', status: 'open' }, { projection: queueFields }).toArray(),
    );
    await time('listing, claim next: every claim (latestClaims)', () => db.collection('claims').find({}).toArray());
    await time('decide: claims of one referral (latestClaim)', (i) => db.collection('claims').find({ reference: open[i]._id }).toArray());
    await time('decide: decision by _id, not there yet (DecisionModel.exists)', (i) => db.collection('decisions').findOne({ _id: id(`${open[i]._id}:1`) }, { projection: { _id: 1 } }));
    await time('decide: open referral by _id, without its text', (i) =>
      db.collection('referrals').findOne({ _id: id(open[i]._id) }, { projection: { submission: 0, findings: 0 } }),
    );
    await time('read-back: referral by _id, not active, so the archive is searched', (i) => db.collection('archivedReferrals').findOne({ _id: id(`SR-NONE-${i}`) }));
    await time('intake after a duplicate key: referral by idempotencyKey', (i) => db.collection('referrals').findOne({ idempotencyKey: `none-${i}` }), 3);
    const explain = await db.command({ explain: { find: 'decisions', filter: { _id: 'SR-NONE-0000:1' } } });
    console.log(`explain, decisions by _id: ${JSON.stringify(explain.queryPlanner ?? explain)} filterPushdown=${explain.filterPushdown}`);
    const explainQueue = await db.command({ explain: { find: 'referrals', filter: { queue: 'child-protection', status: 'open' } } });
    console.log(`explain, referrals by queue and status: ${JSON.stringify(explainQueue.queryPlanner ?? explainQueue)} filterPushdown=${explainQueue.filterPushdown}`);
    await db.dropDatabase();
  } finally {
    await client.close();
    await ferret?.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
