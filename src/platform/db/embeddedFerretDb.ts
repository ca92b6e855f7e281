import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const FERRETDB_VERSION = 'v1.24.2';
/** Stamped into the build (`ferretdb --version` prints it as `package`), so a binary without the fix is rebuilt. */
const BUILD_STAMP = 'safer-referral-intake-id-index';

/**
 * The embedded development database: FerretDB 1.24.2 (MongoDB wire protocol) on its SQLite backend.
 *
 * Why a vendored build rather than `go install ...@v1.24.2`: the module proxy here refuses the module's
 * version list (which `go install` reads for deprecation notices), and the module zip lacks the
 * `build/version/version.txt` that the binary insists on at start-up. Building from a throw-away module with
 * that one file written gives the same code, version-stamped.
 *
 * One line is fixed in the build: the SQLite backend looks documents up by `_ferretdb_sjson->'$._id'` while its
 * unique `_id` index is on `_ferretdb_sjson->"_id"`. The two mean the same, but SQLite only uses an index for the
 * expression it was built on, so every look-up by `_id` scanned the whole collection (220 ms at 20,000
 * referrals). Writing the look-up as the index is written makes it an index search (2 ms). Nothing else changes.
 */
export async function ensureFerretDbBinary(log: (msg: string) => void = () => {}): Promise<string> {
  const fromEnv = process.env.FERRETDB_BIN;
  if (fromEnv) return fromEnv;
  let gopath: string;
  try {
    gopath = (await run('go', ['env', 'GOPATH'])).stdout.trim();
  } catch {
    throw new Error(
      'The embedded database needs Go to build FerretDB, and `go` was not found. Either install Go ' +
        '(https://go.dev/doc/install) or set MONGODB_URI to a MongoDB you run yourself.',
    );
  }
  const target = join(gopath, 'bin', 'ferretdb');
  if (existsSync(target) && (await buildOf(target)) === `${FERRETDB_VERSION} ${BUILD_STAMP}`) return target;

  log(`Building FerretDB ${FERRETDB_VERSION} from the Go module proxy (once; about a minute)...`);
  const work = mkdtempSync(join(tmpdir(), 'ferretdb-build-'));
  try {
    writeFileSync(join(work, 'go.mod'), `module ferretdbbuild\n\ngo 1.22\n\nrequire github.com/FerretDB/FerretDB ${FERRETDB_VERSION}\n`);
    writeFileSync(join(work, 'tools.go'), '//go:build tools\n\npackage tools\n\nimport _ "github.com/FerretDB/FerretDB/cmd/ferretdb"\n');
    const env = { ...process.env, GOFLAGS: '-mod=mod -buildvcs=false' };
    await run('go', ['mod', 'tidy'], { cwd: work, env, maxBuffer: 16 << 20 });
    await run('go', ['mod', 'vendor'], { cwd: work, env, maxBuffer: 16 << 20 });
    const ferret = join(work, 'vendor/github.com/FerretDB/FerretDB');
    writeFileSync(join(ferret, 'build/version/version.txt'), `${FERRETDB_VERSION}\n`);
    writeFileSync(join(ferret, 'build/version/package.txt'), `${BUILD_STAMP}\n`);
    useIdIndexForLookups(join(ferret, 'internal/backends/sqlite/metadata/metadata.go'));
    mkdirSync(join(gopath, 'bin'), { recursive: true });
    const partial = `${target}.${process.pid}.tmp`;
    await run('go', ['build', '-mod=vendor', '-buildvcs=false', '-o', partial, 'github.com/FerretDB/FerretDB/cmd/ferretdb'], {
      cwd: work,
      env: { ...process.env, GOFLAGS: '' },
      maxBuffer: 16 << 20,
    });
    renameSync(partial, target); // atomic: a concurrent launcher never runs a half-written binary
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  log(`FerretDB ${FERRETDB_VERSION} installed at ${target}`);
  return target;
}

function useIdIndexForLookups(metadataGo: string): void {
  const source = readFileSync(metadataGo, 'utf8');
  const before = `IDColumn = DefaultColumn + "->'$._id'"`;
  if (!source.includes(before)) throw new Error(`FerretDB source changed: ${before} not found in ${metadataGo}`);
  writeFileSync(metadataGo, source.replace(before, 'IDColumn = DefaultColumn + `->"_id"`'));
}

/** "<version> <package>" as the binary reports them, e.g. "v1.24.2 safer-referral-intake-id-index". */
async function buildOf(binary: string): Promise<string | undefined> {
  try {
    const { stdout } = await run(binary, ['--version']);
    return `${/version: (\S+)/.exec(stdout)?.[1]} ${/package: (\S+)/.exec(stdout)?.[1]}`;
  } catch {
    return undefined;
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export interface EmbeddedDatabase {
  uri: string;
  port: number;
  dataDir: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts FerretDB on a free loopback port with its data and state under `dataDir`; resolves once it accepts
 * connections. If one is already serving that folder (the service is running and an admin script starts), it is
 * shared rather than doubled: two FerretDB processes on one SQLite folder do not see each other's writes.
 */
export async function startFerretDb(options: { dataDir: string; port?: number; log?: (msg: string) => void }): Promise<EmbeddedDatabase> {
  const dataDir = resolve(options.dataDir);
  const running = await runningInstance(dataDir);
  if (running) return running;
  const binary = await ensureFerretDbBinary(options.log);
  const sqliteDir = join(dataDir, 'sqlite');
  const stateDir = join(dataDir, 'state');
  mkdirSync(sqliteDir, { recursive: true });
  mkdirSync(stateDir, { recursive: true });
  const port = options.port ?? (await freePort());
  const child = spawn(
    binary,
    [
      '--handler=sqlite',
      `--sqlite-url=file:${sqliteDir}/`,
      `--listen-addr=127.0.0.1:${port}`,
      `--state-dir=${stateDir}`,
      '--telemetry=disable',
      '--debug-addr=-',
      '--log-level=error',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const stopOnExit = () => child.kill('SIGKILL');
  process.once('exit', stopOnExit);

  await waitForPort(port, child, () => stderr);
  const marker = join(dataDir, 'running.json');
  writeFileSync(marker, JSON.stringify({ pid: child.pid, port, owner: process.pid }));
  return {
    uri: `mongodb://127.0.0.1:${port}/`,
    port,
    dataDir,
    process: child,
    stop: async () => {
      process.removeListener('exit', stopOnExit);
      rmSync(marker, { force: true });
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((done) => child.once('exit', () => done()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * The FerretDB another process of ours started on this folder, if it is still alive and listening. While that
 * process lives (the service, say, while an admin script runs) it is only borrowed; if that process died without
 * stopping it (killed with SIGKILL), this one takes it over and stops it in turn.
 */
async function runningInstance(dataDir: string): Promise<EmbeddedDatabase | undefined> {
  const markerFile = join(dataDir, 'running.json');
  let marker: { pid: number; port: number; owner: number };
  try {
    marker = JSON.parse(readFileSync(markerFile, 'utf8'));
    process.kill(marker.pid, 0);
  } catch {
    return undefined;
  }
  if (!(await portOpen(marker.port))) return undefined;
  const shared = { pid: marker.pid, exitCode: null, signalCode: null } as unknown as ChildProcess;
  const handle = { uri: `mongodb://127.0.0.1:${marker.port}/`, port: marker.port, dataDir, process: shared, stop: async () => {} };
  if (isAlive(marker.owner)) return handle;
  writeFileSync(markerFile, JSON.stringify({ ...marker, owner: process.pid }));
  return {
    ...handle,
    stop: async () => {
      rmSync(markerFile, { force: true });
      try {
        process.kill(marker.pid, 'SIGTERM');
      } catch {
        return;
      }
      for (let i = 0; i < 50 && isAlive(marker.pid); i++) await new Promise((r) => setTimeout(r, 100));
    },
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

async function waitForPort(port: number, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`FerretDB exited at start-up (code ${child.exitCode}): ${stderr()}`);
    if (await portOpen(port)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`FerretDB did not accept connections on port ${port} within 30s: ${stderr()}`);
}
