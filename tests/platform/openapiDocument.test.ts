import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { generateSpec, validateSpecConfig } from '@tsoa/cli';

const root = join(__dirname, '..', '..');

describe('the committed OpenAPI document', () => {
  test('is what the controllers generate today (run `npm run openapi` after changing the API)', async () => {
    const tsoaConfig = JSON.parse(readFileSync(join(root, 'tsoa.json'), 'utf8'));
    const out = mkdtempSync(join(tmpdir(), 'openapi-'));
    const cwd = process.cwd();
    try {
      process.chdir(root); // the CLI reads package.json and the controller globs from the project root
      const spec = await validateSpecConfig({ ...tsoaConfig, spec: { ...tsoaConfig.spec, outputDirectory: out } });
      await generateSpec(spec);
      const fresh = JSON.parse(readFileSync(join(out, 'openapi.json'), 'utf8'));
      const committed = JSON.parse(readFileSync(join(root, 'openapi', 'openapi.json'), 'utf8'));
      expect(committed).toEqual(fresh);
    } finally {
      process.chdir(cwd);
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);

  test('documents the contract partners build against', () => {
    const doc = JSON.parse(readFileSync(join(root, 'openapi', 'openapi.json'), 'utf8'));
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/referrals', '/api/v1/referrals/check', '/api/v1/referrals/{reference}']));
    const submission = doc.components.schemas.ReferralSubmission;
    expect(submission.required).toEqual(expect.arrayContaining(['referrer', 'children', 'worried']));
    expect(submission.additionalProperties).toBe(false);
    expect(JSON.stringify(doc.paths['/api/v1/referrals'].post)).toMatch(/Idempotency-Key/);
  });
});
