// `npm run admin` with DATABASE_URL=postgres://…: create-team makes a setup code that a
// running endpoint process on the same database accepts; backup says to use pg_dump.
import { afterAll, describe, expect, it } from 'vitest';
import { PASSWORD, removeTempDirs, send, tempDir, uniqueName } from '../server/helpers/harness.ts';
import { postgresUrlFor } from '../server/helpers/postgres.ts';
import { runToEnd, serverEnv, startServerProcess } from '../server/helpers/process.ts';

afterAll(removeTempDirs);

describe('npm run admin on PostgreSQL', () => {
  it('create-team prints a setup code that an endpoint process on the same database accepts', async () => {
    const env = { DATABASE_URL: postgresUrlFor(tempDir(), process.env.TEST_POSTGRES_URL) };
    // Before any endpoint ran: admin applies the migrations itself.
    const made = await runToEnd('src/server/admin.ts', ['create-team'], serverEnv(tempDir(), env));
    expect(made.code).toBe(0);
    const { setupToken } = JSON.parse(made.stdout) as { setupToken: string };
    const endpoint = await startServerProcess(tempDir(), env);
    try {
      const setup = await send(endpoint.url, 'POST', '/v1/setup', {
        body: { setupToken, teamName: 'Fictional Admin Team', username: uniqueName('op'), password: PASSWORD, deviceName: 'Laptop' },
      });
      expect(setup.status).toBe(201);
    } finally {
      await endpoint.stop('SIGTERM');
    }
  });

  it('backup refuses with a DATABASE_URL and names pg_dump', async () => {
    const env = { DATABASE_URL: postgresUrlFor(tempDir(), process.env.TEST_POSTGRES_URL) };
    const result = await runToEnd('src/server/admin.ts', ['backup', '/tmp/never-written.sqlite'], serverEnv(tempDir(), env));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('pg_dump');
  });
});
