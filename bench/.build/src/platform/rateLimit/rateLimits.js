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
var rateLimits_exports = {};
__export(rateLimits_exports, {
  apiRateLimits: () => apiRateLimits,
  callerKey: () => callerKey,
  databaseRateLimit: () => databaseRateLimit,
  signInFailuresPerMinute: () => signInFailuresPerMinute
});
module.exports = __toCommonJS(rateLimits_exports);
var import_node_crypto = require("node:crypto");
var import_express_rate_limit = require("express-rate-limit");
var import_config = require("../config");
var import_authentication = require("../auth/authentication");
var import_errorHandler = require("../errorHandler");
var import_databaseStore = require("./databaseStore");
const CREDENTIAL_FORM = /^(sri_pk[0-9a-z]{10}_[A-Za-z0-9_-]{43}|srs_[A-Za-z0-9_-]{43})$/;
function hashed(kind, value) {
  const cfg = (0, import_config.config)();
  const secret = cfg.CSRF_SECRET ?? cfg.LINK_SECRET ?? "safer-referral-intake-rate-limit";
  return `${kind}:${(0, import_node_crypto.createHmac)("sha256", secret).update(`${kind}:${value}`).digest("base64url").slice(0, 32)}`;
}
const clientAddress = (req) => hashed("ip", req.ip ?? req.socket.remoteAddress ?? "unknown");
function callerKey(req) {
  const credential = (0, import_authentication.presentedApiKey)(req);
  return credential && CREDENTIAL_FORM.test(credential) ? hashed("key", credential) : clientAddress(req);
}
function databaseRateLimit(options) {
  const store = new import_databaseStore.DatabaseRateLimitStore({ syncMs: options.syncMs, freshWithinMs: options.freshWithinMs, prefix: `${options.name}|` });
  const middleware = (0, import_express_rate_limit.rateLimit)({
    windowMs: options.windowMs ?? 6e4,
    limit: options.limit,
    store,
    standardHeaders: "draft-7",
    legacyHeaders: false,
    keyGenerator: options.key ?? callerKey,
    ...options.countOnly ? { skipSuccessfulRequests: true, requestWasSuccessful: (_req, res) => !options.countOnly(res.statusCode) } : {},
    handler: (req, res) => {
      const retryAfter = Number(res.getHeader("Retry-After")) || Math.ceil((options.windowMs ?? 6e4) / 1e3);
      res.setHeader("Retry-After", String(retryAfter));
      if (req.originalUrl.startsWith("/api/")) return (0, import_errorHandler.sendProblem)(res, 429, "Too many requests", options.detail(options.limit, retryAfter));
      res.status(429).type("text/plain").send(`Too many requests. ${options.detail(options.limit, retryAfter)}`);
    }
  });
  return { middleware, store };
}
function signInFailuresPerMinute() {
  return Math.max(5, Math.ceil((0, import_config.config)().RATE_LIMIT_PER_MINUTE / 30));
}
function apiRateLimits(options = {}) {
  const perMinute = (0, import_config.config)().RATE_LIMIT_PER_MINUTE;
  const requests = databaseRateLimit({
    ...options,
    name: "api",
    limit: perMinute,
    detail: (limit, s) => `At most ${limit} requests a minute are accepted from one API key, session or address. Try again in ${s} seconds.`
  });
  const signIn = databaseRateLimit({
    ...options,
    name: "sign-in",
    limit: signInFailuresPerMinute(),
    key: clientAddress,
    freshWithinMs: 0,
    // few requests, each worth a fresh look at the other instances' counts
    countOnly: (status) => status === 400 || status === 401 || status === 429,
    detail: (limit, s) => `Too many failed sign-ins from your network (at most ${limit} a minute). Try again in ${s} seconds.`
  });
  return { requests, signIn };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  apiRateLimits,
  callerKey,
  databaseRateLimit,
  signInFailuresPerMinute
});
