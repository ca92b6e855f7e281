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
var jargon_exports = {};
__export(jargon_exports, {
  jargon: () => jargon
});
module.exports = __toCommonJS(jargon_exports);
var import_findings = require("../findings");
var import_termMatcher = require("../termMatcher");
function jargon(ctx) {
  const findings = [];
  for (const statement of ctx.statements) {
    const seen = /* @__PURE__ */ new Set();
    for (const match of (0, import_termMatcher.findJargon)(statement.ownWords, statement.tokens)) {
      const key = match.term.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(
        (0, import_findings.finding)(
          "JARGON",
          statement.path,
          (0, import_findings.severityFor)(statement.column),
          `Uses the label '${match.term}' instead of describing what happened.`,
          (0, import_findings.ask)(ctx, `You wrote '{term}'. ${(0, import_termMatcher.askInsteadFor)(match.entry)}`, { term: match.term }),
          match.term
        )
      );
    }
  }
  return findings;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  jargon
});
