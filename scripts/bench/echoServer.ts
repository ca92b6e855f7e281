/**
 * The dry-run check's baseline: a bare express app whose one route parses JSON (same parser and limit as the
 * service's API) and echoes it back. Whatever the check endpoint costs beyond this is the service's own work.
 */
import express from 'express';

const limitKb = Number(process.env.BODY_LIMIT_KB ?? 256);
const app = express();
app.disable('x-powered-by');
app.post('/echo', express.json({ limit: `${limitKb}kb`, strict: true }), (req, res) => {
  res.json(req.body);
});
const server = app.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  // eslint-disable-next-line no-console
  console.log(`echo baseline listening on http://127.0.0.1:${port}`);
});
server.keepAliveTimeout = 5_000;
process.on('SIGTERM', () => server.close(() => process.exit(0)));
