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
var apiKeyService_exports = {};
__export(apiKeyService_exports, {
  clearApiKeyCache: () => clearApiKeyCache,
  createApiKey: () => createApiKey,
  findPartnerByKey: () => findPartnerByKey,
  listApiKeys: () => listApiKeys,
  revokeApiKey: () => revokeApiKey
});
module.exports = __toCommonJS(apiKeyService_exports);
var import_node_crypto = require("node:crypto");
var import_apiKeyModel = require("./apiKeyModel");
var import_errors = require("../errors");
var import_randomCode = require("../randomCode");
const sha256 = (s) => (0, import_node_crypto.createHash)("sha256").update(s).digest("hex");
async function createApiKey(partnerName, scopes = ["referrals:write", "referrals:read"]) {
  const name = partnerName.trim();
  if (!name) throw new import_errors.BadRequest("A partner name is needed.");
  const unknown = scopes.filter((s) => !import_apiKeyModel.API_SCOPES.includes(s));
  if (unknown.length) throw new import_errors.BadRequest(`Unknown scope: ${unknown.join(", ")}. Known scopes: ${import_apiKeyModel.API_SCOPES.join(", ")}`);
  const keyId = `pk${(0, import_randomCode.randomCode)(10).toLowerCase()}`;
  const secret = (0, import_node_crypto.randomBytes)(32).toString("base64url");
  await import_apiKeyModel.ApiKeyModel.create({ _id: keyId, partnerName: name, secretHash: sha256(secret), scopes, createdAt: /* @__PURE__ */ new Date() });
  return { keyId, key: `sri_${keyId}_${secret}` };
}
async function revokeApiKey(keyId) {
  const result = await import_apiKeyModel.ApiKeyModel.updateOne({ _id: keyId }, { $set: { revokedAt: /* @__PURE__ */ new Date() } });
  if (result.matchedCount === 0) throw new import_errors.NotFound(`No key ${keyId}.`);
}
async function listApiKeys() {
  return import_apiKeyModel.ApiKeyModel.find({}, { secretHash: 0 }).lean();
}
const cache = /* @__PURE__ */ new Map();
const CACHE_MS = 5e3;
async function findPartnerByKey(presented) {
  const match = /^sri_(pk[0-9a-z]{10})_([A-Za-z0-9_-]{43})$/.exec(presented);
  if (!match) return null;
  const [, keyId, secret] = match;
  const cached = cache.get(presented);
  if (cached && cached.until > Date.now()) return cached.partner;
  const record = await import_apiKeyModel.ApiKeyModel.findById(keyId).lean();
  let partner = null;
  if (record && !record.revokedAt) {
    const expected = Buffer.from(record.secretHash, "hex");
    const actual = Buffer.from(sha256(secret), "hex");
    if (expected.length === actual.length && (0, import_node_crypto.timingSafeEqual)(expected, actual)) {
      partner = { kind: "partner", keyId, partnerName: record.partnerName, scopes: record.scopes };
    }
  }
  if (cache.size > 1e4) cache.clear();
  cache.set(presented, { partner, until: Date.now() + CACHE_MS });
  return partner;
}
function clearApiKeyCache() {
  cache.clear();
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  clearApiKeyCache,
  createApiKey,
  findPartnerByKey,
  listApiKeys,
  revokeApiKey
});
