import mongoose from 'mongoose';
import { randomBytes } from 'node:crypto';
import type { IncrementResponse, Options, Store } from 'express-rate-limit';
import { logger } from '../logging';

export const RATE_LIMIT_COLLECTION = 'rateLimits';

/**
 * One instance's count for one key in one fixed window. `_id` is `<window>:<key>:<instance>`: each document has a
 * single writer (its instance), so FerretDB's read-then-write updates cannot lose counts between instances.
 */
interface CountDocument {
  _id: string;
  window: number;
  key: string;
  instance: string;
  count: number;
}

interface Count {
  window: number;
  count: number;
}

export interface DatabaseStoreOptions {
  /** How often this instance publishes its counts and reads the others' (ms). Limits hold across instances to within one interval. */
  syncMs?: number;
  /** Near the limit, re-read the others' counts when the last read is older than this (ms). 0: every time. */
  freshWithinMs?: number;
}

/**
 * An express-rate-limit store whose limits hold across service instances that share a database.
 *
 * Each instance counts locally (so a request never waits for the database) and, every `syncMs`, writes its own
 * counts for the current window and reads the other instances' counts. A key's total is this instance's count plus
 * the others' last published counts. While the database is unreachable, each instance still enforces the limit on
 * its own traffic. Old windows are deleted, so the collection (scanned whole on FerretDB) stays small.
 */
export class DatabaseRateLimitStore implements Store {
  readonly instance = randomBytes(6).toString('hex');
  prefix = '';
  private windowMs = 60_000;
  private limit: number | undefined;
  private lastSync = 0;
  private readonly syncMs: number;
  private readonly freshWithinMs: number;
  private readonly local = new Map<string, Count>();
  private readonly others = new Map<string, Count>();
  private readonly dirty = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private syncing: Promise<void> | undefined;
  private lastPrune = 0;

  constructor(options: DatabaseStoreOptions & { prefix?: string } = {}) {
    this.syncMs = options.syncMs ?? 1000;
    this.freshWithinMs = options.freshWithinMs ?? 100;
    this.prefix = options.prefix ?? '';
  }

  init(options: Options): void {
    this.windowMs = options.windowMs;
    this.limit = typeof options.limit === 'number' ? options.limit : undefined;
    // From the start, not from the first request: an instance must know the others' counts before its own traffic.
    this.ensureTimer();
  }

  private currentWindow(now = Date.now()): number {
    return Math.floor(now / this.windowMs);
  }

  private ensureTimer(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.sync(), this.syncMs);
    this.timer.unref();
  }

  async increment(key: string): Promise<IncrementResponse> {
    this.ensureTimer();
    const window = this.currentWindow();
    const id = this.prefix + key;
    const mine = this.local.get(id);
    const count = mine && mine.window === window ? mine.count + 1 : 1;
    this.local.set(id, { window, count });
    this.dirty.add(id);
    let total = count + this.othersCount(id, window);
    // Close to the limit (not over it: a refusal needs no fresher view, and a flood must not become database load),
    // a stale view of the other instances matters: publish and re-read now, briefly bounded so a slow database
    // never holds a request, instead of waiting for the next sync.
    if (this.limit !== undefined && total > this.limit / 2 && total <= this.limit && Date.now() - this.lastSync >= this.freshWithinMs) {
      await Promise.race([this.sync(), new Promise((r) => setTimeout(r, 250).unref())]);
      total = (this.local.get(id)?.count ?? count) + this.othersCount(id, window);
    }
    return { totalHits: total, resetTime: new Date((window + 1) * this.windowMs) };
  }

  private othersCount(id: string, window: number): number {
    const theirs = this.others.get(id);
    return theirs && theirs.window === window ? theirs.count : 0;
  }

  async decrement(key: string): Promise<void> {
    const id = this.prefix + key;
    const mine = this.local.get(id);
    if (mine && mine.window === this.currentWindow() && mine.count > 0) {
      mine.count -= 1;
      this.dirty.add(id);
    }
  }

  async resetKey(key: string): Promise<void> {
    const id = this.prefix + key;
    this.local.delete(id);
    this.others.delete(id);
    this.dirty.delete(id);
    const collection = mongoose.connection.db?.collection<CountDocument>(RATE_LIMIT_COLLECTION);
    await collection?.deleteMany({ key: id }).catch(() => undefined);
  }

  /** Publishes this instance's counts and reads everyone else's; failures leave the local limit in force. */
  sync(): Promise<void> {
    this.syncing ??= this.syncOnce().finally(() => {
      this.syncing = undefined;
    });
    return this.syncing;
  }

  private async syncOnce(): Promise<void> {
    const db = mongoose.connection.db;
    if (!db || mongoose.connection.readyState !== 1) return;
    const collection = db.collection<CountDocument>(RATE_LIMIT_COLLECTION);
    const window = this.currentWindow();
    try {
      for (const [id, entry] of this.local) {
        if (entry.window < window) {
          this.local.delete(id);
          this.dirty.delete(id);
        }
      }
      for (const id of [...this.dirty]) {
        const entry = this.local.get(id);
        this.dirty.delete(id);
        if (!entry) continue;
        try {
          await collection.updateOne(
            { _id: `${entry.window}:${id}:${this.instance}` },
            { $set: { window: entry.window, key: id, instance: this.instance, count: entry.count } },
            { upsert: true },
          );
        } catch (err) {
          this.dirty.add(id);
          throw err;
        }
      }
      const docs = await collection.find({ window }).toArray();
      this.lastSync = Date.now();
      this.others.clear();
      for (const doc of docs) {
        if (doc.instance === this.instance || !doc.key.startsWith(this.prefix)) continue;
        const sum = this.others.get(doc.key);
        this.others.set(doc.key, { window, count: (sum?.count ?? 0) + doc.count });
      }
      if (Date.now() - this.lastPrune > this.windowMs) {
        this.lastPrune = Date.now();
        // Every instance prunes every old window, so counts of instances that died do not pile up.
        await collection.deleteMany({ window: { $lt: window - 1 } });
      }
    } catch (err) {
      logger.debug({ err: { name: (err as Error)?.name } }, 'rate limit sync failed; limits are per instance until it works again');
    }
  }

  shutdown(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
