/**
 * `npm run bench`: how much load the service holds, measured side by side with baselines in one run on one
 * machine over loopback (these machines are noisy: ratios carry, absolute numbers do not).
 *
 * A fresh embedded FerretDB in a temporary folder (or MONGODB_URI), the service in its own process
 * (src/server.ts transpiled to plain JavaScript as production runs it, WORKERS=false; BENCH_TSX=1 runs it under
 * tsx instead), the baselines beside it: the raw MongoDB driver inserting the very documents the service stores,
 * and a bare express route that only parses and echoes JSON. Runs alternate (A B B A A B) so drift hits both sides.
 * Prints a markdown table and writes it to bench/last-run.md. Takes about four minutes.
 *
 * BENCH_CPU_PROF=1 also writes V8 CPU profiles of the service processes into bench/profiles/ (and inflates their
 * memory). BENCH_QUICK=1 shortens the timed runs, for trying the script out.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient, type Collection, type Db } from 'mongodb';
import mongoose from 'mongoose';
import type { ReferralSubmission } from '../src/referrals/referralTypes';
import { ensureFerretDbBinary, startFerretDb, type EmbeddedDatabase } from '../src/platform/db/embeddedFerretDb';
import { createApiKey } from '../src/platform/auth/apiKeyService';
import { createStaff } from '../src/staff/staffService';
import { buildForBench } from './bench/build';
import { benchCheckerAlone } from './bench/checker';
import { fixedRate, httpClient, saturate, saturateLoops, summarise, type RunResult } from './bench/load';
import { ROOT, cpuMs, productionNodeFlags, rssSampler, startNodeProcess, type NodeProcess } from './bench/processes';
import { benchReference, seedTriage, type StoredReferral } from './bench/triageSeed';

const QUICK = process.env.BENCH_QUICK === '1';
const CONNECTIONS = 10;
/** Each comparison alternates A B, B A, A B: drift and bursts of other work on the machine land on both sides. */
const PAIRS = 3;
const SATURATION_SECONDS = QUICK ? 3 : 6;
const RATE_SECONDS = QUICK ? 2 : 6;
const CHECK_SECONDS = QUICK ? 2 : 5;
const LISTING_REQUESTS = 300;
const LISTING_SECONDS_MAX = QUICK ? 8 : 20;
const LISTING_CLIENTS = 4;
const CLAIM_WORKERS = 8;
const CLAIM_SECONDS_MAX = QUICK ? 15 : 30;
const SEED = { queue: 'child-protection', open: 500, openClaimedByOthers: 40, recentlyDecided: 1_000, archived: 19_000 };

const log = (msg: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`);
const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const ms = (n: number) => (Number.isFinite(n) ? `${n < 10 ? n.toFixed(2) : n.toFixed(1)} ms` : 'n/a');
const sum = (rs: RunResult[], f: (r: RunResult) => number) => rs.reduce((a, r) => a + f(r), 0);
const mean = (rs: RunResult[], f: (r: RunResult) => number) => sum(rs, f) / rs.length;
const loads = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

interface Row {
  measure: string;
  result: string;
  target: string;
  pass: 'yes' | 'no' | '-';
}

function fixtures(): { name: string; referral: ReferralSubmission; body: string }[] {
  const dir = join(ROOT, '..', 'shared', 'fixtures', 'referrals');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const referral = JSON.parse(readFileSync(join(dir, f), 'utf8')).referral as ReferralSubmission;
      return { name: f, referral, body: JSON.stringify(referral) };
    });
}

/** Processes whose CPU time is charged to each run: the server under test, the database, and this process (load generator or driver). */
type Pids = { server?: number; db?: number };
async function charged(pids: Pids, run: () => Promise<RunResult>): Promise<RunResult> {
  const before = { server: cpuMs(pids.server), db: cpuMs(pids.db), client: process.cpuUsage() };
  const result = await run();
  const client = process.cpuUsage(before.client);
  const per = (total: number) => total / Math.max(1, result.completed);
  result.cpuPerOp = {
    ...(pids.server ? { server: per(cpuMs(pids.server) - before.server) } : {}),
    ...(pids.db ? { database: per(cpuMs(pids.db) - before.db) } : {}),
    bench: per((client.user + client.system) / 1000),
  };
  return result;
}

function runLine(r: RunResult): string {
  const codes = Object.entries(r.statusCounts)
    .map(([k, v]) => `${k}:${v}`)
    .join(' ');
  const cpu = r.cpuPerOp
    ? Object.entries(r.cpuPerOp)
        .map(([k, v]) => `${k} ${v.toFixed(2)}`)
        .join(', ')
    : '';
  return `| ${r.label} | ${fmt(r.perSecond)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.failures} | ${codes} | ${cpu} |`;
}

/**
 * Runs A and B `pairs` times, alternating the order (A B, B A, A B, ...), and gives the ratio of A's throughput
 * to B's as the median of the pairs' own ratios: one pair caught by a burst of other work cannot move it.
 */
async function alternate(
  pairs: number,
  a: (i: number) => Promise<RunResult>,
  b: (i: number) => Promise<RunResult>,
  record: RunResult[],
): Promise<{ a: RunResult[]; b: RunResult[]; pairRatios: number[]; ratio: number }> {
  const as: RunResult[] = [];
  const bs: RunResult[] = [];
  for (let i = 1; i <= pairs; i++) {
    if (i % 2 === 1) {
      as.push(await a(i));
      bs.push(await b(i));
      record.push(as[i - 1], bs[i - 1]);
    } else {
      bs.push(await b(i));
      as.push(await a(i));
      record.push(bs[i - 1], as[i - 1]);
    }
  }
  const pairRatios = as.map((r, i) => r.perSecond / bs[i].perSecond);
  const sorted = [...pairRatios].sort((x, y) => x - y);
  return { a: as, b: bs, pairRatios, ratio: sorted[Math.floor(sorted.length / 2)] };
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const loadAtStart = loads();
  const runs: RunResult[] = [];
  const rows: Row[] = [];
  const notes: string[] = [];
  const tmp = mkdtempSync(join(tmpdir(), 'sri-bench-'));
  let ferret: EmbeddedDatabase | undefined;
  let client: MongoClient | undefined;
  const processes: NodeProcess[] = [];
  const peaks: { name: string; mb: number }[] = [];
  const cases = fixtures();
  const bodies = cases.map((c) => c.body);

  try {
    // 3. The checker alone, first, while nothing else of ours runs.
    log('checker alone (one core)...');
    const checker = await benchCheckerAlone(cases.map((c) => c.referral));

    const underTsx = process.env.BENCH_TSX === '1';
    const entries = underTsx ? { serviceEntry: 'src/server.ts', echoEntry: 'scripts/bench/echoServer.ts' } : buildForBench();
    const nodeFlags = productionNodeFlags();

    let uri = process.env.MONGODB_URI;
    if (!uri) {
      log('starting a fresh embedded FerretDB...');
      ferret = await startFerretDb({ dataDir: join(tmp, 'ferretdb') });
      uri = ferret.uri;
    }
    const dbPid = ferret?.process.pid;
    client = new MongoClient(uri, { maxPoolSize: 20, serverSelectionTimeoutMS: 5000 });
    await client.connect();
    const buildInfo = await client.db('admin').command({ buildInfo: 1 });
    const ferretBuild = ferret ? /package: (\S+)/.exec(execFileSync(await ensureFerretDbBinary(), ['--version']).toString())?.[1] : undefined;
    const dbKind = buildInfo.ferretdbVersion
      ? `FerretDB ${buildInfo.ferretdbVersion}${ferretBuild ? ` build ${ferretBuild}` : ''} (${ferret ? 'embedded, SQLite backend, fresh temp folder' : 'MONGODB_URI'})`
      : `MongoDB ${buildInfo.version} (MONGODB_URI)`;
    const dbTag = `bench_${Date.now().toString(36)}`;

    const serviceEnv = (db: string): Record<string, string> => ({
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      MONGODB_URI: uri!,
      MONGODB_DB: db,
      DATA_DIR: join(tmp, 'data'),
      MAIL_DIR: join(tmp, 'mail'),
      WORKERS: 'false',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '100000000',
      LINK_SECRET: randomBytes(32).toString('hex'),
      CSRF_SECRET: randomBytes(32).toString('hex'),
    });

    // ------------------------------------------------------------------ intake, dry run, memory
    const intakeDbName = `${dbTag}_intake`;
    log(`starting the service (database ${intakeDbName}) and the echo baseline...`);
    const service = await startNodeProcess('service-intake', entries.serviceEntry, serviceEnv(intakeDbName), nodeFlags);
    processes.push(service);
    const echo = await startNodeProcess('echo-baseline', entries.echoEntry, { BODY_LIMIT_KB: '256' });
    processes.push(echo);
    const servicePids: Pids = { server: service.child.pid, db: dbPid };
    const rawPids: Pids = { db: dbPid };
    const idleRss = service.peakRssMb() ?? NaN;
    const serviceRss = rssSampler(service.child.pid!);

    await mongoose.connect(uri, { dbName: intakeDbName, serverSelectionTimeoutMS: 5000 });
    const { keyId, key } = await createApiKey('Benchmark partner');
    await mongoose.disconnect();
    const auth = { authorization: `Bearer ${key}` };

    // One of each fixture through the real service: proves the path works, and gives the raw baseline the very
    // documents the service stores (read back, so the two can never differ in shape).
    const http = httpClient(service.url, CONNECTIONS);
    for (const [i, body] of bodies.entries()) {
      const res = await http.send('POST', '/api/v1/referrals', { ...auth, 'idempotency-key': `bench-template-${i}` }, body);
      if (res.status !== 201) throw new Error(`intake refused fixture ${cases[i].name}: ${res.status} ${res.body.slice(0, 500)}`);
    }
    const intakeDb: Db = client.db(intakeDbName);
    const referrals: Collection<StoredReferral> = intakeDb.collection('referrals');
    const templates = await referrals.find({ owner: keyId }).toArray();
    if (templates.length !== bodies.length) throw new Error(`expected ${bodies.length} stored templates, found ${templates.length}`);

    let seq = 0;
    const runTag = randomBytes(3).toString('hex');
    const intakeRequest = () => {
      const n = seq++;
      return { body: bodies[n % bodies.length], headers: { ...auth, 'idempotency-key': `bench-${runTag}-${n}` } };
    };
    const rawDocument = () => {
      const n = seq++;
      const t = templates[n % templates.length];
      const _id = benchReference();
      const receivedAt = new Date();
      const doc: StoredReferral = { ...t, _id, idempotencyKey: `${keyId}:raw-${runTag}-${n}`, receivedAt };
      if (t.followUpEmail) doc.followUpEmail = { messageId: `<${_id}.follow-up@safer-referral-intake>`, dueAt: receivedAt };
      return doc;
    };
    const rawInsert = () => referrals.insertOne(rawDocument());

    const intakeSat = (label: string, seconds = SATURATION_SECONDS) =>
      charged(servicePids, () => saturate(label, { url: service.url, path: '/api/v1/referrals', connections: CONNECTIONS, seconds, build: intakeRequest }));
    const rawSat = (label: string, seconds = SATURATION_SECONDS) => charged(rawPids, () => saturateLoops(label, { concurrency: CONNECTIONS, seconds, op: rawInsert }));

    log('warming up...');
    await intakeSat('warm-up', 3);
    await rawSat('warm-up', 2);

    // 1. intake at saturation, alternating with the raw driver.
    log(`intake vs raw insertOne at saturation, ${CONNECTIONS} concurrent, ${SATURATION_SECONDS} s each (A B B A A B)...`);
    const intakeCmp = await alternate(PAIRS, (i) => intakeSat(`intake, saturation (${i})`), (i) => rawSat(`raw insertOne, saturation (${i})`), runs);
    const intakeRuns = intakeCmp.a;
    const rawRuns = intakeCmp.b;
    const intakeRate = mean(intakeRuns, (r) => r.perSecond);
    const rawRate = mean(rawRuns, (r) => r.perSecond);
    const intakeRatio = intakeCmp.ratio;
    const pairRatios = intakeCmp.pairRatios;

    // 1b. fixed rates, paced identically on both sides: a busy day's peak, and half of what intake saturates at.
    const rates = [20, Math.max(40, Math.round((intakeRate * 0.5) / 10) * 10)];
    const rateResults: { rate: number; intake: RunResult; raw: RunResult }[] = [];
    for (const [i, rate] of rates.entries()) {
      log(`fixed rate ${rate}/s, ${RATE_SECONDS} s each side...`);
      const a = () =>
        charged(servicePids, () =>
          fixedRate(`intake at ${rate}/s`, {
            rate,
            seconds: RATE_SECONDS,
            concurrency: CONNECTIONS,
            op: async () => {
              const { body, headers } = intakeRequest();
              return (await http.send('POST', '/api/v1/referrals', headers, body)).status;
            },
          }),
        );
      const b = () =>
        charged(rawPids, () => fixedRate(`raw insertOne at ${rate}/s`, { rate, seconds: RATE_SECONDS, concurrency: CONNECTIONS, op: async () => void (await rawInsert()) }));
      let intake: RunResult;
      let raw: RunResult;
      if (i % 2 === 0) {
        intake = await a();
        raw = await b();
      } else {
        raw = await b();
        intake = await a();
      }
      runs.push(intake, raw);
      rateResults.push({ rate, intake, raw });
    }
    http.close();

    // 2. dry-run check vs bare echo, alternating.
    log(`dry-run check vs bare echo route at saturation, ${CHECK_SECONDS} s each (A B B A A B)...`);
    let cseq = 0;
    const checkBuild = () => ({ body: bodies[cseq++ % bodies.length], headers: {} });
    const checkSat = (label: string, seconds = CHECK_SECONDS) =>
      charged({ server: service.child.pid }, () => saturate(label, { url: service.url, path: '/api/v1/referrals/check', connections: CONNECTIONS, seconds, build: checkBuild }));
    const echoSat = (label: string, seconds = CHECK_SECONDS) =>
      charged({ server: echo.child.pid }, () => saturate(label, { url: echo.url, path: '/echo', connections: CONNECTIONS, seconds, build: checkBuild }));
    await checkSat('warm-up', 2);
    await echoSat('warm-up', 2);
    const check = await alternate(PAIRS, (i) => checkSat(`dry-run check (${i})`), (i) => echoSat(`echo baseline (${i})`), runs);
    const checkRuns = check.a;
    const echoRuns = check.b;
    const checkRatio = check.ratio;

    const sampledIntake = serviceRss.stop();
    peaks.push({ name: 'intake and dry run', mb: service.peakRssMb() ?? sampledIntake });
    notes.push(
      `The intake database held ${await referrals.estimatedDocumentCount()} referrals at the end (service and raw inserts together, in the same collection with the same indexes). ` +
        `The service's resident memory was ${fmt(idleRss, 0)} MB when it started listening.`,
    );
    await service.stop();
    await echo.stop();

    // ------------------------------------------------------------------ triage: listing, claims
    const triageDbName = `${dbTag}_triage`;
    log(`starting the service (database ${triageDbName}) and seeding ${SEED.archived + SEED.recentlyDecided} closed and ${SEED.open} open referrals...`);
    const triage = await startNodeProcess('service-triage', entries.serviceEntry, serviceEnv(triageDbName), nodeFlags);
    processes.push(triage);
    const triagePids: Pids = { server: triage.child.pid, db: dbPid };
    const triageRss = rssSampler(triage.child.pid!);
    const triageDb = client.db(triageDbName);
    const seeded = await seedTriage(triageDb, templates, SEED);
    log(`seeded ${JSON.stringify(seeded)}`);

    await mongoose.connect(uri, { dbName: triageDbName, serverSelectionTimeoutMS: 5000 });
    const accounts: Awaited<ReturnType<typeof createStaff>>[] = [];
    for (let w = 0; w < CLAIM_WORKERS; w++) accounts.push(await createStaff(`bench.worker${w + 1}@council.example`, 'worker'));
    await mongoose.disconnect();
    const staffHttp = httpClient(triage.url, CLAIM_WORKERS);
    const tokens: string[] = [];
    for (const a of accounts) {
      const res = await staffHttp.send('POST', '/api/v1/session', {}, JSON.stringify({ email: a.email, password: a.oneTimePassword }));
      if (res.status !== 201) throw new Error(`sign-in failed: ${res.status} ${res.body.slice(0, 300)}`);
      const token = (JSON.parse(res.body) as { token: string }).token;
      // As on a worker's first day: a one-time password only allows choosing their own.
      const changed = await staffHttp.send(
        'PUT',
        '/api/v1/session/password',
        { authorization: `Bearer ${token}` },
        JSON.stringify({ currentPassword: a.oneTimePassword, newPassword: `bench passphrase ${randomBytes(8).toString('hex')}` }),
      );
      if (changed.status !== 204) throw new Error(`password change failed: ${changed.status} ${changed.body.slice(0, 300)}`);
      tokens.push(token);
    }

    // 5. queue listing: one member of staff refreshing the queue, then several at once.
    const listPath = `/api/v1/queues/${SEED.queue}/referrals`;
    const list = async (token: string) => (await staffHttp.send('GET', listPath, { authorization: `Bearer ${token}` })).status;
    const first = await staffHttp.send('GET', listPath, { authorization: `Bearer ${tokens[0]}` });
    if (first.status !== 200) throw new Error(`queue listing failed: ${first.status} ${first.body.slice(0, 300)}`);
    const listedTotal = (JSON.parse(first.body) as { total: number }).total;
    if (listedTotal !== SEED.open) notes.push(`The listing reported ${listedTotal} open referrals in ${SEED.queue}; ${SEED.open} were seeded.`);
    for (let i = 0; i < 5; i++) await list(tokens[0]);
    log(`queue listing: up to ${LISTING_REQUESTS} requests one after another (at most ${LISTING_SECONDS_MAX} s), then ${LISTING_CLIENTS} staff at once...`);
    const listSingle = await charged(triagePids, async () => {
      const latencies: number[] = [];
      const statusCounts: Record<string, number> = {};
      let failures = 0;
      const started = performance.now();
      while (latencies.length + failures < LISTING_REQUESTS && performance.now() - started < LISTING_SECONDS_MAX * 1000) {
        const t0 = performance.now();
        const status = await list(tokens[0]);
        statusCounts[status] = (statusCounts[status] ?? 0) + 1;
        if (status === 200) latencies.push(performance.now() - t0);
        else failures++;
      }
      return summarise('queue listing, 1 client', (performance.now() - started) / 1000, latencies, failures, statusCounts);
    });
    const listMany = await charged(triagePids, () =>
      saturateLoops(`queue listing, ${LISTING_CLIENTS} clients`, {
        concurrency: LISTING_CLIENTS,
        seconds: QUICK ? 3 : 6,
        op: async () => {
          const status = await list(tokens[1]);
          if (status !== 200) throw Object.assign(new Error('status'), { code: status });
        },
      }),
    );
    runs.push(listSingle, listMany);

    // 4. claims: workers take the next referral and decide it, until the queue is empty or time is up.
    log(`claims: ${CLAIM_WORKERS} workers claiming and deciding from ${SEED.queue} (at most ${CLAIM_SECONDS_MAX} s)...`);
    const given = new Map<string, number[]>();
    const claimLatencies: number[] = [];
    const decideLatencies: number[] = [];
    const answers: Record<string, number> = {};
    const count = (k: string) => (answers[k] = (answers[k] ?? 0) + 1);
    let decided = 0;
    const decision = JSON.stringify({
      outcome: 'early-help',
      rationale: 'The school describes specific worries about attendance and a family under strain; early help with the school first.',
      workerScaling: { score: 6, rationale: 'Mum walks her to school every day and asked for help herself.' },
    });
    const cpuBefore = { server: cpuMs(triage.child.pid), db: cpuMs(dbPid) };
    const claimStarted = performance.now();
    const claimEnd = claimStarted + CLAIM_SECONDS_MAX * 1000;
    await Promise.all(
      tokens.map(async (token, w) => {
        const headers = { authorization: `Bearer ${token}` };
        while (performance.now() < claimEnd) {
          const t0 = performance.now();
          const claim = await staffHttp.send('POST', `/api/v1/queues/${SEED.queue}/claim`, headers, '{}');
          count(`claim ${claim.status}`);
          if (claim.status === 404) return; // nothing unclaimed is left
          if (claim.status !== 200) continue;
          claimLatencies.push(performance.now() - t0);
          const reference = (JSON.parse(claim.body) as { reference: string }).reference;
          given.set(reference, [...(given.get(reference) ?? []), w]);
          const t1 = performance.now();
          const res = await staffHttp.send('POST', `/api/v1/referrals/${reference}/decision`, headers, decision);
          count(`decision ${res.status}`);
          if (res.status === 201) {
            decided++;
            decideLatencies.push(performance.now() - t1);
          }
        }
      }),
    );
    const claimSeconds = (performance.now() - claimStarted) / 1000;
    const claimCpu = { server: (cpuMs(triage.child.pid) - cpuBefore.server) / Math.max(1, decided), database: (cpuMs(dbPid) - cpuBefore.db) / Math.max(1, decided) };
    staffHttp.close();
    const decisionsPerSecond = decided / claimSeconds;

    // Double claims, checked twice: what the workers were handed, and what the database holds. A referral handed
    // to two workers, or with other than one decision, or decided by someone it was not handed to, is a double claim.
    const handedTwice = [...given.values()].filter((ws) => ws.length > 1).length;
    const references = [...given.keys()];
    type DecisionDoc = { reference: string; decidedAt: Date; decidedBy: { staffId: string } };
    const decisionDocs = await triageDb.collection<DecisionDoc>('decisions').find({ reference: { $in: references } }).toArray();
    const decisionsPer = new Map<string, DecisionDoc[]>();
    for (const d of decisionDocs) decisionsPer.set(d.reference, [...(decisionsPer.get(d.reference) ?? []), d]);
    const notExactlyOneDecision = references.filter((r) => decisionsPer.get(r)?.length !== 1).length;
    const decidedByAnother = references.filter((r) => {
      const ds = decisionsPer.get(r);
      return ds?.length === 1 && !(given.get(r) ?? []).some((w) => accounts[w].staffId === ds[0].decidedBy.staffId);
    }).length;
    // Claim documents beyond the first: a claim won on a referral whose decision was already stored is handed
    // straight back (released at once, never given to the worker). Those are counted, not treated as double claims.
    type ClaimDoc = { reference: string; n: number; holderId: string; releasedAt?: Date };
    const claimDocs = await triageDb.collection<ClaimDoc>('claims').find({ reference: { $in: references } }).toArray();
    const workerOf = new Map(accounts.map((a, w) => [a.staffId, w]));
    let extraClaims = 0;
    let extraClaimsHeld = 0;
    for (const c of claimDocs) {
      const handedTo = given.get(c.reference) ?? [];
      const w = workerOf.get(c.holderId);
      if (w !== undefined && handedTo.includes(w)) continue;
      extraClaims++;
      if (!c.releasedAt) extraClaimsHeld++;
    }
    const doubleClaims = handedTwice + decidedByAnother + extraClaimsHeld;
    const stillOpen = await triageDb.collection('referrals').countDocuments({ queue: SEED.queue, status: 'open' });
    const claimRun = { ...summarise(`claim next (${CLAIM_WORKERS} workers)`, claimSeconds, claimLatencies, 0, {}), cpuPerOp: claimCpu };
    const decisionRun = summarise(`decision (${CLAIM_WORKERS} workers)`, claimSeconds, decideLatencies, 0, {});
    runs.push(claimRun, decisionRun);
    notes.push(
      `Claims: ${decided} decisions in ${fmt(claimSeconds)} s by ${CLAIM_WORKERS} workers (CPU per decision, claim included: service ${fmt(claimCpu.server)} ms, database ${fmt(claimCpu.database)} ms). ` +
        `${references.length} referrals were handed out, ${handedTwice} of them to more than one worker; in the database ${notExactlyOneDecision} lack exactly one decision, ` +
        `${decidedByAnother} were decided by someone they were not handed to, and ${extraClaims} further claim documents were won on referrals already decided and handed straight back ` +
        `(${extraClaimsHeld} of those still held). ` +
        `${stillOpen} are still open in ${SEED.queue} (${SEED.openClaimedByOthers} held by another worker throughout). Answers: ${JSON.stringify(answers)}.`,
    );

    const sampledTriage = triageRss.stop();
    peaks.push({ name: 'listing and claims', mb: triage.peakRssMb() ?? sampledTriage });
    await triage.stop();

    // ------------------------------------------------------------------ the table
    const peak = peaks.reduce((a, b) => (b.mb > a.mb ? b : a));
    const intakeFailures = sum(intakeRuns, (r) => r.failures) + sum(rateResults.map((x) => x.intake), (r) => r.failures);
    const cpu = (rs: RunResult[], k: string) => mean(rs, (r) => r.cpuPerOp?.[k] ?? NaN);
    rows.push(
      {
        measure: `intake throughput / raw \`insertOne\` throughput (${CONNECTIONS} concurrent, saturation)`,
        result: `${fmt(intakeRate)} / ${fmt(rawRate)} per s; median of pairs **${fmt(intakeRatio, 2)}** (pairs ${pairRatios.map((r) => fmt(r, 2)).join(', ')})`,
        target: '>= 0.7',
        pass: intakeRatio >= 0.7 ? 'yes' : 'no',
      },
      {
        measure: 'intake p50 / p99 at saturation (raw insertOne)',
        result: `${ms(mean(intakeRuns, (r) => r.p50))} / ${ms(mean(intakeRuns, (r) => r.p99))} (raw ${ms(mean(rawRuns, (r) => r.p50))} / ${ms(mean(rawRuns, (r) => r.p99))})`,
        target: '-',
        pass: '-',
      },
      {
        measure: 'CPU per referral at saturation: service + database (raw: database)',
        result: `${fmt(cpu(intakeRuns, 'server'), 2)} + ${fmt(cpu(intakeRuns, 'database'), 2)} ms (raw ${fmt(cpu(rawRuns, 'database'), 2)} ms; load generator ${fmt(cpu(intakeRuns, 'bench'), 2)}, driver ${fmt(cpu(rawRuns, 'bench'), 2)})`,
        target: '-',
        pass: '-',
      },
      ...rateResults.map(({ rate, intake, raw }) => ({
        measure: `intake at a fixed ${rate}/s: achieved, p50 / p99 (raw insertOne)`,
        result: `${fmt(intake.perSecond)}/s, ${ms(intake.p50)} / ${ms(intake.p99)} (raw ${fmt(raw.perSecond)}/s, ${ms(raw.p50)} / ${ms(raw.p99)})`,
        target: '-',
        pass: '-' as const,
      })),
      {
        measure: 'intake non-2xx answers and errors (all intake runs)',
        result: String(intakeFailures),
        target: '0',
        pass: intakeFailures === 0 ? 'yes' : 'no',
      },
      {
        measure: 'dry-run check throughput / bare express echo',
        result: `${fmt(mean(checkRuns, (r) => r.perSecond))} / ${fmt(mean(echoRuns, (r) => r.perSecond))} per s; median of pairs **${fmt(checkRatio, 2)}** (pairs ${check.pairRatios.map((r) => fmt(r, 2)).join(', ')}; server CPU ${fmt(cpu(checkRuns, 'server'), 2)} vs ${fmt(cpu(echoRuns, 'server'), 2)} ms per request)`,
        target: '>= 0.5',
        pass: checkRatio >= 0.5 ? 'yes' : 'no',
      },
      {
        measure: 'checker alone, median per typical referral (one core)',
        result: `**${checker.medianMs.toFixed(3)} ms** (${fmt(checker.perSecond, 0)} referrals/s)`,
        target: '<= 0.2 ms',
        pass: checker.medianMs <= 0.2 ? 'yes' : 'no',
      },
      {
        measure: `claims: decisions per second (${CLAIM_WORKERS} workers: claim next, then decide)`,
        result: `${fmt(decisionsPerSecond, 2)} per s (${decided} decisions; claim p50 ${ms(claimRun.p50)}, decision p50 ${ms(decisionRun.p50)})`,
        target: '-',
        pass: '-',
      },
      {
        measure: 'double claims: referrals handed to two workers, decided by another, or claimed again and kept',
        result: `**${doubleClaims}** (${notExactlyOneDecision} of ${references.length} without exactly one decision; ${extraClaims} stale claims handed straight back)`,
        target: '0',
        pass: doubleClaims === 0 && notExactlyOneDecision === 0 ? 'yes' : 'no',
      },
      {
        measure: `queue listing p95, ${SEED.archived + SEED.recentlyDecided} closed + ${SEED.open} open (1 client)`,
        result: `**${ms(listSingle.p95)}** (p50 ${ms(listSingle.p50)}; ${ms(listMany.p95)} p95 with ${LISTING_CLIENTS} at once)`,
        target: '<= 50 ms',
        pass: listSingle.p95 <= 50 ? 'yes' : 'no',
      },
      {
        measure: 'peak RSS of the service under load (VmHWM)',
        result: `**${fmt(peak.mb, 0)} MB** (${peaks.map((p) => `${p.name} ${fmt(p.mb, 0)} MB`).join('; ')})`,
        target: '<= 250 MB',
        pass: peak.mb <= 250 ? 'yes' : 'no',
      },
    );

    const finishedAt = new Date();
    const machine =
      `${cpus().length} CPUs (${cpus()[0]?.model?.trim() ?? 'unknown'}), ${fmt(totalmem() / 2 ** 30, 1)} GB memory, Node ${process.version}, ${dbKind}; ` +
      `service run as ${underTsx ? 'TypeScript under tsx' : 'plain JavaScript (src/ transpiled)'}${nodeFlags.length ? ` with ${nodeFlags.join(' ')} (from npm start)` : ''}${process.env.NODE_OPTIONS ? ` and NODE_OPTIONS=${process.env.NODE_OPTIONS}` : ''}${process.env.BENCH_CPU_PROF === '1' ? ', with CPU profiling on' : ''}`;
    const table = ['| measure | result | target | pass |', '| --- | --- | --- | --- |', ...rows.map((r) => `| ${r.measure} | ${r.result} | ${r.target} | ${r.pass} |`)].join('\n');
    const details = [
      '| run | per s | p50 | p95 | p99 | failures | answers | CPU ms per op |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      ...runs.map(runLine),
    ].join('\n');
    const report = [
      `## Benchmark, ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC${QUICK ? ' (quick mode: short runs)' : ''}`,
      '',
      `Machine: ${machine}. Load generator, service, baselines and database all share these CPUs over loopback; ` +
        `load average ${loadAtStart} at the start and ${loads()} at the end (other work on the machine shows here). ` +
        `Ratios carry between machines; absolute numbers do not. The run took ${fmt((finishedAt.getTime() - startedAt.getTime()) / 1000, 0)} s.`,
      '',
      table,
      '',
      `Checker figures from ${checker.source}. Seeded for the listing and claims: ${SEED.archived} closed referrals in \`archivedReferrals\`, ` +
        `${SEED.recentlyDecided} decided within the last 48 hours still in \`referrals\` with their released claims, a decision for each of those ${SEED.archived + SEED.recentlyDecided}, ` +
        `and ${SEED.open} open in ${SEED.queue}, ${SEED.openClaimedByOthers} of them held by another worker (${JSON.stringify(seeded)}).`,
      '',
      ...notes.map((n) => `- ${n}`),
      '',
      '<details><summary>Every run</summary>',
      '',
      details,
      '',
      '</details>',
      '',
    ].join('\n');
    mkdirSync(join(ROOT, 'bench'), { recursive: true });
    writeFileSync(join(ROOT, 'bench', 'last-run.md'), report);
    console.log(report);
  } finally {
    for (const p of processes) await p.stop().catch(() => {});
    await mongoose.disconnect().catch(() => {});
    await client?.close().catch(() => {});
    await ferret?.stop().catch(() => {});
    rmSync(tmp, { recursive: true, force: true });
  }
}

main()
  .then(() => process.exit(0))
  .catch((err) => {
    console.error(`bench failed: ${err?.stack ?? err}`);
    process.exit(1);
  });
