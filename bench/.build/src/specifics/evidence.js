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
var evidence_exports = {};
__export(evidence_exports, {
  hasFrequency: () => hasFrequency,
  hasSource: () => hasSource,
  namesWorstIncident: () => namesWorstIncident,
  specificDates: () => specificDates
});
module.exports = __toCommonJS(evidence_exports);
var import_frequency = require("./lexicon/frequency");
var import_sources = require("./lexicon/sources");
var import_termMatcher = require("./termMatcher");
function hasFrequency(text) {
  return import_frequency.FREQUENCY_PATTERNS.some((pattern) => pattern.test(text)) || import_frequency.DATE_LIST.test(text);
}
function specificDates(text) {
  return (text.match(import_frequency.SPECIFIC_DATE) ?? []).map((date) => date.toLowerCase().replace(/\s+/g, " "));
}
function hasSource(text) {
  if (!import_sources.SOURCE_PATTERNS.some((pattern) => pattern.test(text))) return false;
  const firstHand = (0, import_termMatcher.withoutHearsay)(text);
  return firstHand === text || import_sources.SOURCE_PATTERNS.some((pattern) => pattern.test(firstHand));
}
const WORST_INCIDENT = /\b(?:worst|most (?:serious|worrying|concerning|frightening|scary|severe|upsetting|dangerous|violent|harmful|significant|distressing|alarming|troubling)|(?:worried|frightened|scared|concerned) (?:me |us )?(?:the )?most|most worried)\b/i;
function namesWorstIncident(text) {
  return WORST_INCIDENT.test(text);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  hasFrequency,
  hasSource,
  namesWorstIncident,
  specificDates
});
