import type { AssessmentType } from '../referrals/referralTypes';

/** The words each member of the "Signs of Something" family uses for the same parts of the map. */
export interface AssessmentTerms {
  framework: string;
  pastHarm: string;
  dangerStatement: string;
  goals: string;
  existingSafety: string;
}

const TERMS: Record<AssessmentType, AssessmentTerms> = {
  'child-protection': {
    framework: 'Signs of Safety',
    pastHarm: 'past harm',
    dangerStatement: 'danger statement',
    goals: 'safety goals',
    existingSafety: 'existing safety',
  },
  'early-help': {
    framework: 'Signs of Wellbeing',
    pastHarm: 'wellbeing concerns',
    dangerStatement: 'critical worry statement',
    goals: 'wellbeing goals',
    existingSafety: 'existing wellbeing',
  },
  'child-in-care': {
    framework: 'Signs of Success',
    pastHarm: 'worrying behaviour',
    dangerStatement: 'critical worry statement',
    goals: 'success goals',
    existingSafety: 'existing success',
  },
};

/** Child protection is the default: it is where Signs of Safety started and the safest reading. */
export function termsFor(type: AssessmentType | undefined): AssessmentTerms {
  return TERMS[type ?? 'child-protection'] ?? TERMS['child-protection'];
}
