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
var nextStepNoOwner_exports = {};
__export(nextStepNoOwner_exports, {
  nextStepNoOwner: () => nextStepNoOwner
});
module.exports = __toCommonJS(nextStepNoOwner_exports);
var import_findings = require("../findings");
var import_owners = require("../lexicon/owners");
var import_phraseIndex = require("../phraseIndex");
const NOT_PASSIVE = "(?!\\s+be\\s+\\w+(?:ed|en|t)\\b)";
const ACTS_NEXT = new RegExp(`^\\s+(?:and\\s+\\S+\\s+)?${import_owners.OWNER_ACTION}\\b${NOT_PASSIVE}`, "i");
const BY_JUST_BEFORE = /\bby\s+(?:the\s+|her\s+|his\s+|their\s+|our\s+|a\s+|an\s+)?$/i;
const FIRST_PERSON = /\b(?:I|we)\b|\b(?:I|we)['’](?:ll|m|re|ve)\b/i;
const CAPITALISED_SUBJECT = new RegExp(`^\\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+)?([A-Z][a-z\u2019']+)(?:\\s+[A-Z][a-z\u2019']+)?\\s+${import_owners.STRONG_OWNER_ACTION}\\b${NOT_PASSIVE}`);
const BY_CAPITALISED = /\bby\s+(?:Mr |Mrs |Ms |Miss |Dr )?([A-Z][a-z]+)/;
const MID_SENTENCE_CAPITALISED = /(?<=[a-z,;:]\s+)[A-Z][a-z’']+(?:\s+[A-Z][a-z’']+)*/g;
const DATE_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|christmas|easter|half|end|next|tomorrow|today|i)$/i;
const ROLES = new import_phraseIndex.PhraseIndex();
for (const role of import_owners.OWNER_ROLES) ROLES.add(role, true, /^[A-Z]{2,}$/.test(role));
function couldBeAPerson(word) {
  return !import_owners.NOT_AN_OWNER.has(word.toLowerCase()) && !DATE_WORD.test(word);
}
function ownedBy(people, text) {
  return people.find(text).some(
    (match) => ACTS_NEXT.test(text.slice(match.end, match.end + 60)) || BY_JUST_BEFORE.test(text.slice(Math.max(0, match.start - 16), match.start))
  );
}
function namedPeople(ctx) {
  const { referral } = ctx;
  const people = new import_phraseIndex.PhraseIndex();
  const names = [
    referral.referrer?.name,
    referral.referrer?.organisation,
    ...(referral.household ?? []).map((member) => member?.name),
    ...ctx.childFirstNames,
    ...ctx.statements.flatMap((statement) => statement.text.match(MID_SENTENCE_CAPITALISED) ?? [])
  ];
  for (const name of names) {
    if (typeof name !== "string" || !name.trim()) continue;
    if (/\s/.test(name.trim()) || couldBeAPerson(name.trim())) people.add(name, true, true);
    for (const part of (0, import_phraseIndex.tokenize)(name)) {
      const word = name.slice(part.start, part.end);
      if (word.length > 2 && part.capitalised && couldBeAPerson(word)) people.add(word, true, true);
    }
  }
  return people;
}
function hasOwner(written, people) {
  const text = written.replace(/\s*\([^)]*\)/g, "");
  if (FIRST_PERSON.test(text)) return true;
  const subject = CAPITALISED_SUBJECT.exec(text);
  if (subject && couldBeAPerson(subject[1])) return true;
  if (ownedBy(ROLES, text)) return true;
  const by = BY_CAPITALISED.exec(text);
  if (by && couldBeAPerson(by[1])) return true;
  return ownedBy(people(), text);
}
function nextStepNoOwner(ctx) {
  const nextSteps = ctx.statements.filter((statement) => statement.field === "nextSteps");
  if (nextSteps.length === 0) return [];
  let people;
  const lazyPeople = () => people ??= namedPeople(ctx);
  return nextSteps.filter((statement) => !hasOwner(statement.text, lazyPeople)).map(
    (statement) => (0, import_findings.finding)(
      "NEXT_STEP_NO_OWNER",
      statement.path,
      "ask",
      "Next step does not say who will do it.",
      (0, import_findings.ask)(ctx, "You wrote '{step}'. Who will do this, and by when?", { step: statement.text.replace(/[.\s]+$/, "") })
    )
  );
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  nextStepNoOwner
});
