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
var mailTemplates_exports = {};
__export(mailTemplates_exports, {
  OUTCOME_WORDS: () => OUTCOME_WORDS,
  followUpEmail: () => followUpEmail,
  outcomeEmail: () => outcomeEmail
});
module.exports = __toCommonJS(mailTemplates_exports);
var import_config = require("../platform/config");
const OUTCOME_WORDS = {
  "no-further-action": "Children's social care will not be taking any further action at the moment. If you have new worries, or things get worse, please make a new referral.",
  "advice-and-signposting": "First Contact will give advice and point the family towards local services that can help them. Children's social care will not be working with the family directly.",
  "early-help": "The family will be offered early help: support from a team that works alongside families to stop problems getting bigger. Someone from that team may contact you.",
  "child-and-family-assessment": "A social worker will carry out an assessment with the child and family to understand what is happening and what help is needed. The social worker may contact you.",
  "strategy-discussion": "Children's social care will meet with the police and other services straight away to agree how to keep the child safe. A social worker may contact you soon.",
  "already-open-to-social-care": "A social work team is already working with this family. Your information has been passed to them, and they may contact you."
};
const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
function htmlOf(paragraphs, link) {
  const body = paragraphs.map((p) => link && p === link.href ? `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p>` : `<p>${escapeHtml(p)}</p>`).join("\n");
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>First Contact</title></head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5;">
${body}
</body></html>
`;
}
const UK_DATE = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London" });
function formatDate(d) {
  const p = Object.fromEntries(UK_DATE.formatToParts(d).map((x) => [x.type, x.value]));
  return `${p.weekday} ${p.day} ${p.month} ${p.year}`;
}
function followUpEmail(reference, link, expiresAt) {
  const phone = (0, import_config.config)().FIRST_CONTACT_PHONE;
  const paragraphs = [
    "Hello,",
    `Thank you for your referral to First Contact. Your reference is ${reference}.`,
    "We are writing because we have a few questions about what you have seen or heard. Your answers help us understand what life is like for the child and decide the right help sooner. It should take about 5 minutes.",
    "Answer the questions here:",
    link,
    `The link works until ${formatDate(expiresAt)} and can be used once. It is meant for you: please do not forward this email.`,
    "We have not put any details of the referral in this email, to keep them private.",
    `If you cannot use the link, phone First Contact on ${phone} and quote ${reference}. If you think a child is in immediate danger, call 999.`,
    "First Contact"
  ];
  return {
    subject: `Referral ${reference}: questions from First Contact`,
    text: paragraphs.join("\n\n") + "\n",
    html: htmlOf(paragraphs, { href: link, label: "Answer the questions" })
  };
}
function outcomeEmail(reference, outcome) {
  const phone = (0, import_config.config)().FIRST_CONTACT_PHONE;
  const words = OUTCOME_WORDS[outcome] ?? "First Contact has decided what happens next. Phone us if you would like to know more.";
  const paragraphs = [
    "Hello,",
    `Thank you for your referral to First Contact, reference ${reference}. We have now made a decision about what happens next.`,
    words,
    `If you have any questions, or new worries, phone First Contact on ${phone} and quote ${reference}. If you think a child is in immediate danger, call 999.`,
    "First Contact"
  ];
  return {
    subject: `Referral ${reference}: a decision has been made`,
    text: paragraphs.join("\n\n") + "\n",
    html: htmlOf(paragraphs)
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  OUTCOME_WORDS,
  followUpEmail,
  outcomeEmail
});
