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
var followUpService_exports = {};
__export(followUpService_exports, {
  MAX_ANSWER_LENGTH: () => MAX_ANSWER_LENGTH,
  MAX_QUESTIONS: () => MAX_QUESTIONS,
  addAnswer: () => addAnswer,
  auditRefusedLink: () => auditRefusedLink,
  followUpFor: () => followUpFor,
  followUpQuestionsOf: () => followUpQuestionsOf,
  openAnswerLink: () => openAnswerLink,
  recheckWithAnswers: () => recheckWithAnswers,
  submitAnswers: () => submitAnswers
});
module.exports = __toCommonJS(followUpService_exports);
var import_database = require("../platform/db/database");
var import_auditService = require("../audit/auditService");
var import_checkSpecifics = require("../specifics/checkSpecifics");
var import_followUpQuestions = require("../specifics/followUpQuestions");
var import_answerLinks = require("./answerLinks");
var import_followUpModels = require("./followUpModels");
var import_mailWorker = require("./mailWorker");
const MAX_QUESTIONS = 5;
const MAX_ANSWER_LENGTH = 4e3;
function followUpQuestionsOf(findings) {
  return (0, import_followUpQuestions.selectFollowUpQuestions)(findings, MAX_QUESTIONS);
}
async function openAnswerLink(token, now = /* @__PURE__ */ new Date()) {
  const link = await (0, import_answerLinks.findAnswerLink)(token);
  if (!link) return { problem: "unknown" };
  if (await import_followUpModels.FollowUpAnswerModel.exists({ _id: link.reference })) return { problem: "answered", reference: link.reference };
  if (new Date(link.expiresAt) <= now) return { problem: "expired", reference: link.reference };
  const referral = await (0, import_mailWorker.findReferral)(link.reference);
  if (!referral || referral.followUpEmail?.messageId !== link.messageId) return { problem: "unknown", reference: link.reference };
  return { link, reference: link.reference, questions: followUpQuestionsOf(JSON.parse(referral.findings)) };
}
async function auditRefusedLink(problem, token, reference, ip) {
  await (0, import_auditService.recordAudit)({
    actor: { kind: "referrer", id: "answer-link" },
    action: "follow-up-link-refused",
    ...reference ? { reference } : {},
    ...ip ? { ip } : {},
    detail: `${problem}; link ${(0, import_answerLinks.tokenHash)(token).slice(0, 12)}`
  });
}
async function submitAnswers(token, inputs, ctx = {}) {
  const now = ctx.now ?? /* @__PURE__ */ new Date();
  const open = await openAnswerLink(token, now);
  if ("problem" in open) {
    await auditRefusedLink(open.problem, token, open.reference, ctx.ip);
    return { ok: false, problem: open.problem, reference: open.reference };
  }
  const errors = [];
  const given = open.questions.map((_, i) => {
    const answer = (inputs[i]?.answer ?? "").trim();
    const dontKnow = inputs[i]?.dontKnow === true;
    if (!answer && !dontKnow) errors.push({ index: i, text: `Answer question ${i + 1}, or tick "I don't know"` });
    else if (answer.length > MAX_ANSWER_LENGTH) errors.push({ index: i, text: `Answer ${i + 1} must be ${MAX_ANSWER_LENGTH} characters or fewer` });
    return { answer, dontKnow: dontKnow && !answer };
  });
  if (errors.length) return { ok: false, errors, open };
  const referral = await (0, import_mailWorker.findReferral)(open.reference);
  if (!referral) return { ok: false, problem: "unknown" };
  const submission = JSON.parse(referral.submission);
  const recheck = recheckWithAnswers(submission, open.questions, given);
  const record = {
    _id: open.reference,
    messageId: open.link.messageId,
    answeredAt: now,
    questions: recheck.questions,
    amendedSubmission: JSON.stringify(recheck.amended),
    findingsAfter: JSON.stringify(recheck.findingsAfter),
    specificsScoreAfter: recheck.specificsScoreAfter
  };
  try {
    await import_followUpModels.FollowUpAnswerModel.collection.insertOne(record);
  } catch (err) {
    if (!(0, import_database.isDuplicateKey)(err)) throw err;
    await auditRefusedLink("answered", token, open.reference, ctx.ip);
    return { ok: false, problem: "answered", reference: open.reference };
  }
  const resolved = recheck.questions.filter((q) => q.resolved).map((q) => q.code);
  await (0, import_auditService.recordAudit)({
    actor: { kind: "referrer", id: "answer-link" },
    action: "follow-up-answered",
    reference: open.reference,
    ...ctx.ip ? { ip: ctx.ip } : {},
    detail: `${recheck.questions.length} questions; resolved ${resolved.join(", ") || "none"}`
  });
  return { ok: true, reference: open.reference };
}
const parsePath = (path) => path.split(".").flatMap((part) => {
  const m = part.match(/^([^[]+)((?:\[\d+\])*)$/);
  if (!m) return [part];
  return [m[1], ...[...m[2].matchAll(/\[(\d+)\]/g)].map((x) => Number(x[1]))];
});
const COLUMN_FIRST_FIELD = { worried: "pastHarm", workingWell: "strengths", needsToHappen: "goals" };
const ANSWER_IS_THE_FACT = /* @__PURE__ */ new Set(["CHILD_DETAILS_MISSING", "CONSENT_UNCLEAR"]);
function addAnswer(submission, finding, answer, mode = "append") {
  const s = structuredClone(submission);
  const segments = parsePath(finding.path);
  const last = segments[segments.length - 1];
  const parentOf = (segs) => segs.reduce((node, seg) => node?.[seg] ?? void 0, s);
  if (typeof last === "number") {
    const parent = parentOf(segments.slice(0, -1));
    if (Array.isArray(parent) && typeof parent[last] === "string") {
      parent[last] = mode === "replace" ? answer : `${parent[last]} ${answer}`;
      return s;
    }
  }
  if (finding.path === "scaling") {
    const score = answer.match(/\b(10|[0-9])\b/);
    const scaling = s.scaling ?? {};
    s.scaling = { ...scaling, ...scaling.score === void 0 && score ? { score: Number(score[1]) } : {}, rationale: [scaling.rationale, answer].filter(Boolean).join(" ") };
    return s;
  }
  if (finding.path === "consent") {
    s.consent = { ...s.consent ?? {}, reasonIfNot: answer };
    return s;
  }
  const arrayPath = segments.length === 1 && COLUMN_FIRST_FIELD[finding.path] ? [finding.path, COLUMN_FIRST_FIELD[finding.path]] : segments;
  if (arrayPath.every((x) => typeof x === "string")) {
    let node = s;
    for (const seg of arrayPath.slice(0, -1)) node = node[seg] ??= {};
    const key = arrayPath[arrayPath.length - 1];
    const list = node[key] ?? [];
    if (list.length && (finding.code === "NO_FREQUENCY" || finding.code === "NO_WORST_INCIDENT")) list[0] = `${list[0]} ${answer}`;
    else list.push(answer);
    node[key] = list;
  }
  return s;
}
const sameFinding = (a, b) => a.code === b.code && a.path === b.path && (a.term ?? "").toLowerCase() === (b.term ?? "").toLowerCase();
function recheckWithAnswers(submission, questions, given) {
  let amended = submission;
  questions.forEach((q, i) => {
    if (given[i]?.answer) amended = addAnswer(amended, q, given[i].answer);
  });
  const after = (0, import_checkSpecifics.checkSpecifics)(amended);
  const answered = questions.map((q, i) => {
    const { answer, dontKnow } = given[i] ?? { answer: "", dontKnow: true };
    let resolved = false;
    if (answer) {
      const stillThere = after.findings.some((f) => sameFinding(f, q));
      const clearedInPlace = !(0, import_checkSpecifics.checkSpecifics)(addAnswer(submission, q, answer, "replace")).findings.some((f) => sameFinding(f, q));
      resolved = !stillThere || clearedInPlace || ANSWER_IS_THE_FACT.has(q.code);
    }
    return { code: q.code, path: q.path, ...q.term ? { term: q.term } : {}, question: q.question, ...answer ? { answer } : {}, dontKnow, resolved };
  });
  const findingsAfter = after.findings.filter((f) => !answered.some((q) => q.resolved && sameFinding(f, q)));
  return { amended, questions: answered, findingsAfter, specificsScoreAfter: after.specificsScore };
}
async function followUpFor(reference) {
  const referral = await (0, import_mailWorker.findReferral)(reference);
  if (!referral) return null;
  const email = await (0, import_mailWorker.mailStatusFor)(reference);
  const answers = await import_followUpModels.FollowUpAnswerModel.findById(reference).lean();
  if (answers) {
    return {
      reference,
      status: "answered",
      email,
      questions: answers.questions,
      answeredAt: answers.answeredAt,
      resolvedCodes: answers.questions.filter((q) => q.resolved).map((q) => q.code),
      findingsAfter: JSON.parse(answers.findingsAfter),
      specificsScoreAfter: answers.specificsScoreAfter
    };
  }
  if (!referral.followUpEmail) return { reference, status: "none", email, questions: [], resolvedCodes: [] };
  const questions = followUpQuestionsOf(JSON.parse(referral.findings)).map((q) => ({
    code: q.code,
    path: q.path,
    ...q.term ? { term: q.term } : {},
    question: q.question,
    dontKnow: false,
    resolved: false
  }));
  const link = await import_followUpModels.FollowUpLinkModel.findById((0, import_answerLinks.tokenHash)((0, import_answerLinks.answerToken)(referral.followUpEmail.messageId))).lean();
  return { reference, status: "waiting", email, questions, resolvedCodes: [], ...link ? { linkExpiresAt: link.expiresAt } : {} };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  MAX_ANSWER_LENGTH,
  MAX_QUESTIONS,
  addAnswer,
  auditRefusedLink,
  followUpFor,
  followUpQuestionsOf,
  openAnswerLink,
  recheckWithAnswers,
  submitAnswers
});
