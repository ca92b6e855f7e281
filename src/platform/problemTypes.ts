/** An RFC 9457 problem: every 4xx and 5xx answer of the API has this shape, as application/problem+json. */
export interface ProblemDetails {
  /** @example "about:blank" */
  type: string;
  /** @example "Your request has problems" */
  title: string;
  /** @example 400 */
  status: number;
  /** @example "Some fields are missing or not in the expected form." */
  detail?: string;
  /** Each bad field, named by its JSON path. */
  errors?: { field: string; message: string }[];
}
