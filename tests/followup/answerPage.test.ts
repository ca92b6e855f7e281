import request from 'supertest';
import type { Express } from 'express';
import { useTestDatabase } from '../support/testDatabase';
import { testApp } from '../support/testApp';
import { createMailWorker, type MailWorker } from '../../src/followup/mailWorker';
import { followUpFor } from '../../src/followup/followUpService';
import { FollowUpLinkModel } from '../../src/followup/followUpModels';
import { answerToken, tokenHash } from '../../src/followup/answerLinks';
import { AuditModel } from '../../src/audit/auditModel';
import { checkSpecifics } from '../../src/specifics/checkSpecifics';
import { SmtpTestServer, waitFor } from './smtpTestServer';
import { jargonReferral, mailSettings, storeReferralWithFollowUp } from './helpers';

useTestDatabase();

let smtp: SmtpTestServer;
let worker: MailWorker;
let app: Express;

beforeEach(async () => {
  smtp = await new SmtpTestServer().start();
  app = testApp(mailSettings({ SMTP_URL: smtp.url }));
  worker = createMailWorker({ name: 'pages' });
});

afterEach(async () => {
  await worker.stop();
  await smtp.stop();
});

async function referralWithEmailedLink(): Promise<{ reference: string; path: string }> {
  const submission = jargonReferral();
  const reference = await storeReferralWithFollowUp(submission, checkSpecifics(submission).findings);
  await worker.tick();
  const email = await waitFor(() => smtp.received[0]);
  const link = email.decoded.match(/https:\/\/referrals\.council\.example(\/follow-up\/[A-Za-z0-9_-]{43})/);
  return { reference, path: link![1] };
}

const csrfOf = (html: string) => html.match(/name="_csrf" value="([^"]+)"/)![1];
const questionsOf = (html: string) => [...html.matchAll(/<label class="govuk-label govuk-label--s" for="answer-(\d+)">\s*([^<]*)</g)].map((m) => m[2].trim());

describe('the referrer answers follow-up questions through the emailed link', () => {
  test('the page shows the questions only, not the referral, with an "I don\'t know" option for each', async () => {
    const { reference, path } = await referralWithEmailedLink();
    const res = await request(app).get(path).expect(200);
    expect(res.text).toContain(reference);
    const questions = questionsOf(res.text);
    expect(questions.length).toBeGreaterThan(0);
    expect(questions.length).toBeLessThanOrEqual(5);
    expect(res.text).toContain('I don&#39;t know');
    // The questions may quote the word they ask about, but the statements themselves are not shown.
    expect(res.text).not.toContain('comes to school');
    expect(res.text).not.toContain('four or five cans');
    expect(res.text).not.toContain('12 Ash Road');
    expect(res.headers['cache-control']).toContain('no-store');
  });

  test('answers are stored, the check runs again, the finding is resolved, staff see the answer, and the link then stops working', async () => {
    const { reference, path } = await referralWithEmailedLink();
    const agent = request.agent(app);
    const page = await agent.get(path).expect(200);
    const questions = questionsOf(page.text);
    const jargonIndex = questions.findIndex((q) => /neglect/i.test(q));
    expect(jargonIndex).toBeGreaterThanOrEqual(0);

    const form: Record<string, string> = { _csrf: csrfOf(page.text) };
    questions.forEach((_, i) => {
      if (i === jargonIndex) form[`answer-${i}`] = 'On Monday 3 November I saw Maya arrive in the same clothes for the third day running and she told me she had not eaten since lunch the day before.';
      else form[`dontKnow-${i}`] = 'yes';
    });
    const done = await agent.post(path).type('form').send(form).expect(200);
    expect(done.text).toContain('Answers sent');

    const view = await followUpFor(reference);
    expect(view?.status).toBe('answered');
    const answered = view!.questions[jargonIndex];
    expect(answered.code).toBe('JARGON');
    expect(answered.answer).toContain('same clothes');
    expect(answered.resolved).toBe(true);
    expect(view!.resolvedCodes).toContain('JARGON');
    expect(view!.questions.filter((q) => q.dontKnow)).toHaveLength(questions.length - 1);
    expect(view!.findingsAfter!.some((f) => f.code === 'JARGON' && f.term === answered.term)).toBe(false);
    expect(view!.answeredAt).toBeInstanceOf(Date);

    const again = await agent.get(path).expect(410);
    expect(again.text).toContain('already been answered');
    expect(again.text).toContain('01642 111 222');
    const repost = await agent.post(path).type('form').send(form).expect(410);
    expect(repost.text).toContain('already been answered');
    expect(await AuditModel.countDocuments({ reference, action: 'follow-up-link-refused' })).toBe(2);
    expect(await AuditModel.countDocuments({ reference, action: 'follow-up-answered' })).toBe(1);
  });

  test('a question left blank is shown again with an error, and nothing is stored', async () => {
    const { reference, path } = await referralWithEmailedLink();
    const agent = request.agent(app);
    const page = await agent.get(path).expect(200);
    const res = await agent.post(path).type('form').send({ _csrf: csrfOf(page.text) }).expect(400);
    expect(res.text).toContain('There is a problem');
    expect(res.text).toContain('href="#answer-0"');
    expect((await followUpFor(reference))?.status).toBe('waiting');
  });

  test('a form posted without its CSRF token is refused', async () => {
    const { reference, path } = await referralWithEmailedLink();
    await request(app).post(path).type('form').send({ 'dontKnow-0': 'yes' }).expect(403);
    expect((await followUpFor(reference))?.status).toBe('waiting');
  });

  test('a tampered link gets a clear page with the phone number, and an audit record', async () => {
    const { path } = await referralWithEmailedLink();
    const tampered = path.slice(0, -3) + (path.endsWith('AAA') ? 'BBB' : 'AAA');
    const res = await request(app).get(tampered).expect(404);
    expect(res.text).toContain('This link does not work');
    expect(res.text).toContain('01642 111 222');
    await request(app).get('/follow-up/short').expect(404);
    expect(await AuditModel.countDocuments({ action: 'follow-up-link-refused' })).toBe(2);
  });

  test('a link made for one referral cannot open another, and a link for a message we never sent is refused', async () => {
    const { reference } = await referralWithEmailedLink();
    // A well-formed token for a message id that was never emailed.
    const forged = answerToken(`<${reference}.follow-up@elsewhere>`);
    await request(app).get(`/follow-up/${forged}`).expect(404);
  });

  test('an expired link gets a clear page saying what to do instead', async () => {
    const { reference, path } = await referralWithEmailedLink();
    const token = path.split('/').pop()!;
    await FollowUpLinkModel.updateOne({ _id: tokenHash(token) }, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    const res = await request(app).get(path).expect(410);
    expect(res.text).toContain('This link has expired');
    expect(res.text).toContain('01642 111 222');
    expect(await AuditModel.countDocuments({ reference, action: 'follow-up-link-refused' })).toBe(1);
  });

  test('the link is built from PUBLIC_BASE_URL, never from the Host header, and only its hash is stored', async () => {
    const { path } = await referralWithEmailedLink();
    const token = path.split('/').pop()!;
    const links = await FollowUpLinkModel.find({}).lean();
    expect(links).toHaveLength(1);
    expect(links[0]._id).toBe(tokenHash(token));
    expect(JSON.stringify(links)).not.toContain(token);
  });
});
