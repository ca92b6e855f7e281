import type { Finding } from '../../referrals/referralTypes';
import type { SpecificsContext, Statement } from '../context';
import { ask, finding, severityFor } from '../findings';
import type { Token } from '../phraseIndex';
import { findJargon } from '../termMatcher';
import { hasTimeReference } from '../timeReference';

/**
 * Words that carry no fact a worker could check: grammar, the people every referral is about, and the vocabulary
 * of worry itself. A statement made only of these ("Concerns at home.", "Worried about her.") is too general to act on.
 */
const EMPTY_WORDS = new Set(
  `a an the and or but so of to in on at for with about from by as into onto over under up out off than then there here
  this that these those it its it's is are was were be been being am has have had do does did doing not no nor any some
  all very quite really just also still again more most much many lot lots bit little general generally overall really
  i me my we us our you your he him his she her hers they them their theirs who whom which what when where why how
  can could will would shall should may might must need needs needed
  concern concerns concerned concerning worry worries worried worrying issue issues problem problems matter matters
  thing things situation situations stuff way ways something anything everything nothing circumstances aspects
  home house family families household school child children kid kids baby young person people parent parents
  mum mother mom dad father carer carers
  going go goes went get gets getting got well good bad poor ok okay fine better worse difficult difficulties hard
  sad upset unhappy struggling struggles struggle stressed stress unwell low down not great
  happy happier happiness safe safer safely settled content secure supported support help helped cared care loved
  healthy thrive thriving okay nice lad lads lass lasses lovely kind polite bright clever caring loving pleasant sweet
  currently moment present ongoing generally various several certain possible possibly potential potentially
  around regarding re within life seems seem appears appear looks look
  both each either boy boys girl girls son sons daughter daughters sibling siblings brother brothers sister sisters
  conditions welfare wellbeing well-being safety environment behaviour
  risk risks risky danger dangers likely likelihood chance increased increasing high higher heightened serious significant
  if unless future done happen happens happened happening change changes changing continue continues continuing
  history background complex complicated challenging love loves loved adore adores adored proud`.split(/\s+/).filter(Boolean),
);

const MOST_WORDS_A_LABEL_COVERS = 6;
/**
 * One or two words ("Self harming.", "Dad drinks.", "Bruised arm.") cannot say what happened, to whom, when and how
 * the referrer knows, whatever the words are. Three can ("Dean hit Maya.").
 */
const FEWEST_WORDS_TO_ACT_ON = 3;

/** Words that could carry a fact: not grammar, not worry vocabulary, not the child's own name. Stops counting early. */
function factWords(ctx: SpecificsContext, statement: Statement): Token[] {
  const facts: Token[] = [];
  for (const token of statement.tokens) {
    const word = token.word.endsWith("'s") ? token.word.slice(0, -2) : token.word;
    if (EMPTY_WORDS.has(word) || ctx.childNameWords.has(word)) continue;
    facts.push(token);
    if (facts.length > MOST_WORDS_A_LABEL_COVERS) break;
  }
  return facts;
}

/** Labels are not facts: "Neglect." and "Mum is not coping." say nothing a worker could check. */
function outsideJargon(statement: Statement, words: Token[]): Token[] {
  const labels = findJargon(statement.ownWords, statement.tokens);
  return words.filter((word) => !labels.some((label) => word.start >= label.index && word.start < label.index + label.term.length));
}

/** Fewest words for a sentence that names who and two separate matters, rather than a bare list of labels. */
const FEWEST_WORDS_FOR_TWO_WORRIES = 6;

/**
 * "Both parents are alcoholics and the home conditions are poor." names two separate worries about named people:
 * labels (JARGON asks what lies behind each), but not too general to act on. "Neglect." or "Mum is not coping." is.
 */
function namesSeparateWorries(statement: Statement): boolean {
  if (statement.tokens.length < FEWEST_WORDS_FOR_TWO_WORRIES) return false;
  const entries = new Set(findJargon(statement.ownWords, statement.tokens).map((label) => label.entry));
  return entries.size >= 2;
}

export function isVagueStatement(ctx: SpecificsContext, statement: Statement): boolean {
  if (/\d/.test(statement.text) || statement.quotes.length > 0) return false;
  if (statement.tokens.length < FEWEST_WORDS_TO_ACT_ON) return !hasTimeReference(statement.text);
  let facts = factWords(ctx, statement);
  if (facts.length > MOST_WORDS_A_LABEL_COVERS) return false;
  if (facts.length > 0) facts = outsideJargon(statement, facts);
  if (facts.length === 0 && namesSeparateWorries(statement)) return false;
  return facts.length === 0 && !hasTimeReference(statement.text);
}

const QUESTIONS: Record<string, string> = {
  worried: "You wrote '{statement}'. What exactly happened, or what did you see or hear, when was it, and how do you know?",
  workingWell: "You wrote '{statement}'. What does this look like day to day - who does what for {child}, and when?",
  needsToHappen: "You wrote '{statement}'. What would you need to see happening for {child}, and for how long, to stop worrying?",
};

/** Next steps have their own check (who will do it); every other statement must say something concrete. */
export function vagueStatement(ctx: SpecificsContext): Finding[] {
  return ctx.statements
    .filter((statement) => statement.field !== 'nextSteps' && isVagueStatement(ctx, statement))
    .map((statement) =>
      finding(
        'VAGUE_STATEMENT',
        statement.path,
        severityFor(statement.column),
        'Too short or general to act on.',
        ask(ctx, QUESTIONS[statement.column], { statement: statement.text.replace(/[.\s]+$/, '') }),
      ),
    );
}
