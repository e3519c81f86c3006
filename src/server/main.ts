// `npm start`: serve the built app and the sync API on PORT (default 8080).
import { readConfig } from './config.ts';
import { buildServer } from './app.ts';
import { holdDataDir } from './data-dir-lock.ts';
import { startupSetupCode } from './operator.ts';
import { StorageConfigError } from './storage/open-storage.ts';

const config = readConfig();
let server;
try {
  server = await buildServer(config);
} catch (error) {
  if (!(error instanceof StorageConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
// Tells `npm run admin -- restore` that this data is in use (removed on a clean stop).
const releaseDataDir = config.databaseUrl ? () => {} : holdDataDir(config.dataDir);
// Before listening, so that a signal right after the start still closes cleanly.
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    // Finish requests in flight (within SHUTDOWN_GRACE_MS), then close the database cleanly.
    server.close().then(
      () => {
        releaseDataDir();
        process.exit(0);
      },
      () => process.exit(1),
    );
  });
}

const address = await server.app.listen({ port: config.port, host: config.host });

// With no team yet, a newcomer needs a setup code at once. Printed to the terminal, not
// into the structured log: logs may be shipped elsewhere, the code is a secret. Printed
// before "running", so whoever waits for that line has the code too.
const setupCode = await startupSetupCode(server.storage, config.setupToken, Date.now());
if (setupCode) {
  process.stdout.write(
    `\nNo team yet. Open ${address}/ and create your team with this one-time setup code:\n\n    ${setupCode}\n\n`,
  );
}
server.app.log.info({ storage: server.storage.kind }, 'Terenski zvezek is running');
