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
var followUpQuestions_exports = {};
__export(followUpQuestions_exports, {
  selectFollowUpQuestions: () => selectFollowUpQuestions
});
module.exports = __toCommonJS(followUpQuestions_exports);
const RANK = {
  VAGUE_STATEMENT: 1,
  JARGON: 2,
  HEARSAY: 3,
  NO_DANGER_STATEMENT: 4,
  COLUMN_EMPTY: 5,
  NO_WHEN: 6,
  NO_SOURCE: 7,
  CHILD_DETAILS_MISSING: 8,
  NO_FREQUENCY: 9,
  VAGUE_FREQUENCY: 10,
  NO_WORST_INCIDENT: 11,
  NO_EXISTING_SAFETY: 12,
  NO_CHILD_VOICE: 13,
  NEXT_STEP_NO_OWNER: 14,
  SCALING_MISSING: 15,
  CONSENT_UNCLEAR: 16
};
const WORDING = /* @__PURE__ */ new Set(["VAGUE_STATEMENT", "JARGON", "HEARSAY", "VAGUE_FREQUENCY"]);
function tierOf({ code, path }) {
  if (WORDING.has(code)) {
    if (path.startsWith("worried.pastHarm")) return code === "VAGUE_FREQUENCY" ? 3 : 1;
    return path.startsWith("worried") ? 3 : 6;
  }
  if (code === "NO_DANGER_STATEMENT" || code === "COLUMN_EMPTY" && path === "worried") return 2;
  if (code === "NO_WHEN" || code === "NO_SOURCE") return 3;
  if (code === "CHILD_DETAILS_MISSING" || code === "NO_FREQUENCY" || code === "NO_WORST_INCIDENT") return 4;
  if (code === "COLUMN_EMPTY" || code === "NO_EXISTING_SAFETY" || code === "NO_CHILD_VOICE") return 5;
  if (code === "NEXT_STEP_NO_OWNER") return 6;
  return 7;
}
const COVERED_BY_VAGUE_STATEMENT = /* @__PURE__ */ new Set(["NO_WHEN", "NO_SOURCE"]);
function sameQuestionKey(found) {
  return found.term ? `${found.code}:${found.term.toLowerCase()}` : found.question;
}
function selectFollowUpQuestions(findings, max = 5) {
  const asks = findings.map((found, order) => ({ found, order })).filter(({ found }) => found.severity === "ask").sort(
    (a, b) => tierOf(a.found) - tierOf(b.found) || RANK[a.found.code] - RANK[b.found.code] || a.order - b.order
  );
  const vaguePaths = new Set(asks.filter(({ found }) => found.code === "VAGUE_STATEMENT").map(({ found }) => found.path));
  const asked = /* @__PURE__ */ new Set();
  const selected = [];
  for (const { found } of asks) {
    if (selected.length >= max) break;
    if (COVERED_BY_VAGUE_STATEMENT.has(found.code) && vaguePaths.has(found.path)) continue;
    const key = sameQuestionKey(found);
    if (asked.has(key) || asked.has(found.question)) continue;
    asked.add(key);
    asked.add(found.question);
    selected.push(found);
  }
  return selected;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  selectFollowUpQuestions
});
