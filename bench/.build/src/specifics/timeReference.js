"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var timeReference_exports = {};
__export(timeReference_exports, {
  hasTimeReference: () => hasTimeReference
});
module.exports = __toCommonJS(timeReference_exports);
var chrono = __toESM(require("chrono-node"));
var import_timeReferences = require("./lexicon/timeReferences");
const REFERENCE_DATE = new Date(Date.UTC(2025, 0, 15, 12));
const CURRENCY = /[£$€]/;
function chronoFindsTime(text) {
  for (const result of chrono.en.GB.parse(text, REFERENCE_DATE)) {
    const reading = result.text.trim();
    if (import_timeReferences.CHRONO_FALSE_READINGS.test(reading) || /^for\s/i.test(reading) || CURRENCY.test(text.charAt(result.index - 1))) continue;
    return true;
  }
  return false;
}
function hasTimeReference(text) {
  for (const pattern of import_timeReferences.TIME_REFERENCE_PATTERNS) {
    if (pattern.test(text)) return true;
  }
  return import_timeReferences.CHRONO_WORTH_TRYING.test(text) && chronoFindsTime(text);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  hasTimeReference
});
