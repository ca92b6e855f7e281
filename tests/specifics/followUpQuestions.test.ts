import type { Finding } from '../../src/referrals/referralTypes';
import { checkSpecifics } from '../../src/specifics/checkSpecifics';
import { selectFollowUpQuestions } from '../../src/specifics/followUpQuestions';
import { referralWith } from './referralBuilder';

describe('choosing the follow-up questions', () => {
  const messy = referralWith((r) => {
    r.worried.pastHarm = ['Neglect.', 'There are concerns about neglect at home and Maya often comes in unkempt.'];
    r.worried.futureDanger = [];
    delete r.scaling;
    r.consent = { parentsAware: false, consentGiven: false };
    r.needsToHappen!.nextSteps = ['Home visit needed.'];
    r.childVoice = [];
  });
  const { findings } = checkSpecifics(messy);

  it('asks at most five questions by default, and never more than asked for', () => {
    expect(findings.filter((f) => f.severity === 'ask').length).toBeGreaterThan(5);
    expect(selectFollowUpQuestions(findings)).toHaveLength(5);
    expect(selectFollowUpQuestions(findings, 2)).toHaveLength(2);
  });

  it('asks about vague and jargon past harm and the danger statement before scaling and consent', () => {
    const codes = selectFollowUpQuestions(findings).map((f) => f.code);
    expect(codes.slice(0, 3)).toEqual(['VAGUE_STATEMENT', 'JARGON', 'JARGON']);
    expect(codes).toContain('NO_DANGER_STATEMENT');
    expect(codes).not.toContain('SCALING_MISSING');
    expect(codes).not.toContain('CONSENT_UNCLEAR');
  });

  it('never asks the same question twice: one label used twice is asked about once', () => {
    const selected = selectFollowUpQuestions(findings, 20);
    const neglect = selected.filter((f) => f.code === 'JARGON' && f.term?.toLowerCase() === 'neglect');
    expect(neglect).toHaveLength(1);
    expect(new Set(selected.map((f) => f.question)).size).toBe(selected.length);
  });

  it('does not ask when and how-do-you-know about a statement already asked to be rewritten', () => {
    const selected = selectFollowUpQuestions(findings, 20);
    const aboutFirst = selected.filter((f) => f.path === 'worried.pastHarm[0]').map((f) => f.code);
    expect(aboutFirst).toContain('VAGUE_STATEMENT');
    expect(aboutFirst).not.toContain('NO_WHEN');
    expect(aboutFirst).not.toContain('NO_SOURCE');
  });

  it('leaves advice-only notes out of the email', () => {
    const note: Finding = { code: 'JARGON', path: 'workingWell.strengths[0]', severity: 'note', message: 'm', question: 'q', term: 'chaotic' };
    expect(selectFollowUpQuestions([note])).toEqual([]);
  });
});
