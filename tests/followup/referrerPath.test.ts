import request from 'supertest';
import { useTestDatabase } from '../support/testDatabase';
import { partnerKey, testApp } from '../support/testApp';
import { createMailWorker } from '../../src/followup/mailWorker';
import { followUpFor } from '../../src/followup/followUpService';
import { SmtpTestServer, waitFor } from './smtpTestServer';
import { PERSONAL, jargonReferral, mailSettings } from './helpers';

useTestDatabase();

test('when a school refers with only jargon, the referrer is emailed a link, answers, staff see the answer, the finding is resolved and the link stops working', async () => {
  const smtp = await new SmtpTestServer().start();
  const app = testApp(mailSettings({ SMTP_URL: smtp.url }));
  const worker = createMailWorker({ name: 'path' });
  worker.start();
  try {
    const key = await partnerKey();
    const submitted = await request(app)
      .post('/api/v1/referrals')
      .set('Authorization', `Bearer ${key}`)
      .set('Host', 'attacker.example')
      .send(jargonReferral())
      .expect(201);
    const reference = submitted.body.reference as string;
    expect(submitted.body.findings.some((f: { code: string; term?: string }) => f.code === 'JARGON' && f.term === 'neglect')).toBe(true);

    // The email arrives: reference, why we write, a link built from PUBLIC_BASE_URL; nothing about the child.
    const email = await waitFor(() => smtp.received.find((m) => m.subject.includes(reference)));
    expect(smtp.received).toHaveLength(1);
    const visible = `${email.subject}\n${email.decoded.slice(email.decoded.indexOf('\n\n'))}`;
    for (const word of PERSONAL) expect(visible).not.toContain(word);
    expect(visible).not.toContain('attacker.example');
    const path = email.decoded.match(/https:\/\/referrals\.council\.example(\/follow-up\/[A-Za-z0-9_-]{43})/)![1];

    // Staff see the questions waiting.
    const waiting = await waitFor(async () => {
      const v = await followUpFor(reference);
      return v?.email.followUp === 'sent' ? v : null;
    });
    expect(waiting.status).toBe('waiting');
    expect(waiting.questions.some((x) => x.code === 'JARGON' && x.term === 'neglect')).toBe(true);

    // The referrer follows the link and answers, saying "I don't know" to the rest.
    const agent = request.agent(app);
    const page = await agent.get(path).expect(200);
    const questions = [...page.text.matchAll(/for="answer-(\d+)">\s*([^<]*)</g)].map((m) => m[2].trim());
    const neglect = questions.findIndex((q) => q.includes('neglect'));
    expect(neglect).toBeGreaterThanOrEqual(0);
    const form: Record<string, string> = { _csrf: page.text.match(/name="_csrf" value="([^"]+)"/)![1] };
    questions.forEach((_, i) => {
      if (i === neglect) form[`answer-${i}`] = 'On Tuesday 4 November I saw that Maya had no coat in the rain and she told me there was no food for breakfast.';
      else form[`dontKnow-${i}`] = 'yes';
    });
    await agent.post(path).type('form').send(form).expect(200);

    // Staff see the answer beside the question, and the finding is resolved.
    const view = await followUpFor(reference);
    expect(view?.status).toBe('answered');
    const q = view!.questions.find((x) => x.code === 'JARGON' && x.term === 'neglect')!;
    expect(q.answer).toContain('no coat in the rain');
    expect(q.resolved).toBe(true);
    expect(view!.resolvedCodes).toContain('JARGON');

    // The link no longer works.
    const reused = await agent.get(path).expect(410);
    expect(reused.text).toContain('already been answered');
  } finally {
    await worker.stop();
    await smtp.stop();
  }
});
