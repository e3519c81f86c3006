// Several stateless endpoint processes on one PostgreSQL database (ARCHITECTURE.md, larger
// deployments; SYNC-PROTOCOL.md, Pull): the feed stays gap-free and in order whichever
// process a device talks to, a process killed mid-push loses or doubles nothing, login
// limits hold across processes, and a transaction that commits late is never skipped.
// Real processes (node src/server/main.ts) on a real database (global-setup.ts).
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { formatHlc } from '../../src/domain/hlc.ts';
import { newId, newNode, PASSWORD, removeTempDirs, send, tempDir, TestDevice, uniqueName, type Member } from '../server/helpers/harness.ts';
import { postgresUrlFor } from '../server/helpers/postgres.ts';
import { startServerProcess, type ServerProcess } from '../server/helpers/process.ts';

const SETUP = 'fictional-multi-process-setup';
const running: ServerProcess[] = [];
afterEach(async () => {
  for (const server of running.splice(0)) await server.stop('SIGKILL');
});
afterAll(removeTempDirs);

/** `count` endpoint processes on one fresh schema, started at once (their migrations meet). */
async function startEndpoints(count: number): Promise<{ url: string; endpoints: ServerProcess[] }> {
  const url = postgresUrlFor(tempDir(), process.env.TEST_POSTGRES_URL);
  const endpoints = await Promise.all(
    Array.from({ length: count }, () => startServerProcess(tempDir(), { DATABASE_URL: url, SETUP_TOKEN: SETUP, LOG_LEVEL: 'info' })),
  );
  running.push(...endpoints);
  return { url, endpoints };
}

function member(body: any, username: string): Member {
  return { token: body.token, deviceId: body.deviceId, userId: body.user.id, teamId: body.team.id, role: body.user.role, username };
}

/** A team of `size` members (a coordinator and counselors), invited and accepted through different processes. */
async function team(endpoints: ServerProcess[], size: number): Promise<Member[]> {
  const username = uniqueName('coord');
  const setup = await send(endpoints[0]!.url, 'POST', '/v1/setup', {
    body: { setupToken: SETUP, teamName: 'Fictional Network', username, password: PASSWORD, deviceName: 'Office' },
  });
  expect(setup.status).toBe(201);
  const members = [member(setup.body, username)];
  for (let i = 1; i < size; i += 1) {
    const invite = await send(endpoints[i % endpoints.length]!.url, 'POST', '/v1/invites', { token: members[0]!.token, body: { role: 'counselor' } });
    expect(invite.status).toBe(201);
    const name = uniqueName('counselor');
    const accepted = await send(endpoints[(i + 1) % endpoints.length]!.url, 'POST', '/v1/invites/accept', {
      body: { code: invite.body.code, username: name, password: PASSWORD, deviceName: 'Phone' },
    });
    expect(accepted.status).toBe(201);
    members.push(member(accepted.body, name));
  }
  return members;
}

/** A device of the first member that only pulls, page by page, hopping between processes. */
class HoppingPuller {
  readonly seen = new Map<string, number>();
  readonly seqs: number[] = [];
  #cursor: string | undefined;
  #hop = 0;
  readonly #endpoints: ServerProcess[];
  readonly #token: string;

  constructor(endpoints: ServerProcess[], token: string) {
    this.#endpoints = endpoints;
    this.#token = token;
  }

  /** One page; answers whether more is waiting. */
  async page(limit = 100): Promise<boolean> {
    const endpoint = this.#endpoints[this.#hop++ % this.#endpoints.length]!;
    const query = new URLSearchParams({ limit: String(limit), ...(this.#cursor === undefined ? {} : { cursor: this.#cursor }) });
    const reply = await send(endpoint.url, 'GET', `/v1/sync/pull?${query}`, { token: this.#token });
    expect(reply.status).toBe(200);
    for (const record of reply.body.records) {
      this.seen.set(record.id, (this.seen.get(record.id) ?? 0) + 1);
      // seq is a decimal string on the wire (SYNC-PROTOCOL.md, Records).
      this.seqs.push(Number(record.seq));
    }
    this.#cursor = reply.body.cursor;
    return reply.body.more;
  }

  async toEnd(): Promise<void> {
    while (await this.page(500));
  }
}

function strictlyIncreasing(values: readonly number[]): boolean {
  return values.every((value, i) => i === 0 || value > values[i - 1]!);
}

/** Pushes and expects every mutation applied (or, on a retry, already applied). */
async function pushThrough(endpoint: ServerProcess, who: Member, mutations: unknown[]) {
  const reply = await send(endpoint.url, 'POST', '/v1/sync/push', { token: who.token, body: { mutations } });
  expect(reply.status, JSON.stringify(reply.body).slice(0, 300)).toBe(200);
  return reply.body;
}

describe('three endpoint processes on one database', () => {
  it('nine devices push through different processes at once; a puller hopping between them sees every record exactly once, in increasing seq', async () => {
    const { endpoints } = await startEndpoints(3);
    const members = await team(endpoints, 9);
    const puller = new HoppingPuller(endpoints, members[0]!.token);
    const created: string[] = [];
    const BATCHES = 4;
    const PER_BATCH = 60;

    let pushing = true;
    const pushes = Promise.all(
      members.map(async (who, i) => {
        const device = new TestDevice(who);
        for (let batch = 0; batch < BATCHES; batch += 1) {
          const mutations = Array.from({ length: PER_BATCH }, () => {
            const id = newId();
            created.push(id);
            return device.set('case', id, { displayName: `Fictional ${i}-${batch}` });
          });
          const answer = await pushThrough(endpoints[(i + batch) % endpoints.length]!, who, mutations);
          expect(answer.results.every((result: { status: string }) => result.status === 'applied')).toBe(true);
        }
      }),
    ).finally(() => {
      pushing = false;
    });
    // Small pages while the pushes commit in every process.
    while (pushing) await puller.page(25);
    await pushes;
    await puller.toEnd();

    expect(created).toHaveLength(9 * BATCHES * PER_BATCH);
    for (const id of created) expect(puller.seen.get(id), id).toBe(1);
    expect(puller.seen.size).toBe(created.length);
    expect(strictlyIncreasing(puller.seqs)).toBe(true);

    // A new device's first pull, through yet another process: everything, in strictly increasing seq.
    const fresh = new HoppingPuller(endpoints.toReversed(), members[4]!.token);
    await fresh.toEnd();
    expect(fresh.seen.size).toBe(created.length);
    expect(strictlyIncreasing(fresh.seqs)).toBe(true);
  });

  it('a process killed mid-push loses nothing and doubles nothing when the device retries through another', async () => {
    const { endpoints } = await startEndpoints(3);
    const [coordinator] = await team(endpoints, 1);
    const who = coordinator!;
    const device = new TestDevice(who);
    const ids = Array.from({ length: 1000 }, () => newId());
    const mutations = ids.map((id) => device.set('case', id, { displayName: 'Fictional Killed', summary: 'x'.repeat(200) }));
    const victim = endpoints[2]!;
    const before = victim.output().length;
    const lost = send(victim.url, 'POST', '/v1/sync/push', { token: who.token, body: { mutations } }).catch((error: unknown) => error);
    // Killed as soon as it has the request: its transaction either committed whole or not at all.
    while (!/"route":"\/v1\/sync\/push"/.test(victim.output().slice(before))) await new Promise((resolve) => setTimeout(resolve, 1));
    victim.child.kill('SIGKILL');
    await lost;

    const retry = await pushThrough(endpoints[0]!, who, mutations);
    expect(retry.lastMutation).toBe(1000);
    expect(retry.results.every((result: { status: string }) => result.status === 'applied' || result.status === 'duplicate')).toBe(true);

    const puller = new HoppingPuller(endpoints.slice(0, 2), who.token);
    await puller.toEnd();
    for (const id of ids) expect(puller.seen.get(id)).toBe(1);
    expect(puller.seen.size).toBe(ids.length);
    expect(strictlyIncreasing(puller.seqs)).toBe(true);
  });

  it('holds the limit on failed logins across processes, also for attempts that arrive at once', async () => {
    const { endpoints } = await startEndpoints(3);
    const [coordinator] = await team(endpoints, 1);
    const attempts = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        send(endpoints[i % 3]!.url, 'POST', '/v1/auth/login', {
          body: { username: coordinator!.username, password: 'not the passphrase', deviceName: 'Guess' },
        }),
      ),
    );
    const statuses = attempts.map((reply) => reply.status);
    // Ten per username (login-throttle.ts), counted in the database, not in each process.
    expect(statuses.filter((status) => status === 401)).toHaveLength(10);
    expect(statuses.filter((status) => status === 429)).toHaveLength(6);
    for (const endpoint of endpoints) {
      const again = await send(endpoint.url, 'POST', '/v1/auth/login', {
        body: { username: coordinator!.username, password: PASSWORD, deviceName: 'Right one, too late' },
      });
      expect(again.status).toBe(429);
    }
  });

  it('moves no pull cursor past a change whose transaction commits late', async () => {
    const { url, endpoints } = await startEndpoints(3);
    const [coordinator, counselor] = await team(endpoints, 2);
    const early = new TestDevice(counselor!);
    await pushThrough(endpoints[1]!, counselor!, [early.set('case', newId(), { displayName: 'Fictional Early' })]);

    // A push that stalls inside its transaction, as a process on a slow disk or in a long
    // GC pause would: the team's version row is locked and bumped, the record is written,
    // and the commit waits.
    const slow = new pg.Client({ connectionString: url });
    await slow.connect();
    const lateId = newId();
    try {
      await slow.query('BEGIN');
      const locked = await slow.query('SELECT version FROM teams WHERE id = $1 FOR UPDATE', [coordinator!.teamId]);
      const lateSeq = Number(locked.rows[0].version) + 1;
      const clock = formatHlc({ wallMs: Date.now() - 1000, counter: 0, node: newNode() });
      await slow.query(
        `INSERT INTO records (id, team_id, type, case_id, fields, clocks, writers, deleted, seq)
         VALUES ($1, $2, 'case', $1, $3, $4, '{}', NULL, $5)`,
        [lateId, coordinator!.teamId, JSON.stringify({ displayName: 'Fictional Late' }), JSON.stringify({ displayName: clock }), lateSeq],
      );
      await slow.query('UPDATE teams SET version = $1 WHERE id = $2', [lateSeq, coordinator!.teamId]);

      // Other processes take pushes meanwhile (they wait for the version row) ...
      const others = new TestDevice(coordinator!);
      const otherIds = Array.from({ length: 5 }, () => newId());
      const waiting = (async () => {
        for (const [i, id] of otherIds.entries()) {
          await pushThrough(endpoints[1 + (i % 2)]!, coordinator!, [others.set('case', id, { displayName: 'Fictional Other' })]);
        }
      })();
      // ... and a puller pulls through a third: it sees only what has committed.
      const puller = new HoppingPuller([endpoints[0]!], counselor!.token);
      await puller.toEnd();
      expect(puller.seen.has(lateId)).toBe(false);
      await new Promise((resolve) => setTimeout(resolve, 500));
      await puller.toEnd();
      expect(puller.seen.has(lateId)).toBe(false);

      await slow.query('COMMIT');
      await waiting;
      await puller.toEnd();
      expect(puller.seen.get(lateId)).toBe(1);
      for (const id of otherIds) expect(puller.seen.get(id)).toBe(1);
      expect(strictlyIncreasing(puller.seqs)).toBe(true);
    } finally {
      await slow.end();
    }
  });
});
