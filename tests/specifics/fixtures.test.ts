import { checkSpecifics } from '../../src/specifics/checkSpecifics';
import { routeReferral } from '../../src/triage/routing';
import { basename } from 'node:path';
import { labelledFixtures } from './referralBuilder';
import { FIXTURE_DIR, HELD_OUT_DIRS } from '../support/fixtures';

describe.each([FIXTURE_DIR, ...HELD_OUT_DIRS].map((dir) => [basename(dir), dir] as const))('the labelled referrals in %s', (_name, dir) => {
  const fixtures = labelledFixtures(dir);

  it('are all found', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(15);
  });


  describe.each(fixtures.map((fixture) => [fixture.file, fixture] as const))('%s', (_file, fixture) => {
    const { findings } = checkSpecifics(fixture.referral);
    const codes = new Set(findings.map((found) => found.code));

    if (fixture.expect.length > 0) {
      it.each(fixture.expect)('gets %s', (code) => {
        expect(codes).toContain(code);
      });
    }

    it.each(fixture.absent)('does not get %s', (code) => {
      expect(findings.filter((found) => found.code === code)).toEqual([]);
    });

    if (fixture.queue) {
      it(`lands in the ${fixture.queue} queue`, () => {
        expect(routeReferral(fixture.referral).queue).toBe(fixture.queue);
      });
    }
  });

});

it('when a referral is complete and specific (fixture 01), the check finds nothing at all', () => {
  const complete = labelledFixtures().find((fixture) => fixture.file.startsWith('01-'))!;
  expect(checkSpecifics(complete.referral)).toEqual({ findings: [], specificsScore: 100 });
});
