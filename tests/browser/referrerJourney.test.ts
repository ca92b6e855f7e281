import type { Browser, BrowserContext, Page } from 'playwright-core';
import { testApp } from '../support/testApp';
import { useTestDatabase } from '../support/testDatabase';
import { ReferralModel } from '../../src/referrals/referralModel';
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

async function fillReferrer(page: Page): Promise<void> {
  await page.fill('#referrer-name', 'Priya Shah');
  await page.fill('#referrer-role', 'Designated Safeguarding Lead');
  await page.fill('#referrer-organisation', 'Hillside Primary School');
  await page.check('input[name="referrer-agency"][value="school"]');
  await page.fill('#referrer-email', 'p.shah@hillside.example.sch.uk');
  await page.fill('#child-0-firstName', 'Maya');
  await page.fill('#child-0-lastName', 'Reed');
}

describe('a school makes a referral through the web form', () => {
  let context: BrowserContext;
  let page: Page;
  let consoleErrors: string[];

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
    page = await context.newPage();
    consoleErrors = collectConsoleErrors(page);
  });
  afterEach(async () => {
    await context.close();
  });

  test('the start page says to phone first when a child is in immediate danger, and is accessible', async () => {
    await page.goto(`${baseUrl}/`);
    expect(await page.locator('h1').innerText()).toBe('Make a safeguarding referral for a child');
    const text = await page.locator('main').innerText();
    expect(text).toContain('999');
    expect(text).toContain('01642 000 111');
    await expectAccessible(page, 'start page');
    await expectReflowsAt320(page);
    expect(consoleErrors).toEqual([]);
  });

  test('when a required field is missing, the error summary links to it and nothing typed is lost', async () => {
    await page.goto(`${baseUrl}/referral`);
    await page.fill('#referrer-name', 'Priya Shah');
    await page.fill('#worried-pastHarm', 'Maya said her stepdad hit her.');
    await page.click('#continue');
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.title()).toMatch(/^Error: /);
    const summary = await page.locator('.govuk-error-summary').innerText();
    expect(summary).toContain('Enter the name of your organisation');
    expect(summary).toContain('Enter the first name of the child');
    expect(await page.inputValue('#referrer-name')).toBe('Priya Shah');
    expect(await page.inputValue('#worried-pastHarm')).toBe('Maya said her stepdad hit her.');
    await page.click('.govuk-error-summary a[href="#referrer-organisation"]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('referrer-organisation');
    expect(await page.locator('#referrer-organisation-error').innerText()).toContain('Enter the name of your organisation');
    await expectAccessible(page, 'form with errors');
  });

  test('the referrer fills the form, sees First Contact\'s questions beside their statements, and sends it', async () => {
    await page.goto(`${baseUrl}/referral`);
    await expectAccessible(page, 'empty form');
    await fillReferrer(page);
    await page.fill('#worried-pastHarm', 'There are concerns about neglect at home.');
    await page.fill('#worried-futureDanger', 'We are worried Maya will keep going hungry if nothing changes.');
    await page.click('#continue');

    await page.waitForSelector('#check-summary');
    expect(await page.locator('h1').innerText()).toBe('Check your referral');
    const prompts = page.locator('#worried-pastHarm-prompts .sri-prompt');
    expect(await prompts.count()).toBeGreaterThan(0);
    expect(await page.locator('#worried-pastHarm-prompts').innerText()).toContain('concerns about neglect');
    const summaryLinks = page.locator('#check-summary a');
    expect(await summaryLinks.count()).toBeGreaterThan(0);
    expect(await page.locator('#check-summary a[href="#worried-pastHarm"]').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'check page');
    await expectReflowsAt320(page);

    // Improve one statement, then send: the typed text goes with it.
    await page.fill('#worried-pastHarm', 'On Monday 3 March Maya told her teacher, Mr Lee, she had not eaten since lunch the day before. It is the third time this term.');
    await page.click('#send-referral');

    await page.waitForSelector('#reference');
    const reference = (await page.locator('#reference').innerText()).trim();
    expect(reference).toMatch(/^SR-/);
    expect(await page.locator('main').innerText()).toMatch(/within one working day/);
    expect(await page.locator('#decision-due').innerText()).toMatch(/\d{4} at \d{1,2}:\d{2}(am|pm)/);
    await expectAccessible(page, 'confirmation page');
    await expectReflowsAt320(page);

    const stored = await ReferralModel.findById(reference).lean();
    expect(stored).toBeTruthy();
    expect(stored!.channel).toBe('web');
    expect(JSON.parse(stored!.submission).worried.pastHarm[0]).toContain('Monday 3 March');
    expect(consoleErrors).toEqual([]);
  });

  test('sending the same form twice (a double click with JavaScript off, or a retry) stores one referral', async () => {
    await page.goto(`${baseUrl}/referral`);
    await fillReferrer(page);
    await page.fill('#worried-pastHarm', 'Yesterday Maya had a bruise on her arm and told me her stepdad grabbed her.');
    await page.click('#continue');
    await page.waitForSelector('#send-referral');
    // Two posts of the same form, as a double click sends them when nothing stops the second (same cookies as the page).
    const form = await page.evaluate(() => Object.fromEntries(new FormData(document.getElementById('referral-form') as HTMLFormElement) as unknown as Iterable<[string, string]>));
    const post = () => page.request.post(`${baseUrl}/referral`, { form: { ...form, action: 'send' }, maxRedirects: 0 }).then((r) => r.headers().location ?? `status ${r.status()}`);
    const locations = await Promise.all([post(), post()]);
    expect(locations[0]).toContain('/referral/sent/');
    expect(locations[1]).toBe(locations[0]);
    await page.click('#send-referral');
    await page.waitForSelector('#reference');
    expect(page.url()).toBe(`${baseUrl}${locations[0]}`);
    expect(await ReferralModel.countDocuments({ owner: 'web' })).toBe(1);
  });

  test('with JavaScript on, questions appear beside a statement while the referrer types', async () => {
    await page.goto(`${baseUrl}/referral`);
    await page.fill('#child-0-firstName', 'Maya');
    await page.locator('#worried-pastHarm').pressSequentially('Mum is an alcoholic and the home is chaotic.', { delay: 5 });
    await page.waitForSelector('#worried-pastHarm-prompts .sri-prompt', { timeout: 10000 });
    expect(await page.locator('#worried-pastHarm-prompts').innerText()).toMatch(/\S/);
    await expectAccessible(page, 'form with live prompts');
    expect(consoleErrors).toEqual([]);
  });

  test('the assessment type changes the words on the form, with or without JavaScript', async () => {
    await page.goto(`${baseUrl}/referral`);
    await page.check('input[name="assessmentType"][value="early-help"]');
    expect(await page.locator('label[for="worried-futureDanger"]').innerText()).toContain('critical worry statement');
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const p2 = await noJs.newPage();
    await p2.goto(`${baseUrl}/referral`);
    await p2.check('input[name="assessmentType"][value="child-in-care"]');
    await p2.click('button[value="terms"]');
    await p2.waitForLoadState();
    expect(await p2.locator('label[for="needsToHappen-goals"]').innerText()).toContain('Success goals');
    await noJs.close();
  });

  test('with JavaScript off, a referral with two children still goes through the check page and is sent', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const p = await noJs.newPage();
    await p.goto(`${baseUrl}/referral`);
    await fillReferrer(p);
    await p.click('button[value="add-child"]');
    await p.waitForSelector('#child-1-firstName');
    expect(await p.inputValue('#child-0-firstName')).toBe('Maya');
    await p.fill('#child-1-firstName', 'Leo');
    await p.fill('#worried-pastHarm', 'Last Friday at 3pm I saw Leo and Maya left alone outside school until 6pm; it has happened 4 times this month.');
    await p.click('#continue');
    await p.waitForSelector('#send-referral');
    await p.click('#send-referral');
    await p.waitForSelector('#reference');
    const reference = (await p.locator('#reference').innerText()).trim();
    const stored = await ReferralModel.findById(reference).lean();
    expect(JSON.parse(stored!.submission).children.map((c: { firstName: string }) => c.firstName)).toEqual(['Maya', 'Leo']);
    await noJs.close();
  });

  test('a referral can be made with the keyboard alone', async () => {
    await page.goto(`${baseUrl}/referral`);
    const typeInto = async (selector: string, text: string) => {
      await page.focus(selector);
      await page.keyboard.type(text);
    };
    // Reach the first field from the top of the page with Tab, as a keyboard user would.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Skip to main content');
    await typeInto('#referrer-name', 'Priya Shah');
    await page.keyboard.press('Tab'); // role
    await page.keyboard.type('DSL');
    await page.keyboard.press('Tab'); // organisation
    await page.keyboard.type('Hillside Primary School');
    await page.keyboard.press('Tab'); // first agency radio
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab'); // email
    await page.keyboard.type('p.shah@hillside.example.sch.uk');
    await typeInto('#child-0-firstName', 'Maya');
    await typeInto('#worried-pastHarm', 'Yesterday at 9am Maya told me her stepdad hit her.');
    await page.focus('#continue');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#send-referral');
    await page.focus('#send-referral');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#reference');
    expect(await page.locator('#reference').innerText()).toMatch(/^SR-/);
  });

  test('a form post without the CSRF token is refused', async () => {
    await page.goto(`${baseUrl}/referral`);
    const status = await page.evaluate(async () => {
      const body = new URLSearchParams({ 'referrer-name': 'x', action: 'send' });
      const res = await fetch('/referral', { method: 'POST', body, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
      return res.status;
    });
    expect(status).toBe(403);
    expect(await ReferralModel.countDocuments({})).toBe(0);
  });
});
