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
var referralLimits_exports = {};
__export(referralLimits_exports, {
  LIMITS: () => LIMITS
});
module.exports = __toCommonJS(referralLimits_exports);
const LIMITS = {
  statement: 4e3,
  shortText: 200,
  statementsPerSection: 30,
  children: 10,
  household: 20,
  idempotencyKey: 100
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  LIMITS
});
