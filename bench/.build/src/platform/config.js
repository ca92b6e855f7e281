"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var config_exports = {};
__export(config_exports, {
  config: () => config,
  loadConfig: () => loadConfig,
  overrideConfig: () => overrideConfig
});
module.exports = __toCommonJS(config_exports);
var import_zod = require("zod");
const flag = import_zod.z.enum(["true", "false"]).transform((v) => v === "true");
const list = import_zod.z.string().transform((v) => v.split(",").map((s) => s.trim()).filter(Boolean));
const schema = import_zod.z.object({
  NODE_ENV: import_zod.z.enum(["development", "test", "production"]).default("development"),
  HOST: import_zod.z.string().default("127.0.0.1"),
  PORT: import_zod.z.coerce.number().int().min(0).max(65535).default(3e3),
  PUBLIC_BASE_URL: import_zod.z.string().url().default("http://localhost:3000"),
  MONGODB_URI: import_zod.z.string().regex(/^mongodb(\+srv)?:\/\//, "must start with mongodb:// or mongodb+srv://").optional(),
  MONGODB_DB: import_zod.z.string().regex(/^[A-Za-z0-9_-]{1,60}$/).default("safer_referrals"),
  DATA_DIR: import_zod.z.string().default(".data"),
  FERRETDB_BIN: import_zod.z.string().optional(),
  LOG_LEVEL: import_zod.z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  BODY_LIMIT_KB: import_zod.z.coerce.number().int().min(16).max(4096).default(256),
  IMMEDIATE_RISK_HOURS: import_zod.z.coerce.number().min(0.5).max(24).default(4),
  BANK_HOLIDAYS_EXTRA: list.default(""),
  CLAIM_LEASE_MINUTES: import_zod.z.coerce.number().min(1).max(24 * 60).default(30),
  SMTP_URL: import_zod.z.string().regex(/^smtps?:\/\//, "must start with smtp:// or smtps://").optional(),
  MAIL_FROM: import_zod.z.string().default("First Contact <first-contact@council.example>"),
  MAIL_DIR: import_zod.z.string().optional(),
  MAIL_POLL_MS: import_zod.z.coerce.number().int().min(50).default(2e3),
  /** How often the mail worker looks for newly due emails in referrals and decisions (full scans on FerretDB). */
  MAIL_SCAN_MS: import_zod.z.coerce.number().int().min(50).default(1e4),
  /** First retry delay after a temporary SMTP failure; doubles each attempt (with jitter) up to MAIL_RETRY_MAX_MS. */
  MAIL_RETRY_BASE_MS: import_zod.z.coerce.number().int().min(10).default(3e4),
  MAIL_RETRY_MAX_MS: import_zod.z.coerce.number().int().min(10).default(36e5),
  /** After this many temporary failures an email is marked failed (staff see "referrer could not be emailed"). */
  MAIL_MAX_ATTEMPTS: import_zod.z.coerce.number().int().min(1).default(30),
  /** A delivery claim's lease: longer than the worst SMTP exchange, so a live sender is never doubled. */
  MAIL_LEASE_MS: import_zod.z.coerce.number().int().min(100).default(12e4),
  MAIL_SMTP_TIMEOUT_MS: import_zod.z.coerce.number().int().min(100).default(2e4),
  ANSWER_LINK_DAYS: import_zod.z.coerce.number().min(1).max(90).default(7),
  LINK_SECRET: import_zod.z.string().min(32).optional(),
  CSRF_SECRET: import_zod.z.string().min(32).optional(),
  FIRST_CONTACT_PHONE: import_zod.z.string().default("01642 000 111"),
  EMERGENCY_PHONE: import_zod.z.string().default("999"),
  RATE_LIMIT_PER_MINUTE: import_zod.z.coerce.number().int().min(1).default(600),
  SIGN_IN_MAX_FAILURES: import_zod.z.coerce.number().int().min(1).default(5),
  SIGN_IN_LOCKOUT_MINUTES: import_zod.z.coerce.number().min(1).max(24 * 60).default(15),
  SESSION_IDLE_MINUTES: import_zod.z.coerce.number().min(5).max(24 * 60).default(480),
  SESSION_MAX_HOURS: import_zod.z.coerce.number().min(1).max(7 * 24).default(12),
  CLAIM_SAFETY_SECONDS: import_zod.z.coerce.number().min(0).max(600).default(30),
  DECIDED_RETENTION_HOURS: import_zod.z.coerce.number().min(0).max(24 * 90).default(48),
  ARCHIVE_POLL_MS: import_zod.z.coerce.number().int().min(50).default(6e4),
  SECURE_COOKIES: flag.optional(),
  WORKERS: flag.default("true"),
  /** How long /ready answers 503 before the server stops accepting, so a load balancer can drain it. */
  SHUTDOWN_DELAY_MS: import_zod.z.coerce.number().int().min(0).max(3e4).default(250)
});
let current;
function loadConfig(env = process.env) {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:
${lines.join("\n")}`);
  }
  if (parsed.data.NODE_ENV === "production") {
    const missing = ["MONGODB_URI", "LINK_SECRET", "CSRF_SECRET"].filter((k) => !parsed.data[k]);
    if (missing.length) throw new Error(`Invalid configuration: ${missing.join(", ")} must be set in production`);
  }
  current = parsed.data;
  return current;
}
function config() {
  return current ?? loadConfig();
}
function overrideConfig(changes) {
  current = { ...config(), ...changes };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  config,
  loadConfig,
  overrideConfig
});
