import mongoose from 'mongoose';
import { ensureIndexes } from '../../src/platform/db/database';
import { createApiKey } from '../../src/platform/auth/apiKeyService';
import { startServerProcess, type ServerProcess } from '../support/serverProcess';
import { completeReferral } from '../support/fixtures';
import { waitForRoomInWindow } from '../hostile/support/window';

const dbName = 'two_instances';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Two real service processes share one database for the whole file, as two instances behind a load balancer would. */
describe('two service processes against one database', () => {
  let servers: ServerProcess[] = [];
  let limited: ServerProcess[] = [];

  beforeAll(async () => {
    await mongoose.connect(process.env.MONGODB_URI!, { dbName });
    await mongoose.connection.db!.dropDatabase();
    await ensureIndexes();
    const env = { MONGODB_DB: dbName, WORKERS: 'false' };
    [servers, limited] = await Promise.all([
      Promise.all([startServerProcess({ ...env, RATE_LIMIT_PER_MINUTE: '1000000' }), startServerProcess({ ...env, RATE_LIMIT_PER_MINUTE: '1000000' })]),
      Promise.all([startServerProcess({ ...env, RATE_LIMIT_PER_MINUTE: '30' }), startServerProcess({ ...env, RATE_LIMIT_PER_MINUTE: '30' })]),
    ]);
  }, 90_000);
  afterAll(async () => {
    for (const s of [...servers, ...limited]) s.child.kill('SIGKILL');
    await mongoose.disconnect();
  });

  const post = (server: ServerProcess, key: string, body: unknown, idempotencyKey?: string) =>
    fetch(`${server.url}/api/v1/referrals`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}) },
      body: JSON.stringify(body),
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as { reference?: string } }));

  test('under concurrent load through both, every accepted referral has its own reference and is stored once', async () => {
    const { key } = await createApiKey('Two instance partner');
    const results = await Promise.all(
      Array.from({ length: 300 }, (_, i) => {
        const referral = completeReferral();
        referral.children[0].firstName = `Child ${i}`;
        return post(servers[i % 2], key, referral, `pair-${i}`);
      }),
    );
    expect(results.filter((r) => r.status !== 201).map((r) => r.status)).toEqual([]);
    const references = results.map((r) => r.body.reference);
    expect(new Set(references).size).toBe(300);
    expect(await mongoose.connection.db!.collection('referrals').countDocuments()).toBe(300);
  }, 60_000);

  test('the same Idempotency-Key sent to both at once stores one referral and both get its reference', async () => {
    const { key } = await createApiKey('Retrying partner');
    const before = await mongoose.connection.db!.collection('referrals').countDocuments();
    for (let round = 0; round < 10; round++) {
      const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => post(servers[i % 2], key, completeReferral(), `race-${round}`)));
      expect(answers.map((a) => a.status).every((s) => s === 201 || s === 200)).toBe(true);
      expect(new Set(answers.map((a) => a.body.reference)).size).toBe(1);
    }
    expect((await mongoose.connection.db!.collection('referrals').countDocuments()) - before).toBe(10);
  }, 60_000);

  test('a rate limit holds across both: a key that used its allowance on one is refused by the other, with Retry-After', async () => {
    const { key } = await createApiKey('Flooding partner');
    await waitForRoomInWindow(15_000);
    const read = (server: ServerProcess) => fetch(`${server.url}/api/v1/referrals/SR-0000-0000`, { headers: { authorization: `Bearer ${key}` } });
    for (let i = 0; i < 20; i++) expect((await read(limited[0])).status).toBe(404);
    await sleep(2500); // both instances publish and read their counts every second
    const statuses: number[] = [];
    let refused: Response | undefined;
    for (let i = 0; i < 15 && !refused; i++) {
      const res = await read(limited[1]);
      statuses.push(res.status);
      if (res.status === 429) refused = res;
    }
    // 30 a minute in total: the second instance allows at most the 10 left, not its own 30.
    expect(statuses.length).toBeLessThanOrEqual(11);
    expect(refused).toBeDefined();
    const retryAfter = Number(refused!.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused!.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(((await refused!.json()) as { status: number }).status).toBe(429);
  }, 60_000);
});
