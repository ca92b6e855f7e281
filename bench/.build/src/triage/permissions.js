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
var permissions_exports = {};
__export(permissions_exports, {
  assertManager: () => assertManager,
  assertMayReadReferrals: () => assertMayReadReferrals,
  assertMayTriage: () => assertMayTriage,
  canTriage: () => canTriage
});
module.exports = __toCommonJS(permissions_exports);
var import_errors = require("../platform/errors");
function canTriage(staff) {
  return !!staff && (staff.role === "worker" || staff.role === "manager");
}
function assertMayReadReferrals(staff, reference) {
  if (!canTriage(staff)) throw new import_errors.NotFound(`No referral ${reference}.`);
}
function assertMayTriage(staff) {
  if (!canTriage(staff)) throw new import_errors.Forbidden("Only First Contact workers and managers can do this.");
}
function assertManager(staff) {
  if (!staff || staff.role !== "manager") throw new import_errors.Forbidden("Only a First Contact manager can do this.");
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  assertManager,
  assertMayReadReferrals,
  assertMayTriage,
  canTriage
});
