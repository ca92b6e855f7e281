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
var errorHandler_exports = {};
__export(errorHandler_exports, {
  errorHandler: () => errorHandler,
  fieldName: () => fieldName,
  sendProblem: () => sendProblem
});
module.exports = __toCommonJS(errorHandler_exports);
var import_runtime = require("@tsoa/runtime");
var import_zod = require("zod");
var import_node_crypto = require("node:crypto");
var import_errors = require("./errors");
var import_logging = require("./logging");
var import_database = require("./db/database");
function sendProblem(res, status, title, detail, errors = []) {
  res.status(status).type("application/problem+json").json({
    type: "about:blank",
    title,
    status,
    ...detail ? { detail } : {},
    ...errors.length ? { errors } : {}
  });
}
function fieldName(raw) {
  return raw.replace(/^(requestBody|body)\.?/, "").replace(/\.\$(\d+)/g, "[$1]").replace(/^\$(\d+)/, "[$1]") || "body";
}
const errorHandler = (err, req, res, next) => {
  if (res.headersSent) return next(err);
  if (err instanceof import_runtime.ValidateError) {
    const errors = Object.entries(err.fields).map(([field, detail]) => ({ field: fieldName(field), message: detail.message }));
    return sendProblem(res, 400, "Your request has problems", "Some fields are missing or not in the expected form.", errors);
  }
  if (err instanceof import_zod.ZodError) {
    const errors = err.issues.map((i) => ({ field: i.path.map((p) => typeof p === "number" ? `[${p}]` : p).join(".").replace(/\.\[/g, "["), message: i.message }));
    return sendProblem(res, 400, "Your request has problems", "Some fields are missing or not in the expected form.", errors);
  }
  if (err instanceof import_errors.HttpProblem) {
    for (const [name, value] of Object.entries(err.headers)) res.setHeader(name, value);
    return sendProblem(res, err.status, err.title, err.detail, err.errors);
  }
  const type = err.type;
  if (type === "entity.too.large") return sendProblem(res, 413, "Request too large", `Requests may be at most ${err.limit ?? ""} bytes.`);
  if (type === "entity.parse.failed") return sendProblem(res, 400, "Your request has problems", "The body is not valid JSON.", [{ field: "body", message: "not valid JSON" }]);
  if (type === "charset.unsupported" || type === "encoding.unsupported") return sendProblem(res, 415, "Unsupported encoding", "Send UTF-8 JSON.");
  if (typeof err.status === "number" && err.status >= 400 && err.status < 500) {
    return sendProblem(res, err.status, "Bad request");
  }
  if ((0, import_database.isDatabaseUnavailable)(err)) {
    res.setHeader("Retry-After", "5");
    return sendProblem(res, 503, "Service unavailable", "The service cannot reach its database just now. Please try again in a minute.");
  }
  const incident = (0, import_node_crypto.randomUUID)();
  import_logging.logger.error({ incident, path: req.path, method: req.method, err: { name: err?.name, message: err?.message, stack: err?.stack } }, "unexpected error");
  sendProblem(res, 500, "Something went wrong", `Please try again. If it keeps happening, quote incident ${incident}.`);
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  errorHandler,
  fieldName,
  sendProblem
});
