/**
 * Professional terms and judgement labels a Signs of Safety practice lead would challenge: each one says what
 * the writer concluded, not what the child lived through. `askInstead` is the question that gets the behaviour
 * back; `{child}` becomes the child's first name. The finding quotes the referrer's own word in front of it.
 *
 * Deliberately absent: words that already describe behaviour or a fear in plain language ("hit", "angry",
 * "hurt", "sexually abuse her", "exploited to carry drugs", "isolated from her friends").
 */
export interface JargonEntry {
  term: string;
  /** Inflections and spellings, matched case-insensitively as whole words. */
  variants?: string[];
  /** Matched case-sensitively, so "DA" is caught but "da" (as in "da da") is not. */
  acronyms?: string[];
  /** Words that, straight after the match, give it an ordinary meaning ("withdrawn from school"). */
  exceptWhenFollowedBy?: string[];
  /** Words straight before the match that make it about a thing, not a person: "it is dangerous", "the road is dangerous". */
  exceptWhenPrecededBy?: string[];
  /**
   * Words up to five places before the match that make it an explanation still to be given rather than the writer's
   * label: "Maya will understand why her online friend is dangerous".
   */
  exceptInClauseAfter?: string[];
  askInstead: string;
}

const SEEN_OR_HEARD = 'What exactly did you see or hear, when, and how often?';

export const JARGON_LEXICON: JargonEntry[] = [
  // Broad categories of harm: each means different things to different people.
  {
    term: 'neglect',
    variants: ['neglected', 'neglectful', 'neglecting', 'neglects', 'neglectfully', 'emotional neglect', 'medical neglect', 'dental neglect'],
    askInstead: 'What exactly did you see or hear that worried you - for example what {child} was wearing, eating or saying, and when?',
  },
  {
    term: 'domestic abuse',
    variants: ['domestic abuse incident', 'domestic abuse incidents'],
    acronyms: ['DA', 'DVA'],
    askInstead: 'What did you see or hear happen between the adults, who did what to whom, when, and where was {child} at the time?',
  },
  {
    term: 'domestic violence',
    variants: ['domestic incident', 'domestic incidents', 'domestics', 'intimate partner violence'],
    acronyms: ['DV', 'IPV'],
    askInstead: 'What did you see or hear happen between the adults, who did what to whom, when, and where was {child} at the time?',
  },
  {
    term: 'emotional harm',
    variants: ['emotional abuse', 'emotionally abused', 'emotionally abusive', 'emotionally harmed', 'emotional damage', 'emotionally damaged'],
    askInstead: 'What have the adults said or done to {child}, when, and how did {child} react?',
  },
  {
    term: 'physical abuse',
    variants: ['physically abused', 'physically abusive', 'physical harm'],
    askInstead: 'What injury or action did you see or hear about, when, and who did it?',
  },
  {
    term: 'sexual abuse',
    variants: ['sexual harm', 'concerns of a sexual nature', 'sexual concerns'],
    askInstead: 'What did {child} say or do, or what did you see, in {child}\'s own words if you can, and when?',
  },
  {
    term: 'significant harm',
    variants: ['risk of significant harm', 'at risk of harm', 'at significant risk', 'high risk', 'serious risk'],
    askInstead: 'What has happened to {child} that makes you think this, and what do you fear will happen next?',
  },
  {
    term: 'safeguarding concerns',
    variants: ['safeguarding concern', 'safeguarding issues', 'safeguarding issue', 'welfare concerns', 'child protection concerns', 'CP concerns'],
    askInstead: 'What did you see or hear that worried you about {child}, and when?',
  },
  {
    term: 'cumulative harm',
    variants: ['cumulative concerns', 'low level concerns', 'low-level concerns'],
    askInstead: 'Please list the things that have happened to {child}, with a date for each if you can.',
  },
  {
    term: 'adverse childhood experiences',
    acronyms: ['ACEs', 'ACES'],
    askInstead: 'What has {child} lived through, when, and what did you see or hear?',
  },
  {
    term: 'non-accidental injury',
    variants: ['non accidental injury', 'non-accidental injuries'],
    acronyms: ['NAI'],
    askInstead: 'What injury did you see, where on {child}\'s body, when, and what explanation was given?',
  },
  // Judgement labels about adults.
  {
    term: 'chaotic',
    variants: ['chaos', 'chaotic lifestyle', 'chaotic household', 'chaotic home'],
    askInstead: 'What did you see or hear at home or at the school gate that made it seem chaotic, and when?',
  },
  {
    term: 'inappropriate',
    variants: ['inappropriately', 'not appropriate', 'inappropriate touching', 'inappropriate behaviour'],
    askInstead: 'What exactly was said or done, by whom, and when?',
  },
  {
    term: 'unsuitable',
    variants: ['unsuitable adult', 'unsuitable adults', 'unsuitable people'],
    askInstead: 'Who are the adults, what have they done that worries you, and when was {child} with them?',
  },
  {
    term: 'in denial',
    variants: ['denial'],
    askInstead: 'What did the parent actually say when the worry was talked about, and when was that?',
  },
  {
    term: 'controlling',
    variants: ['coercive control', 'coercive and controlling', 'coercive', 'coercively controlling', 'controlling behaviour'],
    askInstead: 'What have you seen or heard this person do or say - for example stopping someone going out, checking phones, or keeping money - and when?',
  },
  {
    term: 'alcoholic',
    variants: ['alcoholism', 'alcohol abuse', 'alcohol misuse', 'misuses alcohol', 'misusing alcohol', 'problem drinker', 'heavy drinker', 'binge drinker', 'drink problem', 'drinking problem', 'alcohol dependent', 'alcohol dependency', 'alcohol issues', 'alcohol problems'],
    askInstead: 'What did you see - for example how much they drank, when, and what they were like with {child} afterwards?',
  },
  {
    term: 'substance misuse',
    variants: ['substance abuse', 'substance use', 'misusing substances', 'misuses substances', 'drug misuse', 'drug abuse', 'drug issues', 'drug problems', 'drug user', 'drug users', 'drug taking'],
    askInstead: 'Which drug, who was using it, how do you know, when, and who was looking after {child} at the time?',
  },
  {
    term: 'addict',
    variants: ['addicts', 'addicted', 'addiction', 'addictions', 'junkie'],
    askInstead: 'What have you seen or been told about what they use, how much, when, and who looks after {child} then?',
  },
  {
    term: 'under the influence',
    variants: ['intoxicated', 'inebriated', 'under the influence of alcohol', 'under the influence of drugs'],
    askInstead: 'What did you see or smell that told you this - for example slurred speech or unsteady walking - when, and who was caring for {child}?',
  },
  {
    term: 'mental health issues',
    variants: ['mental health issue', 'mental health struggles', 'struggling with her mental health', 'struggling with his mental health', 'struggling with their mental health', 'struggles with her mental health', 'struggles with his mental health', 'mental health problems', 'mental health concerns', 'mental health difficulties', 'poor mental health', 'mental illness', 'mentally ill', 'mentally unstable', 'MH issues'],
    acronyms: ['MH'],
    askInstead: 'What have you seen the parent do or heard them say, when, and how did it affect what happened for {child}?',
  },
  {
    term: 'low mood',
    variants: ['low in mood'],
    askInstead: 'What did you notice - what did the person say or do - when, and how did it affect {child}?',
  },
  {
    term: 'poor parenting',
    variants: ['bad parenting', 'inadequate parenting', 'parenting issues', 'parenting concerns', 'parenting difficulties', 'parenting capacity', 'lack of parenting', 'poor parenting skills'],
    askInstead: 'What did you see the parent do or not do for {child}, and when?',
  },
  {
    term: 'lack of boundaries',
    variants: ['no boundaries', 'poor boundaries', 'lacks boundaries', 'no rules'],
    askInstead: 'What happened that shows this - for example what {child} was allowed to do, how late, and when?',
  },
  {
    term: 'lack of supervision',
    variants: ['poor supervision', 'inadequate supervision', 'lack of adult supervision'],
    askInstead: 'Where was {child}, for how long, who was meant to be looking after {child}, and when did this happen?',
  },
  {
    term: 'lack of routine',
    variants: ['no routine', 'no routines', 'poor routines', 'poor routine', 'lack of routines'],
    askInstead: 'What did you notice - for example what time {child} arrives, eats or goes to bed - and on which days?',
  },
  {
    term: 'disengaged',
    variants: ['disengagement', 'disengaging', 'not engaging', 'non-engagement', 'non engagement', 'poor engagement', 'engagement issues', 'refuses to engage', 'refused to engage', 'hard to engage', 'reluctant to engage', 'failing to engage', 'failed to engage'],
    askInstead: 'What was offered to the family, when, and what did they say or do in reply?',
  },
  {
    term: 'non-compliant',
    variants: ['non compliant', 'non-compliance', 'noncompliance', 'uncooperative', 'un-cooperative', 'disguised compliance'],
    askInstead: 'What was the parent asked to do, when, and what did they actually do?',
  },
  {
    term: 'fabricated or induced illness',
    variants: ['fabricated illness', 'induced illness', 'perplexing presentation'],
    acronyms: ['FII'],
    askInstead: "What exactly has been reported about {child}'s health, by whom, and what did doctors or nurses see or find when they checked?",
  },
  {
    term: 'placement stability',
    variants: ['placement breakdown', 'placement instability', 'permanence', 'permanency'],
    askInstead: 'What would {child} see and feel day to day if this went well - who would they live with, and what would be different?',
  },
  {
    term: 'emotional and behavioural needs',
    variants: ['emotional needs', 'behavioural needs', 'emotional and behavioral needs', 'behavioral needs'],
    acronyms: ['EBD'],
    askInstead: 'What does {child} do or say that shows these needs, when, and what helps?',
  },
  {
    term: 'therapeutic input',
    variants: ['therapeutic support', 'therapeutic intervention'],
    askInstead: 'What help, from whom, and what should be different for {child} because of it?',
  },
  {
    term: 'hard to reach',
    variants: ['hard-to-reach'],
    askInstead: 'How did you try to contact the family, when, and what happened each time?',
  },
  {
    term: 'resistant',
    variants: ['resistant to change', 'resistance to change', 'resistant to support'],
    askInstead: 'What was suggested to the family, when, and what did they say or do?',
  },
  {
    term: 'lack of insight',
    variants: ['no insight', 'limited insight', 'lacks insight', 'little insight'],
    askInstead: 'What did the parent say when the worry was talked about, and when was that?',
  },
  {
    term: 'minimising',
    variants: ['minimises', 'minimised', 'minimizing', 'minimizes', 'minimized', 'minimisation'],
    askInstead: 'What exactly did the person say about what happened, and when?',
  },
  {
    term: 'volatile',
    variants: ['volatility', 'volatile relationship'],
    askInstead: 'What happened between the adults - what was said or done - when, and where was {child}?',
  },
  {
    term: 'toxic trio',
    variants: ['trilogy of risk'],
    askInstead: 'Which of these did you actually see or hear about - arguments or violence, drinking or drug use, or a parent struggling with their mental health - when, and how did it affect {child}?',
  },
  {
    term: 'toxic relationship',
    variants: ['toxic environment', 'toxic household', 'toxic home', 'unhealthy relationship'],
    askInstead: 'What did you see or hear between the adults, when, and where was {child}?',
  },
  {
    term: 'aggressive',
    variants: ['aggression', 'aggressively', 'verbally aggressive', 'physically aggressive'],
    askInstead: 'What did the person say or do - their words, how loud, whether anyone was touched or threatened - when, and was {child} there?',
  },
  {
    term: 'hostile',
    variants: ['hostility'],
    askInstead: 'What did the person say or do, to whom, and when?',
  },
  {
    term: 'violent',
    variants: ['violence', 'violently', 'violent behaviour'],
    // "violent videos" describes what was watched, not a person.
    exceptWhenFollowedBy: ['videos', 'video', 'films', 'film', 'games', 'game', 'content', 'images', 'clips', 'footage', 'music', 'songs', 'lyrics', 'group', 'groups', 'gang', 'gangs', 'organisation', 'ideology'],
    askInstead: 'What did the person do - for example hit, push, throw something - to whom, when, and where was {child}?',
  },
  {
    term: 'abusive',
    variants: ['abuser', 'abusers', 'abusive relationship', 'abusive partner'],
    askInstead: 'What has this person done or said, to whom, when, and was {child} there?',
  },
  {
    term: 'dangerous person',
    variants: ['is dangerous', 'are dangerous', 'dangerous man', 'dangerous woman', 'dangerous adult', 'dangerous adults', 'dangerous people', 'dangerous individual', 'dangerous individuals'],
    exceptWhenPrecededBy: ['it', 'what', 'which', 'road', 'roads', 'area', 'place', 'flat', 'house', 'street'],
    exceptInClauseAfter: ['why', 'how'],
    askInstead: 'What has this person done that makes you think this, when, and how does it affect {child}?',
  },
  {
    term: 'manipulative',
    variants: ['manipulates', 'manipulating', 'manipulation'],
    askInstead: 'What did the person say or do, to whom, and when?',
  },
  {
    term: 'unstable',
    variants: ['instability', 'unsettled home'],
    askInstead: 'What has changed for {child} - for example moves of house, people moving in or out - and when?',
  },
  {
    term: 'dysfunctional',
    variants: ['dysfunction', 'dysfunctional family'],
    askInstead: 'What did you see or hear happen in the family, and when?',
  },
  {
    term: 'erratic',
    variants: ['erratically'],
    askInstead: 'What did the person do or say, when, and what was {child} doing at the time?',
  },
  {
    term: 'anger issues',
    variants: ['anger problems', 'anger management issues', 'anger management problems', 'temper issues'],
    askInstead: 'What does the person do when they are angry - words, actions, who is nearby - and when did that last happen?',
  },
  {
    term: 'failure to protect',
    variants: ['failing to protect', 'failed to protect', 'unable to protect', 'not protective'],
    askInstead: 'What did the parent do or not do while {child} was being hurt or at risk, and when?',
  },
  {
    term: 'kicked off',
    variants: ['kicking off', 'kicks off'],
    askInstead: 'What did the person actually say or do - words, actions, who was there - and when?',
  },
  {
    term: 'risk factors',
    variants: ['risk factor', 'protective factors', 'protective factor'],
    askInstead: 'What has actually happened, who did what, and when?',
  },
  {
    term: 'not coping',
    variants: ['struggling to cope', 'unable to cope', "can't cope", 'cannot cope'],
    askInstead: 'What did you see or hear that tells you this, and when?',
  },
  {
    term: 'emotionally unavailable',
    variants: ['emotionally absent'],
    askInstead: 'What did you see the parent do or not do when {child} needed them, and when?',
  },
  {
    term: 'bad influence',
    variants: ['negative influence', 'negative influences', 'bad influences'],
    askInstead: 'Who is the person, what do they do with {child}, and when?',
  },
  {
    term: 'lifestyle choices',
    variants: ['risky lifestyle', 'criminal lifestyle', 'drug lifestyle', 'party lifestyle'],
    askInstead: 'What do the adults actually do that worries you, when, and where is {child} at the time?',
  },
  {
    term: 'parental conflict',
    variants: ['conflict at home', 'relationship difficulties', 'relationship problems', 'relationship issues', 'parental disharmony'],
    askInstead: 'What did you see or hear happen between the adults, when, and where was {child}?',
  },
  // Labels about the child or the home.
  {
    term: 'unkempt',
    variants: ['dishevelled', 'disheveled', 'scruffy', 'poor presentation', 'poorly presented', 'presentation concerns'],
    askInstead: 'What did {child} look like - for example clothes, hair, skin or smell - and on which days?',
  },
  {
    term: 'poor hygiene',
    variants: ['poor personal hygiene', 'hygiene issues', 'hygiene concerns', 'hygiene problems', 'unhygienic', 'lack of hygiene'],
    askInstead: 'What did you notice - for example a smell, dirty clothes, nits, or teeth - and on which days?',
  },
  {
    term: 'poor home conditions',
    // "home conditions" alone names a topic ("Concerns re: home conditions" is vague, not a label); the adjective is the judgement.
    variants: [
      'poor living conditions', 'bad home conditions', 'bad living conditions', 'unsafe home conditions', 'unsafe living conditions',
      'unhygienic home conditions', 'unhygienic living conditions', 'dirty home conditions', 'unacceptable home conditions',
      'unacceptable living conditions', 'unsuitable living conditions', 'squalid', 'squalor', 'unsanitary',
    ],
    askInstead: 'What did you see in the home - which rooms, what state, what was on the floor, was there food - and when?',
  },
  {
    term: 'unsafe environment',
    variants: ['unsafe home', 'unsafe household'],
    askInstead: 'What did you see or hear about the home that worries you, and when?',
  },
  {
    term: 'failure to thrive',
    variants: ['faltering growth', 'failing to thrive', 'not thriving'],
    acronyms: ['FTT'],
    askInstead: 'What were {child}\'s weights or measurements, on which dates, and what is {child} given to eat?',
  },
  {
    term: 'poor diet',
    variants: ['unhealthy diet', 'inadequate diet'],
    askInstead: 'What have you seen {child} eat or bring to eat, and on which days?',
  },
  {
    term: 'meltdown',
    variants: ['meltdowns', 'melt down', 'melt downs', 'in a state', 'in a bad way'],
    askInstead: 'What did {child} do or say, for how long, when, and what happened just before?',
  },
  {
    term: 'malnourished',
    variants: ['malnutrition', 'undernourished'],
    askInstead: 'What did you see {child} eat or ask for, what did {child} weigh if you know, and when?',
  },
  {
    term: 'attachment issues',
    variants: ['attachment issue', 'attachment difficulties', 'attachment disorder', 'attachment problems', 'poor attachment', 'insecure attachment', 'disorganised attachment'],
    askInstead: 'What did you see happen between {child} and the parent - for example when they met or parted - and when?',
  },
  {
    term: 'vulnerable',
    variants: ['vulnerability', 'vulnerabilities', 'very vulnerable'],
    askInstead: 'What about {child}\'s life or what has happened makes you worried, and when did it happen?',
  },
  {
    term: 'risky',
    variants: ['risky behaviour', 'risky behaviours', 'risk taking', 'risk-taking behaviour', 'risk taking behaviour'],
    askInstead: 'What did {child} do, with whom, where, and when?',
  },
  {
    term: 'challenging behaviour',
    variants: ['challenging behaviours', 'strange behaviour', 'odd behaviour', 'bizarre behaviour', 'concerning behaviour', 'concerning behaviours', 'behavioural issues', 'behavioural problems', 'behaviour issues', 'behaviour problems', 'behavioural difficulties', 'poor behaviour'],
    askInstead: 'What did {child} do or say, when, and what happened just before?',
  },
  {
    term: 'sexualised behaviour',
    variants: ['sexualised behaviours', 'sexualized behaviour', 'sexualized behavior', 'sexualised', 'sexualized', 'harmful sexual behaviour', 'sexually inappropriate'],
    acronyms: ['HSB'],
    askInstead: 'What exactly did {child} say or do, who saw it, and when?',
  },
  {
    term: 'presenting as',
    variants: ['presents as', 'presented as', 'presentation'],
    exceptWhenFollowedBy: ['to', 'on', 'about', 'at', 'in', 'of'],
    askInstead: 'What did {child} say or do that you noticed, and when?',
  },
  {
    term: 'withdrawn',
    variants: ['very withdrawn', 'quiet and withdrawn'],
    exceptWhenFollowedBy: ['from'],
    askInstead: 'What did you notice {child} doing or not doing - for example not talking, sitting alone - and when?',
  },
  {
    term: 'low self-esteem',
    variants: ['low self esteem', 'poor self-esteem', 'low confidence'],
    askInstead: 'What has {child} said or done that shows this, and when?',
  },
  {
    term: 'dysregulated',
    variants: ['dysregulation', 'emotionally dysregulated', 'unregulated'],
    askInstead: 'What did {child} do - for example shout, hit out, run off - when, and what happened just before?',
  },
  {
    term: 'hypervigilant',
    variants: ['hypervigilance', 'hyper-vigilant', 'frozen watchfulness'],
    askInstead: 'What did you see {child} do - for example flinch, watch the door, go quiet - and when?',
  },
  {
    term: 'traumatised',
    variants: ['traumatized'],
    askInstead: 'What has {child} been through, and what have you seen {child} do or say since, and when?',
  },
  {
    term: 'parentified',
    variants: ['parentification'],
    askInstead: 'What does {child} do at home for the adults or younger children, and how often?',
  },
  {
    term: 'enmeshed',
    variants: ['enmeshment'],
    askInstead: 'What have you seen happen between {child} and the parent, and when?',
  },
  {
    term: 'poor attendance',
    variants: ['persistent absence', 'persistently absent', 'persistent absentee', 'school refuser', 'school refusal', 'emotionally based school avoidance'],
    acronyms: ['EBSA'],
    askInstead: 'How many days or sessions has {child} missed, over what period, and what reasons were given?',
  },
  {
    term: 'missing episodes',
    variants: ['missing episode'],
    acronyms: ['MFH', 'MISPER'],
    // "both missing episodes": pointing back at times already described.
    exceptWhenPrecededBy: ['both', 'these', 'those'],
    askInstead: 'On which dates was {child} missing, for how long, where was {child} found, and who reported it?',
  },
  // Exploitation and extremism labels: name what was seen (who, where, what was carried or sent).
  {
    term: 'exploitation',
    variants: ['at risk of exploitation', 'exploitation concerns'],
    askInstead: 'What have you seen or been told - for example new phones, money or clothes, older people collecting {child}, or going missing - and when?',
  },
  {
    term: 'child sexual exploitation',
    variants: ['sexual exploitation', 'sexually exploited'],
    acronyms: ['CSE'],
    askInstead: 'What have you seen or been told - for example older people {child} meets, gifts, messages, or going missing - and when?',
  },
  {
    term: 'child criminal exploitation',
    variants: ['criminal exploitation', 'criminally exploited'],
    acronyms: ['CCE'],
    askInstead: 'What have you seen or been told - for example carrying packages, new phones or money, going missing, older people collecting {child} - and when?',
  },
  {
    term: 'county lines',
    variants: ['county line', 'county lines activity'],
    askInstead: 'What have you seen or been told - for example travel to other towns, carrying drugs or money, extra phones - and when?',
  },
  {
    term: 'cuckooing',
    variants: ['cuckooed'],
    askInstead: 'Who has been staying at or using the home, what have you seen, and when?',
  },
  {
    term: 'gang affiliated',
    variants: ['gang affiliation', 'gang involvement', 'gang-involved', 'gang associated', 'gang related'],
    askInstead: 'Who is {child} spending time with, what have you seen them do, and when?',
  },
  {
    term: 'grooming',
    variants: ['being groomed', 'been groomed', 'groomed by', 'groomed online'],
    askInstead: 'What has the person said, sent or given to {child}, and when?',
  },
  {
    term: 'radicalised',
    variants: ['radicalized', 'radicalisation', 'radicalization', 'extremist views'],
    askInstead: 'What has {child} said, shared or watched, and when?',
  },
  {
    term: 'honour-based abuse',
    variants: ['honour based abuse', 'honour-based violence', 'honour based violence'],
    acronyms: ['HBA', 'HBV'],
    askInstead: 'What has {child} or someone else said or done, who is involved, and when?',
  },
  {
    term: 'female genital mutilation',
    acronyms: ['FGM'],
    askInstead: 'What did {child} or someone else say, or what did you see, and when - for example a planned trip abroad?',
  },
  // Service acronyms families do not understand.
  {
    term: 'looked after child',
    acronyms: ['LAC', 'CLA', 'CiC'],
    askInstead: 'Please say in words who {child} lives with and who is responsible for {child}.',
  },
  // Care-system shorthand: the words spelt out ("an interim care order") say what was decided; the letters do not.
  {
    term: 'ICO',
    askInstead: 'Please say in words what the court decided, when, and who {child} lives with now.',
  },
  {
    term: 'SGO',
    askInstead: 'Please say in words who looks after {child} and has parental responsibility, and since when.',
  },
  {
    term: 'UASC',
    askInstead: 'Please say in words how {child} came to be here without a parent, who looks after {child} now, and since when.',
  },
  {
    term: 'S20',
    askInstead: 'Please say in words who {child} lives with, who agreed to it, and since when.',
  },
  {
    term: 'NRM',
    askInstead: 'Please say in words what makes you think {child} is being exploited or trafficked, who saw or heard it, and when.',
  },
  {
    term: 'child in need',
    acronyms: ['CIN', 'CiN'],
    askInstead: 'Please say in words what support {child} or the family has had, from whom, and when.',
  },
  {
    term: 'child protection plan',
    variants: ['CP plan'],
    acronyms: ['CPP'],
    askInstead: 'Please say in words what support or plan the family has, from whom, and since when.',
  },
  {
    term: 'social, emotional and mental health',
    variants: ['social emotional and mental health'],
    acronyms: ['SEMH'],
    askInstead: 'What have you seen {child} do or heard {child} say that worries you, and when?',
  },
  {
    // Only the shorthand: "closed the enquiry with no further action" already says what was decided.
    term: 'NFA',
    acronyms: ["NFA'd"],
    askInstead: 'Which agency decided this, when, and about what?',
  },
];

/** Used when a matched variant has no entry (should not happen, but questions must never be blank). */
export const GENERIC_JARGON_ASK = SEEN_OR_HEARD;
