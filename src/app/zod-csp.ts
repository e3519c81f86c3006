// The server sends a strict Content-Security-Policy (no eval). Zod 4 probes whether it
// may compile parsers with `new Function`; the probe is caught, but the browser still
// reports a CSP violation for it. jitless skips the probe (and the compiled fast path,
// which our small records do not need). Imported first by main.tsx, before any parse.
import { config } from 'zod';

config({ jitless: true });
