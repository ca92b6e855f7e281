import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/platform/config';
import { answerLink, answerToken, linkSecret, TOKEN_PATTERN } from '../../src/followup/answerLinks';
import { followUpEmail, outcomeEmail, OUTCOME_WORDS } from '../../src/followup/mailTemplates';

describe('answer links', () => {
  test('without LINK_SECRET in development, a secret is generated once into DATA_DIR/secrets with mode 600 and reused', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sri-secret-'));
    loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir });
    const first = answerToken('<SR-AAAA-BBBB.follow-up@safer-referral-intake>');
    const file = join(dataDir, 'secrets', 'link-secret');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').length).toBeGreaterThanOrEqual(43);
    expect(answerToken('<SR-AAAA-BBBB.follow-up@safer-referral-intake>')).toBe(first);
    expect(first).toMatch(TOKEN_PATTERN);
    expect(answerToken('<SR-AAAA-CCCC.follow-up@safer-referral-intake>')).not.toBe(first);
  });

  test('production refuses to start without LINK_SECRET', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', MONGODB_URI: 'mongodb://x', CSRF_SECRET: 'c'.repeat(32) })).toThrow(/LINK_SECRET/);
  });

  test('the link comes from PUBLIC_BASE_URL, and a different secret gives a different token', () => {
    loadConfig({ NODE_ENV: 'test', PUBLIC_BASE_URL: 'https://referrals.council.example/', LINK_SECRET: 'a'.repeat(40) });
    const a = answerToken('<m>');
    expect(answerLink(a)).toBe(`https://referrals.council.example/follow-up/${a}`);
    loadConfig({ NODE_ENV: 'test', LINK_SECRET: 'b'.repeat(40) });
    expect(linkSecret().toString()).toBe('b'.repeat(40));
    expect(answerToken('<m>')).not.toBe(a);
  });
});

describe('email wording', () => {
  test('every outcome has plain words, and neither email names anything but the reference', () => {
    loadConfig({ NODE_ENV: 'test', LINK_SECRET: 'a'.repeat(40) });
    for (const outcome of Object.keys(OUTCOME_WORDS)) {
      const email = outcomeEmail('SR-AAAA-BBBB', outcome);
      expect(email.subject).toBe('Referral SR-AAAA-BBBB: a decision has been made');
      expect(email.text).toContain(OUTCOME_WORDS[outcome as keyof typeof OUTCOME_WORDS]);
      expect(email.html).toContain('SR-AAAA-BBBB');
    }
    const f = followUpEmail('SR-AAAA-BBBB', 'https://x.example/follow-up/abc', new Date('2026-03-10T12:00:00Z'));
    expect(f.subject).toBe('Referral SR-AAAA-BBBB: questions from First Contact');
    expect(f.text).toContain('https://x.example/follow-up/abc');
    expect(f.html).toContain('href="https://x.example/follow-up/abc"');
    expect(f.text).toContain('Tuesday 10 March 2026');
  });
});
