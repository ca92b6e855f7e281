// tsoa's generated routes put the result of expressAuthentication on `request.user`.
declare namespace Express {
  interface Request {
    user?: unknown;
  }
}
