import type { Finding } from '../../referrals/referralTypes';
import type { SpecificsContext } from '../context';
import { ask, finding } from '../findings';
import { NOT_AN_OWNER, OWNER_ACTION, OWNER_ROLES, STRONG_OWNER_ACTION } from '../lexicon/owners';
import { PhraseIndex, tokenize } from '../phraseIndex';

// "to be completed", "will be arranged": the passive hides who does it.
const NOT_PASSIVE = '(?!\\s+be\\s+\\w+(?:ed|en|t)\\b)';
const ACTS_NEXT = new RegExp(`^\\s+(?:and\\s+\\S+\\s+)?${OWNER_ACTION}\\b${NOT_PASSIVE}`, 'i');
const BY_JUST_BEFORE = /\bby\s+(?:the\s+|her\s+|his\s+|their\s+|our\s+|a\s+|an\s+)?$/i;
const FIRST_PERSON = /\b(?:I|we)\b|\b(?:I|we)['’](?:ll|m|re|ve)\b/i;
const CAPITALISED_SUBJECT = new RegExp(`^\\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+)?([A-Z][a-z’']+)(?:\\s+[A-Z][a-z’']+)?\\s+${STRONG_OWNER_ACTION}\\b${NOT_PASSIVE}`);
const BY_CAPITALISED = /\bby\s+(?:Mr |Mrs |Ms |Miss |Dr )?([A-Z][a-z]+)/;
const MID_SENTENCE_CAPITALISED = /(?<=[a-z,;:]\s+)[A-Z][a-z’']+(?:\s+[A-Z][a-z’']+)*/g;
const DATE_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|christmas|easter|half|end|next|tomorrow|today|i)$/i;

const ROLES = new PhraseIndex<true>();
for (const role of OWNER_ROLES) ROLES.add(role, true, /^[A-Z]{2,}$/.test(role));

function couldBeAPerson(word: string): boolean {
  return !NOT_AN_OWNER.has(word.toLowerCase()) && !DATE_WORD.test(word);
}

/** "The school nurse will...", "Social worker to visit", "to be booked by mum". */
function ownedBy(people: PhraseIndex<true>, text: string): boolean {
  return people.find(text).some(
    (match) => ACTS_NEXT.test(text.slice(match.end, match.end + 60)) || BY_JUST_BEFORE.test(text.slice(Math.max(0, match.start - 16), match.start)),
  );
}

/**
 * Everyone the referral names: the referrer, household, children, plus proper nouns written mid-sentence anywhere
 * ("her grandmother Jean"), so "Jean to have Maya on Fridays" has an owner but "Refer to CAMHS" does not.
 */
function namedPeople(ctx: SpecificsContext): PhraseIndex<true> {
  const { referral } = ctx;
  const people = new PhraseIndex<true>();
  const names = [
    referral.referrer?.name,
    referral.referrer?.organisation,
    ...(referral.household ?? []).map((member) => member?.name),
    ...ctx.childFirstNames,
    ...ctx.statements.flatMap((statement) => statement.text.match(MID_SENTENCE_CAPITALISED) ?? []),
  ];
  for (const name of names) {
    if (typeof name !== 'string' || !name.trim()) continue;
    if (/\s/.test(name.trim()) || couldBeAPerson(name.trim())) people.add(name, true, true);
    for (const part of tokenize(name)) {
      const word = name.slice(part.start, part.end);
      if (word.length > 2 && part.capitalised && couldBeAPerson(word)) people.add(word, true, true);
    }
  }
  return people;
}

function hasOwner(written: string, people: () => PhraseIndex<true>): boolean {
  // "Miss Jones (class teacher) will..." reads as "Miss Jones will...".
  const text = written.replace(/\s*\([^)]*\)/g, '');
  if (FIRST_PERSON.test(text)) return true;
  const subject = CAPITALISED_SUBJECT.exec(text);
  if (subject && couldBeAPerson(subject[1])) return true;
  if (ownedBy(ROLES, text)) return true;
  const by = BY_CAPITALISED.exec(text);
  if (by && couldBeAPerson(by[1])) return true;
  return ownedBy(people(), text);
}

export function nextStepNoOwner(ctx: SpecificsContext): Finding[] {
  const nextSteps = ctx.statements.filter((statement) => statement.field === 'nextSteps');
  if (nextSteps.length === 0) return [];
  let people: PhraseIndex<true> | undefined;
  const lazyPeople = () => (people ??= namedPeople(ctx));
  return nextSteps
    .filter((statement) => !hasOwner(statement.text, lazyPeople))
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
