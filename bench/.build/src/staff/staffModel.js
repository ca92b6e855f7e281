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
var staffModel_exports = {};
__export(staffModel_exports, {
  SessionModel: () => SessionModel,
  SignInAttemptModel: () => SignInAttemptModel,
  StaffModel: () => StaffModel
});
module.exports = __toCommonJS(staffModel_exports);
var import_mongoose = require("mongoose");
const staffSchema = new import_mongoose.Schema(
  {
    _id: { type: String, required: true },
    email: { type: String, required: true, unique: true },
    role: { type: String, required: true },
    passwordHash: { type: String, required: true },
    passwordIsTemporary: { type: Boolean, required: true, default: false },
    createdAt: { type: Date, required: true },
    disabledAt: { type: Date, required: false }
  },
  { versionKey: false }
);
const StaffModel = (0, import_mongoose.model)("Staff", staffSchema, "staff");
const sessionSchema = new import_mongoose.Schema(
  {
    _id: { type: String, required: true },
    staffId: { type: String, required: true },
    createdAt: { type: Date, required: true },
    lastSeenAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
    notAfter: { type: Date, required: true },
    endedAt: { type: Date, required: false },
    ip: { type: String, required: false }
  },
  { versionKey: false }
);
sessionSchema.index({ staffId: 1 });
const SessionModel = (0, import_mongoose.model)("Session", sessionSchema, "sessions");
const attemptSchema = new import_mongoose.Schema(
  {
    _id: { type: String, required: true },
    emailKey: { type: String, required: true },
    n: { type: Number, required: true },
    at: { type: Date, required: true },
    succeeded: { type: Boolean, required: true, default: false }
  },
  { versionKey: false }
);
attemptSchema.index({ emailKey: 1, n: -1 });
const SignInAttemptModel = (0, import_mongoose.model)("SignInAttempt", attemptSchema, "signInAttempts");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  SessionModel,
  SignInAttemptModel,
  StaffModel
});
