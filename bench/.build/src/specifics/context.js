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
var context_exports = {};
__export(context_exports, {
  buildContext: () => buildContext
});
module.exports = __toCommonJS(context_exports);
var import_assessmentTerms = require("./assessmentTerms");
var import_phraseIndex = require("./phraseIndex");
var import_text = require("./text");
const FIELDS = [
  ["worried", "pastHarm"],
  ["worried", "futureDanger"],
  ["worried", "complicatingFactors"],
  ["workingWell", "strengths"],
  ["workingWell", "existingSafety"],
  ["needsToHappen", "goals"],
  ["needsToHappen", "nextSteps"]
];
function makeStatement(path, column, field, text) {
  const quotes = (0, import_text.quotedSpans)(text);
  const ownWords = (0, import_text.maskSpans)(text, quotes);
  return { path, column, field, text, quotes, ownWords, tokens: (0, import_phraseIndex.tokenize)(ownWords) };
}
function listAt(referral, column, field) {
  const columnValue = referral[column];
  const list = columnValue?.[field];
  return Array.isArray(list) ? list : [];
}
function describeChildren(firstNames) {
  if (firstNames.length === 0) return "the child";
  if (firstNames.length === 1) return firstNames[0];
  if (firstNames.length === 2) return `${firstNames[0]} and ${firstNames[1]}`;
  return "the children";
}
function buildContext(referral) {
  const statements = [];
  for (const [column, field] of FIELDS) {
    listAt(referral, column, field).forEach((value, index) => {
      if (typeof value === "string" && value.trim()) {
        statements.push(makeStatement(`${column}.${field}[${index}]`, column, field, value.trim()));
      }
    });
  }
  const childFirstNames = (Array.isArray(referral.children) ? referral.children : []).map((child) => typeof child?.firstName === "string" ? child.firstName.trim() : "").filter(Boolean);
  const assessmentType = referral.assessmentType ?? "child-protection";
  return {
    referral,
    assessmentType,
    terms: (0, import_assessmentTerms.termsFor)(assessmentType),
    childName: describeChildren(childFirstNames),
    childFirstNames,
    childNameWords: new Set(childFirstNames.map((name) => name.toLowerCase())),
    statements,
    pastHarm: statements.filter((s) => s.field === "pastHarm")
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  buildContext
});
