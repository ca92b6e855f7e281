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

export const SEXUAL_ABUSE_DISCLOSURE: Signal = {
  label: 'describes sexual abuse',
  pattern: new RegExp(
    [
      'private parts?',
      'privates',
      'genitals?',
      'vagina',
      'penis',
      'willy',
      'front bottom',
      'down there',
      `touch(?:ed|es|ing)? ${POSSESSIVE} (?:bottom|bum|breasts?|chest|between (?:her|his|my) legs)`,
      'touched (?:her|him|me) (?:inappropriately|sexually|there)',
      'sexual(?:ly)? (?:abuse[ds]?|abusing|assault(?:ed|s)?|touching|touched|activity|images|photos|pictures|messages|acts?|contact|intercourse)',
      'rape[ds]?',
      'raping',
      'made (?:me|her|him) (?:touch|suck|kiss|watch|take (?:my|her|his) clothes off|do (?:things|stuff|sex))',
      'sex with',
      'oral sex',
      'porn(?:ography|ographic)?',
      'sent (?:her|him|me) (?:nudes?|naked|explicit|sexual)',
      'nudes?',
      'naked (?:photos|pictures|images|videos)',
      'exposed (?:himself|herself)',
      'indecent(?:ly)?',
    ]
      .map((source) => `(?:${source})`)
      .join('|')
      .replace(/^/, '\\b(?:')
      .concat(')\\b'),
    'gi',
  ),
};

export const AFRAID_TO_GO_HOME: Signal = {
  label: 'says the child is afraid to go home',
  pattern:
    /\b(?:(?:scared|afraid|frightened|terrified|fearful|petrified|too scared|worried) (?:of going|to go|about going|to return|of returning|of being) (?:back )?home|(?:does ?n[o'’]t|did ?n[o'’]t|do ?n[o'’]t|won['’]t|will not) (?:want to )?go (?:back )?home|refus(?:es|ed|ing) to go (?:back )?home|(?:does ?n[o'’]t|did ?n[o'’]t|do ?n[o'’]t) feel safe (?:at|going|to go) home|(?:not|never) safe (?:at|to go) home|(?:begged|pleaded|asked) not to (?:go|be sent) home)\b/gi,
};

/** For a baby under one any mark matters, even one that would not count for an older child. */
export const ANY_MARK: Signal = {
  label: 'describes a mark',
  pattern:
    /\b(?:marks?|redness|red (?:patch|area|line|spot|mark)e?s?|spots? (?:on|of blood)|blotch(?:es)?|swelling|swollen|lumps?|bumps?|bruis\w*|petechia\w*|injur\w*)\b/gi,
};

export const SIGNIFICANT_HARM: Signal[] = [
  {
    label: 'describes physical harm',
    pattern:
      /\b(?:hit(?:s|ting)?|punch(?:ed|es|ing)?|kick(?:ed|s|ing)?|slap(?:ped|s|ping)?|smack(?:ed|s|ing)?|push(?:ed|es|ing)|shov(?:ed|es|ing)|shook|shak(?:en|ing) (?:him|her|them|the baby)|grabb?(?:ed|s|ing)|beat(?:s|en|ing)?(?: (?:him|her|them|up))|beaten|threw [\w\s]{0,20}\bat|thrown at|pull(?:ed|ing|s) (?:her|his|their) hair|dragg(?:ed|ing)|bit (?:her|him)|hurt(?:s|ing)? (?:her|him|them|me|the baby|the children)|hurting|physical(?:ly)? (?:abuse[ds]?|harm(?:ed)?|chastis\w+|punish\w+)|with a (?:belt|stick|shoe|slipper|wooden spoon)|weapon|knife|threaten(?:ed|s|ing)? (?:to )?(?:kill|hurt|stab|hit)|violen(?:ce|t))\b/gi,
  },
  {
    label: 'describes sexual harm or exploitation',
    pattern:
      /\b(?:sexualised|sexualized|sex offen(?:der|ce|ces)|sexual offen(?:ce|ces|ding)|groom(?:ed|ing)|exploit(?:ed|ation|ing)|county lines|CSE|CCE|carry(?:ing)? drugs|drug running|traffick(?:ed|ing)|FGM|female genital mutilation|forced marriage|radicalis\w+|radicaliz\w+)\b/gi,
  },
  {
    label: 'describes domestic abuse',
    pattern:
      /\b(?:domestic (?:abuse|violence|incidents?)|coercive(?: and)? control\w*|(?:hit|punch|kick|strangl|assault|attack|push)\w* (?:mum|mother|his partner|her partner|his wife|her husband)|police (?:were |have been )?called)\b/gi,
  },
  // Acronyms are matched with their capitals only: "DA" but not "da".
  { label: 'describes domestic abuse', pattern: /\b(?:DV|DA|DVA)\b/g },
  {
    label: 'describes emotional abuse',
    pattern:
      /\b(?:emotional(?:ly)? (?:abuse[ds]?|harm(?:ed)?|abusive)|locked (?:her|him|them) (?:in|out)|shut (?:her|him|them) in|humiliat\w+|threaten(?:ed|s|ing) (?:her|him|them|to leave her|to put her))\b/gi,
  },
  {
    label: 'describes neglect',
    pattern:
      /\b(?:neglect\w*|left (?:alone|home alone|on (?:her|his|their) own|unsupervised)|home alone|not (?:been )?fed|starving|malnourish\w*|failure to thrive|faltering growth|faeces|soiled|passed out|unconscious|missing (?:from home|episodes?)|went missing|reported missing)\b/gi,
  },
];

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
