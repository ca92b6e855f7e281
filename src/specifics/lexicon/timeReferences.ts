/**
 * Ways referrers say when something happened, beyond what chrono-node parses (and cheaper, so chrono only
 * runs when these find nothing). "Recently" and "a while ago" are left out on purpose: a worker still has to ask when.
 */
const MONTH = '(?:january|february|april|june|july|august|september|october|november|december)';
const AMBIGUOUS_MONTH = '(?:may|march)'; // also verbs: need a date or a preposition beside them
const MONTH_ABBREVIATION = '(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?';
const ANY_MONTH = `(?:${MONTH}|${AMBIGUOUS_MONTH}|${MONTH_ABBREVIATION})`;
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?';
const DAY_NUMBER = '\\d{1,2}(?:st|nd|rd|th)?';
const NUMBER_WORD = '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of|couple of|few|several)';
const PERIOD = '(?:minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|terms?|half[- ]terms?)';
const PART_OF_DAY =
  '(?:night|nights|bedtime|bed time|teatime|tea time|dinnertime|dinner time|dinner|tea|lunchtime|lunch time|lunch|breakfast|break time|breaktime|playtime|home time|hometime|morning|mornings|evening|evenings|afternoon|afternoons|weekend|weekends)';
const NAMED_PERIOD =
  '(?:easter|christmas|new year|half[- ]term|bonfire night|halloween|eid|diwali|ramadan|hanukkah|(?:summer|easter|christmas|winter|spring|october|february|may|school) (?:holidays?|break)|the holidays|autumn term|spring term|summer term|(?:start|beginning|end|middle) of (?:the )?(?:term|year|school year|holidays?|reception|nursery|year \\d+|summer))';

export const TIME_REFERENCE_PATTERNS: RegExp[] = [
  new RegExp(`\\b${WEEKDAY}\\b`, 'i'),
  new RegExp(`\\b${MONTH}\\b`, 'i'),
  new RegExp(`\\b${DAY_NUMBER}\\s+(?:of\\s+)?${ANY_MONTH}(?![a-z])`, 'i'),
  new RegExp(`\\b${ANY_MONTH}\\s+${DAY_NUMBER}\\b`, 'i'),
  new RegExp(`\\b(?:in|since|during|until|till|from|by|before|after|early|late|mid|last|this|next|of|end of|start of)[- ]${AMBIGUOUS_MONTH}\\b`, 'i'),
  /\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b/,
  /\b\d{1,2}[.-]\d{1,2}[.-]\d{2,4}\b/,
  /\b\d{4}-\d{2}-\d{2}\b/,
  /(?<![£$€\d.,])\b(?:19[5-9]\d|20[0-4]\d)\b(?!\s*(?:%|pounds|cm|mm|kg|g\b|ml|miles))/,
  /(?<![£$€\d.])\b\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?(?![\d.]|\s*(?:cm|mm|m\b|kg|g\b|%|metres|meters|miles))/i,
  /\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)(?![a-z])/i,
  /\b(?:noon|midday|midnight|o'clock|o’clock)\b/i,
  /\b(?:today|tonight|yesterday|tomorrow|overnight|the other day|first thing)\b/i,
  new RegExp(`\\b(?:this|last|next|that|the previous|the following|the next|the same|the night of the|on the)\\s+(?:${PART_OF_DAY}|week|month|year|term|half[- ]term|school year|academic year|summer|spring|autumn|winter|christmas|easter|holidays?|${WEEKDAY})\\b`, 'i'),
  /\b(?:the )?(?:night|day|evening|morning|weekend|week) before\b/i,
  new RegExp(`\\b${NUMBER_WORD}\\s+${PERIOD}\\s+ago\\b`, 'i'),
  /\ba fortnight ago\b/i,
  new RegExp(`\\b(?:in|over|during|for|within|throughout)\\s+the\\s+(?:last|past|previous)\\s+(?:${NUMBER_WORD}\\s+)?${PERIOD}`, 'i'),
  new RegExp(`\\b(?:in|over|during|since|at|before|after|around|until|till|by|from|last|this|every)\\s+(?:the\\s+)?${NAMED_PERIOD}\\b`, 'i'),
  new RegExp(`\\b${NAMED_PERIOD}\\b`, 'i'),
  /\b(?:in|during|over|since|last|this|the|early|late|mid)[- ](?:the\s+)?(?:summer|spring|autumn|winter)\b/i,
  new RegExp(`\\b(?:at|during|in|through|over|every|each|one|most|on|by|around|before|after)\\s+(?:the\\s+)?${PART_OF_DAY}\\b`, 'i'),
  /\b(?:after|before)\s+(?:school|nursery|college|work|tea|dinner|bed|breakfast|lunch|registration)\b/i,
  /\b(?:at|during)\s+(?:the\s+)?(?:school run|drop[- ]off|pick[- ]up|collection|registration|assembly|home time|parents'? evening)\b/i,
  /\bin the middle of the night\b/i,
  // Ages: "when she was 3", "aged 4", "as a baby", "since birth".
  /\bwhen\s+(?:she|he|they|i|we|[A-Z][a-z]+)\s+(?:was|were)\s+(?:\d+|a baby|a toddler|little|younger|small|born|newborn|in (?:year \d+|reception|nursery)|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\b|\w+ (?:years?|months?|weeks?) old)/i,
  // Not a child's present age set beside their name: "Ruby, aged 6, told me", "Kai (aged 10)".
  /(?<![A-Za-z]+,\s*|\(\s*)\baged?\s+\d+\b/i,
  /\bat (?:the )?age (?:of )?\d+\b/i,
  /\b(?:as a (?:baby|toddler|newborn)|at birth|since birth|since (?:she|he|they) (?:was|were) (?:born|a baby|\d+))\b/i,
  new RegExp(`\\bon the ${DAY_NUMBER}\\b`, 'i'),
  // "since Dean moved in", "since she started school": a datable event.
  /\bsince\s+(?:\w+\s+){0,3}?(?:started|moved|left|was born|came|arrived|returned|joined|began|went|got|had)\b/i,
];

/** Anything chrono-node could possibly read as a date. Without one of these, chrono is not worth calling. */
export const CHRONO_WORTH_TRYING =
  /\d|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tues?(?:day)?|wed(?:nesday)?|thu(?:rs?)?(?:day)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|today|tonight|tomorrow|yesterday|ago|noon|midnight|mornings?|evenings?|nights?|afternoons?|weeks?|months?|years?|days?|hours?|minutes?|fortnight|weekends?|last|next|past)\b/i;

/** chrono-node readings that are usually something else in a referral ("she may", "he will march", "she sat"). */
export const CHRONO_FALSE_READINGS = /^(?:(?:on|at|in|for|by)\s+)?(?:may|march|mar|sat|sun|mon|wed|thu|fri|tue|now|for a second|a second|second|the second|the past|past|the day|day|night|the night|morning|evening|today's)$/i;
