import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mongoose from 'mongoose';
import { loadConfig } from '../../src/platform/config';
import { ReferralModel, type ReferralRecord } from '../../src/referrals/referralModel';
import type { ReferralSubmission } from '../../src/referrals/referralTypes';
import { labelledCases } from '../support/fixtures';

export const LINK_SECRET = 'test-link-secret-0123456789-abcdefghijklmnop';

/** Short polls, backoff and leases, so retries happen in milliseconds. */
export function mailSettings(extra: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    WORKERS: 'false',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'sri-followup-')),
    PUBLIC_BASE_URL: 'https://referrals.council.example',
    // supertest speaks plain http to the app, so its cookie jar must get cookies without the Secure flag.
    SECURE_COOKIES: 'false',
    LINK_SECRET,
    MAIL_POLL_MS: '50',
    MAIL_SCAN_MS: '50',
    MAIL_RETRY_BASE_MS: '50',
    MAIL_RETRY_MAX_MS: '300',
    MAIL_LEASE_MS: '5000',
    MAIL_SMTP_TIMEOUT_MS: '2000',
    FIRST_CONTACT_PHONE: '01642 111 222',
    ...extra,
  };
}

export function useMailConfig(extra: Record<string, string> = {}) {
  return loadConfig({ ...process.env, ...mailSettings(extra) });
}

/** The jargon fixture: Maya Reed, 12 Ash Road, "concerns about neglect". */
export function jargonReferral(): ReferralSubmission {
  return structuredClone(labelledCases().find((c) => c.file.startsWith('02-'))!.referral);
}

let counter = 0;
/** Stores a referral with its outbox entry the way intake does (one insert), without needing the intake service. */
export async function storeReferralWithFollowUp(submission = jargonReferral(), findings: unknown[] = []): Promise<string> {
  counter++;
  const reference = `SR-T${String(counter).padStart(3, '0')}-${Math.random().toString(36).slice(2, 6).toUpperCase()}`;
  const now = new Date();
  const record: ReferralRecord = {
    _id: reference,
    idempotencyKey: `test:${reference}`,
    requestHash: 'x',
    owner: 'test',
    channel: 'api',
    receivedAt: now,
    queue: 'child-protection',
    routeReasons: [],
    priority: 1,
    decisionDueAt: now,
    specificsScore: 50,
    childKeys: [],
    submission: JSON.stringify(submission),
    findings: JSON.stringify(findings),
    status: 'open',
    followUpEmail: { messageId: `<${reference}.follow-up@safer-referral-intake>`, dueAt: now },
  };
  await ReferralModel.collection.insertOne(record as never);
  return reference;
}

export async function storeDecision(reference: string, outcome: string, k = 1): Promise<string> {
  const messageId = `<${reference}.outcome-${k}@safer-referral-intake>`;
  await mongoose.connection.collection('decisions').insertOne({
    _id: `${reference}:${k}`,
    reference,
    k,
    outcome,
    decidedAt: new Date(),
    outcomeEmail: { messageId, dueAt: new Date() },
  } as never);
  return messageId;
}

export const PERSONAL = ['Maya', 'Reed', 'Ash Road', 'TS10', 'neglect', 'unkempt', 'hungry', 'Dean', 'Laura', 'Priya', 'Hillside'];
