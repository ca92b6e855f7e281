import { findingsOf, referralWith } from './referralBuilder';

const withNextStep = (step: string) =>
  referralWith((r) => {
    r.needsToHappen!.nextSteps = [step];
  });

describe('NEXT_STEP_NO_OWNER: a next step that nobody owns', () => {
  it('when a next step says what but not who, the referrer is asked who will do it', () => {
    const [finding] = findingsOf(withNextStep('Assessment to be completed.'), 'NEXT_STEP_NO_OWNER');
    expect(finding).toMatchObject({ path: 'needsToHappen.nextSteps[0]', severity: 'ask' });
    expect(finding.question).toBe("You wrote 'Assessment to be completed'. Who will do this, and by when?");
  });

  it.each([
    'Assessment to be completed.',
    'Home visit needed.',
    'Refer to CAMHS.',
    'Strategy meeting.',
    'Parenting course to be offered.',
    'Continue to monitor.',
    'Police to be informed.',
    'Home visit to see Maya.',
    'Needs a home visit by Friday.',
  ])('"%s" has no owner', (step) => {
    expect(findingsOf(withNextStep(step), 'NEXT_STEP_NO_OWNER')).toHaveLength(1);
  });

  it.each([
    'Priya Shah will send the records by Wednesday.',
    'Laura will ask her mother Jean whether Maya can stay.',
    'The school nurse will see Maya on Monday.',
    'I will call Laura tomorrow.',
    'We will keep a daily log.',
    'Social worker to visit.',
    'Mum to attend a parenting course.',
    'GP appointment to be booked by mum.',
    'Jean to have Maya on Fridays.',
    'Mr Hall will check in with Maya every morning.',
    'Miss Jones (class teacher) will meet Maya each morning.',
    'Police will do a welfare check tonight.',
  ])('"%s" has an owner', (step) => {
    expect(findingsOf(withNextStep(step), 'NEXT_STEP_NO_OWNER')).toEqual([]);
  });
});
