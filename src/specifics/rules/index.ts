import type { Rule } from '../context';
import { childDetailsMissing } from './childDetailsMissing';
import { columnEmpty } from './columnEmpty';
import { consentUnclear } from './consentUnclear';
import { hearsay } from './hearsay';
import { jargon } from './jargon';
import { nextStepNoOwner } from './nextStepNoOwner';
import { noChildVoice } from './noChildVoice';
import { noDangerStatement } from './noDangerStatement';
import { noExistingSafety } from './noExistingSafety';
import { noFrequency } from './noFrequency';
import { noSource } from './noSource';
import { noWhen } from './noWhen';
import { noWorstIncident } from './noWorstIncident';
import { scalingMissing } from './scalingMissing';
import { vagueFrequency } from './vagueFrequency';
import { vagueStatement } from './vagueStatement';

/** In the order staff read a referral: the map's columns first, then the details around it. */
export const RULES: Rule[] = [
  columnEmpty,
  vagueStatement,
  jargon,
  hearsay,
  vagueFrequency,
  noWhen,
  noSource,
  noFrequency,
  noWorstIncident,
  noDangerStatement,
  noExistingSafety,
  noChildVoice,
  nextStepNoOwner,
  scalingMissing,
  consentUnclear,
  childDetailsMissing,
];
