import { Body, Controller, Get, Path, Post, Query, Request, Response, Route, Security, SuccessResponse, Tags } from '@tsoa/runtime';
import type { Request as ExpressRequest } from 'express';
import type { ProblemDetails } from '../platform/problemTypes';
import type { StaffMember } from '../platform/auth/authentication';
import type { AuditEntry } from '../audit/auditTypes';
import { claimReferral, releaseClaim, renewClaim } from './claimService';
import { claimNext, listOverdue, listQueue, listQueues } from './queueService';
import { decide, moveQueue, reopen } from './decisionService';
import { getTriageView, referralAuditTrail } from './triageViewService';
import type { ClaimView, DecisionInput, DecisionView, MoveInput, QueueItem, QueueMoveView, QueuePage, QueueSummary, ReasonInput, ReopenView, TriageView } from './triageTypes';

const staffOf = (req: ExpressRequest) => req.user as StaffMember;

@Route('api/v1')
@Tags('First Contact triage')
@Response<ProblemDetails>(401, 'Not signed in as staff')
export class TriageController extends Controller {
  /** Each First Contact queue with how many referrals are open, how many are overdue, and the oldest waiting. */
  @Get('queues')
  @Security('staff', ['worker', 'manager'])
  @Response<ProblemDetails>(403, 'Your role does not triage')
  public async listQueues(@Request() req: ExpressRequest): Promise<QueueSummary[]> {
    return listQueues(staffOf(req));
  }

  /**
   * A queue's open referrals, most urgent first, with the decision deadline, time left, overdue flag and who holds
   * each one. No names appear here: a child's details are shown, and audited, when the referral is read.
   * @param page From 1.
   * @param pageSize 1-100, 25 by default.
   */
  @Get('queues/{queue}/referrals')
  @Security('staff', ['worker', 'manager'])
  @Response<ProblemDetails>(404, 'No such queue')
  public async listQueue(@Path() queue: string, @Request() req: ExpressRequest, @Query() page?: number, @Query() pageSize?: number): Promise<QueuePage> {
    return listQueue(staffOf(req), queue, page ?? 1, pageSize ?? 25);
  }

  /**
   * Take the most urgent unclaimed referral in this queue. You hold it for CLAIM_LEASE_MINUTES (30 by default);
   * renew to keep it, release to put it back. An expired claim puts it back by itself.
   */
  @Post('queues/{queue}/claim')
  @Security('staff', ['worker', 'manager'])
  @Response<ProblemDetails>(404, 'No such queue, or nothing unclaimed is waiting in it')
  public async claimNext(@Path() queue: string, @Request() req: ExpressRequest): Promise<QueueItem> {
    return claimNext(staffOf(req), queue, req.ip);
  }

  /** Claim a named referral. */
  @Post('referrals/{reference}/claim')
  @Security('staff', ['worker', 'manager'])
  @Response<ProblemDetails>(404, 'No open referral with this reference')
  @Response<ProblemDetails>(409, 'Someone else holds it, or it has been decided')
  public async claimReferral(@Path() reference: string, @Request() req: ExpressRequest): Promise<ClaimView> {
    return claimReferral(staffOf(req), reference, req.ip);
  }

  /** Put a referral you hold back in its queue. */
  @Post('referrals/{reference}/release')
  @Security('staff', ['worker', 'manager'])
  @SuccessResponse(204, 'Released')
  @Response<ProblemDetails>(409, 'You do not hold it (or your claim ran out)')
  public async releaseClaim(@Path() reference: string, @Request() req: ExpressRequest): Promise<void> {
    await releaseClaim(staffOf(req), reference, req.ip);
    this.setStatus(204);
  }

  /** Keep a referral you hold for another lease period. */
  @Post('referrals/{reference}/renew')
  @Security('staff', ['worker', 'manager'])
  @Response<ProblemDetails>(409, 'You do not hold it (or your claim ran out): claim it again')
  public async renewClaim(@Path() reference: string, @Request() req: ExpressRequest): Promise<ClaimView> {
    return renewClaim(staffOf(req), reference, req.ip);
  }

  /**
   * Read a referral as First Contact: the three columns, child and household, consent, the child's words, the
   * findings and questions asked, the referrer's answers, routing reasons, earlier referrals about the same child,
   * both scaling numbers, the claim and the decision history. Every read is recorded in the audit trail.
   */
  @Get('referrals/{reference}/triage')
  @Security('staff')
  @Response<ProblemDetails>(404, 'No referral with this reference that you may read')
  public async getTriageView(@Path() reference: string, @Request() req: ExpressRequest): Promise<TriageView> {
    return getTriageView(staffOf(req), reference, req.ip);
  }

  /**
   * Record the decision on the type of response. You must hold the referral (a live claim). One decision per
   * referral; a manager can reopen it. The referrer is emailed the outcome.
   */
  @Post('referrals/{reference}/decision')
  @Security('staff')
  @SuccessResponse(201, 'Decided')
  @Response<ProblemDetails>(400, 'The decision has problems; each bad field is named')
  @Response<ProblemDetails>(404, 'No referral with this reference that you may read')
  @Response<ProblemDetails>(409, 'Already decided, or you do not hold a live claim')
  public async decide(@Path() reference: string, @Body() body: DecisionInput, @Request() req: ExpressRequest): Promise<DecisionView> {
    const decision = await decide(staffOf(req), reference, body, req.ip);
    this.setStatus(201);
    return decision;
  }

  /** Managers only: reopen a decided referral, with a reason. It goes back to its queue with a new deadline. */
  @Post('referrals/{reference}/reopen')
  @Security('staff')
  @SuccessResponse(201, 'Reopened')
  @Response<ProblemDetails>(403, 'Only a manager can reopen')
  @Response<ProblemDetails>(409, 'Not decided, or just reopened by someone else')
  public async reopen(@Path() reference: string, @Body() body: ReasonInput, @Request() req: ExpressRequest): Promise<ReopenView> {
    const result = await reopen(staffOf(req), reference, body.reason, req.ip);
    this.setStatus(201);
    return result;
  }

  /** Move a referral you hold to another queue, with a reason. The move is recorded and your claim ends. */
  @Post('referrals/{reference}/move')
  @Security('staff')
  @SuccessResponse(201, 'Moved')
  @Response<ProblemDetails>(409, 'Decided, or you do not hold a live claim')
  public async move(@Path() reference: string, @Body() body: MoveInput, @Request() req: ExpressRequest): Promise<QueueMoveView> {
    const result = await moveQueue(staffOf(req), reference, body, req.ip);
    this.setStatus(201);
    return result;
  }

  /** Managers only: every open referral past its decision deadline, the most overdue first. */
  @Get('overdue')
  @Security('staff', ['manager'])
  @Response<ProblemDetails>(403, 'Only a manager sees the overdue list')
  public async listOverdue(@Request() req: ExpressRequest): Promise<QueueItem[]> {
    return listOverdue(staffOf(req));
  }

  /** Managers only: who has read or changed this referral, when, and from where. */
  @Get('referrals/{reference}/audit')
  @Security('staff')
  @Response<ProblemDetails>(404, 'No referral with this reference that you may read')
  public async auditTrail(@Path() reference: string, @Request() req: ExpressRequest): Promise<AuditEntry[]> {
    return referralAuditTrail(staffOf(req), reference);
  }
}
