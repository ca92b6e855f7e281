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
var archiveService_exports = {};
__export(archiveService_exports, {
  archiveDecided: () => archiveDecided,
  registerOutcomeDeliveredCheck: () => registerOutcomeDeliveredCheck
});
module.exports = __toCommonJS(archiveService_exports);
var import_config = require("../platform/config");
var import_database = require("../platform/db/database");
var import_logging = require("../platform/logging");
var import_referralModel = require("../referrals/referralModel");
var import_staffService = require("../staff/staffService");
var import_triageModels = require("./triageModels");
var import_triageViewService = require("./triageViewService");
let outcomeDelivered = async (reference) => {
  try {
    const followUp = await import("../followup/mailWorker");
    if (!followUp.mailStatusFor) return true;
    const status = await followUp.mailStatusFor(reference);
    return status.outcome !== "pending" && status.followUp !== "pending";
  } catch {
    return true;
  }
};
function registerOutcomeDeliveredCheck(check) {
  outcomeDelivered = check;
}
async function archiveDecided(now = /* @__PURE__ */ new Date()) {
  const cutoff = now.getTime() - (0, import_config.config)().DECIDED_RETENTION_HOURS * 36e5;
  const decided = await import_referralModel.ReferralModel.find({ status: "decided" }).lean();
  let moved = 0;
  for (const referral of decided) {
    const decidedAt = referral.triage?.decidedAt;
    if (!(decidedAt instanceof Date) || decidedAt.getTime() > cutoff) continue;
    if (!await outcomeDelivered(referral._id)) continue;
    await (0, import_triageViewService.recordChildSightings)(referral);
    try {
      await import_referralModel.ArchivedReferralModel.collection.insertOne(referral);
    } catch (err) {
      if (!(0, import_database.isDuplicateKey)(err)) throw err;
    }
    await import_triageModels.ClaimModel.deleteMany({ reference: referral._id });
    await import_referralModel.ReferralModel.deleteOne({ _id: referral._id, status: "decided" });
    moved++;
  }
  await (0, import_staffService.pruneSessionsAndAttempts)();
  if (moved) import_logging.logger.info({ moved }, "archived decided referrals");
  return moved;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  archiveDecided,
  registerOutcomeDeliveredCheck
});
