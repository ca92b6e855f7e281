import type { Finding } from '../../referrals/referralTypes';
import type { SpecificsContext, Statement } from '../context';
import { ask, finding } from '../findings';

const SPEECH_VERB =
  '(?:said|says|say|saying|told|tells|telling|asked|asks|asking|shouted|shouts|shouting|cried|cried out|crying out|whispered|whispering|replied|disclosed|explained|added|wrote|writes|screamed|screaming|yelled|yelling|called out|calling out|commented|stated|answered|repeated|begged|begging|pleaded|pleading|sobbed|mumbled|muttered|sang|singing|kept saying|keeps saying)';
// What a child may be doing while speaking, between the child and the speech verb: "Mason crying and saying", "she
// turned round and said". It must start with a verb, so in "Dad shouted at Mason and said" the words stay Dad's.
const WHILE_SPEAKING =
  "(?:(?:then|later|also|just|\\w+ly)\\s+)?(?:(?:[a-z]+ing|[a-z]+ed|cried|ran|came|went|turned(?: round| around)?|looked up)[\\s,]+(?:(?:and|then)[\\s,]+)?){0,2}";
const LISTENER = "(?:\\s+(?:me|us|him|her|them|staff|[a-z]+'s|(?:her|his|their|the|a) \\w+(?:\\s+\\w+)?|[A-Z][a-z]+|Mr \\w+|Mrs \\w+|Ms \\w+|Miss \\w+))?";
// Where and when the words were said, between the listener and the quote: "told me on the ward on 21 November:",
// "said to her teacher at lunchtime yesterday,". Only phrases of place and time, so no other speaker can hide in it.
const SAID_WHERE_OR_WHEN =
  "(?:\\s+(?:(?:on|at|in|to|during|after|before|over|by|outside|inside|near)\\s+(?:the\\s+|a\\s+|an\\s+|her\\s+|his\\s+|their\\s+|our\\s+|my\\s+|this\\s+|that\\s+|about\\s+)?[\\w/.:'’]+(?:\\s+[a-z]+)?(?:\\s+[A-Z0-9][\\w/.:]*)*|yesterday|today|tonight|earlier|later|afterwards|again|this (?:morning|afternoon|evening|week)|last (?:night|week|term)|straight away)){0,4}";
const BEFORE_QUOTE = new RegExp(`\\b([A-Za-z]+)\\s+${WHILE_SPEAKING}${SPEECH_VERB}${LISTENER}${SAID_WHERE_OR_WHEN}(?:\\s+that)?\\s*[:,]?\\s*$`);
const WORDS_WERE = /\b([A-Za-z]+)['’]s (?:own )?words (?:were|are|was)\s*[:,]?\s*$/;
const AFTER_QUOTE = new RegExp(`^\\s*[,.!?]?\\s*(?:${SPEECH_VERB}\\s+([A-Za-z]+)|([A-Za-z]+)\\s+${SPEECH_VERB})\\b`);

/** Quoted speech attributed to a child, e.g. `Maya said: "..."` or `"...", she told me`. */
function quotesChild(statement: Statement, speakers: Set<string>): boolean {
  return statement.quotes.some(({ start, end }) => {
    const lead = statement.text.slice(Math.max(0, start - 80), start);
    const before = BEFORE_QUOTE.exec(lead) ?? WORDS_WERE.exec(lead);
    if (before && speakers.has(before[1].toLowerCase())) return true;
    const after = AFTER_QUOTE.exec(statement.text.slice(end, end + 40));
    const speaker = after?.[1] ?? after?.[2];
    if (speaker !== undefined && speakers.has(speaker.toLowerCase())) return true;
    return onlySpeakerIsAChild(statement.text.slice(Math.max(0, start - 240), start), speakers);
  });
}

// The last speech verb before a quote, with only its listeners, place and time between it and the quote.
const LAST_SPEECH_VERB = new RegExp(`\\b${SPEECH_VERB}\\b(?![\\s\\S]*\\b${SPEECH_VERB}\\b)([^"“”.!?]{0,70})$`, 'i');
/** Words that point at someone doing something, other than the child: the referrer, the adults, staff. */
const OTHER_SUBJECTS = new Set(
  `i we mum mummy mother mam dad daddy father stepdad stepfather stepmum stepmother parent parents carer carers partner
  boyfriend girlfriend grandmother grandfather grandma grandad granddad nan nana gran uncle aunt auntie aunty adult man
  woman teacher teachers nurse officer worker staff doctor midwife police mr mrs ms miss dr sir`.split(/\s+/).filter(Boolean),
);
/** Capitalised words that are not people: sentence openers, days and months. */
const NOT_A_NAME = new Set(
  `at on in during after before when while the this that then today yesterday tonight last earlier later as since once
  this at by from with it there here one two first monday tuesday wednesday thursday friday saturday sunday january
  february march april may june july august september october november december`.split(/\s+/).filter(Boolean),
);

/**
 * A quote introduced by a speech verb, in a sentence where the only one doing anything is the child:
 * `At quiet time Evie came and sat by me and said: "..."`, `He sat in the office and told me and the head: "..."`.
 * With anyone else in the sentence (`Dad shouted at Mason and said: "..."`) the words may not be the child's.
 */
function onlySpeakerIsAChild(lead: string, speakers: Set<string>): boolean {
  const sentence = lead.slice(Math.max(lead.lastIndexOf('. '), lead.lastIndexOf('! '), lead.lastIndexOf('? '), lead.lastIndexOf('"'), lead.lastIndexOf('”')) + 1);
  const verb = LAST_SPEECH_VERB.exec(sentence);
  if (!verb) return false;
  const subjects = new Set<string>();
  for (const word of sentence.slice(0, verb.index).match(/[A-Za-z'’]+/g) ?? []) {
    const lower = word.toLowerCase().replace(/['’]s$/, '');
    if (speakers.has(lower) || OTHER_SUBJECTS.has(lower) || (/^[A-Z]/.test(word) && !NOT_A_NAME.has(lower))) subjects.add(lower);
  }
  if (subjects.size !== 1) return false;
  const [only] = subjects;
  return speakers.has(only);
}

const YOUNGEST_TALKING_AGE = 2;

function ageInYears(dateOfBirth: unknown, estimatedAge: unknown): number | undefined {
  if (typeof dateOfBirth === 'string' && /^\d{4}-\d{2}-\d{2}/.test(dateOfBirth)) {
    return (Date.now() - Date.parse(dateOfBirth.slice(0, 10))) / (365.25 * 86_400_000);
  }
  return typeof estimatedAge === 'number' ? estimatedAge : undefined;
}

/** Babies cannot give their words; for them the worker needs what was seen of the child's experience instead. */
function allTooYoungToTalk(ctx: SpecificsContext): boolean {
  const children = Array.isArray(ctx.referral.children) ? ctx.referral.children : [];
  return (
    children.length > 0 &&
    children.every((child) => {
      const age = ageInYears(child?.dateOfBirth, child?.estimatedAge);
      return age !== undefined && age < YOUNGEST_TALKING_AGE;
    })
  );
}

export function noChildVoice(ctx: SpecificsContext): Finding[] {
  const childVoice = ctx.referral.childVoice;
  if (Array.isArray(childVoice) && childVoice.some((words) => typeof words === 'string' && words.trim())) return [];
  // "she"/"he" usually means the child in a referral about that child; a parent is normally named or "mum".
  const speakers = new Set([...ctx.childFirstNames.map((name) => name.toLowerCase()), 'she', 'he', 'they', 'child']);
  if (ctx.statements.some((statement) => quotesChild(statement, speakers))) return [];
  if (allTooYoungToTalk(ctx)) {
    return [
      finding(
        'NO_CHILD_VOICE',
        'childVoice',
        'note',
        "Nothing about the baby's own experience.",
        ask(ctx, "{child} is too young to tell us in words. What have you seen of how {child} is - for example how {child} reacts to the adults around them, feeds, sleeps and plays?"),
      ),
    ];
  }
  return [
    finding(
      'NO_CHILD_VOICE',
      'childVoice',
      'ask',
      "The child's own words are missing.",
      ask(ctx, "Has {child} said anything about this, or about life at home? If so, please write down {child}'s own words as closely as you remember them."),
    ),
  ];
}
