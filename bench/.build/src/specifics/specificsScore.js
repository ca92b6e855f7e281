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
var specificsScore_exports = {};
__export(specificsScore_exports, {
  specificsScoreOf: () => specificsScoreOf
});
module.exports = __toCommonJS(specificsScore_exports);
const ASK_WEIGHT = {
  COLUMN_EMPTY: 15,
  VAGUE_STATEMENT: 12,
  NO_DANGER_STATEMENT: 12,
  JARGON: 8,
  NO_WHEN: 8,
  NO_SOURCE: 8,
  HEARSAY: 8,
  CHILD_DETAILS_MISSING: 8,
  NO_FREQUENCY: 6,
  NO_EXISTING_SAFETY: 6,
  NO_CHILD_VOICE: 6,
  VAGUE_FREQUENCY: 5,
  NO_WORST_INCIDENT: 5,
  NEXT_STEP_NO_OWNER: 5,
  SCALING_MISSING: 5,
  CONSENT_UNCLEAR: 5
};
const NOTE_FACTOR = 0.4;
function specificsScoreOf(findings) {
  const deductions = findings.reduce(
    (total, { code, severity }) => total + ASK_WEIGHT[code] * (severity === "ask" ? 1 : NOTE_FACTOR),
    0
  );
  return Math.max(0, Math.round(100 - deductions));
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  specificsScoreOf
});
