import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { registerPages } from '../app';
import { HttpProblem } from '../platform/errors';
import { logger } from '../platform/logging';
import { isDatabaseUnavailable } from '../platform/db/database';
import { provideCsrf } from './csrf';
import { govukDist, webPublic } from './paths';
import { render } from './render';
import { referralPages } from './referralPages';
import { staffPages } from './staffPages';

/**
 * govuk-frontend's template has one inline script (it adds the `js-enabled` class). The CSP allows scripts from
 * 'self' only, so pages add that script's hash rather than opening up 'unsafe-inline'.
 */
const templateScriptHash = (() => {
  const template = readFileSync(path.join(govukDist, 'govuk', 'template.njk'), 'utf8');
  const script = /<script[^>]*>([\s\S]*?)<\/script>/.exec(template)?.[1];
  return script ? `'sha256-${createHash('sha256').update(script).digest('base64')}'` : undefined;
})();

const allowTemplateScript: RequestHandler = (_req, res, next) => {
  const csp = res.getHeader('Content-Security-Policy');
  if (templateScriptHash && typeof csp === 'string' && !csp.includes(templateScriptHash)) {
    res.setHeader('Content-Security-Policy', csp.replace(/script-src ([^;]*)/, `script-src $1 ${templateScriptHash}`));
  }
  next();
};

/** Errors on pages answer as pages, in plain English; API errors keep their problem+json. */
export const pageErrors: ErrorRequestHandler = (err, req, res, next) => {
  if (res.headersSent) return next(err);
  if (err instanceof HttpProblem) {
    res.status(err.status);
    return render(res, 'error.njk', { pageTitle: err.title, lines: [err.detail ?? ''] });
  }
  const type = (err as { type?: string }).type;
  if (type === 'entity.too.large') {
    res.status(413);
    return render(res, 'error.njk', { pageTitle: 'Your referral is too long to send', lines: ['Shorten the longest answers and try again, or call First Contact.'] });
  }
  // Client errors from express and body-parser (a malformed %-escape in the address, a broken form body): 4xx, not 500.
  const status = (err as { status?: number }).status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    res.status(status);
    return render(res, 'error.njk', { pageTitle: 'There is a problem with this address or form', lines: ['Check the address, or go back and try again.'] });
  }
  if (isDatabaseUnavailable(err)) {
    res.status(503).setHeader('Retry-After', '5');
    return render(res, 'error.njk', { pageTitle: 'Sorry, there is a problem with the service', lines: ['Try again in a minute. Your answers have not been sent.', 'If a child is in danger, phone now.'] });
  }
  logger.error({ path: req.path, method: req.method, err: { name: err?.name, message: err?.message, stack: err?.stack } }, 'page error');
  res.status(500);
  render(res, 'error.njk', { pageTitle: 'Sorry, there is a problem with the service', lines: ['Try again later. If a child is in danger, phone now.'] });
};

const statics = (dir: string) => express.static(dir, { index: false, maxAge: '1h', fallthrough: true });

export function mountWeb(app: Express): void {
  app.use('/assets', statics(path.join(govukDist, 'govuk', 'assets')));
  app.get(/^\/govuk\/(govuk-frontend\.min\.(?:css|js))$/, (req, res, next) => {
    res.sendFile(path.join(govukDist, 'govuk', req.params[0]!), { maxAge: '1h' }, (err) => err && next());
  });
  app.use('/web', statics(webPublic));
  const pages = express.Router();
  pages.use((req, res, next) => (req.path.startsWith('/api/') ? next('router') : next()));
  pages.use(allowTemplateScript, provideCsrf);
  pages.use(referralPages());
  pages.use(staffPages());
  pages.use(pageErrors);
  app.use(pages);
}

/** Any other address that is not the API: a GOV.UK "page not found", mounted after every capability's pages. */
export function mountNotFoundPage(app: Express): void {
  app.use((req, res, next) => {
    if (req.path.startsWith('/api/') || !['GET', 'HEAD'].includes(req.method)) return next();
    res.status(404);
    render(res, 'error.njk', { pageTitle: 'Page not found', lines: ['If you typed the web address, check it is correct.', 'If you pasted the web address, check you copied the entire address.'] });
  });
}

registerPages(mountWeb);
