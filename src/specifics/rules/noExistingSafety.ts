import type { Finding } from '../../referrals/referralTypes';
import type { SpecificsContext } from '../context';
import { ask, finding } from '../findings';

export function noExistingSafety(ctx: SpecificsContext): Finding[] {
  if (ctx.pastHarm.length === 0 || ctx.statements.some((statement) => statement.field === 'existingSafety')) return [];
  return [
    finding(
      'NO_EXISTING_SAFETY',
      'workingWell.existingSafety',
      'ask',
      `Past harm described, but no ${ctx.terms.existingSafety}: no time the child was kept safe while the worry was there.`,
      ask(ctx, 'While this has been going on, has there been any time when someone made sure {child} was safe or well looked after? Who did what, and when?'),
    ),
  ];
}
