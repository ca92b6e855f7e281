import type { Finding } from '../../referrals/referralTypes';
import type { SpecificsContext } from '../context';
import { ask, finding } from '../findings';
import {
  DONE_ACTION,
  DONE_ACTION_WITH,
  NOT_A_PERSON_NOUN,
  NOT_AN_OWNER,
  OWNER_ACTION,
  OWNER_ROLES,
  PERSON_NOUN_ENDING,
  STRONG_OWNER_ACTION,
  TITLES,
} from '../lexicon/owners';
import { PhraseIndex, tokenize } from '../phraseIndex';
import { splitSentences } from '../text';

// "to be completed", "will be arranged": the passive hides who does it.
// Only a past participle makes it passive: "will be at the station" and "will be out" are someone acting.
const PARTICIPLE =
  '(?:\\w+(?:ed|en)|sent|kept|met|spent|built|left|bought|brought|taught|caught|lent|lost|meant|dealt|set|put|cut|shut|let|made|done|told|held|paid|said|sought|found|heard|got|run|shown|won|sold|rung|understood)';
const NOT_PASSIVE = `(?!\\s+be\\s+${PARTICIPLE}\\b)`;
const ACTS_NEXT = new RegExp(`^\\s+(?:and\\s+\\S+\\s+)?${OWNER_ACTION}\\b${NOT_PASSIVE}`, 'i');
// "Rachel Day rang First Contact at 11:20 and is sending this form": a step its owner has already started or done.
// The verb must take an object ("rang the duty team"), so a passive ("Police informed by school") is not an owner.
const DID = `(?:(?:has|have|had)\\s+)?(?:(?:already|also|then|just|personally)\\s+)?(?:${DONE_ACTION}\\s+(?!(?:by|to|for|via|from|into|as|at|on|in|off|up|out|and|or|but)\\b)[\\w'’]|${DONE_ACTION_WITH}\\s+(?:to|with)\\b)`;
const DID_NEXT = new RegExp(`^\\s+${DID}`, 'i');
// "by our practice nurse", "by the family's health visitor".
// Not "by a children's doctor": any doctor is nobody in particular.
// "by our tenancy support worker": one describing word may come before the role.
const BY_JUST_BEFORE =
  /\bby\s+(?:(?:the|her|his|their|our)\s+(?:[a-z]+['’]s\s+)?|[a-z]+['’]s\s+|a\s+|an\s+)?(?:(?!(?:any|some|a|an)\s)[a-z-]+\s+)?$/i;
const FIRST_PERSON = /\b(?:I|we)\b|\b(?:I|we)['’](?:ll|m|re|ve)\b/i;
// "PC 2056 Reid will send...": a police officer's collar number sits between the rank and the name.
// "Jess Hall at the family hub will...", "Sister Paula Grant on Ward 7 will...": where they work can follow the name.
const CAPITALISED_SUBJECT = new RegExp(`^\\s*(?:${TITLES}\\.?\\s+(?:\\d+\\s+)?)?([A-Z][a-z’']+)(?:\\s+[A-Z][a-z’']+)?(?:\\s+(?:at|on|from|in)\\s+(?:the\\s+)?[\\w'’]+(?:\\s+[\\w'’]+){0,2}?)?\\s+(?:${STRONG_OWNER_ACTION}\\b${NOT_PASSIVE}|${DID})`);
// A step typed all in lower case ("kerry noble will give mum a voucher", "pc dunn will send the log") has lost the
// capitals that mark a name: the one or two words before "will..." are someone, unless they are a thing to be done.
const LOWER_CASE_SUBJECT = new RegExp(
  `^\\s*(?:(?:our|my|the|her|his|their)\\s+)?(?:${TITLES}\\.?\\s+(?:\\d+\\s+)?)?([a-z'’-]+)(?:\\s+[a-z'’-]+){0,2}\\s+(?:${STRONG_OWNER_ACTION}\\b${NOT_PASSIVE}|(?:is|are|am)\\s+\\w+ing\\b|${DID})`,
  'i',
);
const BY_CAPITALISED = new RegExp(`\\bby\\s+(?:${TITLES}\\.?\\s+(?:\\d+\\s+)?)?([A-Z][a-z]+)`);
const MID_SENTENCE_CAPITALISED = /(?<=[a-z,;:]\s+)[A-Z][a-z’']+(?:\s+[A-Z][a-z’']+)*/g;
const DATE_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|christmas|easter|half|end|next|tomorrow|today|i)$/i;

const ROLES = new PhraseIndex<true>();
for (const role of OWNER_ROLES) ROLES.add(role, true, /^[A-Z]{2,}$/.test(role));
/** The last word of every role ("teacher" of "class teacher"), to recognise the head of a subject. */
const ROLE_HEADS = new Set(
  OWNER_ROLES.filter((role) => !/^[A-Z]{2,}$/.test(role))
    .map((role) => role.toLowerCase().split(/\s+/).pop()!)
    // "social care", "front door", "women's aid": as the last word of a subject these are usually things.
    .filter((word) => !NOT_AN_OWNER.has(word) && !['care', 'door', 'aid'].includes(word)),
);

// ", Mr Paul Reid, will...", ", Maya's class teacher, to...": an aside naming or describing the subject just before
// what it will do. Reading the step without the aside, and the aside as a subject of its own, finds the owner.
const APPOSITIVE = new RegExp(`,\\s*([^,;()]{1,60}?)\\s*,(?=\\s+${OWNER_ACTION}\\b${NOT_PASSIVE})`, 'g');
const NAME_ONLY = new RegExp(`^(?:${TITLES}\\.?\\s+)?([A-Z][A-Za-z'’-]+)(?:\\s+[A-Z][A-Za-z'’-]+){0,3}$`);
const HAS_TITLE = new RegExp(`^${TITLES}\\.?\\s+[A-Z]`);

// A subject then "will", "is going to", "has agreed to" and an active verb: "The custody sergeant will phone...".
const STRONG_ACTION_AHEAD = new RegExp(`\\s+${STRONG_OWNER_ACTION}\\b${NOT_PASSIVE}`, 'g');
const PREPOSITION = new Set(['of', 'for', 'from', 'to', 'with', 'at', 'in', 'on', 'by', 'about', 'into', 'after', 'before']);
const LONGEST_SUBJECT = 8;

// "Refer to CAMHS to assess", "Referral to the nurse will go in": a role after "to"/"with" is who is asked, not who
// acts. Not "up to": "it is up to mum to decide" is mum's step.
const OBJECT_OF_PREPOSITION = /(?<!\bup\s)\b(?:to|with|into|towards)\s+(?:(?:the|a|an|her|his|their|our|my|your|[a-z]+'s)\s+)?$/i;

function isPersonNoun(word: string): boolean {
  const possessive = word.endsWith("'s") ? word.slice(0, -2) : word;
  // "Officers from our team will...": a plural of a person is people.
  const bare = /[^s]s$/.test(possessive) && possessive.length > 4 && isPersonNoun(possessive.slice(0, -1)) ? possessive.slice(0, -1) : possessive;
  if (ROLE_HEADS.has(bare)) return true;
  return bare.length > 4 && PERSON_NOUN_ENDING.test(bare) && !NOT_A_PERSON_NOUN.has(bare) && !NOT_AN_OWNER.has(bare) && !DATE_WORD.test(bare);
}

/**
 * The subject of a clause is a person when its head noun is one: "the custody sergeant will", "the head of the
 * nursery will", "On Monday the receptionist is going to". Not "A referral to the nurse will be made".
 */
function subjectIsAPerson(text: string): boolean {
  for (const sentence of splitSentences(text)) {
    STRONG_ACTION_AHEAD.lastIndex = 0;
    for (let m = STRONG_ACTION_AHEAD.exec(sentence.text); m; m = STRONG_ACTION_AHEAD.exec(sentence.text)) {
      const before = sentence.text.slice(0, m.index);
      const subject = tokenize(before.slice(before.lastIndexOf(',') + 1));
      if (subject.length === 0 || subject.length > LONGEST_SUBJECT) continue;
      // The head is the last word, or the word before a preposition inside the phrase ("the head of the nursery").
      let head = subject[subject.length - 1];
      for (let i = 1; i < subject.length; i++) {
        if (PREPOSITION.has(subject[i].word)) {
          head = subject[i - 1];
          break;
        }
      }
      if (isPersonNoun(head.word)) return true;
    }
  }
  return false;
}

/** An aside that is only a name, e.g. "Sergeant Amy Rowe" or "Helen Dodds", followed by what they will do. */
function asideNamesAPerson(text: string): boolean {
  APPOSITIVE.lastIndex = 0;
  for (let m = APPOSITIVE.exec(text); m; m = APPOSITIVE.exec(text)) {
    const name = NAME_ONLY.exec(m[1].trim());
    if (name && (HAS_TITLE.test(m[1].trim()) || couldBeAPerson(name[1]))) return true;
  }
  return false;
}

function couldBeAPerson(word: string): boolean {
  return !NOT_AN_OWNER.has(word.toLowerCase()) && !DATE_WORD.test(word);
}

// "Someone needs to visit Margaret to work out...": a person straight after a verb is who is acted on, and the bare
// "to" after them says why, not who. Only a subject can own a step written "Jean to have Maya on Fridays".
const BARE_TO = /^\s+to\b/i;
const WORD_JUST_BEFORE = /\b([a-z]+)\s+$/i;
/** Words that can stand straight before a subject: "Mum and Jean to...", "then her nan to...", "Dr Sandhu to...". */
const BEFORE_A_SUBJECT = new Set(
  `and or then also both either the a an her his their our my your its this that next first after once so
  plus with mr mrs ms miss mx dr prof professor rev sister nurse sergeant sgt inspector pc dc ds pcso officer
  councillor cllr`.split(/\s+/).filter(Boolean),
);
const ROLE_WORDS = new Set(OWNER_ROLES.map((role) => role.toLowerCase()));

function objectOfAVerb(before: string): boolean {
  const word = WORD_JUST_BEFORE.exec(before)?.[1];
  if (word === undefined || BEFORE_A_SUBJECT.has(word.toLowerCase()) || ROLE_WORDS.has(word.toLowerCase()) || DATE_WORD.test(word)) return false;
  // "Oakfield staff to complete...": a capitalised word that is not a verb names whose staff they are.
  return !/^[A-Z]/.test(word) || ASKING_VERBS.has(word.toLowerCase());
}
/** Verbs that start a step by asking someone to act: "Ask mum to call", "Refer Maya to...", "Invite dad to...". */
const ASKING_VERBS = new Set(
  `ask asks tell tells refer invite contact call phone ring email text visit support help allow encourage get send arrange
  book remind advise need needs want wants expect require request let make see meet offer signpost urge persuade`.split(/\s+/).filter(Boolean),
);

const RECEIVES_NEXT =
  /^\s+(?:to\s+)?(?:get|gets|receive|receives|be given|is given|be offered|is offered)\s+(?:a|an|the|some|another)\s+(?:\w+\s+)?(?:call|visit|letter|appointment|referral|offer|place|assessment|support|help|text|email)\b/i;
const CONDITION_BEFORE = /\b(?:until|till|unless|once|when|whenever|while|if|whether|in case|so that|so|in order that)\s+(?:the\s+|a\s+|an\s+|her\s+|his\s+|their\s+|our\s+)?$/i;

/** "The school nurse will...", "Social worker to visit", "to be booked by mum". */
function ownedBy(people: PhraseIndex<true>, text: string): boolean {
  return people.find(text).some((match) => {
    const after = text.slice(match.end, match.end + 60);
    const before = text.slice(Math.max(0, match.start - 24), match.start);
    // "...kept switched off until the police have looked at it": what someone does in a condition is not the step.
    if (CONDITION_BEFORE.test(before)) return false;
    // "can donna get a call from someone": the one who is called is not the one who calls.
    if (RECEIVES_NEXT.test(after)) return false;
    const acts = DID_NEXT.test(after) || (ACTS_NEXT.test(after) && !(BARE_TO.test(after) && objectOfAVerb(before)));
    if (acts && !OBJECT_OF_PREPOSITION.test(before)) return true;
    return BY_JUST_BEFORE.test(before.slice(-40));
  });
}

/**
 * Everyone the referral names: the referrer, household, children, plus proper nouns written mid-sentence anywhere
 * ("her grandmother Jean"), so "Jean to have Maya on Fridays" has an owner but "Refer to CAMHS" does not.
 */
function namedPeople(ctx: SpecificsContext): PhraseIndex<true> {
  const { referral } = ctx;
  const people = new PhraseIndex<true>();
  // Names given as names (a household member called June is June, not the month); capitalised words are guesses.
  const guessed = [referral.referrer?.organisation, ...ctx.statements.flatMap((statement) => statement.text.match(MID_SENTENCE_CAPITALISED) ?? [])];
  for (const [names, isName] of [[ctx.givenNames, true], [guessed, false]] as const) {
    for (const name of names) {
      if (typeof name !== 'string' || !name.trim()) continue;
      if (/\s/.test(name.trim()) || isName || couldBeAPerson(name.trim())) people.add(name, true, true);
      for (const part of tokenize(name)) {
        const word = name.slice(part.start, part.end);
        if (word.length > 2 && part.capitalised && (isName ? !NOT_AN_OWNER.has(word.toLowerCase()) : couldBeAPerson(word))) people.add(word, true, true);
      }
    }
  }
  return people;
}

function hasOwner(written: string, people: () => PhraseIndex<true>): boolean {
  // "Miss Jones (class teacher) will..." reads as "Miss Jones will...".
  const withAsides = written.replace(/\s*\([^)]*\)/g, '');
  if (FIRST_PERSON.test(withAsides)) return true;
  if (asideNamesAPerson(withAsides)) return true;
  // "Our deputy head, Mr Reid, will..." reads as "Our deputy head will...".
  const text = withAsides.replace(APPOSITIVE, '');
  if (subjectIsAPerson(text)) return true;
  const subject = CAPITALISED_SUBJECT.exec(text);
  if (subject && couldBeAPerson(subject[1])) return true;
  // Each clause may start the step: "if tanya arrives drunk, beth sharp will ring sam".
  if (!/[A-Z]/.test(text)) {
    for (const clause of text.split(/[,;]\s*/)) {
      const lower = LOWER_CASE_SUBJECT.exec(clause);
      if (lower && couldBeAPerson(lower[1])) return true;
    }
  }
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
