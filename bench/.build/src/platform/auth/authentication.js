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
var authentication_exports = {};
__export(authentication_exports, {
  expressAuthentication: () => expressAuthentication,
  presentedApiKey: () => presentedApiKey,
  registerStaffResolver: () => registerStaffResolver
});
module.exports = __toCommonJS(authentication_exports);
var import_errors = require("../errors");
var import_apiKeyService = require("./apiKeyService");
let resolveStaff = async () => null;
function registerStaffResolver(resolver) {
  resolveStaff = resolver;
}
function presentedApiKey(req) {
  const header = req.headers.authorization;
  if (header?.startsWith("Bearer ")) return header.slice(7).trim();
  const apiKey = req.headers["x-api-key"];
  return typeof apiKey === "string" ? apiKey.trim() : void 0;
}
async function expressAuthentication(req, securityName, scopes = []) {
  if (securityName === "partnerKey") {
    const key = presentedApiKey(req);
    if (!key || !key.startsWith("sri_")) throw new import_errors.Unauthorised('Send your API key as "Authorization: Bearer <key>" or "X-API-Key: <key>".');
    const partner = await (0, import_apiKeyService.findPartnerByKey)(key);
    if (!partner) throw new import_errors.Unauthorised("This API key is not recognised or has been revoked.");
    const missing = scopes.filter((s) => !partner.scopes.includes(s));
    if (missing.length) throw new import_errors.Forbidden(`This API key lacks the scope ${missing.join(", ")}.`);
    return partner;
  }
  if (securityName === "staff") {
    const staff = await resolveStaff(req);
    if (!staff) throw new import_errors.Unauthorised("Sign in as First Contact staff.");
    if (scopes.length && !scopes.includes(staff.role)) throw new import_errors.Forbidden("Your role does not allow this.");
    return staff;
  }
  throw new import_errors.Unauthorised();
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  expressAuthentication,
  presentedApiKey,
  registerStaffResolver
});
