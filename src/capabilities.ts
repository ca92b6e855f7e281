/**
 * Capabilities that register workers, pages or staff sign-in at import time. server.ts and the tests import this
 * one file, so a new capability is wired in one place.
 */
export {};
import './web/webCapability';
import './triage/triageCapability';
import './followup/followUpCapability';
