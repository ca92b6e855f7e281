import { findingsOf, referralWith, withPastHarm } from './referralBuilder';

describe('the shape of the map', () => {
  describe('COLUMN_EMPTY', () => {
    it("when nothing is written under What's working well, the referrer is asked what is going well", () => {
      const referral = referralWith((r) => {
        r.workingWell = { strengths: [], existingSafety: [] };
      });
      const [finding] = findingsOf(referral, 'COLUMN_EMPTY');
      expect(finding).toMatchObject({ path: 'workingWell', severity: 'ask' });
      expect(finding.question).toContain('What is going well for Maya?');
    });

    it('raises one finding per empty column, naming the column', () => {
      const referral = referralWith((r) => {
        delete r.workingWell;
        r.needsToHappen = { goals: ['  '], nextSteps: [] };
      });
      expect(findingsOf(referral, 'COLUMN_EMPTY').map((found) => found.path)).toEqual(['workingWell', 'needsToHappen']);
    });

    it('is not raised when one field of a column is filled', () => {
      const referral = referralWith((r) => {
        r.workingWell = { strengths: ['Laura walks Maya to school every day.'] };
      });
      expect(findingsOf(referral, 'COLUMN_EMPTY')).toEqual([]);
    });
  });

  describe('NO_DANGER_STATEMENT', () => {
    it('when nothing says what is feared, the referrer is asked what will happen if nothing changes', () => {
      const referral = referralWith((r) => {
        r.worried.futureDanger = [];
      });
      const [finding] = findingsOf(referral, 'NO_DANGER_STATEMENT');
      expect(finding).toMatchObject({ path: 'worried.futureDanger', severity: 'ask' });
      expect(finding.message).toContain('danger statement');
    });

    it('speaks of a critical worry statement in early help', () => {
      const referral = referralWith((r) => {
        r.assessmentType = 'early-help';
        r.worried.futureDanger = [];
      });
      expect(findingsOf(referral, 'NO_DANGER_STATEMENT')[0].message).toContain('critical worry statement');
    });
  });

  describe('NO_EXISTING_SAFETY', () => {
    it('when past harm has no matching safety, the referrer is asked when Maya was kept safe', () => {
      const referral = referralWith((r) => {
        r.workingWell = { strengths: ['Laura walks Maya to school every day.'], existingSafety: [] };
      });
      expect(findingsOf(referral, 'NO_EXISTING_SAFETY')).toEqual([
        expect.objectContaining({ path: 'workingWell.existingSafety', severity: 'ask' }),
      ]);
    });

    it('is not raised when there is no past harm', () => {
      const referral = withPastHarm();
      referral.workingWell = { strengths: ['Laura walks Maya to school every day.'] };
      expect(findingsOf(referral, 'NO_EXISTING_SAFETY')).toEqual([]);
    });
  });

  describe('SCALING_MISSING', () => {
    it('when there is no scaling score, the referrer is asked for a number and why', () => {
      const referral = referralWith((r) => {
        delete r.scaling;
      });
      expect(findingsOf(referral, 'SCALING_MISSING')[0].question).toContain('On a scale of 0 to 10');
    });

    it('when a score has no reason, the referrer is asked why that number', () => {
      const referral = referralWith((r) => {
        r.scaling = { score: 4, rationale: ' ' };
      });
      expect(findingsOf(referral, 'SCALING_MISSING')[0].question).toContain('You put things at 4 out of 10. Why that number');
    });

    it('a score of 0 with a reason is complete', () => {
      const referral = referralWith((r) => {
        r.scaling = { score: 0, rationale: 'Dean hurt Maya again last night.' };
      });
      expect(findingsOf(referral, 'SCALING_MISSING')).toEqual([]);
    });
  });

  describe('CONSENT_UNCLEAR', () => {
    it('when parents were not told and no reason is given, the referrer is asked why', () => {
      const referral = referralWith((r) => {
        r.consent = { parentsAware: false, consentGiven: false, reasonIfNot: '' };
      });
      const [finding] = findingsOf(referral, 'CONSENT_UNCLEAR');
      expect(finding).toMatchObject({ path: 'consent', severity: 'ask' });
      expect(finding.question).toContain('Please tell us why');
    });

    it('is satisfied by a reason', () => {
      const referral = referralWith((r) => {
        r.consent = { parentsAware: false, consentGiven: false, reasonIfNot: 'Telling Laura could put Maya at more risk tonight.' };
      });
      expect(findingsOf(referral, 'CONSENT_UNCLEAR')).toEqual([]);
    });

    it('is raised when parents know but it does not say whether they agreed', () => {
      const referral = referralWith((r) => {
        r.consent = { parentsAware: true };
      });
      expect(findingsOf(referral, 'CONSENT_UNCLEAR')[0].question).toContain('agreed');
    });

    it('is raised when consent is missing altogether', () => {
      const referral = referralWith((r) => {
        delete r.consent;
      });
      expect(findingsOf(referral, 'CONSENT_UNCLEAR')).toHaveLength(1);
    });

    it('is not raised when parents know and have agreed', () => {
      expect(findingsOf(referralWith(() => undefined), 'CONSENT_UNCLEAR')).toEqual([]);
    });
  });

  describe('CHILD_DETAILS_MISSING', () => {
    it('when a child has no age and no address, the referrer is asked for both, by the child’s name', () => {
      const referral = referralWith((r) => {
        r.children = [{ firstName: 'Maya', lastName: 'Reed' }];
      });
      const [finding] = findingsOf(referral, 'CHILD_DETAILS_MISSING');
      expect(finding).toMatchObject({ path: 'children[0]', severity: 'ask' });
      expect(finding.question).toBe(
        "Please tell us Maya's date of birth (or roughly how old Maya is) and where Maya lives (the address, or at least the postcode).",
      );
    });

    it('accepts an estimated age and a postcode', () => {
      const referral = referralWith((r) => {
        r.children = [{ firstName: 'Maya', estimatedAge: 8, postcode: 'TS10 1AA' }];
      });
      expect(findingsOf(referral, 'CHILD_DETAILS_MISSING')).toEqual([]);
    });

    it('names which child, when one of two is missing details', () => {
      const referral = referralWith((r) => {
        r.children = [r.children[0], { firstName: 'Leo', estimatedAge: 3 }];
      });
      expect(findingsOf(referral, 'CHILD_DETAILS_MISSING')).toEqual([
        expect.objectContaining({ path: 'children[1]', message: 'No address or postcode for Leo.' }),
      ]);
    });
  });
});
