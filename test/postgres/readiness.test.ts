// /readyz on PostgreSQL (SYNC-PROTOCOL.md, Health): 503 while the database cannot be
// reached, 200 again once it can, with no restart. The endpoint reaches the real database
// through a loopback relay this test can cut, as a network or database outage would.
import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { createTeam, newId, push, removeTempDirs, startServer, tempDir, TestDevice } from '../server/helpers/harness.ts';
import { postgresUrlFor } from '../server/helpers/postgres.ts';

afterAll(removeTempDirs);

/** Relays loopback connections to the database; `cut` drops them all and refuses new ones. */
class Relay {
  #server: net.Server | null = null;
  readonly #sockets = new Set<net.Socket>();
  port = 0;
  readonly #target: { host: string; port: number };

  constructor(target: { host: string; port: number }) {
    this.#target = target;
  }

  open(): Promise<void> {
    const server = net.createServer((client) => {
      const upstream = net.connect(this.#target.port, this.#target.host);
      for (const socket of [client, upstream]) {
        this.#sockets.add(socket);
        socket.on('close', () => this.#sockets.delete(socket));
        socket.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    this.#server = server;
    return new Promise((resolve) =>
      server.listen(this.port, '127.0.0.1', () => {
        this.port = (server.address() as net.AddressInfo).port;
        resolve();
      }),
    );
  }

  async cut(): Promise<void> {
    const server = this.#server;
    this.#server = null;
    for (const socket of this.#sockets) socket.destroy();
    if (server) await new Promise((resolve) => server.close(resolve));
  }
}

async function readyz(url: string): Promise<number> {
  return (await fetch(`${url}/readyz`)).status;
}

describe('/readyz on PostgreSQL', () => {
  it('answers 503 while the database is unreachable and 200 once it is back, and the endpoint works again', async () => {
    const direct = new URL(postgresUrlFor(tempDir(), process.env.TEST_POSTGRES_URL));
    const relay = new Relay({ host: direct.hostname, port: Number(direct.port) });
    await relay.open();
    const viaRelay = new URL(direct);
    viaRelay.port = String(relay.port);
    const t = await startServer({ config: { databaseUrl: viaRelay.toString() } });
    try {
      const coordinator = await createTeam(t);
      expect(await readyz(t.url)).toBe(200);

      await relay.cut();
      expect(await readyz(t.url)).toBe(503);
      const device = new TestDevice(coordinator);
      const unsent = device.set('case', newId(), { displayName: 'Fictional Outage' });
      const during = await push(t, coordinator, [unsent]);
      // Not kept, and said so (internal_error: nothing was changed): the device keeps the
      // change in its outbox and sends it again.
      expect(during.status).toBe(500);
      expect(during.body.error.code).toBe('internal_error');

      await relay.open();
      // The pool connects again on the next request; no restart.
      expect(await readyz(t.url)).toBe(200);
      const after = await push(t, coordinator, [unsent, device.set('case', newId(), { displayName: 'Fictional After' })]);
      expect(after.status).toBe(200);
      expect(after.body.results.map((result: { status: string }) => result.status)).toEqual(['applied', 'applied']);
    } finally {
      await relay.cut();
      await t.close();
    }
  });
});
