// The one error shape on the wire (SYNC-PROTOCOL.md, Errors):
// `{"error": {"code": "<snake_case>", "message": "<human sentence>", "details": [...]?}}`.
// Route code throws an ApiError; the error handler turns it (and every error fastify
// raises itself) into that shape.
import type { z } from 'zod';
import { errorBody, type ErrorCode } from '../../domain/protocol.ts';

export { errorBody };

export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly details: unknown[] | undefined;
  /** Extra response headers, e.g. retry-after on 429. */
  headers: Record<string, string> = {};

  constructor(status: number, code: ErrorCode, message: string, details?: unknown[]) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export const invalidRequest = (message: string, details?: unknown[]) => new ApiError(400, 'invalid_request', message, details);
export const unauthorized = (message = 'Sign in again: the token is missing, unknown or no longer valid.') =>
  new ApiError(401, 'unauthorized', message);
export const forbidden = (message: string) => new ApiError(403, 'forbidden', message);
export const notFound = (message: string) => new ApiError(404, 'not_found', message);
export const payloadTooLarge = (message: string) => new ApiError(413, 'payload_too_large', message);

/** zod issues as `details`: where, what, which check; never the value that was sent. */
export function issueDetails(issues: readonly z.core.$ZodIssue[]): unknown[] {
  return issues.map((issue) => ({
    path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
    code: issue.code,
    message: issue.message,
  }));
}

/** Parses a request part with a zod schema, or throws 400 invalid_request with the issues. */
export function parseShape<S extends z.ZodType>(schema: S, value: unknown, what = 'The request'): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw invalidRequest(`${what} does not have the expected shape.`, issueDetails(result.error.issues));
  return result.data;
}
