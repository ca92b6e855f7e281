import { findHearsay } from '../../src/specifics/termMatcher';
import { findingsOf, referralWith } from './referralBuilder';

describe('HEARSAY: statements resting on an unnamed source', () => {
  it('when a complicating factor rests on "it is believed", the referrer is asked who said it', () => {
    const referral = referralWith((r) => {
      r.worried.complicatingFactors = ['It is believed that Dean has been using cocaine at weekends.'];
    });
    const [finding] = findingsOf(referral, 'HEARSAY');
    expect(finding).toMatchObject({ code: 'HEARSAY', path: 'worried.complicatingFactors[0]', severity: 'ask', term: 'It is believed' });
    expect(finding.question).toBe("You wrote 'It is believed'. Who told you this, or where is it written down, and when did you find out?");
  });

  it('applies to every column, not only past harm', () => {
    const referral = referralWith((r) => {
      r.workingWell!.strengths = ['Apparently Jean has looked after Maya before.'];
    });
    expect(findingsOf(referral, 'HEARSAY')).toEqual([expect.objectContaining({ path: 'workingWell.strengths[0]', term: 'Apparently' })]);
  });

  it.each(['reportedly', 'it is believed', 'it is known that', 'apparently', 'rumoured', 'allegedly', 'it is said', 'word is', 'it has been reported', 'there are rumours'])(
    'finds "%s"',
    (phrase) => {
      expect(findHearsay(`Dean, ${phrase}, sells drugs.`).map((match) => match.term.toLowerCase())).toEqual([phrase]);
    },
  );

  it.each([
    ['a first-hand hearing', 'I heard him shout at her on Monday.'],
    ['a named person reporting', 'Maya reported to her teacher that she was hungry.'],
    ['a named teller', 'Laura told me on 4 November that Dean drinks.'],
  ])('does not flag %s', (_label, text) => {
    expect(findHearsay(text)).toEqual([]);
  });
});
