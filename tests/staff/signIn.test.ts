import request from 'supertest';
import { useTestDatabase } from '../support/testDatabase';
import { partnerKey, testApp } from '../support/testApp';
import { createStaff } from '../../src/staff/staffService';
import { SessionModel, StaffModel } from '../../src/staff/staffModel';
import { AuditModel } from '../../src/audit/auditModel';

useTestDatabase();
// The per-address limit on failed sign-ins is another layer (tested with rate limits); raise it so these tests see the per-account lockout.
const app = testApp({ SIGN_IN_MAX_FAILURES: '3', RATE_LIMIT_PER_MINUTE: '100000' });

async function signIn(email: string, password: string) {
  return request(app).post('/api/v1/session').send({ email, password });
}

describe('staff sign-in', () => {
  it('when a new worker signs in with their one-time password, they get a session and are asked to choose their own password', async () => {
    const { oneTimePassword } = await createStaff('A.Worker@Council.example', 'worker');
    const res = await signIn(' a.worker@council.example ', oneTimePassword);
    expect(res.status).toBe(201);
    expect(res.body.token).toMatch(/^srs_/);
    expect(res.body.staff).toMatchObject({ email: 'a.worker@council.example', role: 'worker' });
    expect(res.body.mustChangePassword).toBe(true);
    expect(new Date(res.body.expiresAt).getTime()).toBeGreaterThan(Date.now());

    const me = await request(app).get('/api/v1/session').set('Authorization', `Bearer ${res.body.token}`);
    expect(me.status).toBe(200);
    expect(me.body.email).toBe('a.worker@council.example');
    // The one-time password went to them by another route: on its own it must not open any referral.
    const tooSoon = await request(app).get('/api/v1/queues').set('Authorization', `Bearer ${res.body.token}`);
    expect(tooSoon.status).toBe(403);
    expect(tooSoon.body.detail).toMatch(/password/);

    const changed = await request(app)
      .put('/api/v1/session/password')
      .set('Authorization', `Bearer ${res.body.token}`)
      .send({ currentPassword: oneTimePassword, newPassword: 'a long new passphrase' });
    expect(changed.status).toBe(204);
    expect((await request(app).get('/api/v1/queues').set('Authorization', `Bearer ${res.body.token}`)).status).toBe(200);
    const again = await signIn('a.worker@council.example', 'a long new passphrase');
    expect(again.status).toBe(201);
    expect(again.body.mustChangePassword).toBe(false);
  });

  it('passwords and session tokens are never stored in clear', async () => {
    const { oneTimePassword } = await createStaff('b.worker@council.example', 'worker');
    const { body } = await signIn('b.worker@council.example', oneTimePassword);
    const account = await StaffModel.findOne({ email: 'b.worker@council.example' }).lean();
    expect(account!.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(JSON.stringify(account)).not.toContain(oneTimePassword);
    const sessions = await SessionModel.find({}).lean();
    expect(JSON.stringify(sessions)).not.toContain(body.token);
  });

  it('a wrong password and an unknown email get the same answer', async () => {
    await createStaff('c.worker@council.example', 'worker');
    const wrong = await signIn('c.worker@council.example', 'not the password');
    const unknown = await signIn('nobody@council.example', 'not the password');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.detail).toBe(unknown.body.detail);
  });

  it('after repeated wrong passwords the account is locked, even for the right password, and failures are audited', async () => {
    const { oneTimePassword } = await createStaff('d.worker@council.example', 'worker');
    for (let i = 0; i < 3; i++) expect((await signIn('d.worker@council.example', 'guess')).status).toBe(401);
    const locked = await signIn('d.worker@council.example', oneTimePassword);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(60);
    expect(await AuditModel.countDocuments({ action: 'sign-in-failed' })).toBe(3);
  });

  it('a successful sign-in resets the count of failures', async () => {
    const { oneTimePassword } = await createStaff('e.worker@council.example', 'worker');
    for (let i = 0; i < 2; i++) await signIn('e.worker@council.example', 'guess');
    expect((await signIn('e.worker@council.example', oneTimePassword)).status).toBe(201);
    for (let i = 0; i < 2; i++) expect((await signIn('e.worker@council.example', 'guess')).status).toBe(401);
    expect((await signIn('e.worker@council.example', oneTimePassword)).status).toBe(201);
  });

  it('when many wrong guesses arrive at once, no more than the limit are checked', async () => {
    await createStaff('f.worker@council.example', 'worker');
    const answers = await Promise.all(Array.from({ length: 12 }, () => signIn('f.worker@council.example', 'guess')));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(3);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(9);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
  });

  it('signing out ends the session at once', async () => {
    const { oneTimePassword } = await createStaff('g.worker@council.example', 'worker');
    const { body } = await signIn('g.worker@council.example', oneTimePassword);
    expect((await request(app).delete('/api/v1/session').set('Authorization', `Bearer ${body.token}`)).status).toBe(204);
    expect((await request(app).get('/api/v1/queues').set('Authorization', `Bearer ${body.token}`)).status).toBe(401);
  });

  it('the same session works as the sri_session cookie, for pages', async () => {
    const { oneTimePassword } = await createStaff('h.worker@council.example', 'worker');
    const { body } = await signIn('h.worker@council.example', oneTimePassword);
    const cookie = `other=1; sri_session=${body.token}`;
    const changed = await request(app).put('/api/v1/session/password').set('Cookie', cookie).send({ currentPassword: oneTimePassword, newPassword: 'a long new passphrase' });
    expect(changed.status).toBe(204);
    const res = await request(app).get('/api/v1/queues').set('Cookie', cookie);
    expect(res.status).toBe(200);
  });

  it('on the pages, someone signed in with a one-time password is sent to choose their own before anything else', async () => {
    const { oneTimePassword } = await createStaff('k.worker@council.example', 'worker');
    const { body } = await signIn('k.worker@council.example', oneTimePassword);
    const cookie = `sri_session=${body.token}`;
    for (const path of ['/staff', '/staff/overdue', '/staff/referrals/SR-AAAA-BBBB']) {
      const res = await request(app).get(path).set('Cookie', cookie);
      expect(res.status).toBe(303);
      expect(res.headers.location).toBe('/staff/password');
    }
    expect((await request(app).get('/staff/password').set('Cookie', cookie)).status).toBe(200);
  });

  it('an expired session is refused', async () => {
    const { oneTimePassword } = await createStaff('i.worker@council.example', 'worker');
    const { body } = await signIn('i.worker@council.example', oneTimePassword);
    await SessionModel.updateMany({}, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await request(app).get('/api/v1/queues').set('Authorization', `Bearer ${body.token}`)).status).toBe(401);
  });

  it('a disabled account cannot sign in', async () => {
    const { oneTimePassword } = await createStaff('j.worker@council.example', 'worker');
    await StaffModel.updateOne({ email: 'j.worker@council.example' }, { $set: { disabledAt: new Date() } });
    expect((await signIn('j.worker@council.example', oneTimePassword)).status).toBe(401);
  });

  it('a partner API key is not a staff session', async () => {
    const key = await partnerKey();
    expect((await request(app).get('/api/v1/session').set('Authorization', `Bearer ${key}`)).status).toBe(401);
  });

  it('a sign-in with fields missing answers 400, not 500', async () => {
    const res = await request(app).post('/api/v1/session').send({ email: 'x@council.example' });
    expect(res.status).toBe(400);
  });
});
