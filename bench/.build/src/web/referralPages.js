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
var referralPages_exports = {};
__export(referralPages_exports, {
  referralPages: () => referralPages
});
module.exports = __toCommonJS(referralPages_exports);
var import_express = require("express");
var import_node_crypto = require("node:crypto");
var import_zod = require("zod");
var import_referralService = require("../referrals/referralService");
var import_errors = require("../platform/errors");
var import_csrf = require("./csrf");
var import_render = require("./render");
var import_referralForm = require("./referralForm");
const SCALE_ENDS = {
  0: "0 - things are so bad the child must be taken into care now",
  10: "10 - the child is safe enough for everyone to stop worrying"
};
function renderForm(res, values, opts = {}) {
  const errors = (0, import_referralForm.sortErrors)(opts.errors ?? [], values);
  const byBox = {};
  for (const p of opts.prompts ?? []) {
    const groups = byBox[p.box] ??= [];
    let group = groups.find((g) => g.quote === p.quote);
    if (!group) groups.push(group = { quote: p.quote, questions: [] });
    if (!group.questions.includes(p.question)) group.questions.push(p.question);
  }
  if (errors.length) res.status(400);
  (0, import_render.render)(res, "referral-form.njk", {
    stage: opts.stage ?? "form",
    v: values,
    errors: Object.fromEntries(errors.map((e) => [e.field, e.text])),
    errorList: errors.map((e) => ({ text: e.text, href: `#${e.field}` })),
    prompts: byBox,
    promptList: opts.prompts ?? [],
    t: (0, import_referralForm.headingTerms)(values.assessmentType),
    termsJson: JSON.stringify((0, import_referralForm.allTerms)()).replace(/</g, "\\u003c"),
    maxChildren: import_referralForm.MAX_CHILDREN,
    maxHousehold: import_referralForm.MAX_HOUSEHOLD,
    scaleItems: Array.from({ length: 11 }, (_, n) => ({ value: String(n), text: SCALE_ENDS[n] ?? String(n), checked: values["scaling-score"] === String(n) })),
    scripts: ["referral.js"]
  });
}
function removeRow(values, prefix, fields, countKey, index) {
  const count = Number(values[countKey]);
  if (index < 1 || index >= count) return;
  for (let i = index; i < count; i++) {
    for (const f of fields) {
      const next = values[`${prefix}-${i + 1}-${f}`];
      if (next === void 0) delete values[`${prefix}-${i}-${f}`];
      else values[`${prefix}-${i}-${f}`] = next;
    }
  }
  for (const f of fields) delete values[`${prefix}-${count - 1}-${f}`];
  values[countKey] = String(count - 1);
}
function confirmationLink(reference) {
  return `/referral/sent/${encodeURIComponent(reference)}?t=${(0, import_csrf.signValue)(reference, "sent")}`;
}
async function handlePost(req, res) {
  const values = (0, import_referralForm.readForm)(req.body ?? {});
  values.formId ??= (0, import_node_crypto.randomUUID)();
  const action = typeof req.body?.action === "string" ? req.body.action : "check";
  if (action === "add-child" || action === "add-person") {
    const key = action === "add-child" ? "childCount" : "householdCount";
    values[key] = String(Math.min(Number(values[key]) + 1, action === "add-child" ? import_referralForm.MAX_CHILDREN : import_referralForm.MAX_HOUSEHOLD));
    return renderForm(res, values);
  }
  const removeChild = /^remove-child-(\d+)$/.exec(action);
  if (removeChild) {
    removeRow(values, "child", import_referralForm.CHILD_FIELDS, "childCount", Number(removeChild[1]));
    return renderForm(res, values);
  }
  const removePerson = /^remove-person-(\d+)$/.exec(action);
  if (removePerson) {
    removeRow(values, "household", import_referralForm.HOUSEHOLD_FIELDS, "householdCount", Number(removePerson[1]));
    return renderForm(res, values);
  }
  if (action === "terms") return renderForm(res, values);
  const { submission, errors } = (0, import_referralForm.toSubmission)(values);
  let parsed;
  try {
    parsed = (0, import_referralService.parseSubmission)(submission);
  } catch (err) {
    if (!(err instanceof import_zod.ZodError)) throw err;
    return renderForm(res, values, { errors: [...errors, ...(0, import_referralForm.zodErrors)(err, submission, values)] });
  }
  if (errors.length) return renderForm(res, values, { errors });
  if (action === "send") {
    try {
      const receipt = await (0, import_referralService.submitReferral)(parsed, { owner: "web", channel: "web", idempotencyKey: values.formId });
      res.redirect(303, confirmationLink(receipt.reference));
      return;
    } catch (err) {
      if (!(err instanceof import_errors.Unprocessable)) throw err;
      values.formId = (0, import_node_crypto.randomUUID)();
      const result2 = (0, import_referralService.checkReferral)(parsed);
      return renderForm(res, values, {
        stage: "check",
        prompts: (0, import_referralForm.promptsFor)(result2.findings, submission, values),
        errors: [{ field: "send-referral", text: "You already sent this referral. If you changed it, send it again as a new referral." }]
      });
    }
  }
  const result = (0, import_referralService.checkReferral)(parsed);
  renderForm(res, values, { stage: "check", prompts: (0, import_referralForm.promptsFor)(result.findings, submission, values) });
}
function referralPages() {
  const router = (0, import_express.Router)();
  router.get("/", (_req, res) => (0, import_render.render)(res, "index.njk", { pageTitle: "Make a safeguarding referral for a child" }));
  router.get("/referral", (_req, res) => renderForm(res, { formId: (0, import_node_crypto.randomUUID)(), childCount: "1", householdCount: "1" }));
  router.post("/referral", import_csrf.verifyCsrf, (req, res, next) => {
    handlePost(req, res).catch(next);
  });
  router.get("/referral/sent/:reference", async (req, res, next) => {
    try {
      const reference = req.params.reference;
      const token = typeof req.query.t === "string" ? req.query.t : "";
      const record = (0, import_csrf.sameSignature)(token, (0, import_csrf.signValue)(reference, "sent")) ? await (0, import_referralService.findReferralRecord)(reference) : null;
      if (!record) {
        res.status(404);
        return (0, import_render.render)(res, "error.njk", { pageTitle: "Page not found", lines: ["If you sent a referral, check the reference in your browser history or call First Contact."] });
      }
      (0, import_render.render)(res, "confirmation.njk", { reference: record._id, decisionDueAt: record.decisionDueAt });
    } catch (err) {
      next(err);
    }
  });
  return router;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  referralPages
});
