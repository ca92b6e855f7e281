import { DATE_LIST, FREQUENCY_PATTERNS, SPECIFIC_DATE } from './lexicon/frequency';
import { PERCEPTION, SOURCE_PATTERNS, SUBJECT_BEFORE_PERCEPTION } from './lexicon/sources';
import { withoutHearsay } from './termMatcher';

/** A count or rate: "three times", "every night", "on 14 of 40 days", "the first time". */
export function hasFrequency(text: string): boolean {
  return FREQUENCY_PATTERNS.some((pattern) => pattern.test(text)) || DATE_LIST.test(text);
}

/**
 * The distinct specific dates the text gives for things that happened ("15 September", "6 October", "3/11"); not
 * a document's date or one still to come ("a letter dated 9 November says they will be evicted on 4 December").
 */
export function specificDates(text: string): string[] {
  const dates: string[] = [];
  SPECIFIC_DATE.lastIndex = 0;
  for (let m = SPECIFIC_DATE.exec(text); m; m = SPECIFIC_DATE.exec(text)) {
    if (NOT_AN_INCIDENT_DATE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    dates.push(m[0].toLowerCase().replace(/\s+/g, ' '));
  }
  return dates;
}
const NOT_AN_INCIDENT_DATE =
  /\b(?:dated|due|deadline|until|will|shall|going to|planned|booked|appointment|hearing|court date)\b[^.;]*$|\bby\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?$/i;

/** Someone other than the children (the referrer, a named adult, a professional) saw, heard or found it. */
function perceivedByAnAdult(text: string, childNames: ReadonlySet<string>): boolean {
  PERCEPTION.lastIndex = 0;
  for (let m = PERCEPTION.exec(text); m; m = PERCEPTION.exec(text)) {
    // "has been seen getting into cars": a passive with nobody named says nobody in particular saw it.
    if (PASSIVE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) {
      if (agentAfter(text.slice(m.index + m[0].length, m.index + m[0].length + 120), childNames)) return true;
      continue;
    }
    const subject = SUBJECT_BEFORE_PERCEPTION.exec(text.slice(Math.max(0, m.index - 60), m.index));
    const word = subject?.[1].toLowerCase().replace(/['’]s$/, '');
    if (!word || !childNames.has(word)) return true;
  }
  return false;
}

/** "was", "has been", "were also" just before a participle: the perceiving is passive. */
const PASSIVE_BEFORE = /\b(?:been|was|were|is|are|being|be|get|gets|got)\s+(?:(?:also|often|repeatedly|regularly|reportedly|apparently|clearly|then|just|first|last|recently|previously)\s+)?$/i;
/** "... by the games teacher", "by Mr Byrne": who did the seeing, later in the same sentence. */
const BY_AGENT = /^[^.;!?]{0,80}?\bby\s+(?:the\s+|a\s+|an\s+|her\s+|his\s+|their\s+|our\s+|my\s+)?([A-Za-z'’]+)/i;
const NOT_AN_AGENT = new Set(['accident', 'chance', 'then', 'now', 'night', 'day', 'car', 'bus', 'train', 'taxi', 'herself', 'himself', 'themselves', 'itself', 'the', 'far', 'way']);

function agentAfter(rest: string, childNames: ReadonlySet<string>): boolean {
  const agent = BY_AGENT.exec(rest)?.[1].toLowerCase().replace(/['’]s$/, '');
  return agent !== undefined && !NOT_AN_AGENT.has(agent) && !childNames.has(agent);
}

function sourceIn(text: string, childNames: ReadonlySet<string>): boolean {
  return perceivedByAnAdult(text, childNames) || SOURCE_PATTERNS.some((pattern) => pattern.test(text));
}

/**
 * Seen, heard, told by someone, disclosed, or in a record. Hearsay is not a source, and neither is what the child
 * (named in `childNames`, lower case) saw or heard: that is the harm, not how the referrer knows about it.
 */
export function hasSource(text: string, childNames: ReadonlySet<string> = new Set()): boolean {
  if (!sourceIn(text, childNames)) return false;
  const firstHand = withoutHearsay(text);
  return firstHand === text || sourceIn(firstHand, childNames);
}

/** How bad a time was: "the most serious", "the more worrying of the two", "far more frightening than". */
const SEVERITY =
  '(?:serious|worrying|concerning|frightening|scary|severe|upsetting|dangerous|violent|harmful|significant|distressing|alarming|troubling|shocking|worrisome|traumatic|painful|risky|extreme|intense|aggressive|frightened|scared)';
/** Superlatives that single one incident out when an incident word follows: "the deepest cut", "the biggest bruise". */
const SUPERLATIVE =
  '(?:worst|scariest|deepest|biggest|largest|longest|nastiest|heaviest|severest|gravest|roughest|angriest|ugliest|loudest)';
const INCIDENT =
  '(?:time|times|incident|occasion|episode|event|night|day|weekend|injury|injuries|bruise|mark|cut|burn|scratch|wound|bite|attack|assault|fight|argument|row|beating|overdose|disclosure|one)';

const WORST_INCIDENT = new RegExp(
  [
    // "the worst", "worst of all", "at its worst"
    '\\bworst\\b',
    // "the most serious", "most frightening of all" (not "most of the time": a severity word must follow)
    `\\bmost ${SEVERITY}\\b`,
    // "the more serious of the two", "the more worrying one", "far more frightening than the others"
    `\\bthe (?:much |far |even )?more ${SEVERITY}\\b`,
    `\\bmore ${SEVERITY} than (?:the|any|all|anything|either|before|that|this|those|these|the others?)\\b`,
    // "the worse of the two", "the worse time"
    `\\bthe worse (?:of|one|${INCIDENT})\\b`,
    // "by far the...", "easily the...": a referrer ranking the incidents
    '\\b(?:by far|easily|definitely|clearly) the (?:\\w+est|most|more|worse|worst)\\b',
    // "the deepest cut", "the longest time", "the most violent attack"
    `\\bthe ${SUPERLATIVE} (?:\\w+ )?${INCIDENT}\\b`,
    // "what worried me most", "frightened her the most", "most worried"
    '\\b(?:worried|frightened|scared|concerned|upset|hurt) (?:me |us |her |him |them )?(?:the )?most\\b',
    '\\bmost (?:worried|concerned|frightened|scared)\\b',
  ].join('|'),
  'i',
);

/** "The bruise on 3 November is the worst of the three", "the most frightening time was...". */
export function namesWorstIncident(text: string): boolean {
  return WORST_INCIDENT.test(text);
}
