import { z } from 'zod';
import type { ReferralSubmission } from './referralTypes';
import { LIMITS } from './referralLimits';

/*
 * tsoa has already checked types and refused unknown fields; these are the rules TypeScript cannot express.
 * `satisfies` ties the schema to the interfaces, so the two cannot drift apart.
 */
const shortText = z.string().max(LIMITS.shortText, `must be at most ${LIMITS.shortText} characters`);
const statement = z.string().max(LIMITS.statement, `must be at most ${LIMITS.statement} characters`);
const statements = z.array(statement).max(LIMITS.statementsPerSection, `at most ${LIMITS.statementsPerSection} statements`);
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'is not a real date')
  .refine((d) => Date.parse(`${d}T00:00:00Z`) <= Date.now(), 'cannot be in the future');
const nonBlank = (max: number) => z.string().trim().min(1, 'is required').max(max, `must be at most ${max} characters`);

export const referralSubmissionSchema = z
  .object({
    assessmentType: z.enum(['child-protection', 'early-help', 'child-in-care']).optional(),
    immediateRisk: z.boolean().optional(),
    referrer: z.object({
      name: nonBlank(LIMITS.shortText),
      role: shortText.optional(),
      organisation: nonBlank(LIMITS.shortText),
      agency: z.enum(['school', 'health', 'police', 'housing', 'voluntary', 'other']),
      email: z.string().trim().max(LIMITS.shortText).email('must be an email address, like name@school.sch.uk'),
      phone: shortText.optional(),
    }),
    children: z
      .array(
        z.object({
          firstName: nonBlank(LIMITS.shortText),
          lastName: shortText.optional(),
          dateOfBirth: isoDate.optional(),
          estimatedAge: z.number().int().min(0).max(25).optional(),
          gender: shortText.optional(),
          address: shortText.optional(),
          postcode: shortText.optional(),
          school: shortText.optional(),
          languages: z.array(shortText).max(10).optional(),
          disability: shortText.optional(),
        }),
      )
      .min(1, 'at least one child is needed')
      .max(LIMITS.children),
    household: z
      .array(z.object({ name: nonBlank(LIMITS.shortText), relationship: shortText.optional(), dateOfBirth: isoDate.optional(), livesWithChild: z.boolean().optional() }))
      .max(LIMITS.household)
      .optional(),
    consent: z.object({ parentsAware: z.boolean().optional(), consentGiven: z.boolean().optional(), reasonIfNot: statement.optional() }).optional(),
    worried: z
      .object({ pastHarm: statements.optional(), futureDanger: statements.optional(), complicatingFactors: statements.optional() })
      .refine(
        (w) => [...(w.pastHarm ?? []), ...(w.futureDanger ?? []), ...(w.complicatingFactors ?? [])].some((s) => s.trim().length > 0),
        'say at least one thing you are worried about',
      ),
    workingWell: z.object({ strengths: statements.optional(), existingSafety: statements.optional() }).optional(),
    needsToHappen: z.object({ goals: statements.optional(), nextSteps: statements.optional() }).optional(),
    childVoice: statements.optional(),
    scaling: z.object({ score: z.number().int().min(0).max(10), rationale: statement.optional() }).optional(),
  })
  .strict()
  .superRefine((referral, ctx) => {
    if (totalTextLength(referral) > LIMITS.totalText) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['worried'], message: `all statements together must be at most ${LIMITS.totalText} characters` });
    }
  }) satisfies z.ZodType<ReferralSubmission>;

function totalTextLength(referral: ReferralSubmission): number {
  const sections = [referral.worried, referral.workingWell ?? {}, referral.needsToHappen ?? {}].flatMap((column) => Object.values(column) as string[][]);
  const texts = [...sections.flat(), ...(referral.childVoice ?? []), referral.scaling?.rationale ?? '', referral.consent?.reasonIfNot ?? ''];
  return texts.reduce((sum, text) => sum + text.length, 0);
}
