/**
 * How fast the specifics check runs on one core, over the labelled fixtures in rotation.
 * Run: npx tsx scripts/bench-checker.ts [iterations]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReferralSubmission } from '../src/referrals/referralTypes';
import { checkSpecifics } from '../src/specifics/checkSpecifics';

const FIXTURES = join(__dirname, '..', '..', 'shared', 'fixtures', 'referrals');
const BATCH = 50;

function loadFixtures(): ReferralSubmission[] {
  return readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => (JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as { referral: ReferralSubmission }).referral);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Median milliseconds per referral (timed in batches, so timer resolution does not matter) and referrals per second. */
export function benchChecker(iterations = 20_000): { medianMs: number; perSecond: number } {
  const referrals = loadFixtures();
  for (let i = 0; i < 2_000; i++) checkSpecifics(referrals[i % referrals.length]);
  const perReferralMs: number[] = [];
  let calls = 0;
  const started = performance.now();
  for (let batch = 0; batch < Math.ceil(iterations / BATCH); batch++) {
    const t0 = performance.now();
    for (let j = 0; j < BATCH; j++) checkSpecifics(referrals[calls++ % referrals.length]);
    perReferralMs.push((performance.now() - t0) / BATCH);
  }
  const seconds = (performance.now() - started) / 1000;
  return { medianMs: median(perReferralMs), perSecond: calls / seconds };
}

if (require.main === module) {
  const iterations = Number(process.argv[2] ?? 20_000);
  const cpuBefore = process.cpuUsage();
  const { medianMs, perSecond } = benchChecker(iterations);
  const cpu = process.cpuUsage(cpuBefore);
  // CPU time shows what the check costs when other processes share the core and stretch the wall clock.
  const cpuMicros = (cpu.user + cpu.system) / (iterations + 2_000);
  console.log(
    `specifics check: median ${(medianMs * 1000).toFixed(1)} µs per referral, ${Math.round(perSecond).toLocaleString('en-GB')} referrals/second ` +
      `(one core, ${iterations} referrals; ${cpuMicros.toFixed(1)} µs CPU per referral)`,
  );
}
