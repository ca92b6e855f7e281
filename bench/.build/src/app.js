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
var app_exports = {};
__export(app_exports, {
  createApp: () => createApp,
  registerPages: () => registerPages,
  startDraining: () => startDraining
});
module.exports = __toCommonJS(app_exports);
var import_express = __toESM(require("express"));
var import_helmet = __toESM(require("helmet"));
var import_swagger_ui_express = __toESM(require("swagger-ui-express"));
var import_node_crypto = require("node:crypto");
var import_routes = require("./generated/routes");
var import_config = require("./platform/config");
var import_errorHandler = require("./platform/errorHandler");
var import_logging = require("./platform/logging");
var import_database = require("./platform/db/database");
var import_errors = require("./platform/errors");
var import_originalBody = require("./platform/originalBody");
var import_rateLimits = require("./platform/rateLimit/rateLimits");
var import_openapi = __toESM(require("../openapi/openapi.json"));
const mounts = [];
function registerPages(mount) {
  mounts.push(mount);
}
let draining = false;
function startDraining() {
  draining = true;
}
const requestLog = (req, res, next) => {
  const started = process.hrtime.bigint();
  const id = (0, import_node_crypto.randomUUID)();
  res.setHeader("X-Request-Id", id);
  res.on("finish", () => {
    const route = req.route?.path ?? (res.statusCode === 404 ? "(no route)" : req.baseUrl || "(static)");
    import_logging.logger.info({ id, method: req.method, route, status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 }, "request");
  });
  next();
};
const jsonOnly = (req, res, next) => {
  if (["POST", "PUT", "PATCH"].includes(req.method) && req.headers["content-length"] !== "0" && !req.is(["application/json", "application/*+json"])) {
    return (0, import_errorHandler.sendProblem)(res, 415, "Unsupported media type", "Send the body as application/json.");
  }
  next();
};
const databaseGate = (req, _res, next) => {
  if (req.path === "/v1/referrals/check" || (0, import_database.databaseReady)()) return next();
  next(new import_errors.ServiceUnavailable());
};
function createApp() {
  const app = (0, import_express.default)();
  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");
  app.use(requestLog);
  app.use(
    (0, import_helmet.default)({
      contentSecurityPolicy: {
        directives: {
          "script-src": ["'self'"],
          "img-src": ["'self'", "data:"],
          "form-action": ["'self'"],
          // Upgrading to https would break a plain-http development or loopback deployment.
          "upgrade-insecure-requests": (0, import_config.config)().PUBLIC_BASE_URL.startsWith("https:") ? [] : null
        }
      },
      strictTransportSecurity: (0, import_config.config)().PUBLIC_BASE_URL.startsWith("https:")
    })
  );
  app.use((_req, res, next) => {
    res.setHeader("Cache-Control", "no-store");
    if (draining) res.setHeader("Connection", "close");
    next();
  });
  app.get("/health", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/ready", async (_req, res) => {
    const ok = !draining && await (0, import_database.pingDatabase)();
    res.status(ok ? 200 : 503).json({ status: ok ? "ready" : draining ? "stopping" : "database unreachable" });
  });
  app.get("/openapi.json", (_req, res) => {
    res.json(import_openapi.default);
  });
  app.use("/docs", import_swagger_ui_express.default.serve, import_swagger_ui_express.default.setup(import_openapi.default, { customSiteTitle: "Safer Referral Intake API" }));
  const api = import_express.default.Router();
  const limits = (0, import_rateLimits.apiRateLimits)();
  api.use("/api", limits.requests.middleware);
  api.post(["/api/v1/session", "/staff/sign-in"], limits.signIn.middleware);
  api.post(["/referral", "/follow-up/:token", "/staff/*"], limits.requests.middleware);
  api.use("/api", jsonOnly);
  api.use("/api", import_express.default.json({ limit: `${(0, import_config.config)().BODY_LIMIT_KB}kb`, strict: true, verify: import_originalBody.keepRawBody }));
  api.use("/api", databaseGate);
  (0, import_routes.RegisterRoutes)(api);
  app.use(api);
  for (const mount of mounts) mount(app);
  app.use("/api", (_req, res) => (0, import_errorHandler.sendProblem)(res, 404, "Not found", "There is no API endpoint at this address."));
  app.use(import_errorHandler.errorHandler);
  return app;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  createApp,
  registerPages,
  startDraining
});
