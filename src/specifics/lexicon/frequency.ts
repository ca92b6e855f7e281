/**
 * Ways of saying how often or how many times something happened: a count, a rate, or "the first time".
 * Vague words ("often", "several times") are deliberately not here: they are VAGUE_FREQUENCY.
 */
const COUNT =
  '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|a dozen|a hundred)';
const ORDINAL = '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th)|only)';
const RECURRING_UNIT =
  "(?:day|night|morning|evening|afternoon|weekend|week|fortnight|month|term|half[- ]term|time|school day|visit|contact|lunchtime|bedtime|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)\\b\\.?)s?";
/** Things that happen on a date, so a count of them is a count of times ("missed three dental appointments"). */
const EVENTS =
  '(?:appointments|check-?ups|checks|calls|phone calls|call-?outs|lessons|meetings|classes|reports|complaints|disclosures|admissions|attendances|exclusions|suspensions|arrests|fights|arguments|assaults|attacks|overdoses|referrals|missing episodes|episodes|visits|contacts|sessions|nights out|messages|texts|videos|photos|pictures|images|emails|posts)';
/** What can be the first, second or only one: "the first injury", "her second disclosure", "the only bruise". */
const FIRSTS =
  '(?:time|occasion|incident|injury|mark|bruise|burn|cut|episode|disclosure|report|concern|referral|complaint|admission|attendance|call-?out|arrest|assault|attack|overdose|fight|exclusion|suspension|breakdown|move)';

const COUNTABLE =
  '(?:times|occasions|incidents|episodes|separate (?:times|occasions|incidents)|days|nights|mornings|evenings|afternoons|weekends|weekdays|sessions|school days|half days|absences|visits|lates)';

export const FREQUENCY_PATTERNS: RegExp[] = [
  // "once" is also a conjunction ("once he had left"); skip it there and in "at once".
  /(?<!\bat\s)\bonce\b(?!\s+(?:he|she|they|i|we|it|you|mum|dad|the|this|that|everyone)\b)/i,
  /\b(?:twice|thrice)\b/i,
  // "6 club nights", "three school mornings": one describing word may come before what is counted.
  new RegExp(`\\b${COUNT}\\s+(?:or\\s+${COUNT}\\s+)?(?:more\\s+|other\\s+|different\\s+|further\\s+|[a-z]+\\s+)?${COUNTABLE}\\b(?!\\s+ago)`, 'i'),
  // "the first injury", "her second placement breakdown": one describing word may come between.
  new RegExp(`\\b${ORDINAL}\\s+(?:ever\\s+)?(?:[a-z-]+\\s+)?${FIRSTS}\\b`, 'i'),
  // "missed three dental appointments", "two more police call-outs": a count of dated events.
  new RegExp(`\\b${COUNT}\\s+(?:[a-z'-]+\\s+){0,2}?${EVENTS}\\b(?!\\s+ago)`, 'i'),
  new RegExp(`\\b(?:every|each)\\s+(?:other\\s+|single\\s+|second\\s+)?${RECURRING_UNIT}\\b`, 'i'),
  /\beach of (?:those|these|the|them)\b/i,
  /\b(?:daily|nightly|weekly|fortnightly|monthly|hourly)\b/i,
  // "twice a week", "4 toilet accidents a week".
  new RegExp(`\\b(?:${COUNT}|once|twice)\\s+(?:times\\s+|[a-z-]+\\s+(?:[a-z-]+\\s+)?)?(?:a|an|per|each|every)\\s+(?:day|night|week|fortnight|month|term|year|weekend)\\b`, 'i'),
  new RegExp(`\\b${COUNT}\\s+(?:out\\s+)?of\\s+(?:the\\s+)?(?:${COUNT}|those|these|them|the last \\w+)\\b`, 'i'),
  /\b\d+(?:\.\d+)?\s?%/,
  /\b(?:both|all three|all four|all five)\s+(?:times|occasions|days|nights|weekends|visits|incidents)\b/i,
  /\bon (?:one|a single) occasion\b|\b(?:one|a single) (?:incident|occasion|episode)\b/i,
  // "on two of her stays with us", "three of his last four visits".
  new RegExp(`\\b${COUNT}\\s+of\\s+(?:her|his|their|the|our|my|your)\\s+(?:last\\s+(?:${COUNT}\\s+)?)?(?:stays|visits|sessions|days|nights|weekends|contacts|lessons|appointments|shifts|mornings|evenings|weeks|overnights)\\b`, 'i'),
  // "it happened that one time", "just the one time".
  /\b(?:(?:just |only )?(?:that|the) one time|only one time|one time only)\b/i,
  // "three chest infections since September", "4 police call-outs in the last year": a count of things over a period.
  new RegExp(`\\b${COUNT}\\s+(?:[a-z'-]+\\s+){0,2}?(?!(?:years|months|weeks|days|hours|minutes|children|kids|siblings|brothers|sisters)\\b)[a-z]+s\\s+(?:since|in the (?:last|past)|over the (?:last|past)|so far this|this (?:term|year|month))\\b`, 'i'),
  // "This is the first threat to kill police have recorded", "it was her second missing episode".
  new RegExp(`\\b(?:this|it|that)\\s+(?:is|was|has been)\\s+(?:the|her|his|their)\\s+${ORDINAL}\\b`, 'i'),
  // "the third week running", "four nights in a row".
  new RegExp(`\\b(?:${ORDINAL}|${COUNT})\\s+${RECURRING_UNIT}\\s+(?:running|in a row|on the trot)\\b`, 'i'),
  /\bnever (?:before|happened before)\b/i,
  /\b(?:has|had|have) (?:never|not) (?:happened|been seen|been reported|been brought in|seen this|noticed this) before\b/i,
];

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b';

/** Several day numbers before one month ("on 6, 7 and 10 November"): a list of dated incidents. */
export const DATE_LIST = new RegExp(
  `\\b\\d{1,2}(?:st|nd|rd|th)?(?:\\s*,\\s*\\d{1,2}(?:st|nd|rd|th)?)*\\s*,?\\s*(?:and|&)\\s*\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}`,
  'i',
);

/** One specific date: a day number with a month, or a numeric date. Counted to spot several dated incidents. */
export const SPECIFIC_DATE = new RegExp(
  `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}|\\b${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\b\\d{1,2}\\/\\d{1,2}(?:\\/\\d{2,4})?\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b`,
  'gi',
);
