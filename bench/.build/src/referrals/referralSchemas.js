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
var referralSchemas_exports = {};
__export(referralSchemas_exports, {
  referralSubmissionSchema: () => referralSubmissionSchema
});
module.exports = __toCommonJS(referralSchemas_exports);
var import_zod = require("zod");
var import_referralLimits = require("./referralLimits");
const shortText = import_zod.z.string().max(import_referralLimits.LIMITS.shortText, `must be at most ${import_referralLimits.LIMITS.shortText} characters`);
const statement = import_zod.z.string().max(import_referralLimits.LIMITS.statement, `must be at most ${import_referralLimits.LIMITS.statement} characters`);
const statements = import_zod.z.array(statement).max(import_referralLimits.LIMITS.statementsPerSection, `at most ${import_referralLimits.LIMITS.statementsPerSection} statements`);
const isoDate = import_zod.z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD").refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && (/* @__PURE__ */ new Date(`${d}T00:00:00Z`)).toISOString().startsWith(d), "is not a real date").refine((d) => Date.parse(`${d}T00:00:00Z`) <= Date.now(), "cannot be in the future");
const nonBlank = (max) => import_zod.z.string().trim().min(1, "is required").max(max, `must be at most ${max} characters`);
const referralSubmissionSchema = import_zod.z.object({
  assessmentType: import_zod.z.enum(["child-protection", "early-help", "child-in-care"]).optional(),
  immediateRisk: import_zod.z.boolean().optional(),
  referrer: import_zod.z.object({
    name: nonBlank(import_referralLimits.LIMITS.shortText),
    role: shortText.optional(),
    organisation: nonBlank(import_referralLimits.LIMITS.shortText),
    agency: import_zod.z.enum(["school", "health", "police", "housing", "voluntary", "other"]),
    email: import_zod.z.string().trim().max(import_referralLimits.LIMITS.shortText).email("must be an email address, like name@school.sch.uk"),
    phone: shortText.optional()
  }),
  children: import_zod.z.array(
    import_zod.z.object({
      firstName: nonBlank(import_referralLimits.LIMITS.shortText),
      lastName: shortText.optional(),
      dateOfBirth: isoDate.optional(),
      estimatedAge: import_zod.z.number().int().min(0).max(25).optional(),
      gender: shortText.optional(),
      address: shortText.optional(),
      postcode: shortText.optional(),
      school: shortText.optional(),
      languages: import_zod.z.array(shortText).max(10).optional(),
      disability: shortText.optional()
    })
  ).min(1, "at least one child is needed").max(import_referralLimits.LIMITS.children),
  household: import_zod.z.array(import_zod.z.object({ name: nonBlank(import_referralLimits.LIMITS.shortText), relationship: shortText.optional(), dateOfBirth: isoDate.optional(), livesWithChild: import_zod.z.boolean().optional() })).max(import_referralLimits.LIMITS.household).optional(),
  consent: import_zod.z.object({ parentsAware: import_zod.z.boolean().optional(), consentGiven: import_zod.z.boolean().optional(), reasonIfNot: statement.optional() }).optional(),
  worried: import_zod.z.object({ pastHarm: statements.optional(), futureDanger: statements.optional(), complicatingFactors: statements.optional() }).refine(
    (w) => [...w.pastHarm ?? [], ...w.futureDanger ?? [], ...w.complicatingFactors ?? []].some((s) => s.trim().length > 0),
    "say at least one thing you are worried about"
  ),
  workingWell: import_zod.z.object({ strengths: statements.optional(), existingSafety: statements.optional() }).optional(),
  needsToHappen: import_zod.z.object({ goals: statements.optional(), nextSteps: statements.optional() }).optional(),
  childVoice: statements.optional(),
  scaling: import_zod.z.object({ score: import_zod.z.number().int().min(0).max(10), rationale: statement.optional() }).optional()
}).strict();
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  referralSubmissionSchema
});
