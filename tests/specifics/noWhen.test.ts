import { hasTimeReference } from '../../src/specifics/timeReference';
import { findingsOf, withPastHarm } from './referralBuilder';

describe('NO_WHEN: past harm with no time reference at all', () => {
  it('when a teacher writes what Maya told them but not when, the referrer is asked when it happened', () => {
    const [finding] = findingsOf(withPastHarm("Maya told me her mum's partner Dean pushed her into the kitchen door."), 'NO_WHEN');
    expect(finding).toMatchObject({ code: 'NO_WHEN', path: 'worried.pastHarm[0]', severity: 'ask' });
    expect(finding.question).toContain("You wrote 'Maya told me her mum's partner Dean pushed");
    expect(finding.question).toContain('When did this happen?');
  });

  it('asks only about the statements that lack a time', () => {
    const referral = withPastHarm('On 3 November I saw a bruise on her cheek.', 'Maya told me Dean pulled her hair.');
    expect(findingsOf(referral, 'NO_WHEN').map((found) => found.path)).toEqual(['worried.pastHarm[1]']);
  });

  it('looks at past harm only: a danger statement is about the future', () => {
    const referral = withPastHarm('On 3 November I saw a bruise on her cheek.');
    referral.worried.futureDanger = ['We are worried Dean will hurt Maya.'];
    expect(findingsOf(referral, 'NO_WHEN')).toEqual([]);
  });

  describe.each([
    ['a date', 'on 3 November'],
    ['a date with the month first', 'on November 3rd'],
    ['a numeric date', 'on 03/11/2025'],
    ['a weekday', 'last Tuesday'],
    ['this morning', 'this morning'],
    ['a clock time', 'at 8:45am'],
    ['yesterday', 'yesterday'],
    ['since a month', 'since September'],
    ['since a festival', 'since Easter'],
    ['in a month', 'in June'],
    ['in May (a month, not "may")', 'in May'],
    ['this term', 'this term'],
    ['last half term', 'last half term'],
    ['at the weekend', 'at the weekend'],
    ['over the summer holidays', 'over the summer holidays'],
    ['an age', 'when she was 3'],
    ['aged', 'aged 4'],
    ['a night', 'on Sunday night'],
    ['bedtime', 'at bedtime'],
    ['after school', 'after school'],
    ['a year', 'in 2023'],
    ['weeks ago', 'two weeks ago'],
    ['the past few months', 'over the past three months'],
    ['since an event', 'since Dean moved in'],
    ['at drop-off', 'at drop-off'],
  ])('counts %s as a time', (_label, phrase) => {
    it(`"Maya was hit ${phrase}"`, () => {
      expect(hasTimeReference(`Maya was hit ${phrase}.`)).toBe(true);
    });
  });

  describe.each([
    ['"I saw" is a source, not a time', 'I saw a bruise on her arm.'],
    ['"may" is a verb here', 'She may have been hurt by Dean.'],
    ['"march" is a verb here', 'Dean will march her home.'],
    ['"sat" is a verb here', 'She sat on the floor crying.'],
    ['"recently" does not say when', 'Maya recently told me Dean hits her.'],
    ['a duration is not a time', 'She wore the same clothes for a week.'],
    ['money is not a time', 'Mum gives her £3.50 for lunch.'],
    ['a count of bruises is not a time', 'I saw 3 bruises on her arm.'],
  ])('%s', (_label, text) => {
    it(`"${text}"`, () => {
      expect(hasTimeReference(text)).toBe(false);
    });
  });
});
