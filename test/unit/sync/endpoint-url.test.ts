import { describe, expect, it } from 'vitest';
import { normalizeEndpointUrl } from '../../../src/sync/endpoint-url.ts';

const ok = (input: string) => {
  const result = normalizeEndpointUrl(input);
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
};

describe('normalizeEndpointUrl', () => {
  it('adds https and a trailing slash to a bare host', () => {
    expect(ok('  zvezek.example.org ')).toBe('https://zvezek.example.org/');
  });

  it('keeps a path and a port, drops query and fragment', () => {
    expect(ok('https://example.org:8443/zvezek?x=1#top')).toBe('https://example.org:8443/zvezek/');
  });

  it('allows plain http only on the device itself', () => {
    expect(ok('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080/');
    expect(ok('http://localhost:5173/')).toBe('http://localhost:5173/');
    const lan = normalizeEndpointUrl('http://192.168.1.10:8080');
    expect(lan.ok ? null : lan.error.code).toBe('insecure_address');
  });

  it('refuses other schemes, credentials in the address and empty input', () => {
    for (const input of ['', 'ftp://example.org', 'https://user:pw@example.org', 'javascript:alert(1)', 'https://']) {
      const result = normalizeEndpointUrl(input);
      expect(result.ok, input).toBe(false);
    }
  });
});
