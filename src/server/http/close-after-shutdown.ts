// Graceful shutdown without the 72-second wait. Closing the server lets requests in flight
// finish, but a keep-alive connection whose response goes out after the close began stays
// open until its keep-alive timeout (72 s in Fastify), and the process with it: longer than
// the grace period process managers give before SIGKILL, so the database would not close
// cleanly. From the moment the server starts closing, every response says
// `connection: close`, and Node ends its connection once the response is sent.
import type { FastifyInstance } from 'fastify';

export function closeConnectionsWhenShuttingDown(app: FastifyInstance): void {
  let shuttingDown = false;
  app.addHook('preClose', async () => {
    shuttingDown = true;
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    if (shuttingDown) reply.header('connection', 'close');
    return payload;
  });
}
