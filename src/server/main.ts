// `npm start`: serve the built app and the sync API on PORT (default 8080).
import { readConfig } from './config.ts';
import { buildServer } from './app.ts';

const config = readConfig();
const server = await buildServer(config);
const address = await server.app.listen({ port: config.port, host: config.host });
server.app.log.info(`Terenski zvezek is running: open ${address}/`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    // Finish requests in flight, then close the database cleanly.
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
