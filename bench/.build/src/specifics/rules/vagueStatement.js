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
var vagueStatement_exports = {};
__export(vagueStatement_exports, {
  isVagueStatement: () => isVagueStatement,
  vagueStatement: () => vagueStatement
});
module.exports = __toCommonJS(vagueStatement_exports);
var import_findings = require("../findings");
var import_termMatcher = require("../termMatcher");
var import_timeReference = require("../timeReference");
const EMPTY_WORDS = new Set(
  `a an the and or but so of to in on at for with about from by as into onto over under up out off than then there here
  this that these those it its it's is are was were be been being am has have had do does did doing not no nor any some
  all very quite really just also still again more most much many lot lots bit little general generally overall really
  i me my we us our you your he him his she her hers they them their theirs who whom which what when where why how
  can could will would shall should may might must need needs needed
  concern concerns concerned concerning worry worries worried worrying issue issues problem problems matter matters
  thing things situation situations stuff way ways something anything everything nothing circumstances aspects
  home house family families household school child children kid kids baby young person people parent parents
  mum mother mom dad father carer carers
  going go goes went get gets getting got well good bad poor ok okay fine better worse difficult difficulties hard
  sad upset unhappy struggling struggles struggle stressed stress unwell low down not great
  currently moment present ongoing generally various several certain possible possibly potential potentially
  around regarding re within life seems seem appears appear looks look`.split(/\s+/).filter(Boolean)
);
const MOST_WORDS_A_LABEL_COVERS = 6;
function factWords(ctx, statement) {
  const facts = [];
  for (const token of statement.tokens) {
    const word = token.word.endsWith("'s") ? token.word.slice(0, -2) : token.word;
    if (EMPTY_WORDS.has(word) || ctx.childNameWords.has(word)) continue;
    facts.push(token);
    if (facts.length > MOST_WORDS_A_LABEL_COVERS) break;
  }
  return facts;
}
function outsideJargon(statement, words) {
  const labels = (0, import_termMatcher.findJargon)(statement.ownWords, statement.tokens);
  return words.filter((word) => !labels.some((label) => word.start >= label.index && word.start < label.index + label.term.length));
}
function isVagueStatement(ctx, statement) {
  if (/\d/.test(statement.text) || statement.quotes.length > 0) return false;
  let facts = factWords(ctx, statement);
  if (facts.length > MOST_WORDS_A_LABEL_COVERS) return false;
  if (facts.length > 0) facts = outsideJargon(statement, facts);
  return facts.length === 0 && !(0, import_timeReference.hasTimeReference)(statement.text);
}
const QUESTIONS = {
  worried: "You wrote '{statement}'. What exactly happened, or what did you see or hear, when was it, and how do you know?",
  workingWell: "You wrote '{statement}'. What does this look like day to day - who does what for {child}, and when?",
  needsToHappen: "You wrote '{statement}'. What would you need to see happening for {child}, and for how long, to stop worrying?"
};
function vagueStatement(ctx) {
  return ctx.statements.filter((statement) => statement.field !== "nextSteps" && isVagueStatement(ctx, statement)).map(
    (statement) => (0, import_findings.finding)(
      "VAGUE_STATEMENT",
      statement.path,
      (0, import_findings.severityFor)(statement.column),
      "Too short or general to act on.",
      (0, import_findings.ask)(ctx, QUESTIONS[statement.column], { statement: statement.text.replace(/[.\s]+$/, "") })
    )
  );
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  isVagueStatement,
  vagueStatement
});
