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
var vagueFrequency_exports = {};
__export(vagueFrequency_exports, {
  vagueFrequency: () => vagueFrequency
});
module.exports = __toCommonJS(vagueFrequency_exports);
var import_evidence = require("../evidence");
var import_findings = require("../findings");
var import_termMatcher = require("../termMatcher");
var import_text = require("../text");
const QUALIFIER_REACH = 60;
const BARE_NUMBER = /\b\d+\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|once|twice)\b/i;
function isQualified(text, index, term) {
  const sentence = (0, import_text.sentenceAt)(text, index);
  const from = Math.max(sentence.start, index - QUALIFIER_REACH);
  const to = Math.min(sentence.start + sentence.text.length, index + term.length + QUALIFIER_REACH);
  const nearby = text.slice(from, to);
  if ((0, import_evidence.hasFrequency)(nearby)) return true;
  const after = text.slice(index + term.length, Math.min(to, index + term.length + 25));
  return /^\s*[,(–—-]/.test(after) && BARE_NUMBER.test(after);
}
function vagueFrequency(ctx) {
  const findings = [];
  for (const statement of ctx.statements) {
    const seen = /* @__PURE__ */ new Set();
    for (const match of (0, import_termMatcher.findVagueFrequencyTerms)(statement.ownWords, statement.tokens)) {
      const key = match.term.toLowerCase();
      if (seen.has(key) || isQualified(statement.ownWords, match.index, match.term)) continue;
      seen.add(key);
      findings.push(
        (0, import_findings.finding)(
          "VAGUE_FREQUENCY",
          statement.path,
          (0, import_findings.severityFor)(statement.column),
          `'${match.term}' without a number or period.`,
          (0, import_findings.ask)(ctx, "You wrote '{term}'. How many times has this happened, and over what period - for example 'three times since September'?", {
            term: match.term
          }),
          match.term
        )
      );
    }
  }
  return findings;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  vagueFrequency
});
