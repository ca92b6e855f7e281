/**
 * Words that, straight after a term, make it the name of a service, a tool or a role rather than a description of
 * a family: "the domestic abuse service", "a substance misuse worker", "the Neglect Toolkit", "the DV worker".
 */
export const SERVICE_NOUNS = new Set([
  'service', 'services', 'team', 'teams', 'worker', 'workers', 'support', 'charity', 'unit', 'officer', 'advocate',
  'course', 'programme', 'program', 'project', 'helpline', 'refuge', 'nurse', 'practitioner', 'lead', 'hub', 'clinic',
  'panel', 'meeting', 'policy', 'training', 'assessment', 'screening', 'referral', 'champion', 'coordinator',
  'toolkit', 'tool', 'tools', 'strategy', 'pathway', 'protocol', 'framework', 'procedure', 'procedures', 'forum',
]);

const NEXT_WORD = /^[ -]([A-Za-z]+)/;

/** Whether the word right after `end` (one space or hyphen away) makes the text before it a name. */
export function namesAService(text: string, end: number): boolean {
  const next = NEXT_WORD.exec(text.slice(end, end + 20))?.[1];
  return next !== undefined && SERVICE_NOUNS.has(next.toLowerCase());
}
