import type { DecisionOutcome } from '../triage/triageTypes';
import { config } from '../platform/config';

/**
 * Email wording. "Assume anyone could read it": subject and body carry the reference, why we are writing and (for
 * questions) the link, and nothing else: no child's name, no address, no description of harm, not even the
 * referrer's own words.
 */
export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

/** What happens next, in plain words a referrer can pass on, without any detail of the child or family. */
export const OUTCOME_WORDS: Record<DecisionOutcome, string> = {
  'no-further-action':
    'Children\'s social care will not be taking any further action at the moment. If you have new worries, or things get worse, please make a new referral.',
  'advice-and-signposting':
    'First Contact will give advice and point the family towards local services that can help them. Children\'s social care will not be working with the family directly.',
  'early-help':
    'The family will be offered early help: support from a team that works alongside families to stop problems getting bigger. Someone from that team may contact you.',
  'child-and-family-assessment':
    'A social worker will carry out an assessment with the child and family to understand what is happening and what help is needed. The social worker may contact you.',
  'strategy-discussion':
    'Children\'s social care will meet with the police and other services straight away to agree how to keep the child safe. A social worker may contact you soon.',
  'already-open-to-social-care':
    'A social work team is already working with this family. Your information has been passed to them, and they may contact you.',
};

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function htmlOf(paragraphs: string[], link?: { href: string; label: string }): string {
  const body = paragraphs
    .map((p) => (link && p === link.href ? `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p>` : `<p>${escapeHtml(p)}</p>`))
    .join('\n');
  return `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>First Contact</title></head>\n<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5;">\n${body}\n</body></html>\n`;
}

const UK_DATE = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

/** "Tuesday 10 March 2026", in UK time whatever the server's zone. */
function formatDate(d: Date): string {
  const p = Object.fromEntries(UK_DATE.formatToParts(d).map((x) => [x.type, x.value]));
  return `${p.weekday} ${p.day} ${p.month} ${p.year}`;
}

export function followUpEmail(reference: string, link: string, expiresAt: Date): EmailContent {
  const phone = config().FIRST_CONTACT_PHONE;
  const paragraphs = [
    'Hello,',
    `Thank you for your referral to First Contact. Your reference is ${reference}.`,
    'We are writing because we have a few questions about what you have seen or heard. Your answers help us understand what life is like for the child and decide the right help sooner. It should take about 5 minutes.',
    'Answer the questions here:',
    link,
    `The link works until ${formatDate(expiresAt)} and can be used once. It is meant for you: please do not forward this email.`,
    'We have not put any details of the referral in this email, to keep them private.',
    `If you cannot use the link, phone First Contact on ${phone} and quote ${reference}. If you think a child is in immediate danger, call 999.`,
    'First Contact',
  ];
  return {
    subject: `Referral ${reference}: questions from First Contact`,
    text: paragraphs.join('\n\n') + '\n',
    html: htmlOf(paragraphs, { href: link, label: 'Answer the questions' }),
  };
}

export function outcomeEmail(reference: string, outcome: string): EmailContent {
  const phone = config().FIRST_CONTACT_PHONE;
  const words =
    OUTCOME_WORDS[outcome as DecisionOutcome] ?? 'First Contact has decided what happens next. Phone us if you would like to know more.';
  const paragraphs = [
    'Hello,',
    `Thank you for your referral to First Contact, reference ${reference}. We have now made a decision about what happens next.`,
    words,
    `If you have any questions, or new worries, phone First Contact on ${phone} and quote ${reference}. If you think a child is in immediate danger, call 999.`,
    'First Contact',
  ];
  return {
    subject: `Referral ${reference}: a decision has been made`,
    text: paragraphs.join('\n\n') + '\n',
    html: htmlOf(paragraphs),
  };
}
