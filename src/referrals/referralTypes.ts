/**
 * The Safer Referral as partners send it. These interfaces are the public contract
 * (`shared/spec/referral-contract.md`): tsoa validates requests against them and writes the OpenAPI document
 * from them, so field names here never change without a new API version.
 */

/**
 * One statement written by the referrer: plain text.
 * @maxLength 4000
 */
export type Statement = string;

/**
 * A name, role, organisation or other short line of text.
 * @maxLength 200
 */
export type ShortText = string;

/** Which member of the Signs of Something family the referrer expects. */
export type AssessmentType = 'child-protection' | 'early-help' | 'child-in-care';

export type Agency = 'school' | 'health' | 'police' | 'housing' | 'voluntary' | 'other';

export interface Referrer {
  /** @example "Priya Shah" */
  name: ShortText;
  /** @example "Designated Safeguarding Lead" */
  role?: ShortText;
  /** @example "Hillside Primary School" */
  organisation: ShortText;
  agency: Agency;
  /** Where follow-up questions and the outcome are sent. @example "p.shah@hillside.example.sch.uk" */
  email: ShortText;
  /** @example "01642 000000" */
  phone?: ShortText;
}

export interface Child {
  /** @example "Maya" */
  firstName: ShortText;
  /** @example "Reed" */
  lastName?: ShortText;
  /** ISO date (YYYY-MM-DD). @example "2017-04-12" */
  dateOfBirth?: string;
  /** Age in years, when the date of birth is not known. */
  /**
   * @isInt
   * @minimum 0
   * @maximum 25
   */
  estimatedAge?: number;
  /** @example "female" */
  gender?: ShortText;
  /** @example "12 Ash Road, Redcar" */
  address?: ShortText;
  /** @example "TS10 1AA" */
  postcode?: ShortText;
  /** @example "Hillside Primary School" */
  school?: ShortText;
  /** @example ["English"] */
  languages?: ShortText[];
  /** @example "none known" */
  disability?: ShortText;
}

export interface HouseholdMember {
  /** @example "Laura Reed" */
  name: ShortText;
  /** @example "mother" */
  relationship?: ShortText;
  /** ISO date (YYYY-MM-DD). */
  dateOfBirth?: string;
  livesWithChild?: boolean;
}

export interface Consent {
  parentsAware?: boolean;
  consentGiven?: boolean;
  /** Why parents were not told or did not consent (needed when either is false). */
  reasonIfNot?: Statement;
}

/** Column 1: What are we worried about? */
export interface Worried {
  /**
   * What has actually happened to the child: specific, observable, when, how often, the worst time.
   * @maxItems 30
   */
  pastHarm?: Statement[];
  /**
   * The danger (or critical worry) statement: what we fear will happen to the child if nothing changes.
   * @maxItems 30
   */
  futureDanger?: Statement[];
  /**
   * What makes the problem harder to solve, not harm in itself.
   * @maxItems 30
   */
  complicatingFactors?: Statement[];
}

/** Column 2: What's working well? */
export interface WorkingWell {
  /**
   * Good things about the family and its network.
   * @maxItems 30
   */
  strengths?: Statement[];
  /**
   * Protective action shown over time, while the worry was present.
   * @maxItems 30
   */
  existingSafety?: Statement[];
}

/** Column 3: What needs to happen? */
export interface NeedsToHappen {
  /**
   * Safety, wellbeing or success goals: what the child's life should look like.
   * @maxItems 30
   */
  goals?: Statement[];
  /**
   * Who does what, by when.
   * @maxItems 30
   */
  nextSteps?: Statement[];
}

export interface Scaling {
  /**
   * 0 = things are so bad the child must be removed into care now; 10 = safe enough to close the case.
   * @isInt
   * @minimum 0
   * @maximum 10
   */
  score: number;
  /** Why this number, and what would move it up one. */
  rationale?: Statement;
}

/**
 * A Safer Referral, laid out in the Signs of Safety three columns.
 * Required: referrer name, email, organisation and agency; one child with a first name; one statement in `worried`.
 * Each statement may be up to 4,000 characters, and all statements, reasons and the scaling rationale together up
 * to 40,000 characters.
 */
export interface ReferralSubmission {
  assessmentType?: AssessmentType;
  /** The referrer believes a child is not safe today. A child in immediate danger also needs a phone call to the police or the duty team. */
  immediateRisk?: boolean;
  referrer: Referrer;
  /**
   * @minItems 1
   * @maxItems 10
   */
  children: Child[];
  /** @maxItems 20 */
  household?: HouseholdMember[];
  consent?: Consent;
  worried: Worried;
  workingWell?: WorkingWell;
  needsToHappen?: NeedsToHappen;
  /**
   * The child's own words, where known. @example ["Maya said: \"Dean shouts and pushes me when he is cross.\""]
   * @maxItems 30
   */
  childVoice?: Statement[];
  scaling?: Scaling;
}

export type FindingCode =
  | 'COLUMN_EMPTY'
  | 'JARGON'
  | 'VAGUE_FREQUENCY'
  | 'NO_WHEN'
  | 'NO_FREQUENCY'
  | 'NO_WORST_INCIDENT'
  | 'NO_SOURCE'
  | 'HEARSAY'
  | 'NO_DANGER_STATEMENT'
  | 'NO_EXISTING_SAFETY'
  | 'NO_CHILD_VOICE'
  | 'SCALING_MISSING'
  | 'CONSENT_UNCLEAR'
  | 'CHILD_DETAILS_MISSING'
  | 'VAGUE_STATEMENT'
  | 'NEXT_STEP_NO_OWNER';

/** `ask`: a follow-up question goes to the referrer. `note`: advice for staff only. */
export type Severity = 'ask' | 'note';

/** Something a Signs of Safety practice lead would ask the referrer to be more specific about. */
export interface Finding {
  code: FindingCode;
  /** JSON path of the field or statement this is about. @example "worried.pastHarm[0]" */
  path: string;
  severity: Severity;
  /** For First Contact staff. */
  message: string;
  /** Plain-language question for the referrer. */
  question: string;
  /** The word or phrase found, for JARGON, VAGUE_FREQUENCY and HEARSAY. @example "neglect" */
  term?: string;
}

export type Queue = 'immediate-risk' | 'child-protection' | 'early-help' | 'child-in-care';

export interface Route {
  queue: Queue;
  /** Why the referral landed in this queue, in words staff can check. */
  reasons: string[];
}

/** The dry-run answer: the same findings and route a real submission of this body would get. */
export interface CheckResult {
  findings: Finding[];
  /** 0-100, where 100 means nothing is missing. */
  specificsScore: number;
  route: Route;
}

/** The answer to an accepted referral. */
export interface ReferralReceipt extends CheckResult {
  /** Short, human-readable, unique across instances; quote it on the phone. @example "SR-7KQ2-M9XD" */
  reference: string;
  receivedAt: Date;
  /** When First Contact will have decided the type of response: one working day after receipt, or within hours for immediate risk. */
  decisionDueAt: Date;
}

/** What a partner sees when it reads back a referral it submitted. */
export interface SubmittedReferral extends ReferralReceipt {
  referral: ReferralSubmission;
  /** `open` while First Contact is working on it, `decided` once a decision is recorded. */
  status: 'open' | 'decided';
}
