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
var csrf_exports = {};
__export(csrf_exports, {
  CSRF_COOKIE: () => CSRF_COOKIE,
  CSRF_FIELD: () => CSRF_FIELD,
  csrfToken: () => csrfToken,
  formBody: () => formBody,
  provideCsrf: () => provideCsrf,
  sameSignature: () => sameSignature,
  signValue: () => signValue,
  verifyCsrf: () => verifyCsrf
});
module.exports = __toCommonJS(csrf_exports);
var import_express = __toESM(require("express"));
var import_node_crypto = require("node:crypto");
var import_config = require("../platform/config");
var import_errors = require("../platform/errors");
const CSRF_COOKIE = "sri_csrf";
const CSRF_FIELD = "_csrf";
let processSecret;
function secret() {
  const configured = (0, import_config.config)().CSRF_SECRET;
  if (configured) return configured;
  processSecret ??= (0, import_node_crypto.randomBytes)(32).toString("hex");
  return processSecret;
}
function signValue(value, purpose = "csrf") {
  return (0, import_node_crypto.createHmac)("sha256", secret()).update(`${purpose}:${value}`).digest("base64url");
}
function sameSignature(a, b) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && (0, import_node_crypto.timingSafeEqual)(x, y);
}
function readCookie(req, name) {
  const parsed = req.cookies;
  if (parsed && typeof parsed[name] === "string") return parsed[name];
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) {
      try {
        return decodeURIComponent(v.join("="));
      } catch {
        return void 0;
      }
    }
  }
  return void 0;
}
function secureCookies() {
  const cfg = (0, import_config.config)();
  return cfg.SECURE_COOKIES ?? cfg.PUBLIC_BASE_URL.startsWith("https:");
}
function csrfToken(req, res) {
  let value = readCookie(req, CSRF_COOKIE);
  if (!value || !/^[A-Za-z0-9_-]{20,100}$/.test(value)) {
    value = (0, import_node_crypto.randomBytes)(24).toString("base64url");
    res.cookie(CSRF_COOKIE, value, { httpOnly: true, sameSite: "lax", secure: secureCookies(), path: "/" });
    req.cookies = {
      ...req.cookies ?? {},
      [CSRF_COOKIE]: value
    };
  }
  const token = signValue(value);
  res.locals.csrfToken = token;
  return token;
}
const provideCsrf = (req, res, next) => {
  csrfToken(req, res);
  next();
};
const formBody = import_express.default.urlencoded({ extended: false, limit: "200kb", parameterLimit: 2e3 });
const verifyCsrf = (req, res, next) => {
  formBody(req, res, (err) => {
    if (err) return next(err);
    const cookie = readCookie(req, CSRF_COOKIE);
    const sent = typeof req.body?.[CSRF_FIELD] === "string" ? req.body[CSRF_FIELD] : req.get("X-CSRF-Token") ?? "";
    if (!cookie || !sent || !sameSignature(sent, signValue(cookie))) {
      return next(new import_errors.HttpProblem(403, "Your form has expired", "Go back, reload the page and try again."));
    }
    next();
  });
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  CSRF_COOKIE,
  CSRF_FIELD,
  csrfToken,
  formBody,
  provideCsrf,
  sameSignature,
  signValue,
  verifyCsrf
});
