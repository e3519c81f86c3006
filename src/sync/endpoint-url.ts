// The endpoint's address as a person types it or opens it from a shared link, made into
// the base every API path is resolved against.
import type { Result } from '../domain/result.ts';

export type EndpointUrlResult = Result<string, { code: 'invalid_address' | 'insecure_address'; messageKey: string }>;

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * `zvezek.example.org` -> `https://zvezek.example.org/`. Keeps a path (an endpoint may live
 * under one), drops query and fragment, always ends in `/`. Plain `http` only for the
 * device itself: passwords and case data never travel unencrypted.
 */
export function normalizeEndpointUrl(input: string): EndpointUrlResult {
  const text = input.trim();
  if (text === '') return invalid('invalid_address');
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return invalid('invalid_address');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return invalid('invalid_address');
  if (url.username !== '' || url.password !== '' || url.hostname === '') return invalid('invalid_address');
  if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) return invalid('insecure_address');
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return { ok: true, value: url.href };
}

function invalid(code: 'invalid_address' | 'insecure_address'): EndpointUrlResult {
  return { ok: false, error: { code, messageKey: `sync:errors.${code}` } };
}
