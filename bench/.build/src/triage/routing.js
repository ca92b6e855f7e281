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
var routing_exports = {};
__export(routing_exports, {
  ageInYears: () => ageInYears,
  routeReferral: () => routeReferral
});
module.exports = __toCommonJS(routing_exports);
var import_vagueStatement = require("../specifics/rules/vagueStatement");
var import_context = require("../specifics/context");
var import_routingSignals = require("./routingSignals");
function passages(list, path) {
  if (!Array.isArray(list)) return [];
  return list.map((text, index) => ({ path: `${path}[${index}]`, text: typeof text === "string" ? text : "" })).filter((passage) => passage.text.trim() !== "");
}
function clauseBefore(text, index) {
  const before = text.slice(Math.max(0, index - 80), index);
  let cut = 0;
  import_routingSignals.CLAUSE_BREAK.lastIndex = 0;
  for (let m = import_routingSignals.CLAUSE_BREAK.exec(before); m; m = import_routingSignals.CLAUSE_BREAK.exec(before)) cut = m.index + m[0].length;
  return before.slice(cut);
}
function findEvidence(signal, where, options = {}) {
  for (const { path, text } of where) {
    signal.pattern.lastIndex = 0;
    for (let m = signal.pattern.exec(text); m; m = signal.pattern.exec(text)) {
      const lead = clauseBefore(text, m.index);
      if (import_routingSignals.NEGATION.test(lead)) continue;
      if (options.factsOnly && import_routingSignals.HYPOTHETICAL.test(lead)) continue;
      return { term: m[0], path };
    }
  }
  return void 0;
}
function reason(signal, evidence) {
  return `${evidence.path} ${signal.label}: '${evidence.term}'.`;
}
function ageInYears(child, now) {
  if (typeof child.dateOfBirth === "string" && /^\d{4}-\d{2}-\d{2}/.test(child.dateOfBirth)) {
    const [year, month, day] = child.dateOfBirth.slice(0, 10).split("-").map(Number);
    let age = now.getUTCFullYear() - year;
    if (now.getUTCMonth() + 1 < month || now.getUTCMonth() + 1 === month && now.getUTCDate() < day) age -= 1;
    return Math.max(0, age);
  }
  return typeof child.estimatedAge === "number" ? child.estimatedAge : void 0;
}
function immediateRiskReasons(referral, now) {
  const reasons = [];
  if (referral.immediateRisk === true) reasons.push("The referrer says the child is not safe today.");
  const pastHarm = passages(referral.worried?.pastHarm, "worried.pastHarm");
  const childVoice = passages(referral.childVoice, "childVoice");
  const facts = [...pastHarm, ...childVoice];
  const fears = [...facts, ...passages(referral.worried?.futureDanger, "worried.futureDanger"), ...passages(referral.worried?.complicatingFactors, "worried.complicatingFactors")];
  const injury = findEvidence(import_routingSignals.INJURY, facts, { factsOnly: true });
  if (injury) reasons.push(reason(import_routingSignals.INJURY, injury));
  const disclosure = findEvidence(import_routingSignals.SEXUAL_ABUSE_DISCLOSURE, facts, { factsOnly: true });
  if (disclosure) reasons.push(reason(import_routingSignals.SEXUAL_ABUSE_DISCLOSURE, disclosure));
  const afraid = findEvidence(import_routingSignals.AFRAID_TO_GO_HOME, fears);
  if (afraid) reasons.push(reason(import_routingSignals.AFRAID_TO_GO_HOME, afraid));
  const babies = (referral.children ?? []).filter((child) => {
    const age = ageInYears(child, now);
    return age !== void 0 && age < 1;
  });
  if (babies.length > 0) {
    const mark = findEvidence(import_routingSignals.ANY_MARK, facts, { factsOnly: true });
    if (mark) reasons.push(`${babies.map((baby) => baby.firstName).join(" and ")} is under one, and ${reason(import_routingSignals.ANY_MARK, mark)}`);
  }
  return reasons;
}
function childInCareReasons(referral) {
  const reasons = [];
  if (referral.assessmentType === "child-in-care") reasons.push("The referrer chose a child-in-care (Signs of Success) response.");
  const carers = (referral.household ?? []).filter(
    (member) => typeof member?.relationship === "string" && import_routingSignals.LOOKED_AFTER_RELATIONSHIP.test(member.relationship)
  );
  if (carers.length > 0) reasons.push(`The child lives with ${carers.map((c) => `${c.name} (${c.relationship})`).join(", ")}.`);
  const everything = [
    ...passages(referral.worried?.pastHarm, "worried.pastHarm"),
    ...passages(referral.worried?.complicatingFactors, "worried.complicatingFactors"),
    ...passages(referral.workingWell?.strengths, "workingWell.strengths"),
    ...passages(referral.workingWell?.existingSafety, "workingWell.existingSafety"),
    ...passages(referral.childVoice, "childVoice")
  ];
  const lookedAfter = findEvidence(import_routingSignals.LOOKED_AFTER, everything) ?? findEvidence(import_routingSignals.LOOKED_AFTER_ACRONYM, everything);
  if (lookedAfter) reasons.push(reason(import_routingSignals.LOOKED_AFTER, lookedAfter));
  return reasons;
}
function significantHarmReasons(referral) {
  const worries = [
    ...passages(referral.worried?.pastHarm, "worried.pastHarm"),
    ...passages(referral.worried?.futureDanger, "worried.futureDanger"),
    ...passages(referral.worried?.complicatingFactors, "worried.complicatingFactors"),
    ...passages(referral.childVoice, "childVoice")
  ];
  const reasons = [];
  for (const signal of import_routingSignals.SIGNIFICANT_HARM) {
    const evidence = findEvidence(signal, worries);
    if (evidence) reasons.push(reason(signal, evidence));
  }
  return reasons;
}
function tooVagueToRuleOut(referral) {
  const ctx = (0, import_context.buildContext)(referral);
  return ctx.pastHarm.length === 0 || ctx.pastHarm.every((statement) => (0, import_vagueStatement.isVagueStatement)(ctx, statement));
}
function route(queue, reasons) {
  return { queue, reasons };
}
function routeReferral(referral, options = {}) {
  const now = options.now ?? /* @__PURE__ */ new Date();
  const immediate = immediateRiskReasons(referral, now);
  if (immediate.length > 0) return route("immediate-risk", immediate);
  const inCare = childInCareReasons(referral);
  if (inCare.length > 0) return route("child-in-care", inCare);
  const harm = significantHarmReasons(referral);
  if (harm.length > 0) return route("child-protection", harm);
  if (referral.assessmentType === "child-protection") {
    return route("child-protection", ["The referrer chose a child protection (Signs of Safety) response; nothing described lowers that."]);
  }
  if (referral.assessmentType !== "early-help" && tooVagueToRuleOut(referral)) {
    return route("child-protection", ["The worries are too general to rule out significant harm; First Contact should find out more."]);
  }
  return route("early-help", [
    referral.assessmentType === "early-help" ? "The referrer chose an early help (Signs of Wellbeing) response and no significant harm is described." : "Wellbeing worries without significant harm described."
  ]);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  ageInYears,
  routeReferral
});
