import { findingsOf, referralWith } from './referralBuilder';

const withoutChildVoice = (...pastHarm: string[]) =>
  referralWith((r) => {
    r.childVoice = [];
    if (pastHarm.length) r.worried.pastHarm = pastHarm;
  });

describe("NO_CHILD_VOICE: the child's own words", () => {
  it("when nobody wrote down what Maya said, the referrer is asked for Maya's own words", () => {
    const [finding] = findingsOf(withoutChildVoice(), 'NO_CHILD_VOICE');
    expect(finding).toMatchObject({ path: 'childVoice', severity: 'ask' });
    expect(finding.question).toContain("Maya's own words");
  });

  it('is satisfied by the childVoice field', () => {
    expect(findingsOf(referralWith(() => undefined), 'NO_CHILD_VOICE')).toEqual([]);
  });

  it.each([
    'On 3 November Maya said: "Dean hurt me."',
    "On 3 November Maya told me, 'I don't want to go home'.",
    'On 3 November, "He hits me," Maya said.',
    'When I asked Maya what happened on Monday she said, "Dean did it".',
    'On Monday she told her teacher: "I am hungry".',
    'On 3 November I heard Maya sobbing and begging "please stop".',
    'On Monday I heard Maya shouting "leave me alone" at her brother.',
    'On Monday Maya looked up and whispered "Dean was cross".',
  ])('is satisfied by a statement quoting the child: %s', (statement) => {
    expect(findingsOf(withoutChildVoice(statement), 'NO_CHILD_VOICE')).toEqual([]);
  });

  it.each([
    ['reported speech is not her own words', "On 3 November Maya told me her mum's partner pushed her."],
    ["a parent's words are not the child's", 'On 3 November Laura said "I am not coping".'],
    ["words said to the child are not the child's", 'On Monday Dean shouted at Maya and said "get out".'],
    ["a parent's words after an action are not the child's", 'On Monday Laura turned round and said "I give up".'],
  ])('%s', (_label, statement) => {
    expect(findingsOf(withoutChildVoice(statement), 'NO_CHILD_VOICE')).toHaveLength(1);
  });
});

describe("NO_CHILD_VOICE: the child quoted after where and when they said it", () => {
  it.each([
    'On 3 November Maya told me on the ward on Tuesday: "I want to go to sleep."',
    'Maya said to her teacher at lunchtime yesterday, "Dean pushed me."',
    'When I saw her, Maya told me in the nurse\'s room at 10:30: "It hurts."',
  ])('is satisfied by %s', (statement) => {
    expect(findingsOf(withoutChildVoice(statement), 'NO_CHILD_VOICE')).toEqual([]);
  });

  it.each([
    ["a parent's words after where they said it", 'On 3 November Laura told me at the door on Monday: "I am not coping."'],
    ['another speaker inside the clause', 'On Monday Maya told me at home that her dad said "you are useless".'],
  ])('%s', (_label, statement) => {
    expect(findingsOf(withoutChildVoice(statement), 'NO_CHILD_VOICE')).toHaveLength(1);
  });
});

describe('NO_CHILD_VOICE: the child doing other things before speaking', () => {
  it.each([
    'After lunch on Friday Maya walked over to my desk, sat on the chair by me and told me: "Dean locks me in my room."',
    'On Monday morning she stood at the gate and told me and the office manager, Mrs Patel: "I slept in the car."',
  ])('is satisfied by %s', (statement) => {
    expect(findingsOf(withoutChildVoice(statement), 'NO_CHILD_VOICE')).toEqual([]);
  });

  it.each([
    ['an adult acting and speaking in the same sentence', 'On Monday Laura sat down with Maya in the office and told me: "She lies all the time."'],
    ['the child reporting what an adult said', 'On Friday Maya came to my room and told me Dean said: "You are going in a home."'],
  ])('%s', (_label, statement) => {
    expect(findingsOf(withoutChildVoice(statement), 'NO_CHILD_VOICE')).toHaveLength(1);
  });
});
