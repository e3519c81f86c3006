// The server sends a strict Content-Security-Policy (no eval). Zod 4 probes whether it
// may compile parsers with `new Function`; the probe is caught, but the browser still
// reports a CSP violation for it. jitless skips the probe (and the compiled fast path,
// which our small records do not need). Imported first by main.tsx, before any parse.
//
// Zod keeps its global config on `globalThis.__zod_globalConfig` and takes an object
// already there (zod/v4/core/core.js), so the option is set without loading any zod code:
// importing `config` from zod would bring zod's util module (about 3 KB gzip) onto the
// first screen, which parses nothing. test/unit/app/zod-csp.test.ts checks that zod reads it.
const ZOD_GLOBAL_CONFIG = '__zod_globalConfig';
const shared = globalThis as unknown as Record<string, Record<string, unknown> | undefined>;
shared[ZOD_GLOBAL_CONFIG] = { ...shared[ZOD_GLOBAL_CONFIG], jitless: true };
