import type { Child, Queue, ReferralSubmission, Route } from '../referrals/referralTypes';
import { isVagueStatement } from '../specifics/rules/vagueStatement';
import { buildContext, type SpecificsContext } from '../specifics/context';
import { namesAService } from '../specifics/lexicon/serviceNames';
import {
  AFRAID_TO_GO_HOME,
  ANY_MARK,
  CHILD_WORDS,
  CLAUSE_BREAK,
  CURRENT_MARKER,
  HISTORICAL_MARKER,
  HYPOTHETICAL,
  INJURY,
  LOOKED_AFTER,
  IN_CARE,
  LOOKED_AFTER_ACRONYM,
  LOOKED_AFTER_RELATIONSHIP,
  NEGATION,
  NOT_LOOKED_AFTER,
  QUESTION_BEFORE,
  HURT_TO,
  STRANGER_WORDS,
  NOBODY_BEFORE,
  ANIMAL_CAUSE,
  SPORT_OR_FALL,
  REFERRER_SAW,
  NEGATED_LIST_BEFORE,
  HEDGED_BEFORE,
  LOOKED_INTO_AND_CLOSED,
  FOUND_UNTRUE,
  ACCIDENT_REASSURED,
  CHILDREN_UNHURT,
  REPORTED_SPEECH_BEFORE,
  toldByTheChild,
  DONE_TO,
  NOT_THE_ADULTS_OWN,
  OVERDOSE_OR_LIGATURE,
  PERSON_WORDS,
  SEXUAL_ABUSE_DISCLOSURE,
  SIGNIFICANT_HARM,
  yearsMentioned,
  SETTLED,
  NOT_AFRAID,
  type Signal,
} from './routingSignals';

interface Passage {
  path: string;
  text: string;
  /**
   * An old allegation looked into and found untrue, or dealt with years ago ("in 2023 ... it was NFA", "he was
   * convicted"): history, not harm. Worked out once per statement.
   */
  settled: boolean;
}

interface Evidence {
  term: string;
  path: string;
}

function passages(list: unknown, path: string, now: Date, children: Set<string>): Passage[] {
  if (!Array.isArray(list)) return [];
  return list
    .map((text, index) => ({ path: `${path}[${index}]`, text: typeof text === 'string' ? text : '' }))
    .filter((passage) => passage.text.trim() !== '')
    .map((passage) => ({
      ...passage,
      settled:
        (LOOKED_INTO_AND_CLOSED.test(passage.text) && FOUND_UNTRUE.test(passage.text)) ||
        (SETTLED.test(passage.text) && historical(passage.text, now) && !toldByTheChild(passage.text, children, now)),
    }));
}

/** The text of the same clause just before a match: negation and "could" do not reach across "but" or a full stop. */
function clauseBefore(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 80), index);
  let cut = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(before); m; m = CLAUSE_BREAK.exec(before)) cut = m.index + m[0].length;
  return before.slice(cut);
}

/**
 * Whether the words just before a match are about one of the children: the nearest person named before it in the
 * same sentence is a child ("Freya has taken an overdose"), not an adult ("gave Anthony an injection to reverse the
 * overdose", "mum took 20 tablets"). With nobody named, the referral is about the child.
 */
function aboutTheChild(text: string, index: number, people: People): boolean {
  const words = wordsBefore(text, index);
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i];
    if (people.children.has(word)) return true;
    if (people.adults.has(word) || PERSON_WORDS.has(word)) return false;
  }
  return true;
}

type People = { children: Set<string>; adults: Set<string> };

/**
 * The words of the same sentence before `index`, lower case, each as a bare name or word: "Megan's" is "megan", and
 * an opening quote is not part of a word ("Freya said: 'Daddy pushed mummy'").
 */
function wordsBefore(text: string, index: number): string[] {
  const before = text.slice(Math.max(0, index - 200), index);
  const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '), before.lastIndexOf('! '), before.lastIndexOf('? ')) + 1);
  return (sentence.toLowerCase().match(/[a-z'’-]+/g) ?? []).map((word) => word.replace(/^['’-]+/, '').replace(/['’]s$/, ''));
}

/** "the cyclist was bleeding": the nearest person before the injury is a stranger the child saw hurt. */
function onAStranger(text: string, index: number): boolean {
  const words = wordsBefore(text, index);
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i];
    if (STRANGER_WORDS.has(word)) return true;
    if (PERSON_WORDS.has(word) || CHILD_WORDS.has(word)) return false;
  }
  return false;
}

const OBJECT_PRONOUNS = new Set(['her', 'his', 'him', 'them', 'their', 'me', 'my']);

const WOMEN = new Set('mum mummy mother mam nan nana gran grandma grandmother aunt auntie aunty stepmum stepmother woman wife girlfriend'.split(' '));
const MEN = new Set('dad daddy father stepdad stepfather grandad granddad grandfather uncle man husband boyfriend'.split(' '));

function ownBody(words: string[], pronoun: 'her' | 'his', people: People): boolean {
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i];
    if (people.children.has(word) || CHILD_WORDS.has(word)) return false;
    if (WOMEN.has(word)) return pronoun === 'her';
    if (MEN.has(word)) return pronoun === 'his';
    if (people.adults.has(word)) return false;
  }
  return false;
}

/** Where the injury is, straight after it: "on Megan's arm", "to the baby's head". */
const INJURY_WHERE = /^[\s,]*(?:on|to|across|around|under|above|below|behind|near|over|down)\s+(?:the\s+|a\s+|an\s+)?([A-Za-z'’-]+)/i;

/**
 * Whether an injury is on an adult's body, not a child's: the nearest person before it in the sentence is an adult,
 * with nothing between them that points at someone else ("Kerry, with a black eye", "mum's split lip"), and no child
 * named just after it ("a bruise on Megan's arm"). When in doubt the injury is the child's: "mum slapped her, leaving
 * a red mark", "dad noticed a bruise on his back", "the baby was found with bruises".
 */
function onAnAdult(text: string, start: number, matchEnd: number, people: People): boolean {
  const words = wordsBefore(text, start);
  // "blood on Nicole's top": when the match ends with the preposition, whose it is comes after it.
  const end = /\s(?:on|to)$/i.test(text.slice(start, matchEnd)) ? text.lastIndexOf(' ', matchEnd - 1) : matchEnd;
  // "broke her arm", "stabbed him": the one it was done to comes straight after the verb.
  const [verb, object] = text.slice(start, end + 40).toLowerCase().match(/[a-z'’-]+/g) ?? [];
  const done = object?.replace(/['’]s$/, '');
  const doneToAPerson = done !== undefined && (OBJECT_PRONOUNS.has(done) || people.adults.has(done) || PERSON_WORDS.has(done) || people.children.has(done) || CHILD_WORDS.has(done));
  if (verb !== undefined && (DONE_TO.has(verb) || (HURT_TO.has(verb) && doneToAPerson))) {
    if (done !== undefined && (people.adults.has(done) || PERSON_WORDS.has(done))) return true;
    // "Jack's mum broke her leg": her own, when the pronoun fits the adult just before; "dad broke her arm" is not.
    return (done === 'her' || done === 'his') && ownBody(words, done, people);
  }
  // "a cut to Kerry's lower lip", "a bruise on mum's arm": whose body it is, said straight after.
  const where = INJURY_WHERE.exec(text.slice(end, end + 60));
  const owner = where?.[1].toLowerCase().replace(/['’]s$/, '');
  if (owner !== undefined && (people.adults.has(owner) || PERSON_WORDS.has(owner))) return true;
  let adult = false;
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i];
    if (people.children.has(word) || CHILD_WORDS.has(word) || NOT_THE_ADULTS_OWN.has(word)) return false;
    if (people.adults.has(word) || PERSON_WORDS.has(word)) {
      adult = true;
      break;
    }
  }
  if (!adult) return false;
  const after = where?.[1].toLowerCase().match(/[a-z'’-]+/g) ?? [];
  return !after.some((word) => {
    const bare = word.replace(/['’]s$/, '');
    return people.children.has(bare) || CHILD_WORDS.has(bare);
  });
}

/**
 * Whether a statement puts what happened firmly in the past, with nothing keeping it current: "in March 2022, when
 * she was 7 ... no contact since" is historical; "last night", "still", "every time she stays" are not.
 */
function historical(text: string, now: Date): boolean {
  if (CURRENT_MARKER.test(text)) return false;
  if (HISTORICAL_MARKER.test(text)) return true;
  // Last year is not long ago: only a year before that puts the harm firmly in the past.
  const years = yearsMentioned(text);
  return years.length > 0 && years.every((year) => year < now.getUTCFullYear() - 1);
}

interface EvidenceOptions {
  factsOnly?: boolean;
  /** Count a match only when it is about one of these children, not about an adult. */
  aboutChildren?: People;
  /** Count an injury only when it is not on an adult's body. */
  notOnAnAdult?: People;
  /** Count an injury only when it is on an adult's body. */
  onAnAdult?: People;
  /** Skip statements that put the harm firmly in the past (see `historical`), unless the child has just told the referrer. */
  currentOnly?: { now: Date; children: Set<string> };
  /** The referral's children and adults, for signals that count only when done to the child. */
  people?: People;
  /** Skip statements the referrer ends by saying the injury was an accident they saw or have no worries about. */
  notAnExplainedAccident?: boolean;
}

/** The referrer, in their own words, says the injury in this statement was an accident (not "mum said it was"). */
function explainedAccident(text: string): boolean {
  // Nothing is an accident in a statement that also describes someone hurting the child.
  if (describesPhysicalHarm(text)) return false;
  if (ANIMAL_CAUSE.test(text) || (SPORT_OR_FALL.test(text) && REFERRER_SAW.test(text))) return true;
  const m = ACCIDENT_REASSURED.exec(text);
  return m !== null && !REPORTED_SPEECH_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index));
}
const PHYSICAL_HARM = SIGNIFICANT_HARM.find((signal) => signal.label === 'describes physical harm')!;
function describesPhysicalHarm(text: string): boolean {
  PHYSICAL_HARM.pattern.lastIndex = 0;
  return PHYSICAL_HARM.pattern.test(text);
}

/** The referred child is the one doing it: the nearest person named before it is one of them, and it is not passive. */
function doneByTheChild(text: string, index: number, people: People): boolean {
  const words = wordsBefore(text, index);
  if (words.length > 0 && PASSIVE_JUST_BEFORE.has(words[words.length - 1])) return false;
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i];
    if (people.children.has(word)) return true;
    if (people.adults.has(word) || PERSON_WORDS.has(word) || CHILD_WORDS.has(word)) return false;
  }
  return false;
}
const TITLE_JUST_BEFORE = /\b(?:mr|mrs|ms|miss|mx|dr)\.?\s+$/i;
const ANOTHER_CHILD_AFTER = /^\s+(?:another|other|a younger|an older) (?:boy|girl|child|children|pupil|pupils|student|students|kid|kids|lad|lads)\b/i;
const PASSIVE_JUST_BEFORE = new Set(['was', 'were', 'been', 'being', 'got', 'get', 'gets', 'is', 'are', 'be']);

function findEvidence(signal: Signal, where: Passage[], options: EvidenceOptions = {}): Evidence | undefined {
  for (const { path, text, settled } of where) {
    if (settled) continue;
    if (options.notAnExplainedAccident && explainedAccident(text)) continue;
    if (options.notOnAnAdult && CHILDREN_UNHURT.test(text)) continue;
    signal.pattern.lastIndex = 0;
    for (let m = signal.pattern.exec(text); m; m = signal.pattern.exec(text)) {
      const lead = clauseBefore(text, m.index);
      if (NEGATION.test(lead) || QUESTION_BEFORE.test(lead) || NOBODY_BEFORE.test(lead)) continue;
      const justBefore = text.slice(Math.max(0, m.index - 60), m.index);
      if (NEGATED_LIST_BEFORE.test(justBefore) || HEDGED_BEFORE.test(justBefore)) continue;
      if (options.factsOnly && HYPOTHETICAL.test(lead)) continue;
      if (options.aboutChildren && !aboutTheChild(text, m.index, options.aboutChildren)) continue;
      if (signal.notAfter?.test(lead)) continue;
      // "found by our caretaker, Mr Burns": a surname, not an injury.
      if (TITLE_JUST_BEFORE.test(justBefore)) continue;
      if (signal.doneToTheChild && options.people && doneByTheChild(text, m.index, options.people)) continue;
      // "pushed another boy over": the one hurt is another child, not the referred one.
      if (signal.doneToTheChild && ANOTHER_CHILD_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
      if (options.notOnAnAdult && onAnAdult(text, m.index, m.index + m[0].length, options.notOnAnAdult)) continue;
      if (options.notOnAnAdult && onAStranger(text, m.index)) continue;
      if (options.onAnAdult && !onAnAdult(text, m.index, m.index + m[0].length, options.onAnAdult)) continue;
      if (namesAService(text, m.index + m[0].length)) continue; // "the Neglect Toolkit", "the DV worker"
      if (options.currentOnly && historical(text, options.currentOnly.now) && !toldByTheChild(text, options.currentOnly.children, options.currentOnly.now)) break;
      return { term: m[0], path };
    }
  }
  return undefined;
}

function reason(signal: Signal, evidence: Evidence): string {
  return `${evidence.path} ${signal.label}: '${evidence.term}'.`;
}

/** Age in whole years on `now`, from the date of birth or the referrer's estimate. */
export function ageInYears(child: Child, now: Date): number | undefined {
  if (typeof child.dateOfBirth === 'string' && /^\d{4}-\d{2}-\d{2}/.test(child.dateOfBirth)) {
    const [year, month, day] = child.dateOfBirth.slice(0, 10).split('-').map(Number);
    let age = now.getUTCFullYear() - year;
    if (now.getUTCMonth() + 1 < month || (now.getUTCMonth() + 1 === month && now.getUTCDate() < day)) age -= 1;
    return Math.max(0, age);
  }
  return typeof child.estimatedAge === 'number' ? child.estimatedAge : undefined;
}

/** The children's and the household adults' names, lower case, for telling whose body a statement is about. */
function peopleIn(referral: ReferralSubmission): { children: Set<string>; adults: Set<string> } {
  const namesOf = (values: unknown[]) =>
    new Set(values.flatMap((value) => (typeof value === 'string' ? value.toLowerCase().match(/[a-z'’-]+/g) ?? [] : [])));
  const children = namesOf((referral.children ?? []).map((child) => child?.firstName));
  const adults = namesOf((referral.household ?? []).map((member) => member?.name));
  for (const child of children) adults.delete(child);
  return { children, adults };
}

/** The referral's statements by section, and who is who in it: read once, then asked by every queue's rules. */
interface Reading {
  pastHarm: Passage[];
  futureDanger: Passage[];
  complicatingFactors: Passage[];
  strengths: Passage[];
  existingSafety: Passage[];
  childVoice: Passage[];
  people: People;
}

function read(referral: ReferralSubmission, now: Date): Reading {
  const people = peopleIn(referral);
  return {
    pastHarm: passages(referral.worried?.pastHarm, 'worried.pastHarm', now, people.children),
    futureDanger: passages(referral.worried?.futureDanger, 'worried.futureDanger', now, people.children),
    complicatingFactors: passages(referral.worried?.complicatingFactors, 'worried.complicatingFactors', now, people.children),
    strengths: passages(referral.workingWell?.strengths, 'workingWell.strengths', now, people.children),
    existingSafety: passages(referral.workingWell?.existingSafety, 'workingWell.existingSafety', now, people.children),
    childVoice: passages(referral.childVoice, 'childVoice', now, people.children),
    people,
  };
}

function immediateRiskReasons(referral: ReferralSubmission, reading: Reading, now: Date): string[] {
  const reasons: string[] = [];
  if (referral.immediateRisk === true) reasons.push('The referrer says the child is not safe today.');
  const facts = [...reading.pastHarm, ...reading.childVoice];
  // A child's fear of going home is a fact wherever the referrer wrote it down.
  const fears = [...facts, ...reading.futureDanger, ...reading.complicatingFactors];

  const { people } = reading;
  const injury = findEvidence(INJURY, facts, { factsOnly: true, notOnAnAdult: people, notAnExplainedAccident: true });
  if (injury) reasons.push(reason(INJURY, injury));
  const overdose = findEvidence(OVERDOSE_OR_LIGATURE, facts, { factsOnly: true, aboutChildren: people });
  if (overdose) reasons.push(reason(OVERDOSE_OR_LIGATURE, overdose));
  // A disclosure of abuse long ago, by someone with no access now, is significant harm (see significantHarmReasons).
  const disclosure = findEvidence(SEXUAL_ABUSE_DISCLOSURE, facts, { factsOnly: true, currentOnly: { now, children: people.children } });
  if (disclosure) reasons.push(reason(SEXUAL_ABUSE_DISCLOSURE, disclosure));
  const afraid = findEvidence(AFRAID_TO_GO_HOME, fears.filter((passage) => !NOT_AFRAID.test(passage.text)));
  if (afraid) reasons.push(reason(AFRAID_TO_GO_HOME, afraid));

  const babies = (referral.children ?? []).filter((child) => {
    const age = ageInYears(child, now);
    return age !== undefined && age < 1;
  });
  if (babies.length > 0) {
    const mark = findEvidence(ANY_MARK, facts, { factsOnly: true, notOnAnAdult: people });
    if (mark) reasons.push(`${babies.map((baby) => baby.firstName).join(' and ')} is under one, and ${reason(ANY_MARK, mark)}`);
  }
  return reasons;
}

function childInCareReasons(referral: ReferralSubmission, reading: Reading): string[] {
  const reasons: string[] = [];
  const referrersWords = [...reading.pastHarm, ...reading.complicatingFactors, ...reading.strengths, ...reading.existingSafety];
  const everything = [...referrersWords, ...reading.childVoice];
  // "A special guardianship order, so they are not in the council's care": the tick alone does not make a child looked after.
  const saysNotLookedAfter = referrersWords.some((passage) => NOT_LOOKED_AFTER.test(passage.text));
  if (referral.assessmentType === 'child-in-care' && !saysNotLookedAfter) reasons.push('The referrer chose a child-in-care (Signs of Success) response.');
  const carers = (referral.household ?? []).filter(
    (member) => typeof member?.relationship === 'string' && LOOKED_AFTER_RELATIONSHIP.test(member.relationship),
  );
  // The referrer saying the child is not in care ("Rosie herself is not in care", "the order ended") outweighs a carer
  // in the household: that carer looks after someone else, or the care is history.
  if (carers.length > 0 && !saysNotLookedAfter) reasons.push(`The child lives with ${carers.map((c) => `${c.name} (${c.relationship})`).join(', ')}.`);
  const lookedAfter = saysNotLookedAfter
    ? undefined
    : (findEvidence(LOOKED_AFTER, everything) ??
      findEvidence(IN_CARE, everything, { aboutChildren: reading.people }) ??
      findEvidence(LOOKED_AFTER_ACRONYM, everything));
  if (lookedAfter) reasons.push(reason(LOOKED_AFTER, lookedAfter));
  return reasons;
}

function significantHarmReasons(reading: Reading): string[] {
  const worries = [...reading.pastHarm, ...reading.complicatingFactors, ...reading.childVoice];
  const dangers = reading.futureDanger;
  const { people } = reading;
  const reasons: string[] = [];
  for (const signal of SIGNIFICANT_HARM) {
    // A danger statement is a fear by nature: "he could be hit" counts only when something in it is stated as fact.
    const evidence = findEvidence(signal, worries, { people }) ?? findEvidence(signal, dangers, { factsOnly: true, people });
    if (evidence) reasons.push(reason(signal, evidence));
  }
  // An adult at home hurt, seen or heard by the child: domestic abuse the child lives with, not an injury to the child.
  const facts = [...reading.pastHarm, ...reading.childVoice];
  // Only where someone hurt them: mum's broken leg from a fall on the ice, or a stranger hurt in the street, is not
  // domestic abuse the child lives with.
  const hurtByViolence = facts.filter((passage) => describesPhysicalHarm(passage.text));
  const adultInjury = findEvidence(INJURY, hurtByViolence, { factsOnly: true, onAnAdult: people });
  if (adultInjury) reasons.push(`${adultInjury.path} describes an injury to an adult in the child's life: '${adultInjury.term}'.`);
  // Sexual abuse in the past, even with no danger today, is significant harm.
  const disclosure = findEvidence(SEXUAL_ABUSE_DISCLOSURE, [...worries, ...dangers], { factsOnly: true });
  if (disclosure) reasons.push(reason(SEXUAL_ABUSE_DISCLOSURE, disclosure));
  return reasons;
}

/**
 * Nothing concrete in the past harm: too little to rule significant harm out. With no past harm written at all, the
 * other worries decide: a specific fear about what might happen ("he may start dealing from the flat") is a worry
 * without harm, but "Concerns at home." says too little either way.
 */
function tooVagueToRuleOut(ctx: SpecificsContext): boolean {
  const worries = ctx.pastHarm.length > 0 ? ctx.pastHarm : ctx.statements.filter((statement) => statement.column === 'worried');
  return worries.every((statement) => isVagueStatement(ctx, statement));
}

function route(queue: Queue, reasons: string[]): Route {
  return { queue, reasons };
}

/**
 * Exactly one First Contact queue, with the reasons staff can check. What the referral describes can raise a
 * referral above what the referrer ticked, never lower it; missing specifics never lower it either.
 */
export function routeReferral(referral: ReferralSubmission, options: { now?: Date; context?: SpecificsContext } = {}): Route {
  const now = options.now ?? new Date();
  const reading = read(referral, now);
  const immediate = immediateRiskReasons(referral, reading, now);
  if (immediate.length > 0) return route('immediate-risk', immediate);

  const inCare = childInCareReasons(referral, reading);
  if (inCare.length > 0) return route('child-in-care', inCare);

  const harm = significantHarmReasons(reading);
  if (harm.length > 0) return route('child-protection', harm);
  if (referral.assessmentType === 'child-protection') {
    return route('child-protection', ['The referrer chose a child protection (Signs of Safety) response; nothing described lowers that.']);
  }
  // The contract's table: no significant harm described is early help. A referral too general to tell is still
  // early help unless the referrer chose otherwise; the reason says so, and the follow-up questions ask for facts.
  return route('early-help', [
    referral.assessmentType === 'early-help'
      ? 'The referrer chose an early help (Signs of Wellbeing) response and no significant harm is described.'
      : 'Wellbeing worries without significant harm described.',
    ...(tooVagueToRuleOut(options.context ?? buildContext(referral)) ? ['The worries are too general to tell whether there is significant harm: read the answers to the follow-up questions.'] : []),
  ]);
}
