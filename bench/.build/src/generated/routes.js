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
var routes_exports = {};
__export(routes_exports, {
  RegisterRoutes: () => RegisterRoutes
});
module.exports = __toCommonJS(routes_exports);
var import_runtime = require("@tsoa/runtime");
var import_triageController = require("./../triage/triageController");
var import_sessionController = require("./../staff/sessionController");
var import_referralController = require("./../referrals/referralController");
var import_authentication = require("./../platform/auth/authentication");
const expressAuthenticationRecasted = import_authentication.expressAuthentication;
const models = {
  "ProblemDetails": {
    "dataType": "refObject",
    "properties": {
      "type": { "dataType": "string", "required": true },
      "title": { "dataType": "string", "required": true },
      "status": { "dataType": "double", "required": true },
      "detail": { "dataType": "string" },
      "errors": { "dataType": "array", "array": { "dataType": "nestedObjectLiteral", "nestedProperties": { "message": { "dataType": "string", "required": true }, "field": { "dataType": "string", "required": true } } } }
    },
    "additionalProperties": false
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "Queue": {
    "dataType": "refAlias",
    "type": { "dataType": "union", "subSchemas": [{ "dataType": "enum", "enums": ["immediate-risk"] }, { "dataType": "enum", "enums": ["child-protection"] }, { "dataType": "enum", "enums": ["early-help"] }, { "dataType": "enum", "enums": ["child-in-care"] }], "validators": {} }
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "TriageQueue": {
    "dataType": "refAlias",
    "type": { "ref": "Queue", "validators": {} }
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "QueueSummary": {
    "dataType": "refObject",
    "properties": {
      "queue": { "ref": "TriageQueue", "required": true },
      "open": { "dataType": "double", "required": true },
      "overdue": { "dataType": "double", "required": true },
      "claimed": { "dataType": "double", "required": true },
      "oldestWaitingSince": { "dataType": "datetime" },
      "oldestWaitingMinutes": { "dataType": "double" }
    },
    "additionalProperties": false
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "ClaimView": {
    "dataType": "refObject",
    "properties": {
      "reference": { "dataType": "string", "required": true },
      "holderId": { "dataType": "string", "required": true },
      "holderEmail": { "dataType": "string", "required": true },
      "claimedAt": { "dataType": "datetime", "required": true },
      "expiresAt": { "dataType": "datetime", "required": true },
      "yours": { "dataType": "boolean", "required": true }
    },
    "additionalProperties": false
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "QueueItem": {
    "dataType": "refObject",
    "properties": {
      "reference": { "dataType": "string", "required": true },
      "queue": { "ref": "TriageQueue", "required": true },
      "priority": { "dataType": "double", "required": true },
      "receivedAt": { "dataType": "datetime", "required": true },
      "decisionDueAt": { "dataType": "datetime", "required": true },
      "minutesLeft": { "dataType": "double", "required": true },
      "overdue": { "dataType": "boolean", "required": true },
      "routeReasons": { "dataType": "array", "array": { "dataType": "string" }, "required": true },
      "specificsScore": { "dataType": "double", "required": true },
      "claim": { "ref": "ClaimView" }
    },
    "additionalProperties": false
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "QueuePage": {
    "dataType": "refObject",
    "properties": {
      "queue": { "ref": "TriageQueue", "required": true },
      "page": { "dataType": "double", "required": true },
      "pageSize": { "dataType": "double", "required": true },
      "total": { "dataType": "double", "required": true },
      "items": { "dataType": "array", "array": { "dataType": "refObject", "ref": "QueueItem" }, "required": true }
    },
    "additionalProperties": false
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "ShortText": {
    "dataType": "refAlias",
    "type": { "dataType": "string", "validators": { "maxLength": { "value": 200 } } }
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "Agency": {
    "dataType": "refAlias",
    "type": { "dataType": "union", "subSchemas": [{ "dataType": "enum", "enums": ["school"] }, { "dataType": "enum", "enums": ["health"] }, { "dataType": "enum", "enums": ["police"] }, { "dataType": "enum", "enums": ["housing"] }, { "dataType": "enum", "enums": ["voluntary"] }, { "dataType": "enum", "enums": ["other"] }], "validators": {} }
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "Referrer": {
    "dataType": "refObject",
    "properties": {
      "name": { "ref": "ShortText", "required": true },
      "role": { "ref": "ShortText" },
      "organisation": { "ref": "ShortText", "required": true },
      "agency": { "ref": "Agency", "required": true },
      "email": { "ref": "ShortText", "required": true },
      "phone": { "ref": "ShortText" }
    },
    "additionalProperties": false
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "Child": {
    "dataType": "refObject",
    "properties": {
      "firstName": { "ref": "ShortText", "required": true },
      "lastName": { "ref": "ShortText" },
      "dateOfBirth": { "dataType": "string" },
      "estimatedAge": { "dataType": "double" },
      "gender": { "ref": "ShortText" },
      "address": { "ref": "ShortText" },
      "postcode": { "ref": "ShortText" },
      "school": { "ref": "ShortText" },
      "languages": { "dataType": "array", "array": { "dataType": "refAlias", "ref": "ShortText" } },
      "disability": { "ref": "ShortText" }
    },
    "additionalProperties": false
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "HouseholdMember": {
    "dataType": "refObject",
    "properties": {
      "name": { "ref": "ShortText", "required": true },
      "relationship": { "ref": "ShortText" },
      "dateOfBirth": { "dataType": "string" },
      "livesWithChild": { "dataType": "boolean" }
    },
    "additionalProperties": false
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "Statement": {
    "dataType": "refAlias",
    "type": { "dataType": "string", "validators": {} }
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "Consent": {
    "dataType": "refObject",
    "properties": {
      "parentsAware": { "dataType": "boolean" },
      "consentGiven": { "dataType": "boolean" },
      "reasonIfNot": { "ref": "Statement" }
    },
    "additionalProperties": false
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "Worried": {
    "dataType": "refObject",
    "properties": {
      "pastHarm": { "dataType": "array", "array": { "dataType": "refAlias", "ref": "Statement" }, "validators": { "maxItems": { "value": 30 } } },
      "futureDanger": { "dataType": "array", "array": { "dataType": "refAlias", "ref": "Statement" }, "validators": { "maxItems": { "value": 30 } } },
      "complicatingFactors": { "dataType": "array", "array": { "dataType": "refAlias", "ref": "Statement" }, "validators": { "maxItems": { "value": 30 } } }
    },
    "additionalProperties": false
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "WorkingWell": {
    "dataType": "refObject",
    "properties": {
      "strengths": { "dataType": "array", "array": { "dataType": "refAlias", "ref": "Statement" }, "validators": { "maxItems": { "value": 30 } } },
      "existingSafety": { "dataType": "array", "array": { "dataType": "refAlias", "ref": "Statement" }, "validators": { "maxItems": { "value": 30 } } }
    },
    "additionalProperties": false
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "NeedsToHappen": {
    "dataType": "refObject",
    "properties": {
      "goals": { "dataType": "array", "array": { "dataType": "refAlias", "ref": "Statement" }, "validators": { "maxItems": { "value": 30 } } },
      "nextSteps": { "dataType": "array", "array": { "dataType": "refAlias", "ref": "Statement" }, "validators": { "maxItems": { "value": 30 } } }
    },
    "additionalProperties": false
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "FindingCode": {
    "dataType": "refAlias",
    "type": { "dataType": "union", "subSchemas": [{ "dataType": "enum", "enums": ["COLUMN_EMPTY"] }, { "dataType": "enum", "enums": ["JARGON"] }, { "dataType": "enum", "enums": ["VAGUE_FREQUENCY"] }, { "dataType": "enum", "enums": ["NO_WHEN"] }, { "dataType": "enum", "enums": ["NO_FREQUENCY"] }, { "dataType": "enum", "enums": ["NO_WORST_INCIDENT"] }, { "dataType": "enum", "enums": ["NO_SOURCE"] }, { "dataType": "enum", "enums": ["HEARSAY"] }, { "dataType": "enum", "enums": ["NO_DANGER_STATEMENT"] }, { "dataType": "enum", "enums": ["NO_EXISTING_SAFETY"] }, { "dataType": "enum", "enums": ["NO_CHILD_VOICE"] }, { "dataType": "enum", "enums": ["SCALING_MISSING"] }, { "dataType": "enum", "enums": ["CONSENT_UNCLEAR"] }, { "dataType": "enum", "enums": ["CHILD_DETAILS_MISSING"] }, { "dataType": "enum", "enums": ["VAGUE_STATEMENT"] }, { "dataType": "enum", "enums": ["NEXT_STEP_NO_OWNER"] }], "validators": {} }
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "Severity": {
    "dataType": "refAlias",
    "type": { "dataType": "union", "subSchemas": [{ "dataType": "enum", "enums": ["ask"] }, { "dataType": "enum", "enums": ["note"] }], "validators": {} }
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "Finding": {
    "dataType": "refObject",
    "properties": {
      "code": { "ref": "FindingCode", "required": true },
      "path": { "dataType": "string", "required": true },
      "severity": { "ref": "Severity", "required": true },
      "message": { "dataType": "string", "required": true },
      "question": { "dataType": "string", "required": true },
      "term": { "dataType": "string" }
    },
    "additionalProperties": false
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "MailStatus": {
    "dataType": "refAlias",
    "type": { "dataType": "union", "subSchemas": [{ "dataType": "enum", "enums": ["none"] }, { "dataType": "enum", "enums": ["pending"] }, { "dataType": "enum", "enums": ["sent"] }, { "dataType": "enum", "enums": ["failed"] }], "validators": {} }
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "ReferralMailStatus": {
    "dataType": "refObject",
    "properties": {
      "followUp": { "ref": "MailStatus", "required": true },
      "outcome": { "ref": "MailStatus", "required": true },
      "referrerCouldNotBeEmailed": { "dataType": "boolean", "required": true }
    },
    "additionalProperties": false
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "AnsweredQuestion": {
    "dataType": "refObject",
    "properties": {
      "code": { "dataType": "string", "required": true },
      "path": { "dataType": "string", "required": true },
      "term": { "dataType": "string" },
      "question": { "dataType": "string", "required": true },
      "answer": { "dataType": "string" },
      "dontKnow": { "dataType": "boolean", "required": true },
      "resolved": { "dataType": "boolean", "required": true }
    },
    "additionalProperties": false
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "FollowUpView": {
    "dataType": "refObject",
    "properties": {
      "reference": { "dataType": "string", "required": true },
      "status": { "dataType": "union", "subSchemas": [{ "dataType": "enum", "enums": ["none"] }, { "dataType": "enum", "enums": ["waiting"] }, { "dataType": "enum", "enums": ["answered"] }], "required": true },
      "email": { "ref": "ReferralMailStatus", "required": true },
      "questions": { "dataType": "array", "array": { "dataType": "refObject", "ref": "AnsweredQuestion" }, "required": true },
      "answeredAt": { "dataType": "datetime" },
      "resolvedCodes": { "dataType": "array", "array": { "dataType": "string" }, "required": true },
      "findingsAfter": { "dataType": "array", "array": { "dataType": "refObject", "ref": "Finding" } },
      "specificsScoreAfter": { "dataType": "double" },
      "linkExpiresAt": { "dataType": "datetime" }
    },
    "additionalProperties": false
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "Scaling": {
    "dataType": "refObject",
    "properties": {
      "score": { "dataType": "integer", "required": true, "validators": { "minimum": { "value": 0 }, "maximum": { "value": 10 } } },
      "rationale": { "ref": "Statement" }
    },
    "additionalProperties": false
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "WorkerScaling": {
    "dataType": "refObject",
    "properties": {
      "score": { "dataType": "integer", "required": true, "validators": { "minimum": { "value": 0 }, "maximum": { "value": 10 } } },
      "rationale": { "dataType": "string", "required": true, "validators": { "minLength": { "value": 1 }, "maxLength": { "value": 4e3 } } }
    },
    "additionalProperties": false
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "DecisionOutcome": {
    "dataType": "refAlias",
    "type": { "dataType": "union", "subSchemas": [{ "dataType": "enum", "enums": ["no-further-action"] }, { "dataType": "enum", "enums": ["advice-and-signposting"] }, { "dataType": "enum", "enums": ["early-help"] }, { "dataType": "enum", "enums": ["child-and-family-assessment"] }, { "dataType": "enum", "enums": ["strategy-discussion"] }, { "dataType": "enum", "enums": ["already-open-to-social-care"] }], "validators": {} }
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "EarlierReferral": {
    "dataType": "refObject",
    "properties": {
      "reference": { "dataType": "string", "required": true },
      "receivedAt": { "dataType": "datetime", "required": true },
      "queue": { "ref": "TriageQueue", "required": true },
      "status": { "dataType": "union", "subSchemas": [{ "dataType": "enum", "enums": ["open"] }, { "dataType": "enum", "enums": ["decided"] }], "required": true },
      "outcome": { "ref": "DecisionOutcome" }
    },
    "additionalProperties": false
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "StaffRef": {
    "dataType": "refObject",
    "properties": {
      "staffId": { "dataType": "string", "required": true },
      "email": { "dataType": "string", "required": true },
      "role": { "dataType": "string", "required": true }
    },
    "additionalProperties": false
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "DecisionView": {
    "dataType": "refObject",
    "properties": {
      "reference": { "dataType": "string", "required": true },
      "round": { "dataType": "double", "required": true },
      "outcome": { "ref": "DecisionOutcome", "required": true },
      "rationale": { "dataType": "string", "required": true },
      "workerScaling": { "ref": "WorkerScaling", "required": true },
      "decidedBy": { "ref": "StaffRef", "required": true },
      "decidedAt": { "dataType": "datetime", "required": true },
      "outcomeEmailMessageId": { "dataType": "string", "required": true }
    },
    "additionalProperties": false
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "ReopenView": {
    "dataType": "refObject",
    "properties": {
      "round": { "dataType": "double", "required": true },
      "reason": { "dataType": "string", "required": true },
      "by": { "ref": "StaffRef", "required": true },
      "at": { "dataType": "datetime", "required": true }
    },
    "additionalProperties": false
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "QueueMoveView": {
    "dataType": "refObject",
    "properties": {
      "from": { "ref": "TriageQueue", "required": true },
      "to": { "ref": "TriageQueue", "required": true },
      "reason": { "dataType": "string", "required": true },
      "by": { "ref": "StaffRef", "required": true },
      "at": { "dataType": "datetime", "required": true }
    },
    "additionalProperties": false
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "HistoryEvent": {
    "dataType": "refObject",
    "properties": {
      "at": { "dataType": "datetime", "required": true },
      "event": { "dataType": "string", "required": true },
      "by": { "dataType": "string" },
      "detail": { "dataType": "string" }
    },
    "additionalProperties": false
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "TriageView": {
    "dataType": "refObject",
    "properties": {
      "reference": { "dataType": "string", "required": true },
      "status": { "dataType": "union", "subSchemas": [{ "dataType": "enum", "enums": ["open"] }, { "dataType": "enum", "enums": ["decided"] }], "required": true },
      "queue": { "ref": "TriageQueue", "required": true },
      "priority": { "dataType": "double", "required": true },
      "routeReasons": { "dataType": "array", "array": { "dataType": "string" }, "required": true },
      "receivedAt": { "dataType": "datetime", "required": true },
      "decisionDueAt": { "dataType": "datetime", "required": true },
      "minutesLeft": { "dataType": "double", "required": true },
      "overdue": { "dataType": "boolean", "required": true },
      "immediateRisk": { "dataType": "boolean", "required": true },
      "assessmentType": { "dataType": "string" },
      "referrer": { "ref": "Referrer", "required": true },
      "children": { "dataType": "array", "array": { "dataType": "refObject", "ref": "Child" }, "required": true },
      "household": { "dataType": "array", "array": { "dataType": "refObject", "ref": "HouseholdMember" }, "required": true },
      "consent": { "ref": "Consent" },
      "worried": { "ref": "Worried", "required": true },
      "workingWell": { "ref": "WorkingWell", "required": true },
      "needsToHappen": { "ref": "NeedsToHappen", "required": true },
      "childVoice": { "dataType": "array", "array": { "dataType": "refAlias", "ref": "Statement" }, "required": true },
      "specificsScore": { "dataType": "double", "required": true },
      "findings": { "dataType": "array", "array": { "dataType": "refObject", "ref": "Finding" }, "required": true },
      "followUp": { "dataType": "union", "subSchemas": [{ "ref": "FollowUpView" }, { "dataType": "enum", "enums": [null] }], "required": true },
      "scaling": { "dataType": "nestedObjectLiteral", "nestedProperties": { "worker": { "ref": "WorkerScaling" }, "referrer": { "ref": "Scaling" } }, "required": true },
      "earlierReferrals": { "dataType": "nestedObjectLiteral", "nestedProperties": { "referrals": { "dataType": "array", "array": { "dataType": "refObject", "ref": "EarlierReferral" }, "required": true }, "countLast12Months": { "dataType": "double", "required": true } }, "required": true },
      "claim": { "ref": "ClaimView" },
      "decision": { "ref": "DecisionView" },
      "decisions": { "dataType": "array", "array": { "dataType": "refObject", "ref": "DecisionView" }, "required": true },
      "reopens": { "dataType": "array", "array": { "dataType": "refObject", "ref": "ReopenView" }, "required": true },
      "moves": { "dataType": "array", "array": { "dataType": "refObject", "ref": "QueueMoveView" }, "required": true },
      "history": { "dataType": "array", "array": { "dataType": "refObject", "ref": "HistoryEvent" }, "required": true }
    },
    "additionalProperties": false
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "DecisionInput": {
    "dataType": "refObject",
    "properties": {
      "outcome": { "ref": "DecisionOutcome", "required": true },
      "rationale": { "dataType": "string", "required": true, "validators": { "minLength": { "value": 1 }, "maxLength": { "value": 8e3 } } },
      "workerScaling": { "ref": "WorkerScaling", "required": true }
    },
    "additionalProperties": false
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "ReasonInput": {
    "dataType": "refObject",
    "properties": {
      "reason": { "dataType": "string", "required": true, "validators": { "minLength": { "value": 1 }, "maxLength": { "value": 2e3 } } }
    },
    "additionalProperties": false
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "MoveInput": {
    "dataType": "refObject",
    "properties": {
      "queue": { "ref": "TriageQueue", "required": true },
      "reason": { "dataType": "string", "required": true, "validators": { "minLength": { "value": 1 }, "maxLength": { "value": 2e3 } } }
    },
    "additionalProperties": false
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "AuditActorView": {
    "dataType": "refObject",
    "properties": {
      "kind": { "dataType": "union", "subSchemas": [{ "dataType": "enum", "enums": ["staff"] }, { "dataType": "enum", "enums": ["partner"] }, { "dataType": "enum", "enums": ["referrer"] }, { "dataType": "enum", "enums": ["system"] }], "required": true },
      "id": { "dataType": "string", "required": true },
      "email": { "dataType": "string" },
      "role": { "dataType": "string" }
    },
    "additionalProperties": false
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "AuditEntry": {
    "dataType": "refObject",
    "properties": {
      "at": { "dataType": "datetime", "required": true },
      "actor": { "ref": "AuditActorView", "required": true },
      "action": { "dataType": "string", "required": true },
      "reference": { "dataType": "string" },
      "ip": { "dataType": "string" },
      "detail": { "dataType": "string" }
    },
    "additionalProperties": false
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "StaffRoleName": {
    "dataType": "refAlias",
    "type": { "dataType": "union", "subSchemas": [{ "dataType": "enum", "enums": ["worker"] }, { "dataType": "enum", "enums": ["manager"] }, { "dataType": "enum", "enums": ["admin"] }], "validators": {} }
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "SignedInStaff": {
    "dataType": "refObject",
    "properties": {
      "staffId": { "dataType": "string", "required": true },
      "email": { "dataType": "string", "required": true },
      "role": { "ref": "StaffRoleName", "required": true }
    },
    "additionalProperties": false
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "SessionToken": {
    "dataType": "refObject",
    "properties": {
      "token": { "dataType": "string", "required": true },
      "expiresAt": { "dataType": "datetime", "required": true },
      "staff": { "ref": "SignedInStaff", "required": true },
      "mustChangePassword": { "dataType": "boolean", "required": true }
    },
    "additionalProperties": false
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "SignInRequest": {
    "dataType": "refObject",
    "properties": {
      "email": { "dataType": "string", "required": true },
      "password": { "dataType": "string", "required": true }
    },
    "additionalProperties": false
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "PasswordChange": {
    "dataType": "refObject",
    "properties": {
      "currentPassword": { "dataType": "string", "required": true },
      "newPassword": { "dataType": "string", "required": true }
    },
    "additionalProperties": false
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "Route": {
    "dataType": "refObject",
    "properties": {
      "queue": { "ref": "Queue", "required": true },
      "reasons": { "dataType": "array", "array": { "dataType": "string" }, "required": true }
    },
    "additionalProperties": false
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "ReferralReceipt": {
    "dataType": "refObject",
    "properties": {
      "findings": { "dataType": "array", "array": { "dataType": "refObject", "ref": "Finding" }, "required": true },
      "specificsScore": { "dataType": "double", "required": true },
      "route": { "ref": "Route", "required": true },
      "reference": { "dataType": "string", "required": true },
      "receivedAt": { "dataType": "datetime", "required": true },
      "decisionDueAt": { "dataType": "datetime", "required": true }
    },
    "additionalProperties": false
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "AssessmentType": {
    "dataType": "refAlias",
    "type": { "dataType": "union", "subSchemas": [{ "dataType": "enum", "enums": ["child-protection"] }, { "dataType": "enum", "enums": ["early-help"] }, { "dataType": "enum", "enums": ["child-in-care"] }], "validators": {} }
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "ReferralSubmission": {
    "dataType": "refObject",
    "properties": {
      "assessmentType": { "ref": "AssessmentType" },
      "immediateRisk": { "dataType": "boolean" },
      "referrer": { "ref": "Referrer", "required": true },
      "children": { "dataType": "array", "array": { "dataType": "refObject", "ref": "Child" }, "required": true, "validators": { "minItems": { "value": 1 }, "maxItems": { "value": 10 } } },
      "household": { "dataType": "array", "array": { "dataType": "refObject", "ref": "HouseholdMember" }, "validators": { "maxItems": { "value": 20 } } },
      "consent": { "ref": "Consent" },
      "worried": { "ref": "Worried", "required": true },
      "workingWell": { "ref": "WorkingWell" },
      "needsToHappen": { "ref": "NeedsToHappen" },
      "childVoice": { "dataType": "array", "array": { "dataType": "refAlias", "ref": "Statement" }, "validators": { "maxItems": { "value": 30 } } },
      "scaling": { "ref": "Scaling" }
    },
    "additionalProperties": false
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "CheckResult": {
    "dataType": "refObject",
    "properties": {
      "findings": { "dataType": "array", "array": { "dataType": "refObject", "ref": "Finding" }, "required": true },
      "specificsScore": { "dataType": "double", "required": true },
      "route": { "ref": "Route", "required": true }
    },
    "additionalProperties": false
  },
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
  "SubmittedReferral": {
    "dataType": "refObject",
    "properties": {
      "findings": { "dataType": "array", "array": { "dataType": "refObject", "ref": "Finding" }, "required": true },
      "specificsScore": { "dataType": "double", "required": true },
      "route": { "ref": "Route", "required": true },
      "reference": { "dataType": "string", "required": true },
      "receivedAt": { "dataType": "datetime", "required": true },
      "decisionDueAt": { "dataType": "datetime", "required": true },
      "referral": { "ref": "ReferralSubmission", "required": true },
      "status": { "dataType": "union", "subSchemas": [{ "dataType": "enum", "enums": ["open"] }, { "dataType": "enum", "enums": ["decided"] }], "required": true }
    },
    "additionalProperties": false
  }
  // WARNING: This file was auto-generated with tsoa. Please do not modify it. Re-run tsoa to re-generate this file: https://github.com/lukeautry/tsoa
};
const templateService = new import_runtime.ExpressTemplateService(models, { "noImplicitAdditionalProperties": "throw-on-extras", "bodyCoercion": false });
function RegisterRoutes(app) {
  const argsTriageController_listQueues = {
    req: { "in": "request", "name": "req", "required": true, "dataType": "object" }
  };
  app.get(
    "/api/v1/queues",
    authenticateMiddleware([{ "staff": ["worker", "manager"] }]),
    ...(0, import_runtime.fetchMiddlewares)(import_triageController.TriageController),
    ...(0, import_runtime.fetchMiddlewares)(import_triageController.TriageController.prototype.listQueues),
    async function TriageController_listQueues(request, response, next) {
      let validatedArgs = [];
      try {
        validatedArgs = templateService.getValidatedArgs({ args: argsTriageController_listQueues, request, response });
        const controller = new import_triageController.TriageController();
        await templateService.apiHandler({
          methodName: "listQueues",
          controller,
          response,
          next,
          validatedArgs,
          successStatus: void 0
        });
      } catch (err) {
        return next(err);
      }
    }
  );
  const argsTriageController_listQueue = {
    queue: { "in": "path", "name": "queue", "required": true, "dataType": "string" },
    req: { "in": "request", "name": "req", "required": true, "dataType": "object" },
    page: { "in": "query", "name": "page", "dataType": "double" },
    pageSize: { "in": "query", "name": "pageSize", "dataType": "double" }
  };
  app.get(
    "/api/v1/queues/:queue/referrals",
    authenticateMiddleware([{ "staff": ["worker", "manager"] }]),
    ...(0, import_runtime.fetchMiddlewares)(import_triageController.TriageController),
    ...(0, import_runtime.fetchMiddlewares)(import_triageController.TriageController.prototype.listQueue),
    async function TriageController_listQueue(request, response, next) {
      let validatedArgs = [];
      try {
        validatedArgs = templateService.getValidatedArgs({ args: argsTriageController_listQueue, request, response });
        const controller = new import_triageController.TriageController();
        await templateService.apiHandler({
          methodName: "listQueue",
          controller,
          response,
          next,
          validatedArgs,
          successStatus: void 0
        });
      } catch (err) {
        return next(err);
      }
    }
  );
  const argsTriageController_claimNext = {
    queue: { "in": "path", "name": "queue", "required": true, "dataType": "string" },
    req: { "in": "request", "name": "req", "required": true, "dataType": "object" }
  };
  app.post(
    "/api/v1/queues/:queue/claim",
    authenticateMiddleware([{ "staff": ["worker", "manager"] }]),
    ...(0, import_runtime.fetchMiddlewares)(import_triageController.TriageController),
    ...(0, import_runtime.fetchMiddlewares)(import_triageController.TriageController.prototype.claimNext),
    async function TriageController_claimNext(request, response, next) {
      let validatedArgs = [];
      try {
        validatedArgs = templateService.getValidatedArgs({ args: argsTriageController_claimNext, request, response });
        const controller = new import_triageController.TriageController();
        await templateService.apiHandler({
          methodName: "claimNext",
          controller,
          response,
          next,
          validatedArgs,
          successStatus: void 0
        });
      } catch (err) {
        return next(err);
      }
    }
  );
  const argsTriageController_claimReferral = {
    reference: { "in": "path", "name": "reference", "required": true, "dataType": "string" },
    req: { "in": "request", "name": "req", "required": true, "dataType": "object" }
  };
  app.post(
    "/api/v1/referrals/:reference/claim",
    authenticateMiddleware([{ "staff": ["worker", "manager"] }]),
    ...(0, import_runtime.fetchMiddlewares)(import_triageController.TriageController),
    ...(0, import_runtime.fetchMiddlewares)(import_triageController.TriageController.prototype.claimReferral),
    async function TriageController_claimReferral(request, response, next) {
      let validatedArgs = [];
      try {
        validatedArgs = templateService.getValidatedArgs({ args: argsTriageController_claimReferral, request, response });
        const controller = new import_triageController.TriageController();
        await templateService.apiHandler({
          methodName: "claimReferral",
          controller,
          response,
          next,
          validatedArgs,
          successStatus: void 0
        });
      } catch (err) {
        return next(err);
      }
    }
  );
  const argsTriageController_releaseClaim = {
    reference: { "in": "path", "name": "reference", "required": true, "dataType": "string" },
    req: { "in": "request", "name": "req", "required": true, "dataType": "object" }
  };
  app.post(
    "/api/v1/referrals/:reference/release",
    authenticateMiddleware([{ "staff": ["worker", "manager"] }]),
    ...(0, import_runtime.fetchMiddlewares)(import_triageController.TriageController),
    ...(0, import_runtime.fetchMiddlewares)(import_triageController.TriageController.prototype.releaseClaim),
    async function TriageController_releaseClaim(request, response, next) {
      let validatedArgs = [];
      try {
        validatedArgs = templateService.getValidatedArgs({ args: argsTriageController_releaseClaim, request, response });
        const controller = new import_triageController.TriageController();
        await templateService.apiHandler({
          methodName: "releaseClaim",
          controller,
          response,
          next,
          validatedArgs,
          successStatus: 204
        });
      } catch (err) {
        return next(err);
      }
    }
  );
  const argsTriageController_renewClaim = {
    reference: { "in": "path", "name": "reference", "required": true, "dataType": "string" },
    req: { "in": "request", "name": "req", "required": true, "dataType": "object" }
  };
  app.post(
    "/api/v1/referrals/:reference/renew",
    authenticateMiddleware([{ "staff": ["worker", "manager"] }]),
    ...(0, import_runtime.fetchMiddlewares)(import_triageController.TriageController),
    ...(0, import_runtime.fetchMiddlewares)(import_triageController.TriageController.prototype.renewClaim),
    async function TriageController_renewClaim(request, response, next) {
      let validatedArgs = [];
      try {
        validatedArgs = templateService.getValidatedArgs({ args: argsTriageController_renewClaim, request, response });
        const controller = new import_triageController.TriageController();
        await templateService.apiHandler({
          methodName: "renewClaim",
          controller,
          response,
          next,
          validatedArgs,
          successStatus: void 0
        });
      } catch (err) {
        return next(err);
      }
    }
  );
  const argsTriageController_getTriageView = {
    reference: { "in": "path", "name": "reference", "required": true, "dataType": "string" },
    req: { "in": "request", "name": "req", "required": true, "dataType": "object" }
  };
  app.get(
    "/api/v1/referrals/:reference/triage",
    authenticateMiddleware([{ "staff": [] }]),
    ...(0, import_runtime.fetchMiddlewares)(import_triageController.TriageController),
    ...(0, import_runtime.fetchMiddlewares)(import_triageController.TriageController.prototype.getTriageView),
    async function TriageController_getTriageView(request, response, next) {
      let validatedArgs = [];
      try {
        validatedArgs = templateService.getValidatedArgs({ args: argsTriageController_getTriageView, request, response });
        const controller = new import_triageController.TriageController();
        await templateService.apiHandler({
          methodName: "getTriageView",
          controller,
          response,
          next,
          validatedArgs,
          successStatus: void 0
        });
      } catch (err) {
        return next(err);
      }
    }
  );
  const argsTriageController_decide = {
    reference: { "in": "path", "name": "reference", "required": true, "dataType": "string" },
    body: { "in": "body", "name": "body", "required": true, "ref": "DecisionInput" },
    req: { "in": "request", "name": "req", "required": true, "dataType": "object" }
  };
  app.post(
    "/api/v1/referrals/:reference/decision",
    authenticateMiddleware([{ "staff": [] }]),
    ...(0, import_runtime.fetchMiddlewares)(import_triageController.TriageController),
    ...(0, import_runtime.fetchMiddlewares)(import_triageController.TriageController.prototype.decide),
    async function TriageController_decide(request, response, next) {
      let validatedArgs = [];
      try {
        validatedArgs = templateService.getValidatedArgs({ args: argsTriageController_decide, request, response });
        const controller = new import_triageController.TriageController();
        await templateService.apiHandler({
          methodName: "decide",
          controller,
          response,
          next,
          validatedArgs,
          successStatus: 201
        });
      } catch (err) {
        return next(err);
      }
    }
  );
  const argsTriageController_reopen = {
    reference: { "in": "path", "name": "reference", "required": true, "dataType": "string" },
    body: { "in": "body", "name": "body", "required": true, "ref": "ReasonInput" },
    req: { "in": "request", "name": "req", "required": true, "dataType": "object" }
  };
  app.post(
    "/api/v1/referrals/:reference/reopen",
    authenticateMiddleware([{ "staff": [] }]),
    ...(0, import_runtime.fetchMiddlewares)(import_triageController.TriageController),
    ...(0, import_runtime.fetchMiddlewares)(import_triageController.TriageController.prototype.reopen),
    async function TriageController_reopen(request, response, next) {
      let validatedArgs = [];
      try {
        validatedArgs = templateService.getValidatedArgs({ args: argsTriageController_reopen, request, response });
        const controller = new import_triageController.TriageController();
        await templateService.apiHandler({
          methodName: "reopen",
          controller,
          response,
          next,
          validatedArgs,
          successStatus: 201
        });
      } catch (err) {
        return next(err);
      }
    }
  );
  const argsTriageController_move = {
    reference: { "in": "path", "name": "reference", "required": true, "dataType": "string" },
    body: { "in": "body", "name": "body", "required": true, "ref": "MoveInput" },
    req: { "in": "request", "name": "req", "required": true, "dataType": "object" }
  };
  app.post(
    "/api/v1/referrals/:reference/move",
    authenticateMiddleware([{ "staff": [] }]),
    ...(0, import_runtime.fetchMiddlewares)(import_triageController.TriageController),
    ...(0, import_runtime.fetchMiddlewares)(import_triageController.TriageController.prototype.move),
    async function TriageController_move(request, response, next) {
      let validatedArgs = [];
      try {
        validatedArgs = templateService.getValidatedArgs({ args: argsTriageController_move, request, response });
        const controller = new import_triageController.TriageController();
        await templateService.apiHandler({
          methodName: "move",
          controller,
          response,
          next,
          validatedArgs,
          successStatus: 201
        });
      } catch (err) {
        return next(err);
      }
    }
  );
  const argsTriageController_listOverdue = {
    req: { "in": "request", "name": "req", "required": true, "dataType": "object" }
  };
  app.get(
    "/api/v1/overdue",
    authenticateMiddleware([{ "staff": ["manager"] }]),
    ...(0, import_runtime.fetchMiddlewares)(import_triageController.TriageController),
    ...(0, import_runtime.fetchMiddlewares)(import_triageController.TriageController.prototype.listOverdue),
    async function TriageController_listOverdue(request, response, next) {
      let validatedArgs = [];
      try {
        validatedArgs = templateService.getValidatedArgs({ args: argsTriageController_listOverdue, request, response });
        const controller = new import_triageController.TriageController();
        await templateService.apiHandler({
          methodName: "listOverdue",
          controller,
          response,
          next,
          validatedArgs,
          successStatus: void 0
        });
      } catch (err) {
        return next(err);
      }
    }
  );
  const argsTriageController_auditTrail = {
    reference: { "in": "path", "name": "reference", "required": true, "dataType": "string" },
    req: { "in": "request", "name": "req", "required": true, "dataType": "object" }
  };
  app.get(
    "/api/v1/referrals/:reference/audit",
    authenticateMiddleware([{ "staff": [] }]),
    ...(0, import_runtime.fetchMiddlewares)(import_triageController.TriageController),
    ...(0, import_runtime.fetchMiddlewares)(import_triageController.TriageController.prototype.auditTrail),
    async function TriageController_auditTrail(request, response, next) {
      let validatedArgs = [];
      try {
        validatedArgs = templateService.getValidatedArgs({ args: argsTriageController_auditTrail, request, response });
        const controller = new import_triageController.TriageController();
        await templateService.apiHandler({
          methodName: "auditTrail",
          controller,
          response,
          next,
          validatedArgs,
          successStatus: void 0
        });
      } catch (err) {
        return next(err);
      }
    }
  );
  const argsSessionController_signIn = {
    body: { "in": "body", "name": "body", "required": true, "ref": "SignInRequest" },
    req: { "in": "request", "name": "req", "required": true, "dataType": "object" }
  };
  app.post(
    "/api/v1/session",
    ...(0, import_runtime.fetchMiddlewares)(import_sessionController.SessionController),
    ...(0, import_runtime.fetchMiddlewares)(import_sessionController.SessionController.prototype.signIn),
    async function SessionController_signIn(request, response, next) {
      let validatedArgs = [];
      try {
        validatedArgs = templateService.getValidatedArgs({ args: argsSessionController_signIn, request, response });
        const controller = new import_sessionController.SessionController();
        await templateService.apiHandler({
          methodName: "signIn",
          controller,
          response,
          next,
          validatedArgs,
          successStatus: 201
        });
      } catch (err) {
        return next(err);
      }
    }
  );
  const argsSessionController_whoAmI = {
    req: { "in": "request", "name": "req", "required": true, "dataType": "object" }
  };
  app.get(
    "/api/v1/session",
    authenticateMiddleware([{ "staff": [] }]),
    ...(0, import_runtime.fetchMiddlewares)(import_sessionController.SessionController),
    ...(0, import_runtime.fetchMiddlewares)(import_sessionController.SessionController.prototype.whoAmI),
    async function SessionController_whoAmI(request, response, next) {
      let validatedArgs = [];
      try {
        validatedArgs = templateService.getValidatedArgs({ args: argsSessionController_whoAmI, request, response });
        const controller = new import_sessionController.SessionController();
        await templateService.apiHandler({
          methodName: "whoAmI",
          controller,
          response,
          next,
          validatedArgs,
          successStatus: void 0
        });
      } catch (err) {
        return next(err);
      }
    }
  );
  const argsSessionController_signOut = {
    req: { "in": "request", "name": "req", "required": true, "dataType": "object" }
  };
  app.delete(
    "/api/v1/session",
    authenticateMiddleware([{ "staff": [] }]),
    ...(0, import_runtime.fetchMiddlewares)(import_sessionController.SessionController),
    ...(0, import_runtime.fetchMiddlewares)(import_sessionController.SessionController.prototype.signOut),
    async function SessionController_signOut(request, response, next) {
      let validatedArgs = [];
      try {
        validatedArgs = templateService.getValidatedArgs({ args: argsSessionController_signOut, request, response });
        const controller = new import_sessionController.SessionController();
        await templateService.apiHandler({
          methodName: "signOut",
          controller,
          response,
          next,
          validatedArgs,
          successStatus: 204
        });
      } catch (err) {
        return next(err);
      }
    }
  );
  const argsSessionController_changePassword = {
    body: { "in": "body", "name": "body", "required": true, "ref": "PasswordChange" },
    req: { "in": "request", "name": "req", "required": true, "dataType": "object" }
  };
  app.put(
    "/api/v1/session/password",
    authenticateMiddleware([{ "staff": [] }]),
    ...(0, import_runtime.fetchMiddlewares)(import_sessionController.SessionController),
    ...(0, import_runtime.fetchMiddlewares)(import_sessionController.SessionController.prototype.changePassword),
    async function SessionController_changePassword(request, response, next) {
      let validatedArgs = [];
      try {
        validatedArgs = templateService.getValidatedArgs({ args: argsSessionController_changePassword, request, response });
        const controller = new import_sessionController.SessionController();
        await templateService.apiHandler({
          methodName: "changePassword",
          controller,
          response,
          next,
          validatedArgs,
          successStatus: 204
        });
      } catch (err) {
        return next(err);
      }
    }
  );
  const argsReferralController_submitReferral = {
    body: { "in": "body", "name": "body", "required": true, "ref": "ReferralSubmission" },
    req: { "in": "request", "name": "req", "required": true, "dataType": "object" },
    idempotencyKey: { "in": "header", "name": "Idempotency-Key", "dataType": "string" }
  };
  app.post(
    "/api/v1/referrals",
    authenticateMiddleware([{ "partnerKey": ["referrals:write"] }]),
    ...(0, import_runtime.fetchMiddlewares)(import_referralController.ReferralController),
    ...(0, import_runtime.fetchMiddlewares)(import_referralController.ReferralController.prototype.submitReferral),
    async function ReferralController_submitReferral(request, response, next) {
      let validatedArgs = [];
      try {
        validatedArgs = templateService.getValidatedArgs({ args: argsReferralController_submitReferral, request, response });
        const controller = new import_referralController.ReferralController();
        await templateService.apiHandler({
          methodName: "submitReferral",
          controller,
          response,
          next,
          validatedArgs,
          successStatus: 201
        });
      } catch (err) {
        return next(err);
      }
    }
  );
  const argsReferralController_checkReferral = {
    body: { "in": "body", "name": "body", "required": true, "ref": "ReferralSubmission" },
    req: { "in": "request", "name": "req", "required": true, "dataType": "object" }
  };
  app.post(
    "/api/v1/referrals/check",
    ...(0, import_runtime.fetchMiddlewares)(import_referralController.ReferralController),
    ...(0, import_runtime.fetchMiddlewares)(import_referralController.ReferralController.prototype.checkReferral),
    async function ReferralController_checkReferral(request, response, next) {
      let validatedArgs = [];
      try {
        validatedArgs = templateService.getValidatedArgs({ args: argsReferralController_checkReferral, request, response });
        const controller = new import_referralController.ReferralController();
        await templateService.apiHandler({
          methodName: "checkReferral",
          controller,
          response,
          next,
          validatedArgs,
          successStatus: void 0
        });
      } catch (err) {
        return next(err);
      }
    }
  );
  const argsReferralController_getReferral = {
    reference: { "in": "path", "name": "reference", "required": true, "dataType": "string" },
    req: { "in": "request", "name": "req", "required": true, "dataType": "object" }
  };
  app.get(
    "/api/v1/referrals/:reference",
    authenticateMiddleware([{ "partnerKey": ["referrals:read"] }]),
    ...(0, import_runtime.fetchMiddlewares)(import_referralController.ReferralController),
    ...(0, import_runtime.fetchMiddlewares)(import_referralController.ReferralController.prototype.getReferral),
    async function ReferralController_getReferral(request, response, next) {
      let validatedArgs = [];
      try {
        validatedArgs = templateService.getValidatedArgs({ args: argsReferralController_getReferral, request, response });
        const controller = new import_referralController.ReferralController();
        await templateService.apiHandler({
          methodName: "getReferral",
          controller,
          response,
          next,
          validatedArgs,
          successStatus: void 0
        });
      } catch (err) {
        return next(err);
      }
    }
  );
  function authenticateMiddleware(security = []) {
    return async function runAuthenticationMiddleware(request, response, next) {
      const failedAttempts = [];
      const pushAndRethrow = (error) => {
        failedAttempts.push(error);
        throw error;
      };
      const secMethodOrPromises = [];
      for (const secMethod of security) {
        if (Object.keys(secMethod).length > 1) {
          const secMethodAndPromises = [];
          for (const name in secMethod) {
            secMethodAndPromises.push(
              expressAuthenticationRecasted(request, name, secMethod[name], response).catch(pushAndRethrow)
            );
          }
          secMethodOrPromises.push(Promise.all(secMethodAndPromises).then((users) => {
            return users[0];
          }));
        } else {
          for (const name in secMethod) {
            secMethodOrPromises.push(
              expressAuthenticationRecasted(request, name, secMethod[name], response).catch(pushAndRethrow)
            );
          }
        }
      }
      try {
        request["user"] = await Promise.any(secMethodOrPromises);
        if (response.writableEnded) {
          return;
        }
        next();
      } catch (err) {
        const error = failedAttempts.pop();
        error.status = error.status || 401;
        if (response.writableEnded) {
          return;
        }
        next(error);
      }
    };
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  RegisterRoutes
});
