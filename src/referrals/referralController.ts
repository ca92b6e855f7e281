import { Body, Controller, Example, Get, Header, Path, Post, Request, Response, Route, Security, SuccessResponse, Tags } from '@tsoa/runtime';
import type { Request as ExpressRequest } from 'express';
import type { ProblemDetails } from '../platform/problemTypes';
import type { Partner } from '../platform/auth/apiKeyService';
import { BadRequest } from '../platform/errors';
import { originalBody } from '../platform/originalBody';
import { LIMITS } from './referralLimits';
import { checkReferral, getSubmittedReferral, parseSubmission, submitReferral } from './referralService';
import type { CheckResult, ReferralReceipt, ReferralSubmission, SubmittedReferral } from './referralTypes';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{1,100}$/;

@Route('api/v1/referrals')
@Tags('Referrals')
export class ReferralController extends Controller {
  /**
   * Submit a Safer Referral. It is stored before this answers, checked for missing specifics, and routed to a
   * First Contact queue. Missing specifics never refuse a referral: they come back as `findings`, and the referrer
   * is emailed plain-language questions about them.
   *
   * Send an `Idempotency-Key` to make retries safe: the same key with the same body returns the first answer and
   * stores nothing new; the same key with a different body answers 422. Keys are 1-100 characters of letters,
   * digits and `. _ : -` (a UUID is ideal), are scoped to your API key, and are kept for at least 48 hours.
   *
   * A child in immediate danger needs a phone call to the police (999) or the duty team first.
   * @param idempotencyKey A key you choose per referral, reused only when retrying that same referral.
   */
  @Post()
  @Security('partnerKey', ['referrals:write'])
  @SuccessResponse(201, 'Stored. `Location` names the referral.')
  @Response<ProblemDetails>(400, 'The body has problems; each bad field is named')
  @Response<ProblemDetails>(401, 'No API key, or a revoked or unknown one')
  @Response<ProblemDetails>(403, 'The API key lacks the referrals:write scope')
  @Response<ProblemDetails>(413, `The body is larger than the limit (256 KB by default)`)
  @Response<ProblemDetails>(415, 'The body is not application/json')
  @Response<ProblemDetails>(422, 'The Idempotency-Key was already used for a different body')
  @Response<ProblemDetails>(429, 'Too many requests; see Retry-After')
  @Response<ProblemDetails>(503, 'The database is unreachable; retry after Retry-After seconds')
  public async submitReferral(
    @Body() body: ReferralSubmission,
    @Request() req: ExpressRequest,
    @Header('Idempotency-Key') idempotencyKey?: string,
  ): Promise<ReferralReceipt> {
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new BadRequest('The Idempotency-Key header is not in the expected form.', [
        { field: 'Idempotency-Key', message: `must be 1-${LIMITS.idempotencyKey} letters, digits or . _ : -` },
      ]);
    }
    void body; // validated by tsoa for the contract; the rules below read the bytes as sent
    const partner = req.user as Partner;
    const receipt = await submitReferral(parseSubmission(originalBody(req)), { owner: partner.keyId, channel: 'api', idempotencyKey });
    this.setStatus(201);
    this.setHeader('Location', `/api/v1/referrals/${receipt.reference}`);
    return receipt;
  }

  /**
   * The dry run: the findings and queue a real submission of this body would get. Needs no credentials and
   * stores nothing, so referrers and partner systems can check a referral while it is being written.
   */
  @Post('check')
  @Response<ProblemDetails>(400, 'The body has problems; each bad field is named')
  @Example<CheckResult>({
    findings: [
      {
        code: 'JARGON',
        path: 'worried.pastHarm[0]',
        severity: 'ask',
        term: 'neglect',
        message: "Uses the label 'neglect' instead of describing what happened.",
        question: "You wrote 'neglect'. What exactly did you see or hear that worried you - for example what Maya was wearing, eating or saying, and when?",
      },
    ],
    specificsScore: 82,
    route: { queue: 'child-protection', reasons: ['Describes harm to the child: hitting'] },
  })
  public async checkReferral(@Body() body: ReferralSubmission, @Request() req: ExpressRequest): Promise<CheckResult> {
    void body;
    return checkReferral(parseSubmission(originalBody(req)));
  }

  /** Read back a referral your organisation submitted, with its findings, queue and status. */
  @Get('{reference}')
  @Security('partnerKey', ['referrals:read'])
  @Response<ProblemDetails>(404, 'No referral with this reference was submitted with your key')
  public async getReferral(@Path() reference: string, @Request() req: ExpressRequest): Promise<SubmittedReferral> {
    return getSubmittedReferral(reference, (req.user as Partner).keyId);
  }
}
