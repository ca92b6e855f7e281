import { Schema, model } from 'mongoose';

/**
 * The follow-up capability's own collections. Nothing here writes to a referral or a decision after it is stored:
 * their outbox entries (`followUpEmail`, `outcomeEmail`) are read, and delivery state lives here.
 *
 * On FerretDB every query but `_id` equality is a full scan, so only `mailQueue` is polled and it holds
 * unfinished messages only; everything else is reached by `_id`.
 */

export type MailKind = 'follow-up' | 'outcome';

/** An unfinished email (`_id` = its Message-ID). Written only by the holder of the current attempt claim. */
export interface MailRecord {
  _id: string;
  kind: MailKind;
  reference: string;
  /** The decision's `_id` for outcome emails. */
  decisionId?: string;
  state: 'pending';
  /** Attempts whose result is recorded; the next claim is `<_id>#<attempts + 1>`. */
  attempts: number;
  nextAttemptAt: Date;
  createdAt: Date;
  /** SMTP reply code or error code of the last temporary failure (never message text: it can echo addresses). */
  lastError?: string;
}

export const MailModel = model<MailRecord>(
  'FollowUpMail',
  new Schema<MailRecord>(
    {
      _id: { type: String, required: true },
      kind: { type: String, required: true },
      reference: { type: String, required: true },
      decisionId: String,
      state: { type: String, required: true },
      attempts: { type: Number, required: true },
      nextAttemptAt: { type: Date, required: true },
      createdAt: { type: Date, required: true },
      lastError: String,
    },
    { versionKey: false },
  ),
  'mailQueue',
);

/** A finished email: moved here (insert, then delete from `mailQueue`) so the polled collection stays small. */
export interface MailDoneRecord {
  _id: string;
  kind: MailKind;
  reference: string;
  decisionId?: string;
  state: 'sent' | 'failed';
  attempts: number;
  finishedAt: Date;
  /** For `failed`: the SMTP reply code or error code that stopped delivery. */
  error?: string;
}

export const MailDoneModel = model<MailDoneRecord>(
  'FollowUpMailDone',
  new Schema<MailDoneRecord>(
    {
      _id: { type: String, required: true },
      kind: { type: String, required: true },
      reference: { type: String, required: true },
      decisionId: String,
      state: { type: String, required: true },
      attempts: { type: Number, required: true },
      finishedAt: { type: Date, required: true },
      error: String,
    },
    { versionKey: false },
  ),
  'mailSent',
);

/**
 * A delivery claim: `_id` = `<messageId>#<attempt>`. The unique `_id` is the only atomic primitive on FerretDB, so
 * exactly one worker wins each attempt; a claimant that dies is replaced by attempt n+1 once its lease ends.
 */
export interface MailAttemptRecord {
  _id: string;
  worker: string;
  claimedAt: Date;
  leaseUntil: Date;
  result?: 'sent' | 'retry' | 'failed' | 'already-sent';
  code?: string;
}

export const MailAttemptModel = model<MailAttemptRecord>(
  'FollowUpMailAttempt',
  new Schema<MailAttemptRecord>(
    {
      _id: { type: String, required: true },
      worker: { type: String, required: true },
      claimedAt: { type: Date, required: true },
      leaseUntil: { type: Date, required: true },
      result: String,
      code: String,
    },
    { versionKey: false },
  ),
  'mailAttempts',
);

/** Where the decisions scan got to: decisions due before `dueAfter` were all queued already. */
export interface MailCursorRecord {
  _id: string;
  dueAfter: Date;
  updatedAt: Date;
}

export const MailCursorModel = model<MailCursorRecord>(
  'FollowUpMailCursor',
  new Schema<MailCursorRecord>(
    { _id: { type: String, required: true }, dueAfter: { type: Date, required: true }, updatedAt: { type: Date, required: true } },
    { versionKey: false },
  ),
  'mailCursor',
);

/** An answer link, found by `_id` = SHA-256 of its token (the token itself is never stored). */
export interface FollowUpLinkRecord {
  _id: string;
  reference: string;
  messageId: string;
  createdAt: Date;
  expiresAt: Date;
}

export const FollowUpLinkModel = model<FollowUpLinkRecord>(
  'FollowUpLink',
  new Schema<FollowUpLinkRecord>(
    {
      _id: { type: String, required: true },
      reference: { type: String, required: true },
      messageId: { type: String, required: true },
      createdAt: { type: Date, required: true },
      expiresAt: { type: Date, required: true },
    },
    { versionKey: false },
  ),
  'followUpLinks',
);

export interface AnsweredQuestion {
  code: string;
  path: string;
  term?: string;
  question: string;
  answer?: string;
  dontKnow: boolean;
  resolved: boolean;
}

/**
 * The referrer's answers (`_id` = reference). Inserting it is what uses the link up: a second insert is refused
 * by the unique `_id`, so two submissions racing each other cannot both be stored.
 */
export interface FollowUpAnswerRecord {
  _id: string;
  messageId: string;
  answeredAt: Date;
  questions: AnsweredQuestion[];
  /** The submission with the answers added to the statements they answer (JSON text, like the referral's). */
  amendedSubmission: string;
  /** The check run again on the amended submission (JSON text). */
  findingsAfter: string;
  specificsScoreAfter: number;
}

export const FollowUpAnswerModel = model<FollowUpAnswerRecord>(
  'FollowUpAnswer',
  new Schema<FollowUpAnswerRecord>(
    {
      _id: { type: String, required: true },
      messageId: { type: String, required: true },
      answeredAt: { type: Date, required: true },
      questions: { type: Schema.Types.Mixed, required: true },
      amendedSubmission: { type: String, required: true },
      findingsAfter: { type: String, required: true },
      specificsScoreAfter: { type: Number, required: true },
    },
    { versionKey: false },
  ),
  'followUpAnswers',
);
