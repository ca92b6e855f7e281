"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var databaseStore_exports = {};
__export(databaseStore_exports, {
  DatabaseRateLimitStore: () => DatabaseRateLimitStore,
  RATE_LIMIT_COLLECTION: () => RATE_LIMIT_COLLECTION
});
module.exports = __toCommonJS(databaseStore_exports);
var import_mongoose = __toESM(require("mongoose"));
var import_node_crypto = require("node:crypto");
var import_logging = require("../logging");
const RATE_LIMIT_COLLECTION = "rateLimits";
class DatabaseRateLimitStore {
  instance = (0, import_node_crypto.randomBytes)(6).toString("hex");
  prefix = "";
  windowMs = 6e4;
  limit;
  lastSync = 0;
  syncMs;
  freshWithinMs;
  local = /* @__PURE__ */ new Map();
  others = /* @__PURE__ */ new Map();
  dirty = /* @__PURE__ */ new Set();
  timer;
  syncing;
  lastPrune = 0;
  constructor(options = {}) {
    this.syncMs = options.syncMs ?? 1e3;
    this.freshWithinMs = options.freshWithinMs ?? 100;
    this.prefix = options.prefix ?? "";
  }
  init(options) {
    this.windowMs = options.windowMs;
    this.limit = typeof options.limit === "number" ? options.limit : void 0;
    this.ensureTimer();
  }
  currentWindow(now = Date.now()) {
    return Math.floor(now / this.windowMs);
  }
  ensureTimer() {
    if (this.timer) return;
    this.timer = setInterval(() => void this.sync(), this.syncMs);
    this.timer.unref();
  }
  async increment(key) {
    this.ensureTimer();
    const window = this.currentWindow();
    const id = this.prefix + key;
    const mine = this.local.get(id);
    const count = mine && mine.window === window ? mine.count + 1 : 1;
    this.local.set(id, { window, count });
    this.dirty.add(id);
    let total = count + this.othersCount(id, window);
    if (this.limit !== void 0 && total > this.limit / 2 && total <= this.limit && Date.now() - this.lastSync >= this.freshWithinMs) {
      await Promise.race([this.sync(), new Promise((r) => setTimeout(r, 250).unref())]);
      total = (this.local.get(id)?.count ?? count) + this.othersCount(id, window);
    }
    return { totalHits: total, resetTime: new Date((window + 1) * this.windowMs) };
  }
  othersCount(id, window) {
    const theirs = this.others.get(id);
    return theirs && theirs.window === window ? theirs.count : 0;
  }
  async decrement(key) {
    const id = this.prefix + key;
    const mine = this.local.get(id);
    if (mine && mine.window === this.currentWindow() && mine.count > 0) {
      mine.count -= 1;
      this.dirty.add(id);
    }
  }
  async resetKey(key) {
    const id = this.prefix + key;
    this.local.delete(id);
    this.others.delete(id);
    this.dirty.delete(id);
    const collection = import_mongoose.default.connection.db?.collection(RATE_LIMIT_COLLECTION);
    await collection?.deleteMany({ key: id }).catch(() => void 0);
  }
  /** Publishes this instance's counts and reads everyone else's; failures leave the local limit in force. */
  sync() {
    this.syncing ??= this.syncOnce().finally(() => {
      this.syncing = void 0;
    });
    return this.syncing;
  }
  async syncOnce() {
    const db = import_mongoose.default.connection.db;
    if (!db || import_mongoose.default.connection.readyState !== 1) return;
    const collection = db.collection(RATE_LIMIT_COLLECTION);
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
            { upsert: true }
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
        await collection.deleteMany({ window: { $lt: window - 1 } });
      }
    } catch (err) {
      import_logging.logger.debug({ err: { name: err?.name } }, "rate limit sync failed; limits are per instance until it works again");
    }
  }
  shutdown() {
    if (this.timer) clearInterval(this.timer);
    this.timer = void 0;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  DatabaseRateLimitStore,
  RATE_LIMIT_COLLECTION
});
