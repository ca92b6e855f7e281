/**
 * What in a referral's words decides its First Contact queue. Kept as data so practice leads can read and
 * challenge it. Every pattern is checked for negation ("came back with no marks") before it counts.
 */

export interface Signal {
  /** Words staff read in the routing reason. */
  label: string;
  pattern: RegExp;
}

const BODY_PART =
  '(?:head|face|cheek|cheeks|eye|eyes|ear|ears|nose|mouth|lip|lips|jaw|chin|neck|throat|shoulder|shoulders|arm|arms|upper arm|forearm|wrist|wrists|hand|hands|finger|fingers|back|chest|tummy|stomach|ribs|side|bottom|bum|buttock|buttocks|leg|legs|thigh|thighs|knee|knees|shin|ankle|ankles|foot|feet|body|skin|scalp|forehead|temple)';
const POSSESSIVE = "(?:his|her|their|the|its|my|[A-Z][a-z]+['’]s)";

export const INJURY: Signal = {
  label: 'describes an injury',
  pattern: new RegExp(
    [
      'bruis(?:e|es|ed|ing)',
      'black eye',
      'burn(?:s|t|ed)?\\b(?! out)',
      'scald(?:s|ed)?',
      'fractur(?:e|es|ed)',
      'broken (?:arm|leg|wrist|ankle|bone|bones|rib|ribs|nose|finger|fingers|toe|collarbone|collar bone|jaw|skull|tooth|teeth)',
      'bleed(?:ing|s)?',
      'bled',
      'nose ?bleed',
      'blood (?:on|from|coming|in)',
      'bloody',
      `cuts? (?:on|to|above|below|across|under) ${POSSESSIVE}`,
      '(?:a|deep|small|large|several|two|three|fresh) cuts?\\b',
      // "red marks", "a red raised mark", "purple, finger-shaped marks": a colour or cause, then up to two more words.
      `(?:red|purple|blue|yellow|fingertip|finger|grip|slap|belt|bite|hand|strangulation|ligature|burn)(?:[\\s,]+(?:and\\s+)?(?!(?:pen|ink|felt|marker|a|an|the|his|her|their)\\b)[a-z-]+){0,2}\\s+marks?`,
      // "a mark about 8cm long on the back of his left thigh": a size may come between the mark and where it is.
      `marks?(?:\\s+[\\w.]+){0,5}?\\s+(?:on|to|around|across|under|behind|down) (?:(?:the )?(?:back|front|side|top|inside|outside|underside) of )?${POSSESSIVE} (?:(?:left|right|upper|lower|inner|outer)\\s+)?${BODY_PART}`,
      `scratch(?:es|ed)? (?:on|to|across|down) ${POSSESSIVE}`,
      'scratches',
      'bite marks?',
      'bitten',
      'swelling',
      'swollen',
      'graze[ds]?',
      'welts?',
      `lumps? on ${POSSESSIVE}`,
      'injur(?:y|ies|ed)',
      'dislocat(?:ed|ion)',
      'concussion',
      'lacerations?',
      'abrasions?',
      'petechia(?:e|l)?',
      'strangl(?:ed|ing|e|es)',
      'chok(?:ed|ing)',
      'throttled',
      `hands? (?:round|around) ${POSSESSIVE} (?:neck|throat)`,
    ]
      .map((source) => `(?:${source})`)
      .join('|')
      .replace(/^/, '\\b(?:')
      .concat(')\\b'),
    'gi',
  ),
};

/** Phrase sources (regular-expression text) joined into one case-insensitive, whole-word pattern. */
function anyOf(sources: string[], flags = 'gi'): RegExp {
  return new RegExp(`\\b(?:${sources.map((source) => `(?:${source})`).join('|')})\\b`, flags);
}

/** Who a child names when they disclose: any person, by relationship, role or pronoun. */
const ABUSER =
  "(?:he|she|they|uncle|auntie|aunty|aunt|stepdad|step-dad|stepfather|step-father|stepmum|step-mum|dad|daddy|father|mum|mummy|mother|cousin|grandad|granddad|grandpa|grandfather|grandma|nan|brother|stepbrother|step-brother|sister|boyfriend|girlfriend|partner|lodger|neighbour|babysitter|childminder|coach|teacher|tutor|man|men|boy|boys|lad|lads|woman|friend|[A-Z][a-z]+(?:['’]s (?:boyfriend|partner|friend|brother|dad|uncle|cousin))?)";
const CLOTHING =
  '(?:pyjamas?|pyjama (?:bottoms|top|shorts)|pj[’\']?s|pants|knickers|underwear|boxers|trousers|shorts|skirt|nightie|nightdress|bottoms|leggings|bra|top|t-?shirt|clothes|nappy)';
/** Parts of the body a caring adult touches every day: "he touched her arm" is not a disclosure. */
const ORDINARY_TOUCH = '(?:\\s+(?:\\w+\\s+){0,2}(?:arm|arms|shoulder|shoulders|hand|hands|head|hair|cheek|forehead|knee|back|face)\\b|\\s+(?:gently|lightly) on)';

export const SEXUAL_ABUSE_DISCLOSURE: Signal = {
  label: 'describes sexual abuse',
  pattern: anyOf([
    'private parts?',
    'privates',
    'genitals?',
    'vagina',
    'penis',
    'willy',
    'front bottom',
    'down there',
    `touch(?:ed|es|ing)? ${POSSESSIVE} (?:bottom|bum|breasts?|chest|bits|between (?:her|his|my) legs)`,
    'touch(?:ed|es|ing)? (?:her|him|me) (?:inappropriately|sexually|there|where|in (?:a|the) wrong (?:way|place)|in places)',
    // "her uncle touches her", "a man touched me": someone named touching the child, not an everyday touch.
    `${ABUSER} (?:has |had |keeps |kept |would |always |tried to |tries to |used to |started to )?(?:touch(?:ed|es|ing)?|fondl(?:ed|es|ing)|grop(?:ed|es|ing)|stroked|strokes) (?:me|her|him)\\b(?!${ORDINARY_TOUCH})`,
    // "puts his hand inside her pyjama bottoms", "hand down my pants".
    `(?:hands?|fingers?) (?:inside|in|down|up|under|into) ${POSSESSIVE} (?:\\w+ )?${CLOTHING}`,
    `(?:inside|down|under|into) (?:her|his|my|their) ${CLOTHING} (?:and )?(?:touch|touched|touching|feel|felt|rubbed)`,
    'sexual(?:ly)? (?:abuse[ds]?|abusing|assault(?:ed|s)?|touching|touched|activity|images|photos|pictures|messages|acts?|contact|intercourse)',
    'rape[ds]?',
    'raping',
    `(?:made|makes|making|make|forced|forces|forcing|force|tried to make|tries to make) (?:me|her|him|them) (?:to )?(?:touch|suck|kiss|lick|rub|watch|take (?:my|her|his|their|off) (?:clothes|pants|knickers)|undress|get undressed|get naked|do (?:things|stuff|sex|it)|have sex|sleep with|lie on|lay on)`,
    'sex with',
    '(?:had|have|having|has) sex',
    'oral sex',
    'porn(?:ography|ographic)?',
    'sent (?:her|him|me) (?:nudes?|naked|explicit|sexual)',
    'nudes?',
    'naked (?:photos|pictures|images|videos)',
    'exposed (?:himself|herself)',
    `show(?:ed|s)? (?:me|her|him) (?:his|her) (?:private|willy|penis|bits|thing)`,
    'indecent(?:ly)?',
  ]),
};

export const AFRAID_TO_GO_HOME: Signal = {
  label: 'says the child is afraid to go home',
  pattern: anyOf([
    '(?:scared|afraid|frightened|terrified|fearful|petrified|too scared|worried|nervous) (?:of going|to go|about going|to return|of returning|of being|to be|about being) (?:back )?(?:home|at home|sent home)',
    '(?:scared|afraid|frightened|terrified|petrified) (?:of|about) what (?:will|would|might|is going to) happen (?:when|if) (?:she|he|they|I) (?:go|goes|get|gets) (?:back )?home',
    "(?:does ?n[o'’]t|did ?n[o'’]t|do ?n[o'’]t|won['’]t|will not|would ?n[o'’]t|would not) (?:want to )?(?:go|be sent|return) (?:back )?home",
    'refus(?:es|ed|ing|e) to (?:go|return|be taken) (?:back )?home',
    "(?:does ?n[o'’]t|did ?n[o'’]t|do ?n[o'’]t) feel safe (?:at|going|to go) home",
    '(?:not|never) safe (?:at|to go) home',
    '(?:begged|begs|pleaded|pleads|asked|asks) (?:me |us |staff |the teacher )?(?:not to|if (?:she|he|they) (?:could|can) not) (?:go|be sent|be taken) (?:back )?home',
    "(?:please )?do ?n[o'’]t (?:make me|send me|let them take me) (?:go )?(?:back )?home",
  ]),
};
export const LOOKED_AFTER: Signal = {
  label: 'shows the child is looked after',
  pattern:
    /\b(?:foster (?:carers?|parents?|placement|home|family|mum|dad|care)|fostered|looked[- ]after (?:child|children|young person)|(?:is|are|was|been|being) looked after by (?:the )?(?:local authority|council)|(?:is|are|was|were|has been|have been|became|become) (?:a )?looked[- ]after\b(?! (?:by|well|at|when|while|during|on|for|in the|every|most|some|overnight|after|properly|nicely)\b)|cared for by the (?:local authority|council)|in (?:local authority|foster|residential) care|(?:lives|living|placed|has been|remains?|currently|now) in care\b(?! of)|children['’]s home|residential (?:home|unit|placement|care|children['’]s home)|(?:interim )?care order|section 20|placement (?:move|breakdown|stability|change|ended)|virtual school|independent reviewing officer|corporate parent)\b/gi,
};

export const LOOKED_AFTER_ACRONYM: Signal = {
  label: 'shows the child is looked after',
  pattern: /\b(?:S20|IRO|LAC|CLA)\b/g,
};

/** Household relationships that mean someone other than a parent holds care under an order or placement. */
export const LOOKED_AFTER_RELATIONSHIP = /\b(?:foster|residential|children['’]s home|key ?worker|local authority)\b/i;

/** Before a match, these turn it round: "came back with no marks", "did not have any bruises". */
export const NEGATION =
  /(?:\bno\b(?!\s+one\b)|\b(?:not|without|never|nor|none|free of|denied|denies|deny)\b|n['’]t\b)(?:\s+\w+){0,3}\s*$/i;

/** A negation reaches back only within its own clause: "did not hit her but pushed her" still describes a push. */
export const CLAUSE_BREAK = /[,;:.!?]|\b(?:but|and|although|though|however|whereas|then)\b/gi;
/** Before an injury in past harm these make it a fear, not a fact. */
export const HYPOTHETICAL = /\b(?:could|might|may|would|will|risk of|at risk|worried that|fear|if)\b(?:\s+\w+){0,4}\s*$/i;
