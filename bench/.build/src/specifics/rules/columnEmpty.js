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
var columnEmpty_exports = {};
__export(columnEmpty_exports, {
  columnEmpty: () => columnEmpty
});
module.exports = __toCommonJS(columnEmpty_exports);
var import_findings = require("../findings");
const COLUMN_QUESTIONS = {
  worried: {
    heading: "What are we worried about?",
    question: "What has happened to {child} that worries you, and what do you fear could happen if nothing changes?"
  },
  workingWell: {
    heading: "What's working well?",
    question: "What is going well for {child}? For example, who in the family or around them helps, and any times {child} was kept safe or well cared for while the worry was there."
  },
  needsToHappen: {
    heading: "What needs to happen?",
    question: "What would you need to see happening for {child}, and for how long, to stop worrying - and who will do what next?"
  }
};
function columnEmpty(ctx) {
  const findings = [];
  for (const column of ["worried", "workingWell", "needsToHappen"]) {
    if (ctx.statements.some((statement) => statement.column === column)) continue;
    const { heading, question } = COLUMN_QUESTIONS[column];
    findings.push((0, import_findings.finding)("COLUMN_EMPTY", column, "ask", `Nothing written under "${heading}".`, (0, import_findings.ask)(ctx, question)));
  }
  return findings;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  columnEmpty
});
