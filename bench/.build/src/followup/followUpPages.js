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
var followUpPages_exports = {};
__export(followUpPages_exports, {
  mountFollowUpPages: () => mountFollowUpPages
});
module.exports = __toCommonJS(followUpPages_exports);
var import_config = require("../platform/config");
var import_csrf = require("../web/csrf");
var import_render = require("../web/render");
var import_followUpService = require("./followUpService");
const PROBLEM_PAGES = {
  unknown: {
    status: 404,
    title: "This link does not work",
    lines: [
      "The link may have been copied wrongly, or it may not be for this service.",
      "Check you copied the whole link from the email. If it still does not work, phone First Contact and quote the reference from the email."
    ]
  },
  expired: {
    status: 410,
    title: "This link has expired",
    lines: ["Links to answer our questions only work for a limited time, to keep referrals private.", "Phone First Contact and quote the reference from the email, and we will take your answers over the phone."]
  },
  answered: {
    status: 410,
    title: "These questions have already been answered",
    lines: [
      "Each link can be used once, so the answers cannot be changed or seen again here.",
      "If you have something to add, or did not answer these questions yourself, phone First Contact and quote the reference from the email."
    ]
  }
};
function problemPage(res, problem) {
  const page = PROBLEM_PAGES[problem];
  res.status(page.status);
  (0, import_render.render)(res, "followUpProblem.njk", { pageTitle: page.title, lines: page.lines, firstContactPhone: (0, import_config.config)().FIRST_CONTACT_PHONE });
}
const fieldsOf = (questions, inputs = [], errors = []) => questions.map((q, index) => ({
  index,
  question: q.question,
  answer: inputs[index]?.answer ?? "",
  dontKnow: inputs[index]?.dontKnow === true,
  ...errors.find((e) => e.index === index) ? { error: errors.find((e) => e.index === index).text } : {}
}));
function readAnswers(body, count) {
  const text = (v) => typeof v === "string" ? v : Array.isArray(v) ? String(v[v.length - 1] ?? "") : "";
  return Array.from({ length: count }, (_, i) => ({
    answer: text(body[`answer-${i}`]).slice(0, import_followUpService.MAX_ANSWER_LENGTH + 1),
    dontKnow: text(body[`dontKnow-${i}`]) === "yes"
  }));
}
function mountFollowUpPages(app) {
  app.get("/follow-up/:token", import_csrf.provideCsrf, async (req, res, next) => {
    try {
      const open = await (0, import_followUpService.openAnswerLink)(req.params.token);
      if ("problem" in open) {
        await (0, import_followUpService.auditRefusedLink)(open.problem, req.params.token, open.reference, req.ip);
        return problemPage(res, open.problem);
      }
      (0, import_render.render)(res, "followUpQuestions.njk", {
        pageTitle: "Questions about your referral",
        reference: open.reference,
        expiresAt: open.link.expiresAt,
        fields: fieldsOf(open.questions),
        maxLength: import_followUpService.MAX_ANSWER_LENGTH
      });
    } catch (err) {
      next(err);
    }
  });
  app.post("/follow-up/:token", import_csrf.verifyCsrf, async (req, res, next) => {
    try {
      const body = req.body ?? {};
      const inputs = readAnswers(body, 20);
      const result = await (0, import_followUpService.submitAnswers)(req.params.token, inputs, { ip: req.ip });
      if (result.ok) {
        return (0, import_render.render)(res, "followUpThanks.njk", { pageTitle: "Thank you, your answers have been sent", reference: result.reference });
      }
      if ("problem" in result) return problemPage(res, result.problem);
      res.status(400);
      (0, import_render.render)(res, "followUpQuestions.njk", {
        pageTitle: "Questions about your referral",
        reference: result.open.reference,
        expiresAt: result.open.link.expiresAt,
        fields: fieldsOf(result.open.questions, inputs, result.errors),
        errorList: result.errors.map((e) => ({ text: e.text, href: `#answer-${e.index}` })),
        maxLength: import_followUpService.MAX_ANSWER_LENGTH
      });
    } catch (err) {
      next(err);
    }
  });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  mountFollowUpPages
});
