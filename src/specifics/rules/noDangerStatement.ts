import type { Finding } from '../../referrals/referralTypes';
import type { SpecificsContext } from '../context';
import { ask, finding } from '../findings';

export function noDangerStatement(ctx: SpecificsContext): Finding[] {
  if (ctx.statements.some((statement) => statement.field === 'futureDanger')) return [];
  return [
    finding(
      'NO_DANGER_STATEMENT',
      'worried.futureDanger',
      'ask',
      `No ${ctx.terms.dangerStatement}: nothing says what is feared if nothing changes.`,
      ask(ctx, 'What are you worried will happen to {child} if nothing changes? Please say who you are worried about, what they might do, and how it would affect {child}.'),
    ),
  ];
}
