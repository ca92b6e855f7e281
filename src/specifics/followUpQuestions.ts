import type { Finding, FindingCode } from '../referrals/referralTypes';

/**
 * What to ask first. A referrer who gets twenty questions answers none, so the questions that turn labels and
 * vague worries about past harm into facts come first, then the danger statement, then the rest of the map,
 * and housekeeping (scaling, consent) last. Lower is asked sooner.
 */
const RANK: Record<FindingCode, number> = {
  VAGUE_STATEMENT: 1,
  JARGON: 2,
  HEARSAY: 3,
  NO_DANGER_STATEMENT: 4,
  COLUMN_EMPTY: 5,
  NO_WHEN: 6,
  NO_SOURCE: 7,
  CHILD_DETAILS_MISSING: 8,
  NO_FREQUENCY: 9,
  VAGUE_FREQUENCY: 10,
  NO_WORST_INCIDENT: 11,
  NO_EXISTING_SAFETY: 12,
  NO_CHILD_VOICE: 13,
  NEXT_STEP_NO_OWNER: 14,
  SCALING_MISSING: 15,
  CONSENT_UNCLEAR: 16,
};

const WORDING = new Set<FindingCode>(['VAGUE_STATEMENT', 'JARGON', 'HEARSAY', 'VAGUE_FREQUENCY']);

/** Wording problems matter most where they hide what happened to the child. */
function tierOf({ code, path }: Finding): number {
  if (WORDING.has(code)) {
    if (path.startsWith('worried.pastHarm')) return code === 'VAGUE_FREQUENCY' ? 3 : 1;
    return path.startsWith('worried') ? 3 : 6;
  }
  if (code === 'NO_DANGER_STATEMENT' || (code === 'COLUMN_EMPTY' && path === 'worried')) return 2;
  if (code === 'NO_WHEN' || code === 'NO_SOURCE') return 3;
  if (code === 'CHILD_DETAILS_MISSING' || code === 'NO_FREQUENCY' || code === 'NO_WORST_INCIDENT') return 4;
  if (code === 'COLUMN_EMPTY' || code === 'NO_EXISTING_SAFETY' || code === 'NO_CHILD_VOICE') return 5;
  if (code === 'NEXT_STEP_NO_OWNER') return 6;
  return 7;
}

/** The vague-statement question already asks what happened, when and how the referrer knows. */
const COVERED_BY_VAGUE_STATEMENT = new Set<FindingCode>(['NO_WHEN', 'NO_SOURCE']);

function sameQuestionKey(found: Finding): string {
  // One question per word: "neglect" in two statements is asked about once.
  return found.term ? `${found.code}:${found.term.toLowerCase()}` : found.question;
}

export function selectFollowUpQuestions(findings: Finding[], max = 5): Finding[] {
  const asks = findings
    .map((found, order) => ({ found, order }))
    .filter(({ found }) => found.severity === 'ask')
    .sort(
      (a, b) =>
        tierOf(a.found) - tierOf(b.found) ||
        RANK[a.found.code] - RANK[b.found.code] ||
        a.order - b.order,
    );
  const vaguePaths = new Set(asks.filter(({ found }) => found.code === 'VAGUE_STATEMENT').map(({ found }) => found.path));
  const asked = new Set<string>();
  const selected: Finding[] = [];
  for (const { found } of asks) {
    if (selected.length >= max) break;
    if (COVERED_BY_VAGUE_STATEMENT.has(found.code) && vaguePaths.has(found.path)) continue;
    const key = sameQuestionKey(found);
    if (asked.has(key) || asked.has(found.question)) continue;
    asked.add(key);
    asked.add(found.question);
    selected.push(found);
  }
  return selected;
}
