/** Errors the service raises on purpose; the error handler turns each into application/problem+json. */
export interface FieldProblem {
  field: string;
  message: string;
}

export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors: FieldProblem[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? title);
  }
}

export class BadRequest extends HttpProblem {
  constructor(detail: string, errors: FieldProblem[] = []) {
    super(400, 'Your request has problems', detail, errors);
  }
}

export class Unauthorised extends HttpProblem {
  constructor(detail = 'Sign in or send a valid API key.') {
    super(401, 'Not signed in', detail, [], { 'WWW-Authenticate': 'Bearer' });
  }
}

export class Forbidden extends HttpProblem {
  constructor(detail = 'Your key or account does not allow this.') {
    super(403, 'Not allowed', detail);
  }
}

export class NotFound extends HttpProblem {
  constructor(detail = 'Nothing was found at this address.') {
    super(404, 'Not found', detail);
  }
}

export class Conflict extends HttpProblem {
  constructor(detail: string) {
    super(409, 'Conflict', detail);
  }
}

export class Unprocessable extends HttpProblem {
  constructor(detail: string) {
    super(422, 'Cannot process this request', detail);
  }
}

export class ServiceUnavailable extends HttpProblem {
  constructor(detail = 'The service cannot reach its database just now. Please try again in a minute.') {
    super(503, 'Service unavailable', detail, [], { 'Retry-After': '5' });
  }
}
