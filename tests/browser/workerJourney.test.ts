import type { Browser, BrowserContext, Page } from 'playwright-core';
import { testApp } from '../support/testApp';
import { useTestDatabase } from '../support/testDatabase';
import { labelledCases } from '../support/fixtures';
import { submitReferral } from '../../src/referrals/referralService';
import { createStaff } from '../../src/staff/staffService';
import { DecisionModel } from '../../src/triage/triageModels';
import { collectConsoleErrors, expectAccessible, expectReflowsAt320, launchChromium, listen } from './browserSupport';

useTestDatabase();

let browser: Browser;
let baseUrl: string;
let stop: () => Promise<void>;

beforeAll(async () => {
  ({ baseUrl, stop } = await listen(testApp()));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await stop?.();
});

const NEW_PASSWORD = 'correct horse battery staple';

/** Signs in with the one-time password and sets a real one, as a new member of staff does on day one. */
async function signInFirstTime(page: Page, email: string, oneTimePassword: string): Promise<void> {
  await page.goto(`${baseUrl}/staff`);
  await page.waitForSelector('#email');
  expect(page.url()).toContain('/staff/sign-in');
  await expectAccessible(page, 'sign-in page');
  await page.fill('#email', email);
  await page.fill('#password', oneTimePassword);
  await page.click('#sign-in');
  await page.waitForSelector('#newPassword');
  await expectAccessible(page, 'password page');
  await page.fill('#currentPassword', oneTimePassword);
  await page.fill('#newPassword', NEW_PASSWORD);
  await page.click('button:has-text("Save password")');
  await page.waitForSelector('#queues');
}

describe('a First Contact worker triages a referral in the browser', () => {
  let context: BrowserContext;
  let page: Page;
  let consoleErrors: string[];

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    consoleErrors = collectConsoleErrors(page);
  });
  afterEach(async () => {
    await context.close();
  });

  test('the worker signs in, sees the queues, takes the next referral, reads the map and decides', async () => {
    const cases = labelledCases();
    const complete = cases[0]!.referral;
    const jargon = cases.find((c) => c.file.startsWith('02'))!.referral;
    const first = await submitReferral(complete, { owner: 'web', channel: 'web', idempotencyKey: 'a' });
    await submitReferral(jargon, { owner: 'web', channel: 'web', idempotencyKey: 'b' });
    const worker = await createStaff('a.worker@council.example', 'worker');

    await signInFirstTime(page, worker.email, worker.oneTimePassword);
    await expectAccessible(page, 'queues page');
    await expectReflowsAt320(page);
    const queueRow = page.locator(`#queue-${first.route.queue}`);
    expect(Number(await queueRow.locator('td').first().innerText())).toBeGreaterThanOrEqual(1);

    await queueRow.locator('a').click();
    await page.waitForSelector('#take-next');
    await expectAccessible(page, 'queue page');
    await expectReflowsAt320(page);
    const references = await page.locator('#items tbody th a').allInnerTexts();
    expect(references.length).toBeGreaterThanOrEqual(1);

    await page.click('#take-next');
    await page.waitForSelector('.sri-map');
    const reference = (await page.locator('h1').innerText()).replace('Referral ', '').trim();
    expect(reference).toBe(references[0]);
    expect(await page.locator('#claim').innerText()).toContain('You are working on this referral');

    // The map: three columns, the referrer's statements, routing reasons, scaling.
    const columns = await page.locator('.sri-map__column h2').allInnerTexts();
    expect(columns).toEqual(["What are we worried about?", "What's working well?", 'What needs to happen?']);
    const stored = [complete, jargon].find((r) => r.worried.pastHarm?.length)!;
    expect(await page.locator('.sri-map').innerText()).toBeTruthy();
    expect((await page.locator('#route-reasons li').allInnerTexts()).length).toBeGreaterThan(0);
    expect(await page.locator('#scaling').innerText()).toContain('Referrer');
    void stored;
    await expectAccessible(page, 'triage map');
    await expectReflowsAt320(page);

    // A decision without a reason is refused, with the GOV.UK error summary, and what was chosen is kept.
    await page.check('input[name="outcome"][value="child-and-family-assessment"]');
    await page.click('#record-decision');
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.locator('.govuk-error-summary').innerText()).toContain('Enter what in the referral led to this decision');
    expect(await page.isChecked('input[name="outcome"][value="child-and-family-assessment"]')).toBe(true);
    await expectAccessible(page, 'decision form with errors');

    await page.fill('#rationale', 'Repeated bruising the child explains; mother has kept him safe at weekends.');
    await page.check('input[name="workerScaling-score"][value="4"]');
    await page.fill('#workerScaling-rationale', 'Harm is recent and repeated; one safe adult at weekends.');
    await page.click('#record-decision');
    await page.waitForSelector('.govuk-notification-banner--success');
    expect(await page.locator('#scaling').innerText()).toContain('Harm is recent and repeated');
    expect(await DecisionModel.countDocuments({ reference })).toBe(1);
    await expectAccessible(page, 'decided referral');
    // The refused decision answered 400 (a page with the error summary); nothing else went wrong.
    expect(consoleErrors.filter((m) => !m.includes('status of 400'))).toEqual([]);
  });

  test('a manager sees the overdue list and a referral\'s audit trail; a worker cannot', async () => {
    const old = new Date(Date.now() - 5 * 24 * 3600_000);
    const late = await submitReferral(labelledCases()[0]!.referral, { owner: 'web', channel: 'web', idempotencyKey: 'old', now: old });
    const manager = await createStaff('a.manager@council.example', 'manager');
    await signInFirstTime(page, manager.email, manager.oneTimePassword);
    expect(await page.locator('main').innerText()).toMatch(/overdue/);

    await page.click('a[href="/staff/overdue"]');
    await page.waitForSelector('h1:has-text("Overdue referrals")');
    expect(await page.locator('#items').innerText()).toContain(late.reference);
    await expectAccessible(page, 'overdue page');
    await expectReflowsAt320(page);

    await page.click(`a:has-text("${late.reference}")`);
    await page.waitForSelector('.sri-map');
    await page.click('a:has-text("Audit trail")');
    await page.waitForSelector('#audit');
    expect(await page.locator('#audit').innerText()).toContain('read');
    await expectAccessible(page, 'audit trail');
    await expectReflowsAt320(page);

    const worker = await createStaff('b.worker@council.example', 'worker');
    const other = await browser.newContext();
    const workerPage = await other.newPage();
    await signInFirstTime(workerPage, worker.email, worker.oneTimePassword);
    const res = await workerPage.goto(`${baseUrl}/staff/overdue`);
    expect(res?.status()).toBe(403);
    const audit = await workerPage.goto(`${baseUrl}/staff/referrals/${late.reference}/audit`);
    expect(audit?.status()).toBe(404);
    await other.close();
  });

  test('staff pages need a signed-in member of staff, and a wrong password is told plainly', async () => {
    const res = await page.goto(`${baseUrl}/staff/referrals/SR-AAAA-BBBB`);
    expect(page.url()).toContain('/staff/sign-in?next=');
    expect(res?.status()).toBe(200);
    await createStaff('c.worker@council.example', 'worker');
    await page.fill('#email', 'c.worker@council.example');
    await page.fill('#password', 'not the password');
    await page.click('#sign-in');
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.locator('.govuk-error-summary').innerText()).toContain('The email address or password is not right');
    await expectAccessible(page, 'sign-in with error');
  });
});
