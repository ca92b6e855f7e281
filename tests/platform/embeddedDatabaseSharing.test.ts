import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startServerProcess, type ServerProcess } from '../support/serverProcess';
import { completeReferral } from '../support/fixtures';

const run = promisify(execFile);
const root = join(__dirname, '..', '..');
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The README's quick start: `npm start` on the embedded database, then `npm run apikey` in another terminal. */
describe('the embedded database when the service and an admin script share a data folder', () => {
  const dataDir = mkdtempSync(join(__dirname, '..', '.tmp', 'shared-'));
  // No MONGODB_URI: the service starts its own embedded FerretDB under DATA_DIR, as `npm start` does.
  const env = { DATA_DIR: dataDir, MONGODB_URI: undefined as unknown as string, WORKERS: 'false' };
  let server: ServerProcess | undefined;
  afterAll(async () => {
    if (server?.child.exitCode === null) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });
  const ferretPid = () => JSON.parse(readFileSync(join(dataDir, 'ferretdb', 'running.json'), 'utf8')).pid as number;

  test('a key created while the service runs works at once; after kill -9 the restarted service adopts and stops the database', async () => {
    server = await startServerProcess(env);
    const firstDb = ferretPid();
    const created = await run(process.execPath, ['--import', 'tsx', 'scripts/apikey.ts', 'create', 'Hillside MIS'], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir, MONGODB_URI: undefined as unknown as string, LOG_LEVEL: 'silent' },
    });
    const key = /sri_\S+/.exec(created.stdout)![0];
    expect(ferretPid()).toBe(firstDb); // borrowed, not doubled
    const post = (url: string) =>
      fetch(`${url}/api/v1/referrals`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify(completeReferral()) });
    expect((await post(server.url)).status).toBe(201);

    server.child.kill('SIGKILL');
    await server.exited;
    expect(alive(firstDb)).toBe(true); // orphaned by the kill
    server = await startServerProcess(env);
    expect(ferretPid()).toBe(firstDb); // adopted, with the data
    expect((await post(server.url)).status).toBe(201);

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    await new Promise((r) => setTimeout(r, 300));
    expect(alive(firstDb)).toBe(false);
  }, 120_000);
});
