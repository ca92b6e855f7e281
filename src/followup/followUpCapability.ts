import { registerPages } from '../app';
import { registerWorker } from '../platform/workers';
import { mountFollowUpPages } from './followUpPages';
import { createMailWorker } from './mailWorker';

/** Follow-up questions and outcome emails: the outbox worker, and the referrer's answer page. */
registerWorker(createMailWorker());
registerPages(mountFollowUpPages);
