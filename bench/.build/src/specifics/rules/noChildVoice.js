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
var noChildVoice_exports = {};
__export(noChildVoice_exports, {
  noChildVoice: () => noChildVoice
});
module.exports = __toCommonJS(noChildVoice_exports);
var import_findings = require("../findings");
const SPEECH_VERB = "(?:said|says|told|tells|asked|asks|shouted|shouts|cried|whispered|replied|disclosed|explained|added|wrote|writes|screamed|called out|commented|stated|answered|repeated|kept saying|keeps saying)";
const LISTENER = "(?:\\s+(?:me|us|him|her|them|staff|[a-z]+'s|(?:her|his|their|the|a) \\w+(?:\\s+\\w+)?|[A-Z][a-z]+|Mr \\w+|Mrs \\w+|Ms \\w+|Miss \\w+))?";
const BEFORE_QUOTE = new RegExp(`\\b([A-Za-z]+)\\s+(?:(?:then|later|also|just|\\w+ly)\\s+)?${SPEECH_VERB}${LISTENER}(?:\\s+that)?\\s*[:,]?\\s*$`);
const WORDS_WERE = /\b([A-Za-z]+)['’]s (?:own )?words (?:were|are|was)\s*[:,]?\s*$/;
const AFTER_QUOTE = new RegExp(`^\\s*[,.!?]?\\s*(?:${SPEECH_VERB}\\s+([A-Za-z]+)|([A-Za-z]+)\\s+${SPEECH_VERB})\\b`);
function quotesChild(statement, speakers) {
  return statement.quotes.some(({ start, end }) => {
    const lead = statement.text.slice(Math.max(0, start - 80), start);
    const before = BEFORE_QUOTE.exec(lead) ?? WORDS_WERE.exec(lead);
    if (before && speakers.has(before[1].toLowerCase())) return true;
    const after = AFTER_QUOTE.exec(statement.text.slice(end, end + 40));
    const speaker = after?.[1] ?? after?.[2];
    return speaker !== void 0 && speakers.has(speaker.toLowerCase());
  });
}
const YOUNGEST_TALKING_AGE = 2;
function ageInYears(dateOfBirth, estimatedAge) {
  if (typeof dateOfBirth === "string" && /^\d{4}-\d{2}-\d{2}/.test(dateOfBirth)) {
    return (Date.now() - Date.parse(dateOfBirth.slice(0, 10))) / (365.25 * 864e5);
  }
  return typeof estimatedAge === "number" ? estimatedAge : void 0;
}
function allTooYoungToTalk(ctx) {
  const children = Array.isArray(ctx.referral.children) ? ctx.referral.children : [];
  return children.length > 0 && children.every((child) => {
    const age = ageInYears(child?.dateOfBirth, child?.estimatedAge);
    return age !== void 0 && age < YOUNGEST_TALKING_AGE;
  });
}
function noChildVoice(ctx) {
  const childVoice = ctx.referral.childVoice;
  if (Array.isArray(childVoice) && childVoice.some((words) => typeof words === "string" && words.trim())) return [];
  const speakers = /* @__PURE__ */ new Set([...ctx.childFirstNames.map((name) => name.toLowerCase()), "she", "he", "they", "child"]);
  if (ctx.statements.some((statement) => quotesChild(statement, speakers))) return [];
  if (allTooYoungToTalk(ctx)) {
    return [
      (0, import_findings.finding)(
        "NO_CHILD_VOICE",
        "childVoice",
        "note",
        "Nothing about the baby's own experience.",
        (0, import_findings.ask)(ctx, "{child} is too young to tell us in words. What have you seen of how {child} is - for example how {child} reacts to the adults around them, feeds, sleeps and plays?")
      )
    ];
  }
  return [
    (0, import_findings.finding)(
      "NO_CHILD_VOICE",
      "childVoice",
      "ask",
      "The child's own words are missing.",
      (0, import_findings.ask)(ctx, "Has {child} said anything about this, or about life at home? If so, please write down {child}'s own words as closely as you remember them.")
    )
  ];
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  noChildVoice
});
