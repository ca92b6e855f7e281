"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var errors_exports = {};
__export(errors_exports, {
  BadRequest: () => BadRequest,
  Conflict: () => Conflict,
  Forbidden: () => Forbidden,
  HttpProblem: () => HttpProblem,
  NotFound: () => NotFound,
  ServiceUnavailable: () => ServiceUnavailable,
  Unauthorised: () => Unauthorised,
  Unprocessable: () => Unprocessable
});
module.exports = __toCommonJS(errors_exports);
class HttpProblem extends Error {
  constructor(status, title, detail, errors = [], headers = {}) {
    super(detail ?? title);
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.errors = errors;
    this.headers = headers;
  }
  status;
  title;
  detail;
  errors;
  headers;
}
class BadRequest extends HttpProblem {
  constructor(detail, errors = []) {
    super(400, "Your request has problems", detail, errors);
  }
}
class Unauthorised extends HttpProblem {
  constructor(detail = "Sign in or send a valid API key.") {
    super(401, "Not signed in", detail, [], { "WWW-Authenticate": "Bearer" });
  }
}
class Forbidden extends HttpProblem {
  constructor(detail = "Your key or account does not allow this.") {
    super(403, "Not allowed", detail);
  }
}
class NotFound extends HttpProblem {
  constructor(detail = "Nothing was found at this address.") {
    super(404, "Not found", detail);
  }
}
class Conflict extends HttpProblem {
  constructor(detail) {
    super(409, "Conflict", detail);
  }
}
class Unprocessable extends HttpProblem {
  constructor(detail) {
    super(422, "Cannot process this request", detail);
  }
}
class ServiceUnavailable extends HttpProblem {
  constructor(detail = "The service cannot reach its database just now. Please try again in a minute.") {
    super(503, "Service unavailable", detail, [], { "Retry-After": "5" });
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  BadRequest,
  Conflict,
  Forbidden,
  HttpProblem,
  NotFound,
  ServiceUnavailable,
  Unauthorised,
  Unprocessable
});
