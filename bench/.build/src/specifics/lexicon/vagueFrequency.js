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
  VAGUE_FREQUENCY_TERMS: () => VAGUE_FREQUENCY_TERMS
});
module.exports = __toCommonJS(vagueFrequency_exports);
const VAGUE_FREQUENCY_TERMS = [
  "often",
  "quite often",
  "very often",
  "more often than not",
  "sometimes",
  "at times",
  "on occasion",
  "on occasions",
  "occasionally",
  "every so often",
  "from time to time",
  "now and then",
  "now and again",
  "every now and then",
  "every now and again",
  "regularly",
  "frequently",
  "routinely",
  "a lot",
  "lots of times",
  "lots of",
  "loads of times",
  "constantly",
  "continually",
  "continuously",
  "persistently",
  "repeatedly",
  "time and again",
  "time after time",
  "again and again",
  "over and over",
  "numerous",
  "numerous times",
  "numerous occasions",
  "several times",
  "several occasions",
  "many times",
  "many occasions",
  "multiple times",
  "multiple occasions",
  "various times",
  "various occasions",
  "a number of times",
  "a number of occasions",
  "a few times",
  "a few occasions",
  "countless times",
  "ongoing",
  "on-going",
  "all the time",
  "most of the time",
  "half the time",
  "usually",
  "periodically",
  "intermittently",
  "recurring",
  "rarely",
  "seldom",
  "hardly ever"
];
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  VAGUE_FREQUENCY_TERMS
});
