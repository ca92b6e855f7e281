import express, { type Express, type RequestHandler } from 'express';
import helmet from 'helmet';
import swaggerUi from 'swagger-ui-express';
import { randomUUID } from 'node:crypto';
import { RegisterRoutes } from './generated/routes';
import { config } from './platform/config';
import { errorHandler, sendProblem } from './platform/errorHandler';
import { logger } from './platform/logging';
import { databaseReady, pingDatabase } from './platform/db/database';
import { ServiceUnavailable } from './platform/errors';
import { keepRawBody } from './platform/originalBody';
import { refusePrototypeKeys } from './platform/prototypeKeys';
import { apiRateLimits } from './platform/rateLimit/rateLimits';
import openapi from '../openapi/openapi.json';

/** Capabilities with pages (web, follow-up answers) mount themselves here, before the API's catch-all. */
type Mount = (app: Express) => void;
const mounts: Mount[] = [];
export function registerPages(mount: Mount): void {
  mounts.push(mount);
}

let draining = false;
/** Set on SIGTERM: /ready turns 503 so load balancers stop sending, while in-flight requests finish. */
export function startDraining(): void {
  draining = true;
}

const requestLog: RequestHandler = (req, res, next) => {
  const started = process.hrtime.bigint();
  const id = randomUUID();
  res.setHeader('X-Request-Id', id);
  res.on('finish', () => {
    // The route pattern, never the raw URL: paths can carry references and answer-link tokens.
    const route = (req.route?.path as string | undefined) ?? (res.statusCode === 404 ? '(no route)' : req.baseUrl || '(static)');
    logger.info({ id, method: req.method, route, status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 }, 'request');
  });
  next();
};

/** Partner APIs take JSON only: anything else is a 415, not a confusing list of missing fields. */
const jsonOnly: RequestHandler = (req, res, next) => {
  if (['POST', 'PUT', 'PATCH'].includes(req.method) && req.headers['content-length'] !== '0' && !req.is(['application/json', 'application/*+json'])) {
    return sendProblem(res, 415, 'Unsupported media type', 'Send the body as application/json.');
  }
  next();
};

/** While the database is away, answer 503 at once rather than queueing: clients retry, nothing hangs. */
const databaseGate: RequestHandler = (req, _res, next) => {
  if (req.path === '/v1/referrals/check' || databaseReady()) return next();
  next(new ServiceUnavailable());
};

export function createApp(): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false); // answers are no-store: hashing every body for an ETag buys nothing
  app.set('trust proxy', 'loopback');
  app.use(requestLog);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'script-src': ["'self'"],
          'img-src': ["'self'", 'data:'],
          'form-action': ["'self'"],
          // Upgrading to https would break a plain-http development or loopback deployment.
          'upgrade-insecure-requests': config().PUBLIC_BASE_URL.startsWith('https:') ? [] : null,
        },
      },
      strictTransportSecurity: config().PUBLIC_BASE_URL.startsWith('https:'),
    }),
  );
  app.use((_req, res, next) => {
    // Referrals are child-protection data: no browser or proxy keeps a copy. Static assets override this.
    res.setHeader('Cache-Control', 'no-store');
    if (draining) res.setHeader('Connection', 'close');
    next();
  });

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const ok = !draining && (await pingDatabase());
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : draining ? 'stopping' : 'database unreachable' });
  });

  app.get('/openapi.json', (_req, res) => {
    res.json(openapi);
  });
  app.use('/docs', swaggerUi.serve, swaggerUi.setup(openapi as object, { customSiteTitle: 'Safer Referral Intake API' }));

  const api = express.Router();
  // Before parsing: a flood is turned away cheaply. Counts are shared through the database across instances.
  const limits = apiRateLimits();
  api.use('/api', limits.requests.middleware);
  api.post(['/api/v1/session', '/staff/sign-in'], limits.signIn.middleware);
  api.post(['/referral', '/follow-up/:token', '/staff/*'], limits.requests.middleware);
  api.use('/api', jsonOnly);
  api.use('/api', express.json({ limit: `${config().BODY_LIMIT_KB}kb`, strict: true, verify: keepRawBody }));
  api.use('/api', refusePrototypeKeys);
  api.use('/api', databaseGate);
  RegisterRoutes(api);
  app.use(api);

  for (const mount of mounts) mount(app);

  app.use('/api', (_req, res) => sendProblem(res, 404, 'Not found', 'There is no API endpoint at this address.'));
  app.use(errorHandler);
  return app;
}
