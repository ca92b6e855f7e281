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
var render_exports = {};
__export(render_exports, {
  render: () => render,
  ukDate: () => ukDate,
  ukDateTime: () => ukDateTime,
  views: () => views
});
module.exports = __toCommonJS(render_exports);
var import_nunjucks = __toESM(require("nunjucks"));
var import_config = require("../platform/config");
var import_paths = require("./paths");
const UK_DATE_TIME = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "numeric",
  minute: "2-digit",
  hour12: true
});
const UK_DATE = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", day: "numeric", month: "long", year: "numeric" });
function ukDateTime(value) {
  if (!value) return "";
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return "";
  const parts = Object.fromEntries(UK_DATE_TIME.formatToParts(d).map((p) => [p.type, p.value]));
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year} at ${parts.hour}:${parts.minute}${(parts.dayPeriod ?? "").toLowerCase().replace(/\s/g, "")}`;
}
function ukDate(value) {
  if (!value) return "";
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? "" : UK_DATE.format(d);
}
const views = import_nunjucks.default.configure([import_paths.webViews, import_paths.followupViews, import_paths.govukDist], {
  autoescape: true,
  throwOnUndefined: false,
  trimBlocks: true,
  lstripBlocks: true,
  noCache: process.env.NODE_ENV === "development"
});
views.addFilter("ukDateTime", ukDateTime);
views.addFilter("ukDate", ukDate);
views.addGlobal("serviceName", "Make a safeguarding referral");
views.addGlobal("phones", () => ({ emergency: (0, import_config.config)().EMERGENCY_PHONE, firstContact: (0, import_config.config)().FIRST_CONTACT_PHONE }));
function render(res, view, context = {}) {
  const html = views.render(view, { ...res.locals, ...context });
  res.type("html").setHeader("Cache-Control", "no-store");
  res.send(html);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  render,
  ukDate,
  ukDateTime,
  views
});
