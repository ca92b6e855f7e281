import mongoose from 'mongoose';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startFerretDb, type EmbeddedDatabase } from '../../src/platform/db/embeddedFerretDb';
import { ensureIndexes } from '../../src/platform/db/database';
import { createApiKey } from '../../src/platform/auth/apiKeyService';
import { startServerProcess, type ServerProcess } from '../support/serverProcess';
import { startLoad, type Attempt } from './support/ledgerClient';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const dbName = 'kill_under_load';

/**
 * The database and then the service are killed with SIGKILL while a client keeps posting referrals, each with its
 * own Idempotency-Key, retrying with the same key until it gets 201. Afterwards the client's ledger is reconciled
 * against what the database holds.
 */
describe('when the database and then the service are killed under steady load', () => {
  let db: EmbeddedDatabase;
  let dataDir: string;
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    const root = join(__dirname, '..', '.tmp');
    mkdirSync(root, { recursive: true });
    dataDir = mkdtempSync(join(root, 'kill-'));
    db = await startFerretDb({ dataDir });
    await mongoose.connect(db.uri, { dbName, serverSelectionTimeoutMS: 5000, heartbeatFrequencyMS: 500 });
    await ensureIndexes();
  });
  afterAll(async () => {
    server?.child.kill('SIGKILL');
    await mongoose.disconnect();
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('every referral that got 201 is stored exactly once, and requests during the outage got fast 503s', async () => {
    const { keyId, key } = await createApiKey('Fault test partner');
    const env = { MONGODB_URI: db.uri, MONGODB_DB: dbName, WORKERS: 'false', RATE_LIMIT_PER_MINUTE: '1000000' };
    server = await startServerProcess(env);
    const port = new URL(server.url).port;
    let baseUrl = server.url;
    const client = startLoad({ baseUrl: () => baseUrl, key, concurrency: 4, pauseMs: 10, maxReferrals: 3000 });
    const ledgerAttempts = () => client.ledger.flatMap((e) => e.attempts);

    // Steady state.
    await sleep(1500);

    // 1. The database dies, stays away for a while, and comes back on the same port and data.
    const dbKilledAt = Date.now();
    db.process.kill('SIGKILL');
    await new Promise((r) => db.process.once('exit', r));
    await sleep(3000);
    const dbRestartedAt = Date.now();
    db = await startFerretDb({ dataDir, port: db.port });
    const recovered = async (since: number) => {
      for (let i = 0; i < 120; i++) {
        if (ledgerAttempts().some((a) => a.at > since && a.outcome === 201)) return Date.now() - since;
        await sleep(250);
      }
      return -1;
    };
    const dbRecoveryMs = await recovered(dbRestartedAt);
    expect(dbRecoveryMs).toBeGreaterThanOrEqual(0);
    await sleep(1000);

    // 2. The service dies mid-load and is started again on the same port.
    const firstServerOutput = server.output();
    server.child.kill('SIGKILL');
    await server.exited;
    await sleep(500);
    const serviceRestartingAt = Date.now();
    server = await startServerProcess({ ...env, PORT: port });
    baseUrl = server.url;
    const serviceRecoveryMs = await recovered(serviceRestartingAt);
    expect(serviceRecoveryMs).toBeGreaterThanOrEqual(0);
    await sleep(1000);

    await client.finish(30_000);

    // Reconcile.
    const { ledger } = client;
    const attempts = ledgerAttempts();
    const outage = attempts.filter((a) => a.at >= dbKilledAt + 200 && a.at + a.ms <= dbRestartedAt);
    const during503 = outage.filter((a) => a.outcome === 503);
    const counts = (list: Attempt[]) => list.reduce<Record<string, number>>((m, a) => ((m[String(a.outcome)] = (m[String(a.outcome)] ?? 0) + 1), m), {});
    const unfinished = ledger.filter((e) => !e.reference);
    const referrals = mongoose.connection.db!.collection('referrals');
    const stored = await referrals.find({}, { projection: { _id: 1, idempotencyKey: 1 } }).toArray();
    const byReference = new Map<string, number>();
    const byKey = new Map<string, number>();
    for (const doc of stored) {
      byReference.set(String(doc._id), (byReference.get(String(doc._id)) ?? 0) + 1);
      byKey.set(doc.idempotencyKey as string, (byKey.get(doc.idempotencyKey as string) ?? 0) + 1);
    }
    const accepted = ledger.filter((e) => e.reference);
    const notStoredOnce = accepted.filter((e) => byReference.get(e.reference!) !== 1 || byKey.get(`${keyId}:${e.idempotencyKey}`) !== 1);
    const changedReference = ledger.filter((e) => new Set(e.attempts.filter((a) => a.reference).map((a) => a.reference)).size > 1);
    const retried = ledger.filter((e) => e.attempts.length > 1 && e.reference);

    // eslint-disable-next-line no-console
    console.log(
      [
        `fault suite: ${ledger.length} referrals, ${attempts.length} requests; all outcomes ${JSON.stringify(counts(attempts))}`,
        `database outage (${dbRestartedAt - dbKilledAt} ms): ${JSON.stringify(counts(outage))}, slowest 503 ${Math.max(0, ...during503.map((a) => a.ms))} ms`,
        `recovered ${dbRecoveryMs} ms after the database restart, ${serviceRecoveryMs} ms after the service restart began`,
        `${retried.length} referrals needed retries; ${stored.length} stored for ${accepted.length} accepted`,
      ].join('\n'),
    );

    expect(unfinished.map((e) => e.idempotencyKey)).toEqual([]);
    expect(notStoredOnce.map((e) => e.reference)).toEqual([]);
    expect(changedReference.map((e) => e.idempotencyKey)).toEqual([]);
    expect(stored.length).toBe(accepted.length); // nothing stored that the client does not know about
    expect(retried.length).toBeGreaterThan(0); // the faults really hit requests
    expect(during503.length).toBeGreaterThan(0);
    expect(during503.filter((a) => a.ms >= 2000).map((a) => a.ms)).toEqual([]); // fast 503s, not hangs
    expect(during503.every((a) => a.contentType?.startsWith('application/problem+json'))).toBe(true);
    expect(attempts.filter((a) => a.outcome === 'timeout')).toEqual([]); // nothing hung for 10 s
    const otherFailures = attempts.filter((a) => typeof a.outcome === 'number' && a.outcome >= 500 && a.outcome !== 503).map((a) => a.outcome);
    // On failure, show what the service logged about it (error names and messages only; no personal data is logged).
    const loggedErrors = otherFailures.length ? `${firstServerOutput}\n${server.output()}`.split('\n').filter((l) => /unexpected error/.test(l)) : [];
    expect({ otherFailures, loggedErrors }).toEqual({ otherFailures: [], loggedErrors: [] });
    expect(attempts.filter((a) => typeof a.outcome === 'number' && a.outcome >= 400 && a.outcome < 500).map((a) => a.outcome)).toEqual([]);
  }, 110_000);
});
