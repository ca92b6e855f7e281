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
var sources_exports = {};
__export(sources_exports, {
  SOURCE_PATTERNS: () => SOURCE_PATTERNS
});
module.exports = __toCommonJS(sources_exports);
const SOURCE_PATTERNS = [
  /\b(?:saw|seen|see|sees|seeing|witnessed|witness|heard|hear|hears|noticed|notice|observed|observe|spotted|found|smelt|smelled|smell|watched|caught|examined|weighed|measured)\b/i,
  /\b(?:told|tell|tells|telling|said|says|saying|disclosed|discloses|disclosure|reported|reports|explained|admitted|mentioned|described|shared|informed|confided|confirmed|complained|alleged that|answered|replied|stated|wrote|written|emailed|texted|messaged|phoned|rang|called us|called me|showed|shown)\b/i,
  /\b(?:records?|recorded|logs?|logged|register|registers|chronology|notes|case notes|report|police report|CPOMS|MyConcern|attendance data|attendance figures|growth chart|red book|body map|photos?|photographs?|photographed|CCTV|video|footage|screenshots?|recording|messages)\b/i,
  /\baccording to\s+(?!rumou?rs?\b|local people\b)/i,
  /\b(?:in|on) (?:our|the|her|his|their|school's|nursery's) (?:records?|system|file|log|notes)\b/i,
  /\bwhen (?:i|we) (?:visited|called|phoned|spoke|met|asked)\b/i,
  /\b(?:i|we) (?:visited|spoke to|spoke with|met)\b/i
];
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  SOURCE_PATTERNS
});
