import { registerPages } from '../app';
import { registerWorker } from '../platform/workers';
import { registerFollowUpView } from '../triage/triageViewService';
import { followUpFor } from './followUpService';
import { mountFollowUpPages } from './followUpPages';
import { createMailWorker } from './mailWorker';

/** Follow-up questions and outcome emails: the outbox worker, the referrer's answer page, and the staff view of answers. */
registerWorker(createMailWorker());
registerPages(mountFollowUpPages);
registerFollowUpView(followUpFor);
