import type { Finding } from '../../referrals/referralTypes';
import type { SpecificsContext } from '../context';
import { ask, finding } from '../findings';

export function scalingMissing(ctx: SpecificsContext): Finding[] {
  const scaling = ctx.referral.scaling;
  if (!scaling || typeof scaling.score !== 'number') {
    return [
      finding(
        'SCALING_MISSING',
        'scaling',
        'ask',
        'No scaling score.',
        ask(ctx, 'On a scale of 0 to 10, where 10 means {child} is safe enough that nobody needs to worry and 0 means things are so bad {child} cannot stay at home, where would you put things today - and why that number?'),
      ),
    ];
  }
  // A reason has words: "5" or "7/10" repeats the score.
  if (typeof scaling.rationale === 'string' && /[A-Za-z]{2}/.test(scaling.rationale)) return [];
  return [
    finding(
      'SCALING_MISSING',
      'scaling',
      'ask',
      `Scaling score ${scaling.score} has no reason given.`,
      ask(ctx, 'You put things at {score} out of 10. Why that number, and what would need to happen to move it up by one?', {
        score: String(scaling.score),
      }),
    ),
  ];
}
