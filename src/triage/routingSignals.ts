/**
 * What in a referral's words decides its First Contact queue. Kept as data so practice leads can read and
 * challenge it. Every pattern is checked for negation ("came back with no marks") before it counts.
 */

export interface Signal {
  /** Words staff read in the routing reason. */
  label: string;
  pattern: RegExp;
  /** Counts only when someone other than the referred child does it ("Callum punched a hole in the door" does not). */
  doneToTheChild?: boolean;
  /** The sentence before a match that gives it an ordinary meaning: a doctor examining a child is not abuse. */
  notAfter?: RegExp;
}

const BODY_PART =
  '(?:head|face|cheek|cheeks|eye|eyes|ear|ears|nose|mouth|lip|lips|jaw|chin|neck|throat|shoulder|shoulders|arm|arms|upper arm|forearm|wrist|wrists|hand|hands|finger|fingers|back|chest|tummy|stomach|ribs|side|bottom|bum|buttock|buttocks|leg|legs|thigh|thighs|knee|knees|shin|ankle|ankles|foot|feet|body|skin|scalp|forehead|temple)';
const POSSESSIVE = "(?:his|her|their|the|its|my|[A-Z][a-z]+['’]s)";

const BONE =
  '(?:arm|arms|leg|legs|wrist|ankle|bone|bones|rib|ribs|nose|finger|fingers|toe|toes|collarbone|collar bone|jaw|skull|tooth|teeth|(?:thigh|shin|arm|leg|cheek|hip|collar) ?bone|femur|tibia|fibula|humerus|elbow|hip|hand|foot|pelvis|eye socket)';
const COUNT_WORD = '(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|several|dozens? of|a dozen)';
const PILLS = '(?:tablets?|pills?|paracetamol|ibuprofen|painkillers?|capsules?|medicines?|medication|co-codamol|aspirin|sleeping pills)';
const POISON = '(?:bleach|poison|anti-?freeze|drain cleaner|cleaning (?:fluid|liquid|products?)|washing (?:tablets?|pods?|capsules?)|liquitabs?|methadone|heroin|cocaine|tablets?|pills?|paracetamol)';
/** Things that are burnt, not children: drug paraphernalia, food, furniture ("a burnt spoon", "burnt the toast"). */
const BURNT_THING =
  '(?:spoons?|foil|tin ?foil|bottles?|toast|food|dinner|tea|meal|pans?|saucepans?|pots?|carpet|rug|sofa|settee|mattress|sheets?|curtains?|candles?|matches|paper|rubbish|bins?|wood|smell|down|through|cars?|house|flat|home|place|money|cash|bridges|fuel|oil|calories|holes?|letters?|photos?|clothes)';

export const INJURY: Signal = {
  label: 'describes an injury',
  pattern: new RegExp(
    [
      'bruis(?:e|es|ed|ing)',
      'black eye',
      // A belt or a stick leaves lines: "two red raised lines across her thigh", "welts".
      '(?:red|raised|purple|pink) (?:raised |red )?(?:lines?|stripes?|streaks?)(?=[^.;]{0,30}\\b(?:across|on|down|over|along)\\b)|welts?|weals?|wheals?',
      // "a burn on his hand", "was burnt" - not a thing that is burnt ("a burnt spoon", "burnt foil", "burnt toast").
      `burn(?:s|t|ed)?\\b(?! out)(?!\\s+(?:the\\s+|some\\s+|a\\s+)?(?:[a-z-]+\\s+)?${BURNT_THING}\\b)`,
      'scald(?:s|ed)?',
      // A burn shows as a blister or a scab before anyone names it: "a round, weeping blister on the back of his hand".
      'blister(?:s|ed|ing)?',
      `scabs? (?:on|to|across|above|below|under) ${POSSESSIVE}`,
      '(?:two|three|four|several|round|fresh|weeping|infected) scabs',
      // Burnt with something hot: "put his cigarette out on her arm", "held her hand under the hot tap".
      `(?:put|stubbed|pressed|held) (?:out )?(?:a |the |his |her |their )?(?:cigarette|cig|fag|lighter|iron|hot iron)s? (?:out )?(?:on|against|onto|into) ${POSSESSIVE}`,
      `(?:held|put|pushed|forced) ${POSSESSIVE} (?:\\w+ )?(?:hand|hands|arm|arms|foot|feet|leg|legs) (?:under|in|into|on|against) (?:the |a )?(?:hot|boiling|scalding)`,
      `(?:poured|threw|spilt|spilled|tipped) (?:hot|boiling) (?:water|tea|coffee|oil|liquid|drink) (?:on|over|onto|at) ${POSSESSIVE}`,
      'fractur(?:e|es|ed)',
      `broken (?:(?:left|right|upper|lower)\\s+)?${BONE}`,
      // "broke her wrist", "a spiral break of his left thigh bone", "a hairline crack in his skull".
      `broke (?:his|her|their|a|an|the|my|[A-Z][a-z]+['’]s) (?:(?:left|right|upper|lower)\\s+)?${BONE}`,
      `(?:spiral|hairline|greenstick|buckle|skull) (?:break|fracture|crack)s?`,
      `(?:break|crack)s? (?:of|in|to) ${POSSESSIVE} (?:(?:left|right|upper|lower)\\s+)?${BONE}`,
      // A wound from a weapon, and wounds that needed treatment.
      'stabbed|stab (?:wounds?|injur(?:y|ies))|slashed',
      'stitch(?:es|ed)|glued|staples',
      'by ambulance|(?:rushed|blue[- ]?lighted?) (?:to|into) (?:hospital|A&E|the emergency department)|resuscitat(?:ed|ion)',
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
      // "a red handprint on Maddie's left cheek".
      'hand ?prints?|hand-shaped (?:marks?|bruis\\w*)',
      'bite marks?',
      'bitten',
      'swelling',
      'swollen',
      'graze[ds]?',
      'welts?',
      `lumps?(?:\\s+[\\w-]+){0,6}?\\s+on (?:the (?:back|front|side|top) of )?${POSSESSIVE}`,
      'limp(?:ing|ed|s)?',
      `(?:could ?n[o'’]?t|can ?n[o'’]?t|cannot|unable to) (?:lift|move|straighten|bend|use|put weight on) ${POSSESSIVE} (?:(?:left|right)\\s+)?(?:arm|leg|wrist|hand|foot|ankle|shoulder|fingers?)`,
      `twist(?:ed|ing) ${POSSESSIVE} (?:(?:left|right)\\s+)?(?:arm|wrist|hand|fingers?)|twisted it behind`,
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

/**
 * Harm to the body from inside or around the neck: an overdose, swallowed tablets or poison, a ligature. A medical
 * emergency for the child, so immediate risk - but only when it is the child's body: parents' overdoses are common in
 * referrals about drug use, so routing checks who the clause is about (see `aboutTheChild` in routing.ts).
 */
export const OVERDOSE_OR_LIGATURE: Signal = {
  label: 'describes an overdose, poisoning or ligature',
  pattern: new RegExp(
    `\\b(?:${[
      'overdos(?:e|ed|es|ing)',
      `(?:took|taken|taking|swallowed|swallowing|had) (?:about |around |over |at least |nearly |up to )?(?:\\d+|${COUNT_WORD}|a handful of|handfuls of|a (?:whole |full )?(?:packet|box|strip|bottle|pot) of|(?:lots|a lot|loads) of|too many|all (?:of )?(?:her|his|their|the|my|mum's|dad's)) (?:[\\w'’-]+ ){0,2}${PILLS}`,
      `(?:swallowed|drank|drunk|ingested|eaten|ate) (?:some |a |the )?(?:\\w+ )?${POISON}`,
      'self[- ]poison(?:ed|ing|s)?|poisoned',
      'ligatures?',
    ].join('|')})\\b`,
    'gi',
  ),
};

/** Phrase sources (regular-expression text) joined into one case-insensitive, whole-word pattern. */
function anyOf(sources: string[], flags = 'gi'): RegExp {
  return new RegExp(`\\b(?:${sources.map((source) => `(?:${source})`).join('|')})\\b`, flags);
}

/** Who a child names when they disclose: any person, by relationship, role or pronoun. */
const ABUSER =
  "(?:he|she|they|uncle|auntie|aunty|aunt|stepdad|step-dad|stepfather|step-father|stepmum|step-mum|dad|daddy|father|mum|mummy|mother|cousin|grandad|granddad|grandpa|grandfather|grandma|nan|brother|stepbrother|step-brother|sister|boyfriend|girlfriend|partner|lodger|neighbour|babysitter|childminder|coach|teacher|tutor|man|men|boy|boys|lad|lads|woman|friend|stranger)";
const CLOTHING =
  '(?:pyjamas?|pyjama (?:bottoms|top|shorts)|pj[’\']?s|pants|knickers|underwear|boxers|trousers|shorts|skirt|nightie|nightdress|bottoms|leggings|bra|top|t-?shirt|clothes|nappy)';
/** Parts of the body a caring adult touches every day: "he touched her arm" is not a disclosure. */
/** Underwear only: what is inside a child's underwear is private, unlike "in her coat" or "in his trousers pocket". */
const UNDERWEAR = '(?:pants|knickers|underwear|undies|boxers|nappy|pyjama bottoms|pj bottoms)';
/** Toileting accidents and hidden things are in underwear too: "wet herself in her pants", "drugs hidden in his boxers". */
const TOILETING =
  '(?:wet|wets|wetting|weed|wee|wees|poo|poos|pooed|pooing|soiled|soils|accident|accidents|changed|changing|change|herself|himself|myself|rash|sore|cream|spider|insect|bee|wasp|hid|hide|hides|hidden|hiding|stash|stashed|stashing|tucked|kept|keeps|drugs|weed|phone|phones|knife|money|cash|package|packages|wraps?|shirt|vest|top)';
const ORDINARY_TOUCH = '(?:\\s+(?:\\w+\\s+){0,2}(?:arm|arms|shoulder|shoulders|hand|hands|head|hair|cheek|forehead|knee|back|face)\\b|\\s+(?:gently|lightly) on)';

/** "a doctor at the hospital looked at her private parts because they were sore": a medical examination. */
const MEDICAL_EXAMINATION_BEFORE =
  /\b(?:doctor|dr|gp|nurse|paediatrician|pediatrician|midwife|consultant|clinician|health visitor)\b[^.;!?]{0,60}\b(?:looked at|examined|checked|treated|swabbed|put cream on)\s+(?:her|his|their|the|my|[a-z]+['’]s)?\s*$/i;

export const SEXUAL_ABUSE_DISCLOSURE: Signal = {
  label: 'describes sexual abuse',
  notAfter: MEDICAL_EXAMINATION_BEFORE,
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
    `${ABUSER}(?: (?:at|from|in|on|near|next to) (?:the |a |an |her |his |my )?\\w+)? (?:has |had |keeps |kept |would |always |tried to |tries to |used to |started to )?(?:touch(?:ed|es|ing)?|fondl(?:ed|es|ing)|grop(?:ed|es|ing)|stroked|strokes) (?:me|her|him)\\b(?!${ORDINARY_TOUCH})`,
    // Someone's game, hand or touch inside a child's underwear: "does the tickle game in my knickers", "put his hand
    // under my pants". Not a toileting accident ("wet herself in her pants") or a nappy change.
    // Nor a child left in it: "still in his nappy from the night before".
    `(?<!\\b${TOILETING}\\s+(?:[\\w'’]+\\s+){0,3})(?<!\\b(?:still|left|sitting|sat|only|just|was|is|arrived|came|wearing)\\s+)(?:in|inside|down|under|into|up) (?:my|her|his|their) (?:\\w+ )?${UNDERWEAR}`,
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

/** "to his dad's house", "to mum's", "to their flat": where a child would be sent back to. */
const PARENTS_HOME =
  "to (?:(?:her|his|their|my) )?(?:(?:mum|dad|mother|father|stepdad|stepmum|parents|nan|gran)['’]s?(?: (?:house|home|flat|place))?|(?:house|home|flat|place))";

export const AFRAID_TO_GO_HOME: Signal = {
  label: 'says the child is afraid to go home',
  pattern: anyOf([
    '(?:scared|afraid|frightened|terrified|fearful|petrified|too scared|worried|nervous) (?:of going|to go|about going|to return|of returning|of being|to be|about being) (?:back )?(?:home|at home|sent home)\\b(?! (?:late|early|from|after|alone|on (?:the|a|her|his) (?:bus|train)|by (?:bus|train))\\b)',
    '(?:scared|afraid|frightened|terrified|petrified) (?:of|about) what (?:will|would|might|is going to) happen (?:when|if) (?:she|he|they|I) (?:go|goes|get|gets) (?:back )?home',
    "(?:does ?n[o'’]?t|did ?n[o'’]?t|do ?n[o'’]?t|won['’]t|will not|would ?n[o'’]?t|would not) (?:want to )?(?:go|be sent|return) (?:back )?home",
    'refus(?:es|ed|ing|e) to (?:go|return|be taken) (?:back )?home',
    // "I'm scared to go back there tonight", said of the place the child is going back to.
    '(?:scared|afraid|frightened|terrified|petrified) (?:to go|of going) back there\\b',
    "(?:does ?n[o'’]?t|did ?n[o'’]?t|do ?n[o'’]?t) feel safe (?:at|going|to go) home",
    '(?:not|never) safe (?:at|to go) home',
    `(?:begged|begs|pleaded|pleads|asked|asks) (?:me |us |staff |the teacher )?(?:not to|if (?:she|he|they) (?:could|can) not) (?:make (?:her|him|them|me) |let (?:her|him|them|me) )?(?:go|be sent|be taken|send (?:her|him|them|me)|take (?:her|him|them|me)) (?:back )?(?:home|${PARENTS_HOME})`,
    `(?:please )?do ?n[o'’]?t (?:make me|send me|let them take me) (?:go )?(?:back )?(?:home|there tonight|${PARENTS_HOME})`,
  ]),
};
/** For a baby under one any mark matters, even one that would not count for an older child. */
export const ANY_MARK: Signal = {
  label: 'describes a mark',
  pattern:
    /\b(?:marks?|redness|red (?:patch|area|line|spot|mark)e?s?|spots? (?:on|of blood)|blotch(?:es)?|swelling|swollen|lumps?|bumps?|bruis\w*|petechia\w*|injur\w*)\b/gi,
};

/** Older people a child goes off with: men and adults, not "older lads" from the same estate or school. */
const PEOPLE_OLDER = '(?:older|adult|grown|unknown) (?:men|man|males?|adults?)';
const PAYMENT = '(?:£\\d+|money|cash|gifts?|presents|a phone|phones?|drugs|weed|alcohol|drink|vapes?|cigarettes|clothes|trainers)';

/**
 * Significant harm (Signs of Safety) in plain words: what happened or what is feared, not only the professional
 * label. Each signal is one category staff can read and challenge; a phrase belongs where a practice lead would put it.
 */
export const SIGNIFICANT_HARM: Signal[] = [
  {
    label: 'describes physical harm',
    doneToTheChild: true,
    pattern:
      /\b(?:hit(?:s|ting)?(?! (?:the (?:roof|ceiling|bottle|road|shops|gym|books|sack|hay|town|headlines|jackpot)|a (?:brick )?wall|it off|(?:his|her|their|my|its) (?:head|face|knee|leg|arm|elbow|chin|nose|mouth|back|shoulder|hand|foot|toe|shin|lip|eye)s? on (?:the|a|an|his|her|their|my)\b))|punch(?:ed|es|ing)?|kick(?:ed|s|ing)?(?! (?:(?:him|her|them|me|us) )?(?:out|off)\b)|slap(?:ped|s|ping)?|smack(?:ed|s|ing)?|push(?:ed|es|ing)|shov(?:ed|es|ing)|shook(?! up\b| (?:his|her|their|my) head\b)|shak(?:en|ing) (?:him|her|them|the baby)|grabb?(?:ed|s|ing)|beat(?:s|en|ing)?(?: (?:him|her|them|up))|beaten|(?:threw [\w\s]{0,20}\bat|thrown at)(?! (?:(?:the|a|an|his|her|their|my) )?(?:[a-z0-9-]+ ){0,2}(?:bus|buses|car|cars|van|train|window|windows|wall|walls|door|doors|house|houses|building|shop|fence|bins?|tree|floor|ground|tv|television|telly|road|pavement|target|goal|net)\b)|pull(?:ed|ing|s) (?:her|his|their) hair|bang(?:ed|s|ing) (?:his|her|their) head|bump(?:ed|s)? (?:his|her|their) head (?:on|against)|dragg(?:ed|ing)|bit (?:her|him)|hurt(?:s|ing)? (?:her|him|them|me|the baby|the children)|hurting|physical(?:ly)? (?:abuse[ds]?|harm(?:ed)?|chastis\w+|punish\w+)|with a (?:belt|stick|shoe|slipper|wooden spoon)|weapon|knife|threaten(?:ed|s|ing)? (?:to )?(?:kill|hurt|stab|hit)|threatened and hurt|violen(?:ce|t))\b/gi,
  },
  {
    label: 'describes sexual harm or exploitation',
    pattern: anyOf([
      'sexualised|sexualized|sex offen(?:der|ce|ces)|sexual offen(?:ce|ces|ding)',
      'groom(?:ed|ing)|exploit(?:ed|ation|ing)|traffick(?:ed|ing)',
      // Sex or sexual acts exchanged, pressed for or offered.
      '(?:sex|sexual \\w+|favours) (?:in return|in exchange) for',
      'pressur(?:e|ed|es|ing) (?:her|him|them) (?:in)?to (?:have )?(?:sex|sexual)',
    ]),
  },
  {
    label: 'describes online sexual exploitation or grooming',
    pattern: anyOf([
      // Online: images of a child's body asked for, sent or shared.
      '(?:naked|nude|topless|explicit|intimate|indecent|sexual|sexy|rude|dirty) (?:photos?|pictures?|pics|images?|selfies?|videos?)',
      '(?:photos?|pictures?|pics|images?|selfies?|videos?) of (?:her|him|them|my)sel(?:f|ves) (?:in (?:her|his|their|my) (?:underwear|bra|pants|knickers|boxers|bikini)|naked|undressed|topless|with no clothes)',
      'sexting|sextortion',
      // Secrecy an adult asks of a child is a grooming sign.
      '(?:our|their) (?:little |special )?secret|keep (?:it|this|that) (?:a |our |their )?secret',
      'told (?:her|him|them|me) (?:not to tell|to keep (?:it|this) from) (?:her|his|their|my|anyone|anybody|no one)',
      '(?:meet|meet up with) (?:him|her|them) (?:on (?:his|her|their) own|alone)',
    ]),
  },
  {
    label: 'describes going missing or exploitation by older people',
    pattern: anyOf([
      // Going off with, or being given things by, older people.
      `(?:with|for|from|by|to) (?:some |two |three |several |these |those |the |an? )?${PEOPLE_OLDER}`,
      '(?:cars?|vans?|taxis?),? (?:driven|paid for|booked) by (?:an? |some )?(?:older |unknown |adult )?(?:man|men|males?|adults?|strangers?)',
      "(?:could|can) ?n[o'’]?t have (?:paid for|afforded|bought)",
      // Missing from home or care.
      // Not "This is the first time Callum has been reported missing": one evening, explained, is not a pattern.
      '(?<!\\bfirst time (?:[\\w’\']+ ){0,4})(?:been|go(?:es|ne)?|going|went|was|were|is|are|reported|keeps? going) missing\\b(?! (?:school|lessons?|classes|college|visits?|contact|sleep|meals?|appointments?|breakfast|lunch|dinner|tea|homework|work|days|deadlines|out|him|her|them|his|their|the|a|an|mum|dad)\\b)',
      'missing (?:from (?:home|care|school|placement|the home|the house|her placement|his placement)|episodes?|overnight|for (?:\\w+ )?(?:hours|nights?|days?))',
      'runs? away|ran away|running away|absconded|absconding',
      '(?:stay(?:ed|s|ing)?|stopp?(?:ed|s|ing)) out (?:all night|overnight|until (?:the )?(?:morning|early hours))',
      "(?:did ?n[o'’]?t|does ?n[o'’]?t|never|not) (?:come|came|return(?:ed)?) (?:back )?home (?:all night|overnight|until the (?:next|following) (?:day|morning))",
    ]),
  },
  {
    label: 'describes criminal exploitation',
    pattern: anyOf([
      // Criminal exploitation: carrying, holding or selling for others, paid by the trip.
      '(?:minding|holding|keeping|hiding|stashing|carrying|delivering|running|working|doing (?:jobs|favours|runs|drops)) (?:\\w+ ){0,3}for (?:some |these |those |the |two |three |an? )?older (?:lads?|boys?|men|man|males?|youths?|teenagers?)',
      'county lines|drugs? (?:runs?|running|runner|line|lines|debts?)|trap house|cuckoo\\w*',
      '(?:carr(?:y|ies|ied|ying)|deliver(?:s|ed|ing)?|hold(?:s|ing)?|held|hid(?:e|es|ing)?|stash(?:es|ed|ing)?|mov(?:e|es|ed|ing)|sell(?:s|ing)?|sold|deal(?:s|ing|t)?) (?:the |some |a )?(?:drugs|weed|cannabis|cocaine|crack|heroin|gear|class a|packages?|parcels?|packets?)',
      '(?:carr(?:y|ies|ied|ying)|deliver(?:s|ed|ing)?|tak(?:e|es|ing)|took|mov(?:e|es|ed|ing)|drop(?:s|ped|ping)?(?: off)?) (?:a |the |some |these |those )?(?:bags?|packages?|parcels?|packets?|money|cash) (?:for|to)\\b(?! (?:school|nursery|college|the (?:shops?|bins?|tip|charity|laundrette|car))\\b)',
      `(?:gives?|gave|giving|paid|pays|paying|bought|buys|buying|offered|offers) (?:him|her|them) ${PAYMENT} (?:each|every|per|a) (?:time|trip|run|drop|bag|delivery|job)`,
      '(?:two|three|several|multiple|second|extra|burner) phones',
    ]),
  },
  {
    label: 'describes FGM, forced marriage, radicalisation or fabricated illness',
    pattern: anyOf([
      // Other harms that are significant by law: FGM, forced marriage, radicalisation, fabricated illness.
      'female genital mutilation|(?:be |being |get |getting )?cut (?:for|as part of) (?:a )?(?:ceremony|tradition)',
      'forced (?:to )?marr(?:y|iage|ied)|married off|marry (?:a|an) (?:man|cousin|older)',
      'radicalis\\w+|radicaliz\\w+|extremis[mt]\\w*',
      'fabricat(?:ed|es|ing|ion) (?:or induced )?illness|induced illness',
      // An adult sending a child violent extremist material.
      '(?:videos?|pictures?|images?|clips?) of (?:people |someone |a man |men )?being (?:beheaded|executed|tortured|killed)|beheading (?:videos?|clips?)',
    ]),
  },
  {
    label: 'describes drink or drugs around the child',
    pattern: anyOf([
      // Drug equipment left where a child can reach it.
      "(?:used |dirty )?(?:needles?|syringes?|burnt (?:spoons?|foil)|crack pipes?|bongs?)\\b[^.;]{0,60}\\b(?:within (?:\\w+['’]s |her |his |their )?reach|on the (?:floor|sofa|settee|table|coffee table|carpet)|next to (?:him|her|them|the baby|[A-Z]\\w+))",
      // A carer using hard drugs, or a baby exposed to them before birth.
      '(?:smok(?:ed|es|ing)|inject(?:ed|s|ing)|snort(?:ed|s|ing)|(?:was|is|were|been) (?:using|taking)) (?:heroin|crack|cocaine|spice|ketamine|meth|mcat|mephedrone)',
      '(?:heroin|crack|cocaine|methadone|opiates?|amphetamines?) (?:in|during|throughout) (?:the |her |this )?pregnancy|tested positive for (?:cocaine|heroin|opiates|amphetamines?|methadone)|withdrawal symptoms|neonatal abstinence',
      // Driving a child after drinking.
      "drink[- ]driv(?:e|ing|er)|(?:smel(?:led|t|ling) (?:of )?alcohol|slurr(?:ed|ing)|(?:was|is) drunk)[\\s\\S]{0,200}?\\b(?:dr(?:ove|ive|iving|ives)|driven) (?!past|by\\b)|\\b(?:dr(?:ove|ive|iving)) (?:off |away )?(?:with (?:\\w+ ){1,3})?(?:after drinking|while drunk|drunk|over the limit)",
    ]),
  },
  {
    label: 'describes domestic abuse',
    pattern: anyOf([
      // Strangling, threats to kill and coercive control, in the words people use for them.
      "strangl\\w+|(?:hands?|arm) (?:round|around) (?:her|his|their|[A-Za-z]+['’]s) (?:neck|throat)|squeezed (?:her|his) (?:neck|throat)|choked (?:her|him)\\b",
      "threat(?:s|ened|ening)? to kill|threatened to (?:kill|stab|shoot|burn)|(?:text|message|voicemail|note)s? (?:saying|that said|which said)[^.;]{0,20}?(?:['’]ll|will|would|going to|gonna) (?:kill|finish|stab|shoot)",
      "check(?:s|ed|ing) (?:her|his) (?:phone|messages)|control(?:s|led|ling) (?:all )?(?:the |her |his )?(?:money|finances|bank account)|(?:takes|took|taken|taking) her (?:bank ?card|passport|benefits)|(?:won['’]t|will not|doesn['’]t|does not|didn['’]t) let her (?:see (?:her|his) (?:friends|family)|go out|leave|have (?:any )?money)",
    ]),
  },
  {
    label: 'describes physical harm',
    doneToTheChild: true,
    // Restraint that hurts: "pinned him face down on the floor", "sat on her".
    pattern: anyOf(['pinned (?:him|her|them|\\w+) (?:down|to the (?:floor|bed|wall|ground))|held (?:him|her|them) down|face[- ]down (?:on|restraint)|prone restraint|sat on (?:him|her|them)\\b(?! (?:lap|knee))']),
  },
  {
    label: 'describes neglect',
    pattern: anyOf([
      // Medical care withheld: doses missed, feeds watered down.
      "(?:missed|not given|did ?n[o'’]?t give|forg(?:ot|otten) to give|skipped) (?:\\w+ ){0,3}(?:doses? of )?(?:her |his |their |[a-z]+['’]s )?(?:insulin|epilepsy (?:medicine|medication)|seizure (?:medicine|medication)|anti-?epileptic)",
      'watered[- ]down (?:feeds?|milk|formula|bottles?)',
    ]),
  },
  {
    label: 'describes criminal exploitation',
    pattern: anyOf(['(?:robbed|mugged|attacked|threatened) (?:\\w+ )?(?:at knifepoint|with a (?:knife|blade|machete))|at knifepoint|(?:owes?|owed|owing) (?:\\w+ ){0,3}(?:a )?(?:drugs? )?debt']),
  },
  // Acronyms are matched with their capitals only.
  { label: 'describes sexual harm or exploitation', pattern: /\b(?:CSE|CCE|FGM|FII)\b/g },
  {
    label: 'describes domestic abuse',
    // "screaming that he would kill her mum": a threat to kill, heard, not the idiom "mum will kill me if I'm late".
    pattern:
      /\b(?:domestic (?:abuse|violence|incidents?)|coercive(?: and)? control\w*|(?:hit|punch|kick|strangl|assault|attack|push)\w* (?:mum|mother|his partner|her partner|his wife|her husband)|(?<!\bfirst time (?:that )?)police (?:were |have been )?called|(?:scream|shout|yell)(?:ed|ing|s)? (?:\w+ ){0,3}(?:that )?(?:he|she)(?:['’]d)? (?:would |will |was going to |is going to |wants? to )?kill (?:her|his|their)? ?(?:mum|mother|dad|father|wife|husband|partner|girlfriend|boyfriend|her|him))\b/gi,
  },
  // Acronyms are matched with their capitals only: "DA" but not "da".
  { label: 'describes domestic abuse', pattern: /\b(?:DV|DA|DVA)\b/g },
  {
    label: 'describes emotional abuse',
    pattern:
      /\b(?:emotional(?:ly)? (?:abuse[ds]?|harm(?:ed)?|abusive)|locked (?!(?:her|him|them|my|your|our)sel(?:f|ves)\b)(?:her|him|them|\w+)(?:, [^,]{1,20},)? (?:in|out|inside)\b(?! (?:the )?(?:toilet|bathroom) (?:to|herself|himself))|(?:shut|locked|put) (?:him|her|them|\w+) (?:outside|out) (?:in|on) the (?:garden|yard|balcony|cold|rain)|made (?:him|her|them|\w+) (?:stand|stay|wait|sleep) (?:outside|out)\b|(?:call(?:s|ed|ing)?|calls) (?:him|her|them|[a-z]+) ["'“‘]?(?:an? )?(?:useless|stupid|worthless|idiot|thick|ugly|fat|waste of space|mistake|little (?:idiot|shit|cow|bitch|bastard|sod))|(?:tell|tells|told|telling) (?:him|her|them) ["'“‘]?(?:nobody|no one|no-one) (?:wants|loves|likes|cares about) (?:you|him|her)|shut (?:her|him|them) in|humiliat\w+|threaten(?:ed|s|ing) (?:her|him|them|to leave her|to put her)|wish(?:es|ed)? (?:she|he|they) (?:had never been born|was dead|were dead))\b/gi,
  },
  {
    label: 'describes neglect',
    pattern: anyOf([
      'neglect\\w*',
      'left (?:alone|home alone|on (?:her|his|their) own|unsupervised)',
      // "left the three children on their own", "leaves Harper alone in the flat".
      '(?:left|leaves?|leaving) (?:the |her |his |their |both |all |these )?(?:\\w+ )?(?:children|kids|baby|babies|toddlers?|child|girls?|boys?|siblings?|brothers?|sisters?|them|him|her|[a-z]+) (?:alone|on (?:their|his|her) own|unsupervised|by (?:them|him|her)sel(?:f|ves))',
      '(?<!\\b(?:walk|walks|walked|walking|went|go|goes|going|come|comes|came|coming|get|gets|got|getting|travel|travels|travelled|travelling|cycles?|cycled|cycling) )home alone|unsupervised|(?:no|without an?|without any) (?:adult|grown-?up)s? (?:in the (?:house|flat|home)|at home|present|there|with them)',
      // "left Harper asleep in her cot and went out", "went out and left them".
      '(?:gone|went|goes|go|going) out (?:\\w+ ){0,4}(?:and left|leaving) (?:them|him|her|the)',
      // "leaving Leah to look after Finn alone": a child left in charge of a child.
      'leaving (?:\\w+ ){1,2}to (?:look after|care for|mind|babysit) (?:\\w+ ){1,3}(?:alone|on (?:her|his|their) own|overnight|all night)',
      'left (?:\\w+ ){1,3}(?:asleep|in (?:her|his|their|the) (?:cot|bed|pram|buggy|car)) and (?:gone|went|goes) out',
      '(?:nobody|no one|no-one) (?:was |is )?(?:looking after|watching|supervising|caring for|in charge of) (?:them|him|her|the)',
      // "I'm starving by the time I get here" is how children talk; "the children were starving" is not.
      "not (?:been )?fed|(?<!\\b(?:i['’]m|i am|we['’]re|we are|i was|we were)\\s)starving|malnourish\\w*|failure to thrive|faltering growth",
      // Seen on their own where a young child needs an adult: "saw Tia and Jaxon alone on the balcony at 8pm".
      '(?:found|saw|seen|spotted|were|was) (?:\\w+ ){0,4}(?:alone|on (?:their|his|her) own) (?:on|in|at|outside|by) (?:the |a )?(?:balcony|window|street|road|roadside|park|car|canal|river|shops?)',
      // "Officers found Dominika (about 9), Kacper (about 6) and Zofia (about 3) on their own".
      "found (?:[\\w()'’]+[\\s,]+){1,12}?(?:alone|on (?:their|his|her) own)(?! (?:in|at) (?:the |a )?(?:playground|classroom|library|toilets?|corridor|lesson))",
      '(?:nappy|nappies) (?:so |was |were |that was )?(?:full|heavy|sodden|soaked|filthy|overflowing|hanging)',
      // Medical neglect: a child's medicine not there, hospital appointments missed.
      "(?:ran|run|runs|running) out of (?:her|his|their|the child['’]s) (?!own)(?:\\w+ )?(?:medicines?|medication|meds|inhalers?|insulin|tablets|epipens?)",
      "(?:not|never) (?:been )?(?:given|giving|getting) (?:her|his|their) (?:\\w+ )?(?:medicines?|medication|meds|inhalers?|insulin)",
      "(?:missed|not brought to|(?:did not|didn['’]t) (?:attend|bring (?:her|him|them) to)|DNA(?:['’]?d)?)(?: x ?\\d+)? (?:\\w+ ){0,3}(?:hospital|clinic|paediatric|paediatrician|medical|specialist|consultant|neurology|cardiology|diabetes|diabetic|epilepsy|asthma|dialysis|cancer|oncology) (?:\\w+ )?appointments",
      // Not a child soiling himself: that is a symptom to understand, not a home left dirty.
      'faeces|soiled(?! (?:him|her|them)sel(?:f|ves))|dirty nappies|(?:exposed|bare|live) wires?|(?:needles|syringes) (?:left|lying|on the)',
      // Left in filth: "soaked with urine", "dog mess on his bedroom floor". (No food in the house can be poverty alone.)
      '(?:soaked|wet through|soiled) (?:with|in) (?:urine|wee|pee)|dog (?:mess|faeces|poo|dirt) (?:on|all over)',
      // Carers too drunk or drugged to care.
      "pass(?:es|ed|ing)? out|unconscious|(?:could|can|would) ?n[o'’]?t be (?:woken|wakened|roused)|(?:unable|impossible) to (?:wake|rouse)",
      '(?:too|very|so) (?:drunk|intoxicated|high|stoned|out of it) to',
      // Drunk when collecting a child: "came to collect Archie smelling of alcohol, slurring" (not a teenager drunk).
      "(?:collect|collects|collected|collecting|pick(?:s|ed|ing)? (?:\\w+ )?up|pick-up|pickup)\\b[^.;]{0,40}\\b(?:smell(?:ing|ed|t|s)? of (?:alcohol|drink|booze)|slurr(?:ing|ed)|unsteady on (?:her|his|their) feet|drunk)",
      '(?:found|were|was) (?:\\w+ ){0,2}(?:drunk|intoxicated|under the influence|collapsed)',
      // Drink, not a baby's feed: "empty vodka bottles", "empty cans of lager" (not "in their cots with empty bottles").
      '(?:empty|half-empty) (?:beer|lager|cider|wine|vodka|whisky|whiskey|gin|rum|spirits?|alcohol|drink) (?:cans|bottles?)|(?:empty|half-empty) (?:cans|bottles) of (?:beer|lager|cider|wine|vodka|whisky|whiskey|gin|rum|spirits|alcohol)',
      "(?:could|can|would) ?n[o'’]?t (?:wake|rouse) (?:her|him|them|(?:her|his|their) (?:mum|dad|mother|father|parents?))",
      // A home no child can be kept well in: vermin, no working toilet.
      'rat droppings|rats? (?:in|running|droppings)|infest(?:ed|ation)|vermin|maggots|cockroach(?:es)?',
      '(?:uses?|using|used) a bucket (?:as a |for (?:a |the )?)?(?:toilet|loo)|bucket (?:as a |for (?:a |the )?)(?:toilet|loo)|(?:toilet|loo) (?:has )?(?:not worked|not been working|(?:is|was) not working)',
    ]),
  },
  {
    label: 'describes a risk to life',
    pattern: anyOf([
      'overdos(?:e|ed|es|ing)',
      'suicid\\w*',
      '(?:tried|try|trying|attempted|wants?|wanted|going|planned|plans|threatened|threatening) to (?:kill|end|hang) (?:herself|himself|themselves|myself|(?:her|his|their|my) (?:own )?life)',
      'ligatures?',
      '(?:needed|needing|required|requiring|had) stitches',
    ]),
  },
];

export const LOOKED_AFTER: Signal = {
  label: 'shows the child is looked after',
  // Carers, homes and orders: "her foster carer Ann", "a children's home", "the court made a care order".
  // Not an adult's own childhood: "mum was brought up in a children's home". Nor a private arrangement.
  pattern:
    /(?<!\b(?:grew up|growing up|brought up|raised|spent (?:her|his|their) childhood) (?:in (?:a |an )?)?)(?<!\bprivate(?:ly)? )\b(?:foster (?:carers?|parents?|placement|home|family|mum|dad)|looked[- ]after (?:child|children|young person)|children['’]s home|residential (?:home|unit|placement|care|children['’]s home)|(?:interim )?care order|section 20|placement (?:move|breakdown|stability|change|ended)|virtual school|independent reviewing officer|corporate parent)\b/gi,
};

/**
 * Being in care, said of someone: counted only when it is one of the children ("Tayla is in foster care"), not a
 * parent or a brother in the household ("Kayleigh was in foster care herself", "since her brother Kyle went into care").
 */
export const IN_CARE: Signal = {
  label: 'shows the child is looked after',
  pattern:
    /(?<!\b(?:grew up|growing up|brought up|raised|spent (?:her|his|their) childhood) (?:in (?:a |an )?)?)(?<!\bprivate(?:ly)? )\b(?:fostered|(?:is|are|was|been|being) looked after by (?:the )?(?:local authority|council)|(?:is|are|was|were|has been|have been|became|become) (?:a )?looked[- ]after\b(?! (?:by|well|at|when|while|during|on|for|in the|every|most|some|overnight|after|properly|nicely)\b)|cared for by the (?:local authority|council)|in(?:to)? (?:local authority|foster|residential) care|(?:(?:lives|living|placed|has been|remains?|currently|now) in|went into|came into) care\b(?! of)|foster care)\b/gi,
};

export const LOOKED_AFTER_ACRONYM: Signal = {
  label: 'shows the child is looked after',
  pattern: /\b(?:S20|IRO|LAC|CLA)\b/g,
};

/** Household relationships that mean someone other than a parent holds care under an order or placement. */
// A carer, not a brother "in foster care" or a "private foster carer" (a private arrangement is not care).
export const LOOKED_AFTER_RELATIONSHIP =
  /(?<!\bprivate(?:ly)? )\b(?:foster (?:carer|parent|mum|mother|dad|father)|foster\b(?! care\b)|residential|children['’]s home|key ?worker|local authority)\b/i;

/**
 * An allegation that was looked into and found untrue: "looked into a report that she had been left alone ... found
 * she had been at her aunt's and closed the enquiry with no further action". Both halves must be there: "NFA" on its
 * own often means only that nobody was charged.
 */
export const LOOKED_INTO_AND_CLOSED = /\b(?:closed (?:the |it |this |that |with |as )|no further action|NFA(?:['’]?d)?)\b/i;
export const FOUND_UNTRUE =
  /\b(?:unfounded|unsubstantiated|not substantiated|no evidence (?:of|that|to)|found (?:that )?(?:she|he|they|it|the child|the children) (?:had|was|were) (?:been )?(?:at|with|safe|not|fine|well)|found no (?:harm|injur\w*|evidence|concerns?)|(?:was|were) not true|false allegation|malicious)\b/i;

/** Said by the referrer, not reported: an injury they saw happen or are sure was an accident. */
export const ACCIDENT_REASSURED =
  /\b(?:(?:this|it|that) was (?:an?|just an?|clearly an?|a genuine|obviously an?) accident|(?:have|had|has) no (?:worries|concerns?) (?:at all )?about (?:it|this|that|how (?:it|this|that) happened|the (?:bruise|mark|injury|scratch(?:es)?|bump|cut|graze))|(?:I|we) (?:both )?saw (?:it|this|the (?:accident|fall|tackle|collision)) happen|(?:we are|I am|I['’]m|we['’]re) not (?:at all )?worried about (?:it|this|the (?:bruise|mark|injury|scratch(?:es)?|bump|cut|graze)))\b/i;
/** A pet did it: "their new kitten did it while she was playing with it". */
export const ANIMAL_CAUSE =
  /\b(?:cat|kitten|dog|puppy|pet|hamster|rabbit|guinea pig)\b[^.]{0,40}\b(?:scratch\w*|bit|bites?|did it|nipped)\b|\b(?:scratch\w*|bitten|bite)\b[^.]{0,40}\bby (?:the|a|an|her|his|their|our|my) (?:new )?(?:cat|kitten|dog|puppy|pet)\b/i;
/** A sports or play accident the referrer saw: "broke his wrist in a tackle at a school rugby match, which I saw". */
export const SPORT_OR_FALL = /\b(?:tackle|match|game|PE|training|playground|climbing frame|trampoline|fell|fall|tripped|slipped|collided|crashed)\b/i;
export const REFERRER_SAW = /\b(?:which|that|and|as) (?:I|we) (?:both )?(?:saw|watched|witnessed)\b|\b(?:I|we) (?:saw|watched|witnessed) (?:it|this|the (?:\w+ )?(?:tackle|fall|collision|accident))\b/;

/** Just before a reassurance, these make it someone else's account ("mum said it was an accident"). */
export const REPORTED_SPEECH_BEFORE = /\b(?:said|says|say|told|tells|claim\w*|explain\w*|according to|insist\w*|reported|stated|states)\b[^.!?]*$/i;

/** The same statement says the children were not hurt: an injury in it is someone else's. */
/** "I'm not scared of them, it's just sad and loud": not wanting to go home is not fear when the child says so. */
export const NOT_AFRAID = /\b(?:(?:am|is|was|are|were)\s*n['’]t|['’]m not|(?:am|is|was|are|were) not|never|not) (?:scared|afraid|frightened)\b/i;

export const CHILDREN_UNHURT =
  /\bno (?:injuries|injury|marks?|bruis\w*) (?:were |was )?(?:seen |found |noted |observed )?(?:on|to) (?:either|any|both|all|the) (?:of the )?(?:child|children|kids)\b|\b(?:children|kids) (?:were|was) (?:not hurt|unhurt|uninjured|unharmed)\b/i;

/**
 * The child themself told someone, now: a new disclosure, however long ago the abuse was ("Leah told her form tutor
 * that when she was 8..."). Not a telling that is itself history, dated years back: "Holly told a teacher in March
 * 2022".
 */
export function toldByTheChild(text: string, childNames: Set<string>, now: Date): boolean {
  if (childNames.size === 0) return false;
  const names = [...childNames].map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const telling = new RegExp(
    `\\b(?:${names})\\s+(?:has\\s+|had\\s+|then\\s+|later\\s+|just\\s+|now\\s+)?(?:told|disclosed(?:\\s+to)?|said\\s+to|confided\\s+in)\\b[^.;:]*?(?=\\bthat\\b|:|\\.|;|$)`,
    'i',
  ).exec(text);
  if (!telling) return false;
  const sentenceStart = Math.max(text.lastIndexOf('. ', telling.index), text.lastIndexOf('; ', telling.index)) + 1;
  const when = text.slice(sentenceStart, telling.index + telling[0].length);
  return !yearsMentioned(when).some((year) => year < now.getUTCFullYear() - 1);
}

/** An allegation dealt with: "it was NFA", "he was convicted", "children's services finished their work". */
export const SETTLED =
  /\b(?:NFA(?:['’]?d)?|no further action|convicted|sentenced|jailed|(?:sent|went) to prison|imprisoned|(?:finished|closed|ended) (?:their|its|the|our) (?:work|involvement|case)|case (?:was )?closed)\b/i;

/** Years the text mentions: "in 2019", "summer of 2022", "03/2023", "14/06/2021". */
export function yearsMentioned(text: string): number[] {
  const years: number[] = [];
  for (const pattern of [YEAR_MENTION, NUMERIC_DATE_YEAR]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) years.push(Number(m[1]));
  }
  return years;
}
const NUMERIC_DATE_YEAR = /\b(?:\d{1,2}\/){1,2}((?:19|20)\d{2})\b/g;

/** The text says the child is not looked after: a special guardianship order, "not in the council's care", care that has ended. */
export const NOT_LOOKED_AFTER =
  /\b(?:(?:not|never been|isn['’]t|aren['’]t|no longer) (?:in (?:the council['’]s |the local authority['’]s |local authority |foster )?care|looked[- ]after)|special guardian(?:ship)?|(?:care |court['’]s |court )?order (?:has |had |was )?(?:ended|discharged|revoked)|(?:ended|discharged|revoked) the (?:interim )?(?:care )?order|(?:came|come|went|gone|returned|moved) (?:back )?home (?:to [A-Z]?\w+ )?(?:for good|permanently)|left care)\b/i;

/** Before a match, these turn it round: "came back with no marks", "did not have any bruises". */
export const NEGATION =
  /(?:\bno\b(?!\s+one\b)|\b(?:not|without|never|nor|none|free of|denied|denies|deny)\b|n['’]t\b)(?:\s+\w+){0,3}\s*$/i;

/** A negation over a list reaches every item: "she had no bruises, marks or injuries anywhere". */
export const NEGATED_LIST_BEFORE =
  /\b(?:no|not any|without any|without|never any|(?:nobody|no one|no-one) (?:was|were|got|has been|had been))\s+(?:[a-z-]+(?:,\s*|\s+(?:or|and|nor)\s+))+$/i;

/** A label hedged as a first sign, or as below the line, is not a description of harm: "early signs of neglect", "low-level neglect". */
export const HEDGED_BEFORE = /\b(?:(?:early|possible|emerging|low[- ]level|first|some) (?:signs?|indicators?|indications?) of|low[- ]level)\s+$/i;

/** "Nobody hurts me", "nobody was pushed": nobody as the one doing or done to turns it round (but "nobody noticed he was hurting her" does not). */
export const NOBODY_BEFORE = /\b(?:nobody|no one|no-one)\s+(?:ever\s+|(?:has|had|was|were|got|is)\s+(?:ever\s+)?(?:been\s+)?)?$/i;

/** A question put to someone is not a fact: "I asked him whether anyone at home hurts him". */
export const QUESTION_BEFORE = /\b(?:whether|asked (?:\w+ )?(?:if|whether))\b(?:\s+[\w'’]+){0,4}\s*$/i;

/** A negation reaches back only within its own clause: "did not hit her but pushed her" still describes a push. */
export const CLAUSE_BREAK = /[,;:.!?]|\b(?:but|and|although|though|however|whereas|then)\b/gi;
/** Before an injury in past harm these make it a fear, not a fact. */
// "may" the month ("on 4 May", "in May", "May 12") is a date, not a maybe.
export const HYPOTHETICAL =
  /\b(?:could|might|(?<!\d(?:st|nd|rd|th)?\s|\b(?:in|of|since|until|from|during|early|late|mid|last|next|this)\s)may(?!\s+\d)|would|will|risk of|at risk|worried that|fear|if)\b(?:\s+\w+){0,4}\s*$|\w['’]ll\s+(?:\w+\s+){0,3}$/i;

/** Words for adults around a child: the nearest of these before an overdose makes it an adult's, not the child's. */
export const PERSON_WORDS = new Set(
  `mum mummy mother mam dad daddy father stepdad stepfather stepmum stepmother parent parents carer carers partner
  boyfriend girlfriend husband wife grandmother grandfather grandma grandad granddad nan nana gran uncle aunt auntie
  aunty adult adults man woman lodger`.split(/\s+/).filter(Boolean),
);

/** Injury verbs whose object says whose body it is only when it is a person: "mum injured her wrist", "dad cut his hand". */
export const HURT_TO = new Set('injured sprained twisted bruised cut burnt burned scalded grazed'.split(' '));

/** People a child may see hurt who are not in their life: their injury is neither the child's nor domestic abuse. */
export const STRANGER_WORDS = new Set('cyclist driver pedestrian passenger motorist rider stranger passer-by player opponent'.split(' '));

/** Words for children that are not names: the nearest of these before an injury makes it a child's. */
export const CHILD_WORDS = new Set(
  `child children baby babies son sons daughter daughters boy boys girl girls toddler toddlers infant newborn kid kids
  brother brothers sister sisters sibling siblings twins pupil pupils`.split(/\s+/).filter(Boolean),
);

/**
 * Between an adult and an injury, these make the injury something the adult saw or reported ("mum noticed a bruise",
 * "dad said the burn was from the oven") or did to someone else ("punched her, leaving a black eye"), not the adult's own.
 */
export const NOT_THE_ADULTS_OWN = new Set(
  `he she they him her them his hers their it who whom noticed notice notices found find finds saw see sees seen spotted
  showed shows shown said says told tells explained explains reported reports claimed claims mentioned described
  thinks thought believes asked pointed photographed checked treated dressed cleaned bathed gave gives caused causes
  causing did does done made makes left leaving leaves`.split(/\s+/).filter(Boolean),
);

/**
 * Past harm put firmly in the past: a year gone by, the child's younger age, "years ago". A
 * disclosure of abuse by someone with no access now is significant harm, not a danger today.
 */
export const HISTORICAL_MARKER = new RegExp(
  [
    "\\bwhen (?:she|he|they|I|[A-Z][a-z]+) (?:was|were) (?:only |just |about |around )?(?:aged |in year |a (?:baby|toddler)\\b|little\\b|younger\\b|small\\b|at (?:primary|nursery)\\b|\\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\b)",
    '\\b(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|a few|some) years ago\\b',
    '\\bhistoric(?:al)?(?:ally)?\\b',
  ].join('|'),
);

/** Years written with "in", a month or a season before them: "in 2022", "in March 2022", "the summer of 2021". */
export const YEAR_MENTION =
  /\b(?:in|during|back in|of|from|january|february|march|april|may|june|july|august|september|october|november|december|summer|spring|autumn|winter|christmas|easter)\s+((?:19|20)\d{2})\b/gi;

/** Markers that the harm, or the person, is still part of the child's life: these keep a disclosure current. */
export const CURRENT_MARKER =
  /\b(?:last night|yesterday|today|tonight|this (?:morning|afternoon|evening|week|weekend)|last (?:week|weekend)|still|again|ongoing|continues|continuing|keeps|kept (?:on )?doing|every (?:time|night|day|week|weekend|friday|saturday|sunday|visit)|at the moment|currently|recently|at weekends|when (?:she|he|they|I) (?:sleeps?|stays?|visits?|goes) |is (?:living|staying) with|lives with|has contact|sees him|sees her)\b/i;

/** Injury words that are something done to someone: the person straight after is the one hurt ("broke her arm"). */
export const DONE_TO = new Set(
  `broke stabbed slashed strangled strangling strangle strangles choked choking throttled put stubbed pressed held
  pushed forced poured threw spilt spilled tipped bitten`.split(/\s+/).filter(Boolean),
);
