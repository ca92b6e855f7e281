import type { Response } from 'express';
import nunjucks from 'nunjucks';
import { config } from '../platform/config';
import { followupViews, govukDist, webViews } from './paths';

const UK_DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
});
const UK_DATE = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' });

/** "Tuesday 4 March 2025 at 2:30pm", in UK time whatever the server's zone. */
export function ukDateTime(value: Date | string | undefined | null): string {
  if (!value) return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return '';
  const parts = Object.fromEntries(UK_DATE_TIME.formatToParts(d).map((p) => [p.type, p.value]));
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year} at ${parts.hour}:${parts.minute}${(parts.dayPeriod ?? '').toLowerCase().replace(/\s/g, '')}`;
}

export function ukDate(value: Date | string | undefined | null): string {
  if (!value) return '';
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? '' : UK_DATE.format(d);
}

/**
 * One nunjucks environment for every page: the web pages, the follow-up answer pages and the govuk-frontend
 * templates and macros (`{% extends "layout.njk" %}`, `{% from "govuk/components/button/macro.njk" import govukButton %}`).
 */
export const views = nunjucks.configure([webViews, followupViews, govukDist], {
  autoescape: true,
  throwOnUndefined: false,
  trimBlocks: true,
  lstripBlocks: true,
  noCache: process.env.NODE_ENV === 'development',
});
views.addFilter('ukDateTime', ukDateTime);
views.addFilter('ukDate', ukDate);
views.addGlobal('serviceName', 'Make a safeguarding referral');
views.addGlobal('phones', () => ({ emergency: config().EMERGENCY_PHONE, firstContact: config().FIRST_CONTACT_PHONE }));

/** Renders a view with res.locals (csrfToken, signed-in staff) under the page's own context. */
export function render(res: Response, view: string, context: Record<string, unknown> = {}): void {
  const html = views.render(view, { ...res.locals, ...context });
  res.type('html').setHeader('Cache-Control', 'no-store');
  res.send(html);
}
