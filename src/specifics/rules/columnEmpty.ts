import type { Finding } from '../../referrals/referralTypes';
import type { Column, SpecificsContext } from '../context';
import { ask, finding } from '../findings';

const COLUMN_QUESTIONS: Record<Column, { heading: string; question: string }> = {
  worried: {
    heading: 'What are we worried about?',
    question: 'What has happened to {child} that worries you, and what do you fear could happen if nothing changes?',
  },
  workingWell: {
    heading: "What's working well?",
    question:
      'What is going well for {child}? For example, who in the family or around them helps, and any times {child} was kept safe or well cared for while the worry was there.',
  },
  needsToHappen: {
    heading: 'What needs to happen?',
    question:
      'What would you need to see happening for {child}, and for how long, to stop worrying - and who will do what next?',
  },
};

/** A map with an empty column is unbalanced: strengths and plans matter as much as worries. */
export function columnEmpty(ctx: SpecificsContext): Finding[] {
  const findings: Finding[] = [];
  for (const column of ['worried', 'workingWell', 'needsToHappen'] as const) {
    if (ctx.statements.some((statement) => statement.column === column)) continue;
    const { heading, question } = COLUMN_QUESTIONS[column];
    findings.push(finding('COLUMN_EMPTY', column, 'ask', `Nothing written under "${heading}".`, ask(ctx, question)));
  }
  return findings;
}
