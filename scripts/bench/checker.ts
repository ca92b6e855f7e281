import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ReferralSubmission } from '../../src/referrals/referralTypes';
import { median } from './load';

export interface CheckerResult {
  medianMs: number;
  perSecond: number;
  source: string;
}

/**
 * The specifics check alone, on this one thread (one core): the checker's own `scripts/bench-checker.ts` when it
 * is there, otherwise timed here over the labelled fixtures in rotation.
 */
export async function benchCheckerAlone(referrals: ReferralSubmission[], iterations = 20_000): Promise<CheckerResult> {
  const own = join(__dirname, '..', 'bench-checker.ts');
  if (existsSync(own)) {
    const mod = (await import(own)) as { benchChecker?: (n: number) => Promise<{ medianMs: number; perSecond: number }> | { medianMs: number; perSecond: number } };
    if (typeof mod.benchChecker === 'function') {
      const r = await mod.benchChecker(iterations);
      return { medianMs: r.medianMs, perSecond: r.perSecond, source: 'scripts/bench-checker.ts' };
    }
  }
  const { checkSpecifics } = (await import('../../src/specifics/checkSpecifics')) as typeof import('../../src/specifics/checkSpecifics');
  for (let i = 0; i < 2_000; i++) checkSpecifics(referrals[i % referrals.length]);
  // Batches of 50 calls, so timer resolution does not matter; the median batch gives the typical per-referral time.
  const batch = 50;
  const perCall: number[] = [];
  let calls = 0;
  const started = performance.now();
  for (let b = 0; b < Math.ceil(iterations / batch); b++) {
    const t0 = performance.now();
    for (let j = 0; j < batch; j++) checkSpecifics(referrals[calls++ % referrals.length]);
    perCall.push((performance.now() - t0) / batch);
  }
  const seconds = (performance.now() - started) / 1000;
  return { medianMs: median(perCall), perSecond: calls / seconds, source: 'timed by scripts/bench' };
}
