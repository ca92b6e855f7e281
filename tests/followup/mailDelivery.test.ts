import { useTestDatabase } from '../support/testDatabase';
import { createMailWorker, mailStatusFor, type MailWorker } from '../../src/followup/mailWorker';
import { MailAttemptModel, MailDoneModel, MailModel } from '../../src/followup/followUpModels';
import { SmtpTestServer, waitFor } from './smtpTestServer';
import { PERSONAL, storeDecision, storeReferralWithFollowUp, useMailConfig } from './helpers';

useTestDatabase();

let smtp: SmtpTestServer;
let workers: MailWorker[] = [];

function startWorker(name: string): MailWorker {
  const w = createMailWorker({ name });
  workers.push(w);
  w.start();
  return w;
}

beforeEach(async () => {
  smtp = await new SmtpTestServer().start();
  useMailConfig({ SMTP_URL: smtp.url });
});

afterEach(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  workers = [];
  await smtp.stop();
});

describe('follow-up and outcome emails over SMTP', () => {
  test('when a referral needs follow-up questions, the referrer gets one email with the reference and a link, and nothing personal', async () => {
    const reference = await storeReferralWithFollowUp();
    startWorker('a');
    const [email] = await waitFor(() => (smtp.received.length ? smtp.received : null));
    expect(email.to).toEqual(['p.shah@hillside.example.sch.uk']);
    expect(email.messageId).toBe(`<${reference}.follow-up@safer-referral-intake>`);
    expect(email.subject).toContain(reference);
    expect(email.decoded).toContain(reference);
    expect(email.decoded).toMatch(/https:\/\/referrals\.council\.example\/follow-up\/[A-Za-z0-9_-]{43}/);
    expect(email.decoded).toContain('01642 111 222');
    const visible = `${email.subject}\n${email.decoded.slice(email.decoded.indexOf('\n\n'))}`;
    for (const word of PERSONAL) expect(visible).not.toContain(word);
    await waitFor(async () => (await mailStatusFor(reference)).followUp === 'sent');
    expect(await MailModel.countDocuments()).toBe(0);
  });

  test('when First Contact decides, the referrer is told a decision was made and what kind of help follows', async () => {
    const reference = await storeReferralWithFollowUp();
    const messageId = await storeDecision(reference, 'early-help');
    startWorker('a');
    const email = await waitFor(() => smtp.received.find((m) => m.messageId === messageId));
    expect(email.subject).toBe(`Referral ${reference}: a decision has been made`);
    expect(email.decoded).toContain('early help');
    const visible = `${email.subject}\n${email.decoded.slice(email.decoded.indexOf('\n\n'))}`;
    for (const word of PERSONAL) expect(visible).not.toContain(word);
    expect(visible).not.toMatch(/follow-up\//);
    await waitFor(async () => (await mailStatusFor(reference)).outcome === 'sent');
  });

  test('when the mail server is down for a while, every email is delivered once it is back, none lost', async () => {
    const port = smtp.port;
    await smtp.stop();
    const refs = await Promise.all([1, 2, 3, 4].map(() => storeReferralWithFollowUp()));
    startWorker('a');
    await waitFor(async () => (await MailModel.find({ attempts: { $gte: 2 } }).lean()).length === refs.length);
    await smtp.start(port);
    await waitFor(() => smtp.received.length >= refs.length);
    await waitFor(async () => (await MailDoneModel.countDocuments({ state: 'sent' })) === refs.length);
    expect(new Set(smtp.received.map((m) => m.messageId)).size).toBe(refs.length);
    for (const r of refs) expect((await mailStatusFor(r)).followUp).toBe('sent');
  });

  test.each([421, 451])('when the server answers %i, the email is retried and delivered', async (code) => {
    let refusals = 2;
    smtp.reply = (stage) => (stage === 'data' && refusals-- > 0 ? code : 'ok');
    const reference = await storeReferralWithFollowUp();
    startWorker('a');
    await waitFor(async () => (await mailStatusFor(reference)).followUp === 'sent');
    expect(smtp.refusals).toBe(2);
    expect(smtp.received).toHaveLength(1);
    expect((await MailDoneModel.findById(`<${reference}.follow-up@safer-referral-intake>`).lean())?.attempts).toBe(3);
  });

  test('when the mailbox does not exist (550), delivery stops and staff see the referrer could not be emailed', async () => {
    smtp.reply = (stage) => (stage === 'rcpt' ? 550 : 'ok');
    const reference = await storeReferralWithFollowUp();
    startWorker('a');
    await waitFor(async () => (await mailStatusFor(reference)).followUp === 'failed');
    const status = await mailStatusFor(reference);
    expect(status.referrerCouldNotBeEmailed).toBe(true);
    await new Promise((r) => setTimeout(r, 400));
    expect(smtp.refusals).toBe(1);
    expect(await MailModel.countDocuments()).toBe(0);
    expect((await MailDoneModel.findById(`<${reference}.follow-up@safer-referral-intake>`).lean())?.error).toBe('550');
  });

  test('two workers running at once never deliver the same email twice', async () => {
    const refs = await Promise.all(Array.from({ length: 12 }, () => storeReferralWithFollowUp()));
    const decided = await Promise.all(refs.slice(0, 6).map((r) => storeDecision(r, 'no-further-action')));
    startWorker('one');
    startWorker('two');
    const expected = refs.length + decided.length;
    await waitFor(async () => (await MailDoneModel.countDocuments({ state: 'sent' })) === expected, { timeoutMs: 30000 });
    await new Promise((r) => setTimeout(r, 500));
    const counts = smtp.countsByMessageId();
    expect(counts.size).toBe(expected);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    const claimants = new Set((await MailAttemptModel.find({}).lean()).map((a) => a.worker));
    expect(claimants.size).toBeGreaterThanOrEqual(1);
  });

  test('a claimant that died mid-attempt is replaced once its lease runs out', async () => {
    useMailConfig({ SMTP_URL: smtp.url, MAIL_LEASE_MS: '300' });
    const reference = await storeReferralWithFollowUp();
    const messageId = `<${reference}.follow-up@safer-referral-intake>`;
    const w = createMailWorker({ name: 'x' });
    await w.discover();
    // A worker that claimed attempt 1 and then vanished.
    await MailAttemptModel.collection.insertOne({ _id: `${messageId}#1`, worker: 'dead', claimedAt: new Date(), leaseUntil: new Date(Date.now() + 300) } as never);
    await w.deliver();
    expect(smtp.received).toHaveLength(0);
    await new Promise((r) => setTimeout(r, 350));
    await w.deliver();
    expect(smtp.received).toHaveLength(1);
    expect((await MailAttemptModel.findById(`${messageId}#2`).lean())?.worker).toBe('x');
    await w.stop();
  });
});

describe('with no SMTP server configured', () => {
  test('emails are written as .eml files to MAIL_DIR, named by reference, so the service runs with nothing else', async () => {
    const { existsSync, mkdtempSync, readFileSync, readdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'sri-mail-'));
    useMailConfig({ MAIL_DIR: dir });
    const reference = await storeReferralWithFollowUp();
    await storeDecision(reference, 'child-and-family-assessment');
    const w = createMailWorker({ name: 'files' });
    await w.tick();
    const files = readdirSync(dir).sort();
    expect(files).toEqual([`${reference}-follow-up.eml`, `${reference}-outcome-1.eml`]);
    const eml = readFileSync(join(dir, files[0]), 'utf8');
    expect(eml).toContain(`Message-ID: <${reference}.follow-up@safer-referral-intake>`);
    expect(eml).toContain('To: p.shah@hillside.example.sch.uk');
    expect(existsSync(join(dir, files[1]))).toBe(true);
    expect((await mailStatusFor(reference)).outcome).toBe('sent');
    await w.stop();
  });
});
