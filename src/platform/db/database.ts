import mongoose from 'mongoose';
import { logger } from '../logging';
import { startFerretDb, type EmbeddedDatabase } from './embeddedFerretDb';
import { join } from 'node:path';

// Fail fast instead of queueing commands while the database is away: a write then answers 503 at once.
mongoose.set('bufferCommands', false);
mongoose.set('strictQuery', true);
mongoose.set('autoIndex', false); // indexes are created explicitly at start-up, see ensureIndexes()

let embedded: EmbeddedDatabase | undefined;

export interface DatabaseOptions {
  uri?: string;
  dataDir: string;
  dbName?: string;
}

/** Connects to MONGODB_URI, or starts the embedded FerretDB under DATA_DIR when none is given. */
export async function connectDatabase(options: DatabaseOptions): Promise<string> {
  let uri = options.uri;
  if (!uri) {
    embedded = await startFerretDb({ dataDir: join(options.dataDir, 'ferretdb'), log: (m) => logger.info(m) });
    uri = embedded.uri;
    logger.info({ port: embedded.port, dataDir: embedded.dataDir }, 'embedded FerretDB started');
  }
  await mongoose.connect(uri, {
    dbName: options.dbName ?? 'safer_referrals',
    serverSelectionTimeoutMS: 3000,
    socketTimeoutMS: 20_000,
    maxPoolSize: 20,
    // Notice a database that came back within a second or so, not the driver's default ten.
    heartbeatFrequencyMS: 1000,
  });
  await ensureIndexes();
  return uri;
}

/** Builds every model's indexes. Unique indexes carry correctness here (references, idempotency, claims). */
export async function ensureIndexes(): Promise<void> {
  for (const model of Object.values(mongoose.models)) await model.createIndexes();
}

export function databaseReady(): boolean {
  return mongoose.connection.readyState === 1;
}

/** A cheap round trip, for /ready: readyState alone lags behind a database that just died. */
export async function pingDatabase(timeoutMs = 1000): Promise<boolean> {
  const db = mongoose.connection.db;
  if (!db || mongoose.connection.readyState !== 1) return false;
  try {
    await Promise.race([
      db.admin().command({ ping: 1 }),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), timeoutMs)),
    ]);
    return true;
  } catch {
    return false;
  }
}

export async function disconnectDatabase(): Promise<void> {
  await mongoose.disconnect();
  if (embedded) await embedded.stop();
  embedded = undefined;
}

// Server codes for a database that is going away: InterruptedAtShutdown, ShutdownInProgress, HostUnreachable,
// HostNotFound, NetworkTimeout, SocketException, NotWritablePrimary, PrimarySteppedDown, InterruptedDueToReplStateChange.
const GOING_AWAY_CODES = new Set([11600, 91, 6, 7, 89, 9001, 10107, 189, 11602]);
// Socket errors the driver sometimes passes on unwrapped: a write to a connection the database has just closed
// fails with EPIPE ("This socket has been ended by the other party") before the driver notices it is gone.
const SOCKET_GONE_CODES = new Set(['EPIPE', 'ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'ETIMEDOUT']);

/** True for errors that mean "the database is not reachable just now" (answer 503, not 500). */
export function isDatabaseUnavailable(err: unknown): boolean {
  const { name = '', message = '', code } = (err ?? {}) as { name?: string; message?: string; code?: number | string };
  return (
    // mongoose wraps some of these as MongooseServerSelectionError and the like
    /Mongo(ose)?(ServerSelection|Network|NetworkTimeout|NotConnected|TopologyClosed|PoolCleared)Error/.test(name) ||
    (typeof code === 'number' && GOING_AWAY_CODES.has(code)) ||
    (typeof code === 'string' && SOCKET_GONE_CODES.has(code)) ||
    /Client must be connected|before initial connection is complete|buffering timed out|connection .* closed/i.test(message)
  );
}

export function isDuplicateKey(err: unknown): boolean {
  return (err as { code?: number })?.code === 11000;
}
