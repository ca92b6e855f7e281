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
var referralForm_exports = {};
__export(referralForm_exports, {
  CHILD_FIELDS: () => CHILD_FIELDS,
  HOUSEHOLD_FIELDS: () => HOUSEHOLD_FIELDS,
  MAX_CHILDREN: () => MAX_CHILDREN,
  MAX_HOUSEHOLD: () => MAX_HOUSEHOLD,
  STATEMENT_FIELDS: () => STATEMENT_FIELDS,
  ZodError: () => import_zod.ZodError,
  allTerms: () => allTerms,
  childRow: () => childRow,
  fieldOrder: () => fieldOrder,
  headingTerms: () => headingTerms,
  promptFor: () => promptFor,
  promptsFor: () => promptsFor,
  readForm: () => readForm,
  sortErrors: () => sortErrors,
  statementsOf: () => statementsOf,
  toSubmission: () => toSubmission,
  zodErrors: () => zodErrors
});
module.exports = __toCommonJS(referralForm_exports);
var import_zod = require("zod");
var import_assessmentTerms = require("../specifics/assessmentTerms");
const MAX_CHILDREN = 10;
const MAX_HOUSEHOLD = 20;
const CHILD_FIELDS = ["firstName", "lastName", "dob-day", "dob-month", "dob-year", "estimatedAge", "gender", "address", "postcode", "school", "languages", "disability"];
const HOUSEHOLD_FIELDS = ["name", "relationship", "livesWithChild"];
const STATEMENT_FIELDS = [
  ["worried-pastHarm", "worried", "pastHarm"],
  ["worried-futureDanger", "worried", "futureDanger"],
  ["worried-complicatingFactors", "worried", "complicatingFactors"],
  ["workingWell-strengths", "workingWell", "strengths"],
  ["workingWell-existingSafety", "workingWell", "existingSafety"],
  ["needsToHappen-goals", "needsToHappen", "goals"],
  ["needsToHappen-nextSteps", "needsToHappen", "nextSteps"]
];
const REFERRER_FIELDS = ["name", "role", "organisation", "agency", "email", "phone"];
const AGENCIES = ["school", "health", "police", "housing", "voluntary", "other"];
const ASSESSMENT_TYPES = ["child-protection", "early-help", "child-in-care"];
const clampCount = (raw, max) => {
  const n = Number.parseInt(raw ?? "1", 10);
  return Number.isFinite(n) ? Math.min(Math.max(n, 1), max) : 1;
};
function readForm(body) {
  const values = {};
  const take = (name) => {
    const v = body[name];
    const s = Array.isArray(v) ? v[v.length - 1] : v;
    if (typeof s === "string") values[name] = s.slice(0, 2e4);
  };
  values.childCount = String(clampCount(body.childCount, MAX_CHILDREN));
  values.householdCount = String(clampCount(body.householdCount, MAX_HOUSEHOLD));
  for (const name of ["formId", "assessmentType", "immediateRisk", "consent-parentsAware", "consent-consentGiven", "consent-reasonIfNot", "childVoice", "scaling-score", "scaling-rationale"]) take(name);
  for (const f of REFERRER_FIELDS) take(`referrer-${f}`);
  for (const [id] of STATEMENT_FIELDS) take(id);
  for (let i = 0; i < Number(values.childCount); i++) for (const f of CHILD_FIELDS) take(`child-${i}-${f}`);
  for (let i = 0; i < Number(values.householdCount); i++) for (const f of HOUSEHOLD_FIELDS) take(`household-${i}-${f}`);
  if (values.formId && !/^[A-Za-z0-9-]{8,64}$/.test(values.formId)) delete values.formId;
  return values;
}
function fieldOrder(values) {
  const ids = ["assessmentType", "immediateRisk", ...REFERRER_FIELDS.map((f) => `referrer-${f}`)];
  for (let i = 0; i < Number(values.childCount ?? 1); i++) ids.push(...CHILD_FIELDS.map((f) => `child-${i}-${f}`));
  for (let i = 0; i < Number(values.householdCount ?? 1); i++) ids.push(...HOUSEHOLD_FIELDS.map((f) => `household-${i}-${f}`));
  ids.push("consent-parentsAware", "consent-consentGiven", "consent-reasonIfNot");
  ids.push(...STATEMENT_FIELDS.map(([id]) => id), "childVoice", "scaling-score", "scaling-rationale");
  return ids;
}
const statementsOf = (text) => (text ?? "").split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
const blank = (s) => !s || !s.trim();
const opt = (s) => blank(s) ? void 0 : s.trim();
const yesNo = (s) => s === "yes" ? true : s === "no" ? false : void 0;
function childRowEmpty(values, i) {
  return CHILD_FIELDS.every((f) => blank(values[`child-${i}-${f}`]));
}
function householdRowEmpty(values, i) {
  return blank(values[`household-${i}-name`]) && blank(values[`household-${i}-relationship`]);
}
function childLabel(values, i) {
  return Number(values.childCount) > 1 ? `child ${i + 1}` : "the child";
}
function toSubmission(values) {
  const errors = [];
  const children = [];
  const childIndex = [];
  for (let i = 0; i < Number(values.childCount); i++) {
    if (i > 0 && childRowEmpty(values, i)) continue;
    const v = (f) => values[`child-${i}-${f}`];
    const child = { firstName: (v("firstName") ?? "").trim() };
    const [day, month, year] = [v("dob-day"), v("dob-month"), v("dob-year")].map((s) => (s ?? "").trim());
    if (day || month || year) {
      const ok = /^\d{1,2}$/.test(day) && /^\d{1,2}$/.test(month) && /^\d{4}$/.test(year);
      const iso = ok ? `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}` : "";
      const date = /* @__PURE__ */ new Date(`${iso}T00:00:00Z`);
      if (!ok || Number.isNaN(date.getTime()) || !date.toISOString().startsWith(iso)) {
        errors.push({ field: `child-${i}-dob-day`, text: `Date of birth for ${childLabel(values, i)} must be a real date, like 27 3 2017` });
      } else if (date.getTime() > Date.now()) {
        errors.push({ field: `child-${i}-dob-day`, text: `Date of birth for ${childLabel(values, i)} must be in the past` });
      } else child.dateOfBirth = iso;
    }
    const age = opt(v("estimatedAge"));
    if (age !== void 0) {
      if (!/^\d{1,2}$/.test(age) || Number(age) > 25) errors.push({ field: `child-${i}-estimatedAge`, text: `Age of ${childLabel(values, i)} must be a whole number of years, from 0 to 25` });
      else child.estimatedAge = Number(age);
    }
    for (const f of ["lastName", "gender", "address", "postcode", "school", "disability"]) {
      const s = opt(v(f));
      if (s !== void 0) child[f] = s;
    }
    const languages = (v("languages") ?? "").split(/[,\n]/).map((s) => s.trim()).filter(Boolean);
    if (languages.length) child.languages = languages;
    children.push(child);
    childIndex.push(i);
  }
  const household = [];
  const householdIndex = [];
  for (let i = 0; i < Number(values.householdCount); i++) {
    if (householdRowEmpty(values, i)) continue;
    const member = { name: (values[`household-${i}-name`] ?? "").trim() };
    const rel = opt(values[`household-${i}-relationship`]);
    if (rel) member.relationship = rel;
    const lives = yesNo(values[`household-${i}-livesWithChild`]);
    if (lives !== void 0) member.livesWithChild = lives;
    household.push(member);
    householdIndex.push(i);
  }
  const submission = {
    referrer: {
      name: values["referrer-name"] ?? "",
      organisation: values["referrer-organisation"] ?? "",
      agency: values["referrer-agency"],
      email: (values["referrer-email"] ?? "").trim()
    },
    children,
    worried: {}
  };
  if (ASSESSMENT_TYPES.includes(values.assessmentType)) submission.assessmentType = values.assessmentType;
  const risk = yesNo(values.immediateRisk);
  if (risk !== void 0) submission.immediateRisk = risk;
  if (!AGENCIES.includes(submission.referrer.agency)) delete submission.referrer.agency;
  const role = opt(values["referrer-role"]);
  if (role) submission.referrer.role = role;
  const phone = opt(values["referrer-phone"]);
  if (phone) submission.referrer.phone = phone;
  if (household.length) submission.household = household;
  const consent = {};
  const aware = yesNo(values["consent-parentsAware"]);
  const given = yesNo(values["consent-consentGiven"]);
  const reason = opt(values["consent-reasonIfNot"]);
  if (aware !== void 0) consent.parentsAware = aware;
  if (given !== void 0) consent.consentGiven = given;
  if (reason) consent.reasonIfNot = reason;
  if (Object.keys(consent).length) submission.consent = consent;
  for (const [id, column, key] of STATEMENT_FIELDS) {
    const list = statementsOf(values[id]);
    if (!list.length) continue;
    const col = submission[column] ??= {};
    col[key] = list;
  }
  const voice = statementsOf(values.childVoice);
  if (voice.length) submission.childVoice = voice;
  const score = opt(values["scaling-score"]);
  const rationale = opt(values["scaling-rationale"]);
  if (score !== void 0 && /^(10|[0-9])$/.test(score)) {
    submission.scaling = { score: Number(score) };
    if (rationale) submission.scaling.rationale = rationale;
  } else if (rationale) {
    errors.push({ field: "scaling-score", text: "Choose a number from 0 to 10 to go with your reason" });
  }
  formRows.set(submission, { children: childIndex, household: householdIndex });
  return { submission, errors };
}
function childRow(submission, n) {
  return rowsOf(submission).children[n] ?? n;
}
const formRows = /* @__PURE__ */ new WeakMap();
const rowsOf = (submission) => formRows.get(submission) ?? { children: [], household: [] };
const REQUIRED = {
  "referrer-name": "Enter your full name",
  "referrer-organisation": "Enter the name of your organisation",
  "referrer-agency": "Select the kind of organisation you work for",
  "referrer-email": "Enter an email address in the correct format, like name@school.sch.uk"
};
const LABELS = {
  "referrer-role": "Your role",
  "referrer-phone": "Your phone number",
  "consent-reasonIfNot": "The reason parents were not told",
  childVoice: "The child's words",
  "scaling-rationale": "The reason for your number",
  "worried-pastHarm": "What has happened",
  "worried-futureDanger": "What you fear will happen",
  "worried-complicatingFactors": "Complicating factors",
  "workingWell-strengths": "Strengths",
  "workingWell-existingSafety": "Existing safety",
  "needsToHappen-goals": "Goals",
  "needsToHappen-nextSteps": "Next steps"
};
function fieldOfIssue(issue, submission) {
  const [a, b, c] = issue.path;
  if (a === "referrer") return { field: `referrer-${String(b)}` };
  if (a === "children" && typeof b === "number") {
    const row = childRow(submission, b);
    const f = c === "dateOfBirth" ? "dob-day" : String(c ?? "firstName");
    return { field: `child-${row}-${f}` };
  }
  if (a === "children") return { field: "child-0-firstName" };
  if (a === "household" && typeof b === "number") {
    const row = rowsOf(submission).household[b] ?? b;
    return { field: `household-${row}-${String(c ?? "name")}` };
  }
  if (a === "consent") return { field: c === void 0 && b !== "reasonIfNot" ? "consent-parentsAware" : "consent-reasonIfNot" };
  if (a === "worried" && b === void 0) return { field: "worried-pastHarm" };
  if ((a === "worried" || a === "workingWell" || a === "needsToHappen") && typeof b === "string") return { field: `${a}-${b}`, statement: typeof c === "number" ? c : void 0 };
  if (a === "childVoice") return { field: "childVoice", statement: typeof b === "number" ? b : void 0 };
  if (a === "scaling") return { field: b === "rationale" ? "scaling-rationale" : "scaling-score" };
  return { field: "referrer-name" };
}
function zodErrors(err, submission, values) {
  return err.issues.map((issue) => {
    const { field, statement } = fieldOfIssue(issue, submission);
    if (REQUIRED[field]) return { field, text: REQUIRED[field] };
    const child = /^child-(\d+)-firstName$/.exec(field);
    if (child) return { field, text: `Enter the first name of ${childLabel(values, Number(child[1]))}` };
    if (/^household-\d+-name$/.test(field)) return { field, text: "Enter the name of each person in the household, or clear the row" };
    if (field === "worried-pastHarm" && issue.path.length === 1) {
      return { field, text: "Tell us at least one thing you are worried about: what has happened, or what you fear will happen" };
    }
    const label = LABELS[field] ?? "This answer";
    const where = statement !== void 0 ? ` (line ${statement + 1})` : "";
    return { field, text: `${label}${where} ${issue.message}` };
  });
}
function sortErrors(errors, values) {
  const order = fieldOrder(values);
  const seen = /* @__PURE__ */ new Set();
  return errors.filter((e) => seen.has(e.field) ? false : (seen.add(e.field), true)).sort((x, y) => order.indexOf(x.field) - order.indexOf(y.field));
}
function parsePath(path) {
  return path.replace(/\[(\d+)\]/g, ".$1").split(".").filter(Boolean).map((p) => /^\d+$/.test(p) ? Number(p) : p);
}
function promptFor(finding, submission) {
  const [a, b, c] = parsePath(finding.path);
  const base = { question: finding.question || finding.message, severity: finding.severity, code: finding.code };
  const quoteOf = (list, i) => typeof i === "number" ? list?.[i] : void 0;
  if ((a === "worried" || a === "workingWell" || a === "needsToHappen") && typeof b === "string") {
    const field = `${a}-${b}`;
    const list = submission[a]?.[b];
    return { ...base, field, box: field, quote: quoteOf(list, c) };
  }
  if (a === "worried") return { ...base, field: "worried-pastHarm", box: "worried-pastHarm" };
  if (a === "workingWell") return { ...base, field: "workingWell-strengths", box: "workingWell-strengths" };
  if (a === "needsToHappen") return { ...base, field: "needsToHappen-goals", box: "needsToHappen-goals" };
  if (a === "childVoice") return { ...base, field: "childVoice", box: "childVoice", quote: quoteOf(submission.childVoice, b) };
  if (a === "scaling") {
    const field = submission.scaling ? "scaling-rationale" : "scaling-score";
    return { ...base, field, box: "scaling" };
  }
  if (a === "consent") return { ...base, field: submission.consent?.parentsAware === void 0 ? "consent-parentsAware" : "consent-reasonIfNot", box: "consent" };
  if (a === "children") {
    const row = typeof b === "number" ? childRow(submission, b) : 0;
    const child = typeof b === "number" ? submission.children[b] : void 0;
    const field = c === "address" || c === "postcode" || child && (child.dateOfBirth || child.estimatedAge !== void 0) ? `child-${row}-address` : `child-${row}-dob-day`;
    return { ...base, field, box: `child-${row}` };
  }
  if (a === "household") return { ...base, field: "household-0-name", box: "household" };
  if (a === "referrer") return { ...base, field: `referrer-${String(b ?? "name")}`, box: "referrer" };
  return { ...base, field: "worried-pastHarm", box: "worried-pastHarm" };
}
function promptsFor(findings, submission, values) {
  const order = fieldOrder(values);
  return findings.map((f) => promptFor(f, submission)).sort((x, y) => order.indexOf(x.field) - order.indexOf(y.field) || (x.severity === y.severity ? 0 : x.severity === "ask" ? -1 : 1));
}
function headingTerms(type) {
  const t = (0, import_assessmentTerms.termsFor)(ASSESSMENT_TYPES.includes(type) ? type : void 0);
  const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
  return {
    framework: t.framework,
    pastHarm: cap(t.pastHarm),
    dangerStatement: t.dangerStatement,
    DangerStatement: cap(t.dangerStatement),
    goals: t.goals,
    Goals: cap(t.goals),
    existingSafety: t.existingSafety,
    ExistingSafety: cap(t.existingSafety)
  };
}
const allTerms = () => Object.fromEntries(ASSESSMENT_TYPES.map((t) => [t, headingTerms(t)]));
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  CHILD_FIELDS,
  HOUSEHOLD_FIELDS,
  MAX_CHILDREN,
  MAX_HOUSEHOLD,
  STATEMENT_FIELDS,
  ZodError,
  allTerms,
  childRow,
  fieldOrder,
  headingTerms,
  promptFor,
  promptsFor,
  readForm,
  sortErrors,
  statementsOf,
  toSubmission,
  zodErrors
});
