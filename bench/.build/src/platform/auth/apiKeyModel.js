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
var apiKeyModel_exports = {};
__export(apiKeyModel_exports, {
  API_SCOPES: () => API_SCOPES,
  ApiKeyModel: () => ApiKeyModel
});
module.exports = __toCommonJS(apiKeyModel_exports);
var import_mongoose = require("mongoose");
const API_SCOPES = ["referrals:write", "referrals:read"];
const ApiKeyModel = (0, import_mongoose.model)(
  "ApiKey",
  new import_mongoose.Schema(
    {
      _id: { type: String, required: true },
      partnerName: { type: String, required: true },
      secretHash: { type: String, required: true },
      scopes: { type: [String], required: true },
      createdAt: { type: Date, required: true },
      revokedAt: { type: Date }
    },
    { collection: "apiKeys", versionKey: false }
  )
);
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  API_SCOPES,
  ApiKeyModel
});
