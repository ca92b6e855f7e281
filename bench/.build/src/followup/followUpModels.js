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
var followUpModels_exports = {};
__export(followUpModels_exports, {
  FollowUpAnswerModel: () => FollowUpAnswerModel,
  FollowUpLinkModel: () => FollowUpLinkModel,
  MailAttemptModel: () => MailAttemptModel,
  MailCursorModel: () => MailCursorModel,
  MailDoneModel: () => MailDoneModel,
  MailModel: () => MailModel
});
module.exports = __toCommonJS(followUpModels_exports);
var import_mongoose = require("mongoose");
const MailModel = (0, import_mongoose.model)(
  "FollowUpMail",
  new import_mongoose.Schema(
    {
      _id: { type: String, required: true },
      kind: { type: String, required: true },
      reference: { type: String, required: true },
      decisionId: String,
      state: { type: String, required: true },
      attempts: { type: Number, required: true },
      nextAttemptAt: { type: Date, required: true },
      createdAt: { type: Date, required: true },
      lastError: String
    },
    { versionKey: false }
  ),
  "mailQueue"
);
const MailDoneModel = (0, import_mongoose.model)(
  "FollowUpMailDone",
  new import_mongoose.Schema(
    {
      _id: { type: String, required: true },
      kind: { type: String, required: true },
      reference: { type: String, required: true },
      decisionId: String,
      state: { type: String, required: true },
      attempts: { type: Number, required: true },
      finishedAt: { type: Date, required: true },
      error: String
    },
    { versionKey: false }
  ),
  "mailSent"
);
const MailAttemptModel = (0, import_mongoose.model)(
  "FollowUpMailAttempt",
  new import_mongoose.Schema(
    {
      _id: { type: String, required: true },
      worker: { type: String, required: true },
      claimedAt: { type: Date, required: true },
      leaseUntil: { type: Date, required: true },
      result: String,
      code: String
    },
    { versionKey: false }
  ),
  "mailAttempts"
);
const MailCursorModel = (0, import_mongoose.model)(
  "FollowUpMailCursor",
  new import_mongoose.Schema(
    { _id: { type: String, required: true }, dueAfter: { type: Date, required: true }, updatedAt: { type: Date, required: true } },
    { versionKey: false }
  ),
  "mailCursor"
);
const FollowUpLinkModel = (0, import_mongoose.model)(
  "FollowUpLink",
  new import_mongoose.Schema(
    {
      _id: { type: String, required: true },
      reference: { type: String, required: true },
      messageId: { type: String, required: true },
      createdAt: { type: Date, required: true },
      expiresAt: { type: Date, required: true }
    },
    { versionKey: false }
  ),
  "followUpLinks"
);
const FollowUpAnswerModel = (0, import_mongoose.model)(
  "FollowUpAnswer",
  new import_mongoose.Schema(
    {
      _id: { type: String, required: true },
      messageId: { type: String, required: true },
      answeredAt: { type: Date, required: true },
      questions: { type: import_mongoose.Schema.Types.Mixed, required: true },
      amendedSubmission: { type: String, required: true },
      findingsAfter: { type: String, required: true },
      specificsScoreAfter: { type: Number, required: true }
    },
    { versionKey: false }
  ),
  "followUpAnswers"
);
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  FollowUpAnswerModel,
  FollowUpLinkModel,
  MailAttemptModel,
  MailCursorModel,
  MailDoneModel,
  MailModel
});
