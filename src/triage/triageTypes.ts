import type { FollowUpView } from '../followup/followUpService';
import type { Child, Consent, Finding, HouseholdMember, NeedsToHappen, Queue, Referrer, Scaling, Statement, Worried, WorkingWell } from '../referrals/referralTypes';

export type TriageQueue = Queue;

export type DecisionOutcome =
  | 'no-further-action'
  | 'advice-and-signposting'
  | 'early-help'
  | 'child-and-family-assessment'
  | 'strategy-discussion'
  | 'already-open-to-social-care';

/** One queue at a glance. */
export interface QueueSummary {
  queue: TriageQueue;
  /** Referrals waiting for a decision. */
  open: number;
  /** Open referrals past their decision deadline. */
  overdue: number;
  /** Open referrals someone holds a live claim on. */
  claimed: number;
  /** When the longest-waiting open referral arrived. */
  oldestWaitingSince?: Date;
  oldestWaitingMinutes?: number;
}

/** Who holds a referral, until when. */
export interface ClaimView {
  reference: string;
  holderId: string;
  holderEmail: string;
  claimedAt: Date;
  expiresAt: Date;
  /** True when the caller holds it. */
  yours: boolean;
}

/** One open referral in a queue. No names: a child's details are shown (and audited) only when the referral is read. */
export interface QueueItem {
  reference: string;
  queue: TriageQueue;
  priority: number;
  receivedAt: Date;
  decisionDueAt: Date;
  /** Minutes until the decision deadline; negative once overdue. */
  minutesLeft: number;
  overdue: boolean;
  routeReasons: string[];
  specificsScore: number;
  claim?: ClaimView;
}

export interface QueuePage {
  queue: TriageQueue;
  page: number;
  pageSize: number;
  total: number;
  items: QueueItem[];
}

export interface WorkerScaling {
  /**
   * The worker's own scaling score: 0 = the child must be removed into care now, 10 = safe enough to close.
   * @isInt
   * @minimum 0
   * @maximum 10
   */
  score: number;
  /**
   * Why this number, and what would move it up one.
   * @minLength 1
   * @maxLength 4000
   */
  rationale: string;
}

export interface DecisionInput {
  outcome: DecisionOutcome;
  /**
   * Why this response: what in the referral led here.
   * @minLength 1
   * @maxLength 8000
   */
  rationale: string;
  workerScaling: WorkerScaling;
}

export interface ReasonInput {
  /**
   * @minLength 1
   * @maxLength 2000
   */
  reason: string;
}

export interface MoveInput {
  queue: TriageQueue;
  /**
   * @minLength 1
   * @maxLength 2000
   */
  reason: string;
}

export interface StaffRef {
  staffId: string;
  email: string;
  role: string;
}

export interface DecisionView {
  reference: string;
  /** 1 for the first decision, 2 after one reopen, and so on. */
  round: number;
  outcome: DecisionOutcome;
  rationale: string;
  workerScaling: WorkerScaling;
  decidedBy: StaffRef;
  decidedAt: Date;
  /** The outcome email to the referrer (sent by the follow-up capability). */
  outcomeEmailMessageId: string;
}

export interface ReopenView {
  round: number;
  reason: string;
  by: StaffRef;
  at: Date;
}

export interface QueueMoveView {
  from: TriageQueue;
  to: TriageQueue;
  reason: string;
  by: StaffRef;
  at: Date;
}

export interface EarlierReferral {
  reference: string;
  receivedAt: Date;
  queue: TriageQueue;
  status: 'open' | 'decided';
  outcome?: DecisionOutcome;
}

/** A referrer's answer to a follow-up question (filled in by the follow-up capability when answers arrive). */
export interface HistoryEvent {
  at: Date;
  /** received, decided, reopened, moved */
  event: string;
  by?: string;
  detail?: string;
}

/** Everything First Contact needs to decide, laid out as the referrer wrote it. Reading this is audited. */
export interface TriageView {
  reference: string;
  status: 'open' | 'decided';
  queue: TriageQueue;
  priority: number;
  routeReasons: string[];
  receivedAt: Date;
  decisionDueAt: Date;
  minutesLeft: number;
  overdue: boolean;
  immediateRisk: boolean;
  assessmentType?: string;
  referrer: Referrer;
  children: Child[];
  household: HouseholdMember[];
  consent?: Consent;
  /** Column 1: What are we worried about? */
  worried: Worried;
  /** Column 2: What's working well? */
  workingWell: WorkingWell;
  /** Column 3: What needs to happen? */
  needsToHappen: NeedsToHappen;
  /** The child's own words. */
  childVoice: Statement[];
  specificsScore: number;
  /** The specifics check, with the questions asked of the referrer. */
  findings: Finding[];
  /** The questions emailed to the referrer, their answers beside them, which findings the answers resolved, and whether the email reached the referrer. */
  followUp: FollowUpView | null;
  /** "Different judgement numbers for different people": the referrer's and the worker's, side by side. */
  scaling: { referrer?: Scaling; worker?: WorkerScaling };
  earlierReferrals: { countLast12Months: number; referrals: EarlierReferral[] };
  claim?: ClaimView;
  decision?: DecisionView;
  decisions: DecisionView[];
  reopens: ReopenView[];
  moves: QueueMoveView[];
  history: HistoryEvent[];
}
