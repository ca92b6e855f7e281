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
var termMatcher_exports = {};
__export(termMatcher_exports, {
  askInsteadFor: () => askInsteadFor,
  findHearsay: () => findHearsay,
  findJargon: () => findJargon,
  findVagueFrequencyTerms: () => findVagueFrequencyTerms,
  matchLexicons: () => matchLexicons,
  withoutHearsay: () => withoutHearsay
});
module.exports = __toCommonJS(termMatcher_exports);
var import_jargon = require("./lexicon/jargon");
var import_hearsay = require("./lexicon/hearsay");
var import_vagueFrequency = require("./lexicon/vagueFrequency");
var import_phraseIndex = require("./phraseIndex");
const LEXICONS = new import_phraseIndex.PhraseIndex();
const meanings = /* @__PURE__ */ new Map();
function define(phrase, meaning, caseSensitive = false) {
  const key = `${caseSensitive ? "exact" : "any"}:${caseSensitive ? phrase : phrase.toLowerCase()}`;
  const existing = meanings.get(key);
  if (existing) {
    Object.assign(existing, { ...meaning, ...existing });
    return;
  }
  const fresh = { ...meaning };
  meanings.set(key, fresh);
  LEXICONS.add(phrase, fresh, caseSensitive);
}
for (const entry of import_jargon.JARGON_LEXICON) {
  for (const phrase of [entry.term, ...entry.variants ?? []]) define(phrase, { jargon: entry });
  for (const acronym of entry.acronyms ?? []) define(acronym, { jargon: entry }, true);
}
for (const phrase of import_hearsay.HEARSAY_PHRASES) define(phrase, { hearsay: true });
for (const phrase of import_vagueFrequency.VAGUE_FREQUENCY_TERMS) define(phrase, { vagueFrequency: true });
const SERVICE_NOUNS = /* @__PURE__ */ new Set([
  "service",
  "services",
  "team",
  "teams",
  "worker",
  "workers",
  "support",
  "charity",
  "unit",
  "officer",
  "advocate",
  "course",
  "programme",
  "program",
  "project",
  "helpline",
  "refuge",
  "nurse",
  "practitioner",
  "lead",
  "hub",
  "clinic",
  "panel",
  "meeting",
  "policy",
  "training",
  "assessment",
  "screening",
  "referral",
  "champion",
  "coordinator"
]);
function matchLexicons(text, tokens = (0, import_phraseIndex.tokenize)(text)) {
  const found = { jargon: [], hearsay: [], vagueFrequency: [] };
  for (const match of LEXICONS.find(text, tokens)) {
    const term = match.text.replace(/\s+/g, " ");
    const { jargon, hearsay, vagueFrequency } = match.value;
    if (hearsay) found.hearsay.push({ term, index: match.start });
    if (vagueFrequency) found.vagueFrequency.push({ term, index: match.start });
    if (jargon) {
      const following = tokens[match.nextToken];
      if (following && jargon.exceptWhenFollowedBy?.includes(following.word)) continue;
      if (following && SERVICE_NOUNS.has(following.word) && following.start === match.end + 1) continue;
      found.jargon.push({ term, index: match.start, entry: jargon });
    }
  }
  return found;
}
const matchesByTokens = /* @__PURE__ */ new WeakMap();
function matchesFor(text, tokens) {
  if (!tokens) return matchLexicons(text);
  let matches = matchesByTokens.get(tokens);
  if (!matches) {
    matches = matchLexicons(text, tokens);
    matchesByTokens.set(tokens, matches);
  }
  return matches;
}
function findJargon(text, tokens) {
  return matchesFor(text, tokens).jargon;
}
function findHearsay(text, tokens) {
  return matchesFor(text, tokens).hearsay;
}
function findVagueFrequencyTerms(text, tokens) {
  return matchesFor(text, tokens).vagueFrequency;
}
function askInsteadFor(entry) {
  return entry?.askInstead ?? import_jargon.GENERIC_JARGON_ASK;
}
function withoutHearsay(text) {
  let result = text;
  for (const match of LEXICONS.find(text)) {
    if (match.value.hearsay) result = result.slice(0, match.start) + " ".repeat(match.end - match.start) + result.slice(match.end);
  }
  return result;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  askInsteadFor,
  findHearsay,
  findJargon,
  findVagueFrequencyTerms,
  matchLexicons,
  withoutHearsay
});
