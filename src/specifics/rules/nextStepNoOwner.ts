import type { Finding } from '../../referrals/referralTypes';
import type { SpecificsContext } from '../context';
import { ask, finding } from '../findings';
import { NOT_AN_OWNER, OWNER_ACTION, OWNER_ROLES } from '../lexicon/owners';
import { phraseSource } from '../text';

const ROLE = `(?:${OWNER_ROLES.map(phraseSource).join('|')})`;
// "to be completed", "will be arranged": the passive hides who does it.
const NOT_PASSIVE = '(?!\\s+be\\s+\\w+(?:ed|en|t)\\b)';
const ROLE_DOES_IT = new RegExp(`(?<![A-Za-z])${ROLE}\\s+(?:and\\s+\\S+\\s+)?${OWNER_ACTION}\\b${NOT_PASSIVE}`, 'i');
const DONE_BY_ROLE = new RegExp(`\\bby\\s+(?:the\\s+|her\\s+|his\\s+|their\\s+|our\\s+|a\\s+)?${ROLE}(?![A-Za-z])`, 'i');
const NAMED_PERSON_DOES_IT = new RegExp(`\\b([A-Z][a-z’']+)(?:\\s+[A-Z][a-z’']+)?\\s+${OWNER_ACTION}\\b${NOT_PASSIVE}`);
const DONE_BY_NAMED_PERSON = /\bby\s+(?:Mr |Mrs |Ms |Miss |Dr )?([A-Z][a-z]+)/;
const DATE_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|christmas|easter|half|end|next|tomorrow|today)$/i;
const FIRST_PERSON = /\b(?:I|we|I'll|we'll|I’ll|we’ll|I'm|I’m|we're|we’re|I've|I’ve|we've|we’ve)\b/i;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function ownerIsNamed(text: string, knownNames: RegExp | undefined): boolean {
  if (FIRST_PERSON.test(text) || ROLE_DOES_IT.test(text) || DONE_BY_ROLE.test(text)) return true;
  if (knownNames?.test(text)) return true;
  const named = NAMED_PERSON_DOES_IT.exec(text);
  if (named && !NOT_AN_OWNER.has(named[1].toLowerCase()) && !DATE_WORD.test(named[1])) return true;
  const by = DONE_BY_NAMED_PERSON.exec(text);
  return by !== null && !NOT_AN_OWNER.has(by[1].toLowerCase()) && !DATE_WORD.test(by[1]);
}

/** Names of everyone in the referral: "Laura will ask...", "Priya Shah will send...". */
function knownNamesPattern(ctx: SpecificsContext): RegExp | undefined {
  const { referral } = ctx;
  const names = [
    referral.referrer?.name,
    referral.referrer?.organisation,
    ...(referral.household ?? []).map((member) => member?.name),
    ...ctx.childFirstNames,
  ]
    .filter((name): name is string => typeof name === 'string' && name.trim() !== '')
    .flatMap((name) => [name.trim(), ...name.trim().split(/\s+/).filter((part) => part.length > 2 && /^[A-Z]/.test(part))]);
  if (names.length === 0) return undefined;
  const name = `(?:${names.map(escapeRegExp).join('|')})`;
  // Named as the one doing it, not merely mentioned ("Home visit to see Maya" has no owner).
  return new RegExp(`\\b${name}\\s+(?:and\\s+\\S+\\s+)?${OWNER_ACTION}\\b${NOT_PASSIVE}|\\bby\\s+${name}\\b`);
}

export function nextStepNoOwner(ctx: SpecificsContext): Finding[] {
  const nextSteps = ctx.statements.filter((statement) => statement.field === 'nextSteps');
  if (nextSteps.length === 0) return [];
  const knownNames = knownNamesPattern(ctx);
  return nextSteps
    .filter((statement) => !ownerIsNamed(statement.text, knownNames))
    .map((statement) =>
      finding(
        'NEXT_STEP_NO_OWNER',
        statement.path,
        'ask',
        'Next step does not say who will do it.',
        ask(ctx, "You wrote '{step}'. Who will do this, and by when?", { step: statement.text.replace(/[.\s]+$/, '') }),
      ),
    );
}
