/**
 * Screenshots of the referral form, the "check your referral" page and the First Contact triage map, for reviewers
 * who do not want to run a browser: `npm run screenshots` writes PNGs into docs/screenshots/.
 * Uses a throwaway embedded database (or MONGODB_URI, in a database of its own that it empties first) and
 * Chromium at /usr/bin/chromium (or CHROMIUM_PATH).
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import { chromium, type Page } from 'playwright-core';
import { loadConfig } from '../src/platform/config';
import { connectDatabase, disconnectDatabase } from '../src/platform/db/database';
import { logger } from '../src/platform/logging';

const OUT = path.resolve(__dirname, '..', 'docs', 'screenshots');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function shoot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  const file = path.join(OUT, name);
  await page.screenshot({ path: file, fullPage });
  console.log(`  ${path.relative(process.cwd(), file)}`);
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sri-screenshots-'));
  loadConfig({ ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'silent', WORKERS: 'false', DATA_DIR: dataDir });
  logger.level = 'silent';
  await connectDatabase({ uri: process.env.MONGODB_URI, dataDir, dbName: 'sri_screenshots' });
  for (const { name } of await mongoose.connection.db!.listCollections().toArray()) await mongoose.connection.db!.collection(name).deleteMany({});

  await import('../src/capabilities');
  const { createApp } = await import('../src/app');
  const { createStaff } = await import('../src/staff/staffService');
  const server: Server = await new Promise((resolve) => {
    const s = createApp().listen(0, '127.0.0.1', () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  mkdirSync(OUT, { recursive: true });
  console.log('Writing screenshots:');
  try {
    const page = await (await browser.newContext({ viewport: { width: 1100, height: 900 } })).newPage();
    await page.goto(`${base}/`);
    await shoot(page, '01-start-page.png');

    // A typical first draft: labels and vague frequencies the check will ask about.
    await page.goto(`${base}/referral`);
    await page.fill('#referrer-name', 'Priya Shah');
    await page.fill('#referrer-role', 'Designated Safeguarding Lead');
    await page.fill('#referrer-organisation', 'Hillside Primary School');
    await page.check('input[name="referrer-agency"][value="school"]');
    await page.fill('#referrer-email', 'p.shah@hillside.example.sch.uk');
    await page.fill('#child-0-firstName', 'Maya');
    await page.fill('#child-0-lastName', 'Reed');
    await page.fill('#child-0-dob-day', '12');
    await page.fill('#child-0-dob-month', '4');
    await page.fill('#child-0-dob-year', '2017');
    await page.fill('#child-0-address', '12 Ash Road, Redcar');
    await page.fill('#child-0-postcode', 'TS10 1AA');
    await page.fill('#household-0-name', 'Laura Reed');
    await page.fill('#household-0-relationship', 'mother');
    await page.check('input[name="household-0-livesWithChild"][value="yes"]');
    await page.check('input[name="consent-parentsAware"][value="yes"]');
    await page.check('input[name="consent-consentGiven"][value="yes"]');
    await page.fill('#worried-pastHarm', 'There are concerns about neglect at home.\nMaya often comes to school hungry and unkempt.');
    await page.fill('#worried-futureDanger', 'We are worried Maya will keep going hungry and fall behind if nothing changes.');
    await page.fill('#workingWell-strengths', 'Maya loves reading and has a good friend in her class.');
    await page.check('input[name="scaling-score"][value="4"]');
    await page.waitForSelector('#worried-pastHarm-prompts .sri-prompt', { timeout: 10_000 }).catch(() => undefined);
    await shoot(page, '02-referral-form-full.png');
    await page.locator('h2:has-text("What are you worried about?")').evaluate((el) => el.scrollIntoView());
    await shoot(page, '02-referral-form-questions-while-typing.png', false);

    await page.click('#continue');
    await page.waitForSelector('#check-summary');
    await shoot(page, '03-check-your-referral.png', false);
    await page.locator('h2:has-text("What are you worried about?")').evaluate((el) => el.scrollIntoView());
    await shoot(page, '03-check-your-referral-prompts-by-statements.png', false);
    await shoot(page, '03-check-your-referral-full.png');

    await page.fill('#worried-pastHarm', 'On Monday 3 March Maya told her teacher, Mr Lee, she had not eaten since lunch the day before. It is the third time this term; that Monday was the worst, she fell asleep in class.');
    await page.click('#send-referral');
    await page.waitForSelector('#reference');
    await shoot(page, '04-confirmation.png');

    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${base}/referral`);
    await shoot(page, '05-referral-form-320px.png', false);

    const worker = await createStaff('a.worker@council.example', 'worker');
    const staffPage = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await staffPage.goto(`${base}/staff/sign-in`);
    await staffPage.fill('#email', worker.email);
    await staffPage.fill('#password', worker.oneTimePassword);
    await staffPage.click('#sign-in');
    await staffPage.fill('#currentPassword', worker.oneTimePassword);
    await staffPage.fill('#newPassword', 'correct horse battery staple');
    await staffPage.click('button:has-text("Save password")');
    await staffPage.waitForSelector('#queues');
    await shoot(staffPage, '06-staff-queues.png');
    const queue = await staffPage.locator('#queues tbody tr').filter({ has: staffPage.locator('button') }).first().locator('a').getAttribute('href');
    await staffPage.goto(`${base}${queue}`);
    await shoot(staffPage, '07-staff-queue.png');
    await staffPage.click('#take-next');
    await staffPage.waitForSelector('.sri-map');
    await shoot(staffPage, '08-triage-map.png');
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await disconnectDatabase();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`Screenshots failed: ${err?.stack ?? err}`);
    process.exit(1);
  },
);
