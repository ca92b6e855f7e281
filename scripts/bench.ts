/**
 * `npm run bench`: how much load the service holds, measured side by side with baselines in one run on one
 * machine over loopback (these machines are noisy: ratios carry, absolute numbers do not).
 *
 * A fresh embedded FerretDB in a temporary folder (or MONGODB_URI), the service in its own process
 * (src/server.ts, WORKERS=false), the baselines beside it: the raw MongoDB driver inserting the very documents the
 * service stores, and a bare express route that only parses and echoes JSON. Runs alternate (A B B A) so drift
 * hits both sides. Prints a markdown table and writes it to bench/last-run.md. Takes about four minutes.
 *
 * BENCH_CPU_PROF=1 also writes V8 CPU profiles of the service processes into bench/profiles/.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient, type Collection, type Db } from 'mongodb';
import mongoose from 'mongoose';
import type { ReferralSubmission } from '../src/referrals/referralTypes';
import { startFerretDb, type EmbeddedDatabase } from '../src/platform/db/embeddedFerretDb';
import { createApiKey } from '../src/platform/auth/apiKeyService';
import { createStaff } from '../src/staff/staffService';
import { benchCheckerAlone } from './bench/checker';
import { fixedRate, httpClient, saturate, saturateLoops, type RunResult } from './bench/load';
import { ROOT, rssSampler, startNodeProcess, type NodeProcess } from './bench/processes';
import { benchReference, seedTriage, type StoredReferral } from './bench/triageSeed';

/** BENCH_QUICK=1 shortens every timed run (for trying the script out; the figures are then rougher). */
const QUICK = process.env.BENCH_QUICK === '1';
const CONNECTIONS = 10;
const SATURATION_SECONDS = QUICK ? 3 : 8;
const RATE_SECONDS = QUICK ? 2 : 6;
const CHECK_SECONDS = QUICK ? 2 : 6;
const LISTING_REQUESTS = 300;
const CLAIM_WORKERS = 8;
const CLAIM_SECONDS_MAX = 40;
const SEED = { queue: 'child-protection', open: 500, openClaimedByOthers: 40, recentlyDecided: 1_000, archived: 19_000 };

const log = (msg: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`);
const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const ms = (n: number) => (Number.isFinite(n) ? `${n < 10 ? n.toFixed(2) : n.toFixed(1)} ms` : 'n/a');
const sleep = (msec: number) => new Promise((r) => setTimeout(r, msec));

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

function runLine(r: RunResult): string {
  const codes = Object.entries(r.statusCounts)
    .map(([k, v]) => `${k}:${v}`)
    .join(' ');
  return `| ${r.label} | ${fmt(r.perSecond)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.failures} | ${codes} |`;
}

const sum = (rs: RunResult[], f: (r: RunResult) => number) => rs.reduce((a, r) => a + f(r), 0);
const mean = (rs: RunResult[], f: (r: RunResult) => number) => sum(rs, f) / rs.length;

async function main(): Promise<void> {
  const startedAt = new Date();
  const runs: RunResult[] = [];
  const rows: Row[] = [];
  const notes: string[] = [];
  const tmp = mkdtempSync(join(tmpdir(), 'sri-bench-'));
  let ferret: EmbeddedDatabase | undefined;
  let client: MongoClient | undefined;
  const services: NodeProcess[] = [];
  const peaks: { name: string; mb: number }[] = [];

  const cases = fixtures();
  const bodies = cases.map((c) => c.body);

  try {
    // 3. The checker alone, first, while nothing else runs.
    log('checker alone (one core)...');
    const checker = await benchCheckerAlone(cases.map((c) => c.referral));

    // Database.
    let uri = process.env.MONGODB_URI;
    if (!uri) {
      log('starting a fresh embedded FerretDB...');
      ferret = await startFerretDb({ dataDir: join(tmp, 'ferretdb') });
      uri = ferret.uri;
    }
    const dbTag = `bench_${Date.now().toString(36)}`;
    client = new MongoClient(uri, { maxPoolSize: 20, serverSelectionTimeoutMS: 5000 });
    await client.connect();
    const buildInfo = await client.db('admin').command({ buildInfo: 1 });
    const dbKind = buildInfo.ferretdb ? `FerretDB ${buildInfo.ferretdb.version} (${buildInfo.ferretdb.package ?? ''} ${ferret ? 'embedded, SQLite' : 'MONGODB_URI'})`.replace(/\s+/g, ' ') : `MongoDB ${buildInfo.version}`;

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

    // ---------------------------------------------------------------- intake, dry run, memory
    const intakeDbName = `${dbTag}_intake`;
    log(`starting the service (database ${intakeDbName})...`);
    const service = await startNodeProcess('service-intake', 'src/server.ts', serviceEnv(intakeDbName));
    services.push(service);
    const echo = await startNodeProcess('echo-baseline', 'scripts/bench/echoServer.ts', { BODY_LIMIT_KB: '256' });
    services.push(echo);
    const serviceRss = rssSampler(service.child.pid!);

    await mongoose.connect(uri, { dbName: intakeDbName, serverSelectionTimeoutMS: 5000 });
    const { keyId, key } = await createApiKey('Benchmark partner');
    await mongoose.disconnect();
    const auth = { authorization: `Bearer ${key}` };

    // One of each fixture through the real service: proves the path works and gives the raw baseline the exact
    // documents the service stores.
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

    const intakeSat = (label: string) => saturate(label, { url: service.url, path: '/api/v1/referrals', connections: CONNECTIONS, seconds: SATURATION_SECONDS, build: intakeRequest });
    const rawSat = (label: string) => saturateLoops(label, { concurrency: CONNECTIONS, seconds: SATURATION_SECONDS, op: rawInsert });

    log('warming up...');
    await saturate('warm-up', { url: service.url, path: '/api/v1/referrals', connections: CONNECTIONS, seconds: 3, build: intakeRequest });
    await saturateLoops('warm-up', { concurrency: CONNECTIONS, seconds: 2, op: rawInsert });

    // 1. intake at saturation: A B B A.
    log(`intake vs raw insertOne at saturation, ${CONNECTIONS} concurrent, ${SATURATION_SECONDS} s each (A B B A)...`);
    const intakeRuns: RunResult[] = [];
    const rawRuns: RunResult[] = [];
    intakeRuns.push(await intakeSat('intake, saturation (1)'));
    rawRuns.push(await rawSat('raw insertOne, saturation (1)'));
    rawRuns.push(await rawSat('raw insertOne, saturation (2)'));
    intakeRuns.push(await intakeSat('intake, saturation (2)'));
    runs.push(intakeRuns[0], rawRuns[0], rawRuns[1], intakeRuns[1]);
    const intakeRate = mean(intakeRuns, (r) => r.perSecond);
    const rawRate = mean(rawRuns, (r) => r.perSecond);
    const intakeRatio = intakeRate / rawRate;

    // 1b. intake at fixed rates, paced identically on both sides.
    const rates = [20, Math.max(40, Math.round((intakeRate * 0.5) / 10) * 10)];
    const rateResults: { rate: number; intake: RunResult; raw: RunResult }[] = [];
    for (const [i, rate] of rates.entries()) {
      log(`fixed rate ${rate}/s, ${RATE_SECONDS} s each side...`);
      const a = () =>
        fixedRate(`intake at ${rate}/s`, {
          rate,
          seconds: RATE_SECONDS,
          concurrency: CONNECTIONS,
          op: async () => {
            const { body, headers } = intakeRequest();
            return (await http.send('POST', '/api/v1/referrals', headers, body)).status;
          },
        });
      const b = () => fixedRate(`raw insertOne at ${rate}/s`, { rate, seconds: RATE_SECONDS, concurrency: CONNECTIONS, op: async () => void (await rawInsert()) });
      const [intake, raw] = i % 2 === 0 ? [await a(), await b()] : await (async () => {
        const r = await b();
        return [await a(), r];
      })();
      runs.push(intake, raw);
      rateResults.push({ rate, intake, raw });
    }
    http.close();

    // 2. dry-run check vs bare echo: A B B A.
    log(`dry-run check vs bare echo route at saturation, ${CHECK_SECONDS} s each (A B B A)...`);
    let cseq = 0;
    const checkBuild = () => ({ body: bodies[cseq++ % bodies.length], headers: {} });
    const checkSat = (label: string, seconds = CHECK_SECONDS) => saturate(label, { url: service.url, path: '/api/v1/referrals/check', connections: CONNECTIONS, seconds, build: checkBuild });
    const echoSat = (label: string, seconds = CHECK_SECONDS) => saturate(label, { url: echo.url, path: '/echo', connections: CONNECTIONS, seconds, build: checkBuild });
    await checkSat('warm-up', 2);
    await echoSat('warm-up', 2);
    const checkRuns = [await checkSat('dry-run check (1)')];
    const echoRuns = [await echoSat('echo baseline (1)'), await echoSat('echo baseline (2)')];
    checkRuns.push(await checkSat('dry-run check (2)'));
    runs.push(checkRuns[0], ...echoRuns, checkRuns[1]);
    const checkRatio = mean(checkRuns, (r) => r.perSecond) / mean(echoRuns, (r) => r.perSecond);

    const intakePeak = service.peakRssMb() ?? serviceRss.stop();
    serviceRss.stop();
    peaks.push({ name: 'intake + dry run', mb: intakePeak });
    const storedCount = await referrals.countDocuments({});
    notes.push(`The intake database held ${storedCount} referrals at the end (service and raw inserts together).`);
    await service.stop();
    await echo.stop();

    // ---------------------------------------------------------------- triage: listing, claims
    const triageDbName = `${dbTag}_triage`;
    log(`starting the service (database ${triageDbName}) and seeding ${SEED.archived + SEED.recentlyDecided} closed and ${SEED.open} open referrals...`);
    const triage = await startNodeProcess('service-triage', 'src/server.ts', serviceEnv(triageDbName));
    services.push(triage);
    const triageRss = rssSampler(triage.child.pid!);
    const triageDb = client.db(triageDbName);
    const seeded = await seedTriage(triageDb, templates, SEED);
    log(`seeded ${JSON.stringify(seeded)}`);

    await mongoose.connect(uri, { dbName: triageDbName, serverSelectionTimeoutMS: 5000 });
    const accounts = [];
    for (let w = 0; w < CLAIM_WORKERS; w++) accounts.push(await createStaff(`bench.worker${w + 1}@council.example`, 'worker'));
    await mongoose.disconnect();
    const staffHttp = httpClient(triage.url, CLAIM_WORKERS);
    const tokens: string[] = [];
    for (const a of accounts) {
      const res = await staffHttp.send('POST', '/api/v1/session', {}, JSON.stringify({ email: a.email, password: a.oneTimePassword }));
      if (res.status !== 201) throw new Error(`sign-in failed: ${res.status} ${res.body.slice(0, 300)}`);
      tokens.push((JSON.parse(res.body) as { token: string }).token);
    }

    // 5. queue listing: one member of staff refreshing, then several at once.
    const listPath = `/api/v1/queues/${SEED.queue}/referrals`;
    const first = await staffHttp.send('GET', listPath, { authorization: `Bearer ${tokens[0]}` });
    if (first.status !== 200) throw new Error(`queue listing failed: ${first.status} ${first.body.slice(0, 300)}`);
    const page = JSON.parse(first.body) as { total: number; items: unknown[] };
    if (page.total !== SEED.open) notes.push(`The listing reported ${page.total} open referrals in ${SEED.queue}; ${SEED.open} were seeded.`);
    for (let i = 0; i < 20; i++) await staffHttp.send('GET', listPath, { authorization: `Bearer ${tokens[0]}` });
    log(`queue listing: ${LISTING_REQUESTS} requests one after another, then ${CLAIM_WORKERS / 2} staff at once...`);
    const listSingle = await timedSequential(`queue listing, 1 client`, LISTING_REQUESTS, async () => (await staffHttp.send('GET', listPath, { authorization: `Bearer ${tokens[0]}` })).status);
    const listMany = await saturateLoops(`queue listing, ${CLAIM_WORKERS / 2} clients`, {
      concurrency: CLAIM_WORKERS / 2,
      seconds: 5,
      op: async () => {
        const res = await staffHttp.send('GET', listPath, { authorization: `Bearer ${tokens[1]}` });
        if (res.status !== 200) throw Object.assign(new Error('status'), { code: res.status });
      },
    });
    runs.push(listSingle, listMany);

    // 4. claims: workers take the next referral and decide it until the queue is empty.
    log(`claims: ${CLAIM_WORKERS} workers claiming and deciding from ${SEED.queue} (at most ${CLAIM_SECONDS_MAX} s)...`);
    const given = new Map<string, number[]>();
    const claimLatencies: number[] = [];
    const decideLatencies: number[] = [];
    const claimStatus: Record<string, number> = {};
    let decided = 0;
    const claimStarted = performance.now();
    const claimEnd = claimStarted + CLAIM_SECONDS_MAX * 1000;
    const decision = JSON.stringify({
      outcome: 'early-help',
      rationale: 'The school describes specific worries about attendance and a family under strain; early help with the school first.',
      workerScaling: { score: 6, rationale: 'Mum walks her to school every day and asked for help herself.' },
    });
    await Promise.all(
      tokens.map(async (token, w) => {
        const headers = { authorization: `Bearer ${token}` };
        while (performance.now() < claimEnd) {
          const t0 = performance.now();
          const claim = await staffHttp.send('POST', `/api/v1/queues/${SEED.queue}/claim`, headers, '{}');
          claimStatus[`claim ${claim.status}`] = (claimStatus[`claim ${claim.status}`] ?? 0) + 1;
          if (claim.status === 404) return; // nothing unclaimed is left
          if (claim.status !== 200) continue;
          claimLatencies.push(performance.now() - t0);
          const reference = (JSON.parse(claim.body) as { reference: string }).reference;
          given.set(reference, [...(given.get(reference) ?? []), w]);
          const t1 = performance.now();
          const res = await staffHttp.send('POST', `/api/v1/referrals/${reference}/decision`, headers, decision);
          claimStatus[`decision ${res.status}`] = (claimStatus[`decision ${res.status}`] ?? 0) + 1;
          if (res.status === 201) {
            decided++;
            decideLatencies.push(performance.now() - t1);
          }
        }
      }),
    );
    const claimSeconds = (performance.now() - claimStarted) / 1000;
    staffHttp.close();
    const decisionsPerSecond = decided / claimSeconds;

    // Double claims, checked twice: what the workers were given, and what the database holds.
    const givenTwice = [...given.values()].filter((ws) => ws.length > 1).length;
    const references = [...given.keys()];
    const decisionDocs = await triageDb
      .collection<{ _id: string; reference: string; decidedBy: { email: string } }>('decisions')
      .find({ reference: { $in: references } })
      .toArray();
    const perReference = new Map<string, number>();
    for (const d of decisionDocs) perReference.set(d.reference, (perReference.get(d.reference) ?? 0) + 1);
    const notExactlyOne = references.filter((r) => perReference.get(r) !== 1).length;
    const claimDocs = await triageDb.collection<{ reference: string }>('claims').find({ reference: { $in: references } }).toArray();
    const claimsPerReference = new Map<string, number>();
    for (const c of claimDocs) claimsPerReference.set(c.reference, (claimsPerReference.get(c.reference) ?? 0) + 1);
    const claimedTwiceInDb = [...claimsPerReference.values()].filter((n) => n > 1).length;
    const stillOpen = await triageDb.collection('referrals').countDocuments({ queue: SEED.queue, status: 'open' });
    const doubleClaims = givenTwice + claimedTwiceInDb;
    runs.push(
      summary(`claim next (${CLAIM_WORKERS} workers)`, claimSeconds, claimLatencies, claimStatus),
      summary(`decision (${CLAIM_WORKERS} workers)`, claimSeconds, decideLatencies, {}),
    );
    notes.push(
      `Claims: ${decided} decisions in ${fmt(claimSeconds)} s by ${CLAIM_WORKERS} workers; ${references.length} referrals handed out, ` +
        `${givenTwice} handed to more than one worker, ${notExactlyOne} without exactly one decision, ${claimedTwiceInDb} with more than one claim document; ` +
        `${stillOpen} left open in ${SEED.queue} (the ${SEED.openClaimedByOthers} another worker holds, and any not reached). Answers: ${JSON.stringify(claimStatus)}.`,
    );

    peaks.push({ name: 'listing + claims', mb: triage.peakRssMb() ?? triageRss.stop() });
    triageRss.stop();
    await triage.stop();

    // ---------------------------------------------------------------- the table
    const peak = peaks.reduce((a, b) => (b.mb > a.mb ? b : a));
    rows.push(
      {
        measure: `intake throughput / raw \`insertOne\` throughput (${CONNECTIONS} concurrent, saturation)`,
        result: `${fmt(intakeRate)} / ${fmt(rawRate)} per s = **${fmt(intakeRatio, 2)}**`,
        target: '>= 0.7',
        pass: intakeRatio >= 0.7 ? 'yes' : 'no',
      },
      {
        measure: 'intake latency p50 / p99 at saturation (raw insertOne)',
        result: `${ms(mean(intakeRuns, (r) => r.p50))} / ${ms(mean(intakeRuns, (r) => r.p99))} (raw ${ms(mean(rawRuns, (r) => r.p50))} / ${ms(mean(rawRuns, (r) => r.p99))})`,
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
        measure: 'intake non-2xx answers (all intake runs)',
        result: String(sum(intakeRuns, (r) => r.failures) + sum(rateResults.map((x) => x.intake), (r) => r.failures)),
        target: '0',
        pass: sum(intakeRuns, (r) => r.failures) + sum(rateResults.map((x) => x.intake), (r) => r.failures) === 0 ? 'yes' : 'no',
      },
      {
        measure: 'dry-run check throughput / bare express echo',
        result: `${fmt(mean(checkRuns, (r) => r.perSecond))} / ${fmt(mean(echoRuns, (r) => r.perSecond))} per s = **${fmt(checkRatio, 2)}**`,
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
        measure: `claims: decisions per second (${CLAIM_WORKERS} workers claim next + decide)`,
        result: `${fmt(decisionsPerSecond)} per s (${decided} decisions)`,
        target: '-',
        pass: '-',
      },
      {
        measure: 'double claims (handed out twice, or in the database)',
        result: `**${doubleClaims}** (${notExactlyOne} referrals without exactly one decision)`,
        target: '0',
        pass: doubleClaims === 0 && notExactlyOne === 0 ? 'yes' : 'no',
      },
      {
        measure: `queue listing p95, ${SEED.archived + SEED.recentlyDecided} closed + ${SEED.open} open (1 client; ${CLAIM_WORKERS / 2} clients)`,
        result: `**${ms(listSingle.p95)}** (${ms(listMany.p95)} with ${CLAIM_WORKERS / 2} at once)`,
        target: '<= 50 ms',
        pass: listSingle.p95 <= 50 ? 'yes' : 'no',
      },
      {
        measure: 'peak RSS of the service under load (VmHWM)',
        result: `**${fmt(peak.mb, 0)} MB** (${peaks.map((p) => `${p.name}: ${fmt(p.mb, 0)} MB`).join('; ')})`,
        target: '<= 250 MB',
        pass: peak.mb <= 250 ? 'yes' : 'no',
      },
    );

    const finishedAt = new Date();
    const machine = `${cpus().length} CPUs (${cpus()[0]?.model?.trim() ?? 'unknown'}), ${fmt(totalmem() / 2 ** 30, 1)} GB memory, Node ${process.version}, ${dbKind}`;
    const table = ['| measure | result | target | pass |', '| --- | --- | --- | --- |', ...rows.map((r) => `| ${r.measure} | ${r.result} | ${r.target} | ${r.pass} |`)].join('\n');
    const details = [
      '| run | per s | p50 | p95 | p99 | failures | answers |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...runs.map(runLine),
    ].join('\n');
    const report = [
      `## Benchmark, ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      '',
      `Machine: ${machine}. Everything on one machine over loopback: load generator, service (one process, WORKERS=false), baselines and database share these CPUs. Ratios carry between machines; absolute numbers do not. Run took ${fmt((finishedAt.getTime() - startedAt.getTime()) / 1000, 0)} s.`,
      '',
      table,
      '',
      `Checker figures from ${checker.source}. Seeded for the listing and claims: ${JSON.stringify(seeded)} (${SEED.archived} closed in \`archivedReferrals\`, ${SEED.recentlyDecided} decided within 48 h still in \`referrals\` with their released claims, ${SEED.open} open in ${SEED.queue} of which ${SEED.openClaimedByOthers} held by another worker; a decision per closed referral).`,
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
    for (const s of services) await s.stop().catch(() => {});
    await mongoose.disconnect().catch(() => {});
    await client?.close().catch(() => {});
    await ferret?.stop().catch(() => {});
    rmSync(tmp, { recursive: true, force: true });
  }
}

function summary(label: string, seconds: number, latencies: number[], statusCounts: Record<string, number>): RunResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  const p = (q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((q / 100) * sorted.length) - 1)] : NaN);
  return { label, seconds, completed: latencies.length, perSecond: latencies.length / seconds, p50: p(50), p95: p(95), p99: p(99), failures: 0, statusCounts };
}

/** `count` requests one after another; latency is each request's own time. */
async function timedSequential(label: string, count: number, op: () => Promise<number>): Promise<RunResult> {
  const latencies: number[] = [];
  const statusCounts: Record<string, number> = {};
  let failures = 0;
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    const status = await op();
    statusCounts[status] = (statusCounts[status] ?? 0) + 1;
    if (status >= 200 && status < 300) latencies.push(performance.now() - t0);
    else failures++;
  }
  const r = summary(label, (performance.now() - started) / 1000, latencies, statusCounts);
  return { ...r, failures };
}

main()
  .then(() => process.exit(0))
  .catch((err) => {
    console.error(`bench failed: ${err?.stack ?? err}`);
    process.exit(1);
  });
