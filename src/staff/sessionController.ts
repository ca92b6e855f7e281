import { Body, Controller, Delete, Get, Put, Post, Request, Response, Route, Security, SuccessResponse, Tags } from '@tsoa/runtime';
import type { Request as ExpressRequest } from 'express';
import type { ProblemDetails } from '../platform/problemTypes';
import type { StaffMember } from '../platform/auth/authentication';
import { changePassword, sessionTokenOf, signIn, signOut } from './staffService';
import type { PasswordChange, SessionToken, SignedInStaff, SignInRequest } from './staffTypes';

@Route('api/v1/session')
@Tags('Staff sign-in')
export class SessionController extends Controller {
  /**
   * Sign in as First Contact staff. The token is shown once: send it as `Authorization: Bearer <token>`.
   * Sessions end after a period of inactivity (8 hours by default) and at the latest 12 hours after sign-in.
   * After repeated failed attempts the account is locked for a while (429 with `Retry-After`).
   */
  @Post()
  @SuccessResponse(201, 'Signed in')
  @Response<ProblemDetails>(401, 'The email address or password is not right')
  @Response<ProblemDetails>(429, 'Locked after repeated failures; see Retry-After')
  public async signIn(@Body() body: SignInRequest, @Request() req: ExpressRequest): Promise<SessionToken> {
    const session = await signIn(body.email, body.password, req.ip);
    this.setStatus(201);
    return session;
  }

  /** Who this session belongs to. */
  @Get()
  @Security('staff')
  @Response<ProblemDetails>(401, 'Not signed in')
  public async whoAmI(@Request() req: ExpressRequest): Promise<SignedInStaff> {
    const staff = req.user as StaffMember;
    return { staffId: staff.staffId, email: staff.email, role: staff.role };
  }

  /** Sign out: the token stops working at once, in every instance. */
  @Delete()
  @Security('staff')
  @SuccessResponse(204, 'Signed out')
  @Response<ProblemDetails>(401, 'Not signed in')
  public async signOut(@Request() req: ExpressRequest): Promise<void> {
    const token = sessionTokenOf(req);
    if (token) await signOut(token);
    this.setStatus(204);
  }

  /** Replace the one-time password (or any password) with your own; your other sessions are signed out. */
  @Put('password')
  @Security('staff')
  @SuccessResponse(204, 'Changed')
  @Response<ProblemDetails>(400, 'The current password is not right, or the new one is too short')
  @Response<ProblemDetails>(401, 'Not signed in')
  public async changePassword(@Body() body: PasswordChange, @Request() req: ExpressRequest): Promise<void> {
    await changePassword(req.user as StaffMember, body.currentPassword, body.newPassword);
    this.setStatus(204);
  }
}
