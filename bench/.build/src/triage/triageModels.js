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
var triageModels_exports = {};
__export(triageModels_exports, {
  ChildSightingModel: () => ChildSightingModel,
  ClaimModel: () => ClaimModel,
  DecisionModel: () => DecisionModel,
  OUTCOMES: () => OUTCOMES,
  QueueMoveModel: () => QueueMoveModel,
  ReopenModel: () => ReopenModel
});
module.exports = __toCommonJS(triageModels_exports);
var import_mongoose = require("mongoose");
const claimSchema = new import_mongoose.Schema(
  {
    _id: { type: String, required: true },
    reference: { type: String, required: true },
    n: { type: Number, required: true },
    holderId: { type: String, required: true },
    holderEmail: { type: String, required: true },
    queue: { type: String, required: true },
    claimedAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
    releasedAt: { type: Date, required: false }
  },
  { versionKey: false }
);
claimSchema.index({ reference: 1, n: -1 });
const ClaimModel = (0, import_mongoose.model)("Claim", claimSchema, "claims");
const OUTCOMES = [
  "no-further-action",
  "advice-and-signposting",
  "early-help",
  "child-and-family-assessment",
  "strategy-discussion",
  "already-open-to-social-care"
];
const decisionSchema = new import_mongoose.Schema(
  {
    _id: { type: String, required: true },
    reference: { type: String, required: true },
    k: { type: Number, required: true },
    outcome: { type: String, required: true },
    rationale: { type: String, required: true },
    workerScaling: { type: import_mongoose.Schema.Types.Mixed, required: true },
    decidedBy: { type: import_mongoose.Schema.Types.Mixed, required: true },
    decidedAt: { type: Date, required: true },
    queue: { type: String, required: true },
    outcomeEmail: { type: import_mongoose.Schema.Types.Mixed, required: true }
  },
  { versionKey: false }
);
decisionSchema.index({ reference: 1 });
const DecisionModel = (0, import_mongoose.model)("Decision", decisionSchema, "decisions");
const reopenSchema = new import_mongoose.Schema(
  {
    _id: { type: String, required: true },
    reference: { type: String, required: true },
    k: { type: Number, required: true },
    reason: { type: String, required: true },
    by: { type: import_mongoose.Schema.Types.Mixed, required: true },
    at: { type: Date, required: true }
  },
  { versionKey: false }
);
const ReopenModel = (0, import_mongoose.model)("Reopen", reopenSchema, "reopens");
const queueMoveSchema = new import_mongoose.Schema(
  {
    _id: { type: String, required: true },
    reference: { type: String, required: true },
    m: { type: Number, required: true },
    from: { type: String, required: true },
    to: { type: String, required: true },
    reason: { type: String, required: true },
    by: { type: import_mongoose.Schema.Types.Mixed, required: true },
    at: { type: Date, required: true }
  },
  { versionKey: false }
);
const QueueMoveModel = (0, import_mongoose.model)("QueueMove", queueMoveSchema, "queueMoves");
const childSightingSchema = new import_mongoose.Schema(
  {
    _id: { type: String, required: true },
    key: { type: String, required: true },
    n: { type: Number, required: true },
    reference: { type: String, required: true },
    receivedAt: { type: Date, required: true }
  },
  { versionKey: false }
);
const ChildSightingModel = (0, import_mongoose.model)("ChildSighting", childSightingSchema, "childSightings");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  ChildSightingModel,
  ClaimModel,
  DecisionModel,
  OUTCOMES,
  QueueMoveModel,
  ReopenModel
});
