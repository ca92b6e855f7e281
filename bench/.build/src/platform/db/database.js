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
var database_exports = {};
__export(database_exports, {
  connectDatabase: () => connectDatabase,
  databaseReady: () => databaseReady,
  disconnectDatabase: () => disconnectDatabase,
  ensureIndexes: () => ensureIndexes,
  isDatabaseUnavailable: () => isDatabaseUnavailable,
  isDuplicateKey: () => isDuplicateKey,
  pingDatabase: () => pingDatabase
});
module.exports = __toCommonJS(database_exports);
var import_mongoose = __toESM(require("mongoose"));
var import_logging = require("../logging");
var import_embeddedFerretDb = require("./embeddedFerretDb");
var import_node_path = require("node:path");
import_mongoose.default.set("bufferCommands", false);
import_mongoose.default.set("strictQuery", true);
import_mongoose.default.set("autoIndex", false);
let embedded;
async function connectDatabase(options) {
  let uri = options.uri;
  if (!uri) {
    embedded = await (0, import_embeddedFerretDb.startFerretDb)({ dataDir: (0, import_node_path.join)(options.dataDir, "ferretdb"), log: (m) => import_logging.logger.info(m) });
    uri = embedded.uri;
    import_logging.logger.info({ port: embedded.port, dataDir: embedded.dataDir }, "embedded FerretDB started");
  }
  await import_mongoose.default.connect(uri, {
    dbName: options.dbName ?? "safer_referrals",
    serverSelectionTimeoutMS: 3e3,
    socketTimeoutMS: 2e4,
    maxPoolSize: 20,
    // Notice a database that came back within a second or so, not the driver's default ten.
    heartbeatFrequencyMS: 1e3
  });
  await ensureIndexes();
  return uri;
}
async function ensureIndexes() {
  for (const model of Object.values(import_mongoose.default.models)) await model.createIndexes();
}
function databaseReady() {
  return import_mongoose.default.connection.readyState === 1;
}
async function pingDatabase(timeoutMs = 1e3) {
  const db = import_mongoose.default.connection.db;
  if (!db || import_mongoose.default.connection.readyState !== 1) return false;
  try {
    await Promise.race([
      db.admin().command({ ping: 1 }),
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), timeoutMs))
    ]);
    return true;
  } catch {
    return false;
  }
}
async function disconnectDatabase() {
  await import_mongoose.default.disconnect();
  if (embedded) await embedded.stop();
  embedded = void 0;
}
function isDatabaseUnavailable(err) {
  const name = err?.name ?? "";
  return /MongoServerSelectionError|MongoNetworkError|MongoNetworkTimeoutError|MongoNotConnectedError|MongoTopologyClosedError|MongoPoolClearedError/.test(name) || /Client must be connected|before initial connection is complete|buffering timed out|connection .* closed/i.test(String(err?.message));
}
function isDuplicateKey(err) {
  return err?.code === 11e3;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  connectDatabase,
  databaseReady,
  disconnectDatabase,
  ensureIndexes,
  isDatabaseUnavailable,
  isDuplicateKey,
  pingDatabase
});
