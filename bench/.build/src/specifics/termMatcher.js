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
  withoutHearsay: () => withoutHearsay
});
module.exports = __toCommonJS(termMatcher_exports);
var import_jargon = require("./lexicon/jargon");
var import_hearsay = require("./lexicon/hearsay");
var import_vagueFrequency = require("./lexicon/vagueFrequency");
var import_phraseIndex = require("./phraseIndex");
const JARGON = new import_phraseIndex.PhraseIndex();
for (const entry of import_jargon.JARGON_LEXICON) {
  for (const phrase of [entry.term, ...entry.variants ?? []]) JARGON.add(phrase, entry);
  for (const acronym of entry.acronyms ?? []) JARGON.add(acronym, entry, true);
}
const HEARSAY = new import_phraseIndex.PhraseIndex();
for (const phrase of import_hearsay.HEARSAY_PHRASES) HEARSAY.add(phrase, true);
const VAGUE_FREQUENCY = new import_phraseIndex.PhraseIndex();
for (const phrase of import_vagueFrequency.VAGUE_FREQUENCY_TERMS) VAGUE_FREQUENCY.add(phrase, true);
function findJargon(text, tokens = (0, import_phraseIndex.tokenize)(text)) {
  const found = [];
  for (const match of JARGON.find(text, tokens)) {
    const following = tokens[match.nextToken];
    if (following && match.value.exceptWhenFollowedBy?.includes(following.word)) continue;
    found.push({ term: match.text.replace(/\s+/g, " "), index: match.start, entry: match.value });
  }
  return found;
}
function findHearsay(text, tokens = (0, import_phraseIndex.tokenize)(text)) {
  return HEARSAY.find(text, tokens).map((match) => ({ term: match.text.replace(/\s+/g, " "), index: match.start }));
}
function findVagueFrequencyTerms(text, tokens = (0, import_phraseIndex.tokenize)(text)) {
  return VAGUE_FREQUENCY.find(text, tokens).map((match) => ({ term: match.text.replace(/\s+/g, " "), index: match.start }));
}
function askInsteadFor(entry) {
  return entry?.askInstead ?? import_jargon.GENERIC_JARGON_ASK;
}
function withoutHearsay(text) {
  let result = text;
  for (const match of HEARSAY.find(text)) {
    result = result.slice(0, match.start) + " ".repeat(match.end - match.start) + result.slice(match.end);
  }
  return result;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  askInsteadFor,
  findHearsay,
  findJargon,
  findVagueFrequencyTerms,
  withoutHearsay
});
