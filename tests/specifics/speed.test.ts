import { benchChecker } from '../../scripts/bench-checker';

describe('the specifics check is cheap enough to run on every keystroke of the dry run', () => {
  it('checks a typical referral in well under a millisecond (the target is 0.2 ms on an idle core)', () => {
    const { medianMs, perSecond } = benchChecker(3_000);
    expect(medianMs).toBeLessThan(1);
    expect(perSecond).toBeGreaterThan(1_000);
  });
});
