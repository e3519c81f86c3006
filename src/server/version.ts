// The app's version, from package.json, for /healthz.
import fs from 'node:fs';

export const appVersion: string = (() => {
  const text = fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
})();
