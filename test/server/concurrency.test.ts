// Ten devices push at once while another device pulls in a loop: the puller sees every
// change exactly as it was stored, and every device that pulls ends with the same state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  removeTempDirs,
  addMember,
  applyPulled,
  createTeam,
  login,
  newId,
  pull,
  pullAll,
  push,
  startServer,
  TestDevice,
  type Member,
  type TestServer,
} from './helpers/harness.ts';

let t: TestServer;

beforeAll(async () => {
  t = await startServer();
});
// vitest runs after-hooks in reverse: folders go once every server has closed.
afterAll(removeTempDirs);
afterAll(() => t.close());

// A small deterministic random source, so a failure can be replayed.
function random(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
}

describe('concurrency', () => {
  it('10 devices pushing at once while another pulls: every change seen as stored, all devices converge', async () => {
    const coordinator = await createTeam(t);
    const people: Member[] = [coordinator];
    for (let i = 0; i < 3; i += 1) people.push(await addMember(t, coordinator, 'counselor'));
    const devices: TestDevice[] = [];
    for (let i = 0; i < 10; i += 1) devices.push(new TestDevice(await login(t, people[i % people.length]!, `Phone ${i}`), Date.now() - 120_000 + i));

    const office = new TestDevice(coordinator);
    const sharedCases = Array.from({ length: 4 }, () => newId());
    const created = await push(t, coordinator, sharedCases.map((id, i) => office.set('case', id, { displayName: `Shared ${i}`, status: 'open' })));
    expect(created.status).toBe(200);
    for (const device of devices) device.learn(created.body.records);

    // What each push answered: the state of each record at the seq it was stored with.
    const storedAtSeq = new Map<string, string>();
    const remember = (records: any[]) => {
      for (const record of records) storedAtSeq.set(record.seq, JSON.stringify(record));
    };
    remember(created.body.records);

    // Shared with the pull loop, which runs until the pushers are done.
    const pushers = { running: true };
    const pusher = async (device: TestDevice, seed: number) => {
      const next = random(seed);
      const ownNotes: string[] = [];
      const caseOfNote = new Map<string, string>();
      for (let round = 0; round < 15; round += 1) {
        const batch: any[] = [];
        const size = 1 + next(12);
        for (let i = 0; i < size; i += 1) {
          const caseId = sharedCases[next(sharedCases.length)]!;
          const choice = next(4);
          if (choice === 0 || ownNotes.length === 0) {
            const noteId = newId();
            ownNotes.push(noteId);
            caseOfNote.set(noteId, caseId);
            batch.push(device.set('note', noteId, { body: `note ${seed}-${round}-${i}`, kind: 'counseling' }, { caseId }));
          } else if (choice === 1) {
            batch.push(device.set('case', caseId, { summary: `summary from ${seed} round ${round}` }));
          } else if (choice === 2) {
            batch.push(device.set('case', caseId, { householdSize: 1 + next(9) }));
          } else {
            const noteId = ownNotes[next(ownNotes.length)]!;
            batch.push(device.set('note', noteId, { body: `edited ${round}` }, { caseId: caseOfNote.get(noteId) }));
          }
        }
        const reply = await push(t, device.who, batch);
        expect(reply.status).toBe(200);
        expect(reply.body.lastMutation).toBe(device.n);
        for (const result of reply.body.results) {
          if (result.status !== 'applied') throw new Error(`unexpected result ${JSON.stringify(result)}`);
        }
        remember(reply.body.records);
        device.learn(reply.body.records);
      }
    };

    const puller = await login(t, coordinator, 'Puller');
    const pullerStore = new Map<string, any>();
    const seenAtSeq = new Map<string, string>();
    const lastSeqSeen = new Map<string, number>();
    let cursor: string | undefined;
    const pullOnce = async () => {
      const reply = await pull(t, puller, { limit: 7, ...(cursor ? { cursor } : {}) });
      expect(reply.status).toBe(200);
      for (const record of reply.body.records) {
        const seq = Number(record.seq);
        // A record's versions arrive in seq order, never an older one after a newer one.
        expect(seq).toBeGreaterThan(lastSeqSeen.get(record.id) ?? 0);
        lastSeqSeen.set(record.id, seq);
        seenAtSeq.set(record.seq, JSON.stringify(record));
      }
      applyPulled(pullerStore, reply.body);
      cursor = reply.body.cursor;
      return reply.body.more as boolean;
    };
    const pullLoop = async () => {
      let pulls = 0;
      while (pushers.running) {
        await pullOnce();
        pulls += 1;
      }
      while (await pullOnce()) pulls += 1;
      return pulls;
    };

    const loop = pullLoop();
    await Promise.all(devices.map((device, i) => pusher(device, i + 1)));
    pushers.running = false;
    const pulls = await loop;
    expect(pulls).toBeGreaterThan(1);

    // Every version the puller saw is exactly what the push that stored it answered.
    let compared = 0;
    for (const [seq, record] of seenAtSeq) {
      const answered = storedAtSeq.get(seq);
      if (answered === undefined) continue;
      expect(record).toBe(answered);
      compared += 1;
    }
    expect(compared).toBeGreaterThan(100);

    // Nothing missed: the puller holds exactly what the database holds now.
    const rows = await t.rows('SELECT id, seq, deleted FROM records WHERE team_id = ?', coordinator.teamId);
    expect(pullerStore.size).toBe(rows.length);
    for (const row of rows) expect(Number(pullerStore.get(row.id)?.seq)).toBe(row.seq);

    // All devices that pull converge on the same state.
    for (const device of devices) {
      const store = new Map<string, any>();
      applyPulled(store, await pullAll(t, device.who, undefined, 250));
      expect(store).toEqual(pullerStore);
    }
  });
});
