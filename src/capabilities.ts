/**
 * Capabilities that register workers, pages or staff sign-in at import time. server.ts and the tests import this
 * one file, so a new capability is wired in one place. Order matters for pages: the "not found" page goes last.
 */
import { registerPages } from './app';
import { mountNotFoundPage } from './web/webCapability';
import './triage/triageCapability';
import './followup/followUpCapability';

registerPages(mountNotFoundPage);
