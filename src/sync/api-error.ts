// What can go wrong when the device talks to the endpoint, as values (STYLE.md: errors are
// values with a code and a message). Codes are the wire codes of SYNC-PROTOCOL.md, Errors,
// plus three for answers that never arrived or made no sense.
import { z } from 'zod';
import { errorBodySchema, type ErrorCode } from '../domain/protocol.ts';
import { retryAfterMs } from './backoff.ts';
import type { Result } from '../domain/result.ts';

export type ApiErrorCode =
  | ErrorCode
  /** no answer at all: offline, DNS, connection reset, blocked */
  | 'network'
  /** no answer in time */
  | 'timeout'
  /** an answer that is not the protocol's (a captive portal, a proxy page, a wrong address) */
  | 'bad_response';

export interface ApiError {
  code: ApiErrorCode;
  /** HTTP status; null when no answer arrived. */
  status: number | null;
  /** The endpoint's sentence, or ours. Never personal data. */
  message: string;
  details?: unknown[];
  /** 429 (and 503 when the endpoint says so): wait at least this long. */
  retryAfterMs?: number;
  /** 409 mutation_gap: the last mutation number the endpoint has from this device. */
  lastMutation?: number;
}

export type ApiResult<T> = Result<T, ApiError>;

const gapDetailsSchema = z.array(z.unknown()).transform((details, ctx) => {
  for (const detail of details) {
    const parsed = z.object({ lastMutation: z.number().int().min(0) }).safeParse(detail);
    if (parsed.success) return parsed.data.lastMutation;
  }
  ctx.addIssue({ code: 'custom', message: 'no lastMutation' });
  return z.NEVER;
});

/** The error value of a non-2xx answer. `body` is the parsed JSON, or undefined. */
export function errorFromResponse(status: number, body: unknown, retryAfter: string | null, nowMs: number): ApiError {
  const parsed = errorBodySchema.safeParse(body);
  const code: ApiErrorCode = parsed.success ? parsed.data.error.code : codeForStatus(status);
  const error: ApiError = {
    code,
    status,
    message: parsed.success ? parsed.data.error.message : `The endpoint answered with HTTP status ${status}.`,
  };
  if (parsed.success && parsed.data.error.details !== undefined) error.details = parsed.data.error.details;
  const wait = retryAfterMs(retryAfter, nowMs);
  if (wait !== null) error.retryAfterMs = wait;
  if (code === 'mutation_gap') {
    const gap = gapDetailsSchema.safeParse(error.details ?? []);
    // A 409 without the number cannot be acted on safely: treat it as a server fault.
    if (!gap.success) return { ...error, code: 'bad_response', message: 'mutation_gap without lastMutation' };
    error.lastMutation = gap.data;
  }
  return error;
}

// When the body is not the protocol's error shape (e.g. a reverse proxy's own 502 page).
function codeForStatus(status: number): ApiErrorCode {
  switch (status) {
    case 400:
      return 'invalid_request';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 413:
      return 'payload_too_large';
    case 415:
      return 'unsupported_media_type';
    case 408:
      return 'request_timeout';
    case 426:
      return 'upgrade_required';
    case 429:
      return 'rate_limited';
    case 431:
      return 'headers_too_large';
    case 502:
    case 503:
    case 504:
      return 'service_unavailable';
    default:
      return status >= 500 ? 'internal_error' : 'bad_response';
  }
}

export function networkError(thrown: unknown): ApiError {
  const name = (thrown as { name?: unknown } | null)?.name;
  if (name === 'TimeoutError') return { code: 'timeout', status: null, message: 'The endpoint did not answer in time.' };
  return { code: 'network', status: null, message: 'The endpoint could not be reached.' };
}

export function badResponse(status: number, why: string): ApiError {
  return { code: 'bad_response', status, message: `The endpoint's answer was not understood (${why}).` };
}
