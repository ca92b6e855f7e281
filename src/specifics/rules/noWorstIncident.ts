import type { Finding } from '../../referrals/referralTypes';
import type { SpecificsContext } from '../context';
import { namesWorstIncident } from '../evidence';
import { ask, finding } from '../findings';

export function noWorstIncident(ctx: SpecificsContext): Finding[] {
  if (ctx.pastHarm.length < 2 || ctx.pastHarm.some((statement) => namesWorstIncident(statement.text))) return [];
  return [
    finding(
      'NO_WORST_INCIDENT',
      'worried.pastHarm',
      'ask',
      'Several incidents, but none is named as the worst.',
      ask(ctx, 'Of the things you describe, which was the worst or most worrying time for {child}, and what happened then?'),
    ),
  ];
}
