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
var frequency_exports = {};
__export(frequency_exports, {
  DATE_LIST: () => DATE_LIST,
  FREQUENCY_PATTERNS: () => FREQUENCY_PATTERNS,
  SPECIFIC_DATE: () => SPECIFIC_DATE
});
module.exports = __toCommonJS(frequency_exports);
const COUNT = "(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|a dozen|a hundred)";
const ORDINAL = "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th)|only)";
const RECURRING_UNIT = "(?:day|night|morning|evening|afternoon|weekend|week|fortnight|month|term|half[- ]term|time|school day|visit|contact|lunchtime|bedtime|(?:mon|tues|wednes|thurs|fri|satur|sun)day)s?";
const COUNTABLE = "(?:times|occasions|incidents|episodes|separate (?:times|occasions|incidents)|days|nights|mornings|evenings|afternoons|weekends|sessions|school days|half days|absences|visits|lates)";
const FREQUENCY_PATTERNS = [
  // "once" is also a conjunction ("once he had left"); skip it there and in "at once".
  /(?<!\bat\s)\bonce\b(?!\s+(?:he|she|they|i|we|it|you|mum|dad|the|this|that|everyone)\b)/i,
  /\b(?:twice|thrice)\b/i,
  new RegExp(`\\b${COUNT}\\s+(?:or\\s+${COUNT}\\s+)?(?:more\\s+|other\\s+|different\\s+|further\\s+)?${COUNTABLE}\\b(?!\\s+ago)`, "i"),
  new RegExp(`\\b${ORDINAL}\\s+(?:time|occasion|incident)\\b`, "i"),
  new RegExp(`\\b(?:every|each)\\s+(?:other\\s+|single\\s+|second\\s+)?${RECURRING_UNIT}\\b`, "i"),
  /\beach of (?:those|these|the|them)\b/i,
  /\b(?:daily|nightly|weekly|fortnightly|monthly|hourly)\b/i,
  new RegExp(`\\b(?:${COUNT}|once|twice)\\s+(?:times\\s+)?(?:a|an|per|each|every)\\s+(?:day|night|week|fortnight|month|term|year|weekend)\\b`, "i"),
  new RegExp(`\\b${COUNT}\\s+(?:out\\s+)?of\\s+(?:the\\s+)?(?:${COUNT}|those|these|them|the last \\w+)\\b`, "i"),
  /\b\d+(?:\.\d+)?\s?%/,
  /\b(?:both|all three|all four|all five)\s+(?:times|occasions|days|nights|weekends|visits|incidents)\b/i,
  /\bon (?:one|a single) occasion\b/i,
  /\bnever (?:before|happened before)\b/i
];
const MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b";
const DATE_LIST = new RegExp(
  `\\b\\d{1,2}(?:st|nd|rd|th)?(?:\\s*,\\s*\\d{1,2}(?:st|nd|rd|th)?)*\\s*,?\\s*(?:and|&)\\s*\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}`,
  "i"
);
const SPECIFIC_DATE = new RegExp(
  `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}|\\b${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\b\\d{1,2}\\/\\d{1,2}(?:\\/\\d{2,4})?\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b`,
  "gi"
);
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  DATE_LIST,
  FREQUENCY_PATTERNS,
  SPECIFIC_DATE
});
