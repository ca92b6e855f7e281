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
var webCapability_exports = {};
__export(webCapability_exports, {
  mountWeb: () => mountWeb,
  pageErrors: () => pageErrors
});
module.exports = __toCommonJS(webCapability_exports);
var import_express = __toESM(require("express"));
var import_node_crypto = require("node:crypto");
var import_node_fs = require("node:fs");
var import_node_path = __toESM(require("node:path"));
var import_app = require("../app");
var import_errors = require("../platform/errors");
var import_logging = require("../platform/logging");
var import_database = require("../platform/db/database");
var import_csrf = require("./csrf");
var import_paths = require("./paths");
var import_render = require("./render");
var import_referralPages = require("./referralPages");
var import_staffPages = require("./staffPages");
const templateScriptHash = (() => {
  const template = (0, import_node_fs.readFileSync)(import_node_path.default.join(import_paths.govukDist, "govuk", "template.njk"), "utf8");
  const script = /<script[^>]*>([\s\S]*?)<\/script>/.exec(template)?.[1];
  return script ? `'sha256-${(0, import_node_crypto.createHash)("sha256").update(script).digest("base64")}'` : void 0;
})();
const allowTemplateScript = (_req, res, next) => {
  const csp = res.getHeader("Content-Security-Policy");
  if (templateScriptHash && typeof csp === "string" && !csp.includes(templateScriptHash)) {
    res.setHeader("Content-Security-Policy", csp.replace(/script-src ([^;]*)/, `script-src $1 ${templateScriptHash}`));
  }
  next();
};
const pageErrors = (err, req, res, next) => {
  if (res.headersSent) return next(err);
  if (err instanceof import_errors.HttpProblem) {
    res.status(err.status);
    return (0, import_render.render)(res, "error.njk", { pageTitle: err.title, lines: [err.detail ?? ""] });
  }
  const type = err.type;
  if (type === "entity.too.large") {
    res.status(413);
    return (0, import_render.render)(res, "error.njk", { pageTitle: "Your referral is too long to send", lines: ["Shorten the longest answers and try again, or call First Contact."] });
  }
  const status = err.status;
  if (typeof status === "number" && status >= 400 && status < 500) {
    res.status(status);
    return (0, import_render.render)(res, "error.njk", { pageTitle: "There is a problem with this address or form", lines: ["Check the address, or go back and try again."] });
  }
  if ((0, import_database.isDatabaseUnavailable)(err)) {
    res.status(503).setHeader("Retry-After", "5");
    return (0, import_render.render)(res, "error.njk", { pageTitle: "Sorry, there is a problem with the service", lines: ["Try again in a minute. Your answers have not been sent.", "If a child is in danger, phone now."] });
  }
  import_logging.logger.error({ path: req.path, method: req.method, err: { name: err?.name, message: err?.message, stack: err?.stack } }, "page error");
  res.status(500);
  (0, import_render.render)(res, "error.njk", { pageTitle: "Sorry, there is a problem with the service", lines: ["Try again later. If a child is in danger, phone now."] });
};
const statics = (dir) => import_express.default.static(dir, { index: false, maxAge: "1h", fallthrough: true });
function mountWeb(app) {
  app.use("/assets", statics(import_node_path.default.join(import_paths.govukDist, "govuk", "assets")));
  app.get(/^\/govuk\/(govuk-frontend\.min\.(?:css|js))$/, (req, res, next) => {
    res.sendFile(import_node_path.default.join(import_paths.govukDist, "govuk", req.params[0]), { maxAge: "1h" }, (err) => err && next());
  });
  app.use("/web", statics(import_paths.webPublic));
  const pages = import_express.default.Router();
  pages.use((req, res, next) => req.path.startsWith("/api/") ? next("router") : next());
  pages.use(allowTemplateScript, import_csrf.provideCsrf);
  pages.use((0, import_referralPages.referralPages)());
  pages.use((0, import_staffPages.staffPages)());
  pages.use(pageErrors);
  app.use(pages);
}
(0, import_app.registerPages)(mountWeb);
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  mountWeb,
  pageErrors
});
