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
var referralModel_exports = {};
__export(referralModel_exports, {
  ArchivedReferralModel: () => ArchivedReferralModel,
  ReferralModel: () => ReferralModel,
  referralSchema: () => referralSchema
});
module.exports = __toCommonJS(referralModel_exports);
var import_mongoose = require("mongoose");
const referralSchema = new import_mongoose.Schema(
  {
    _id: { type: String, required: true },
    idempotencyKey: { type: String, required: true, unique: true },
    requestHash: { type: String, required: true },
    owner: { type: String, required: true },
    channel: { type: String, required: true },
    receivedAt: { type: Date, required: true },
    queue: { type: String, required: true },
    routeReasons: { type: [String], default: [] },
    priority: { type: Number, required: true },
    decisionDueAt: { type: Date, required: true },
    specificsScore: { type: Number, required: true },
    childKeys: { type: [String], default: [] },
    submission: { type: String, required: true },
    findings: { type: String, required: true },
    status: { type: String, required: true, default: "open" },
    followUpEmail: { type: new import_mongoose.Schema({ messageId: String, dueAt: Date }, { _id: false }), required: false },
    triage: { type: import_mongoose.Schema.Types.Mixed, required: false }
  },
  { versionKey: false, minimize: true }
);
referralSchema.index({ queue: 1, status: 1, priority: -1, receivedAt: 1 });
referralSchema.index({ childKeys: 1 });
referralSchema.index({ owner: 1, receivedAt: -1 });
const ReferralModel = (0, import_mongoose.model)("Referral", referralSchema, "referrals");
const ArchivedReferralModel = (0, import_mongoose.model)("ArchivedReferral", referralSchema.clone(), "archivedReferrals");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  ArchivedReferralModel,
  ReferralModel,
  referralSchema
});
