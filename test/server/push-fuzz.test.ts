// Fuzzing the push body (SYNC-PROTOCOL.md, Records: size; Errors: bad input never gives a
// 5xx and never changes stored data): deep and wide values in every kind of mutation.
// Every push is answered 200, every mutation applied or rejected on its own, and a
// rejected mutation leaves nothing stored.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushResponseSchema } from '../../src/domain/protocol.ts';
import { createTeam, newId, push, removeTempDirs, startServer, TestDevice, type Member, type TestServer } from './helpers/harness.ts';

let t: TestServer;
let coordinator: Member;
let device: TestDevice;
let caseId: string;

beforeAll(async () => {
  t = await startServer();
  coordinator = await createTeam(t);
  device = new TestDevice(coordinator);
  caseId = newId();
  const created = await push(t, coordinator, [device.set('case', caseId, { displayName: 'Fuzz Case' })]);
  expect(created.status).toBe(200);
});
afterAll(removeTempDirs);
afterAll(() => t.close());

/** A value nested `depth` levels deep around `leaf`, kept as JSON text: JSON.stringify
 * itself runs out of stack on values a few thousand levels deep. */
class DeepText {
  readonly json: string;

  constructor(json: string) {
    this.json = json;
  }
}

function deep(leaf: unknown, depth: number, key: string): DeepText {
  const half = Math.floor(depth / 2);
  const open = '['.repeat(depth - half) + `{${JSON.stringify(key)}:`.repeat(half);
  const close = '}'.repeat(half) + ']'.repeat(depth - half);
  return new DeepText(open + JSON.stringify(leaf) + close);
}

/** The push body as text, deep values spliced in where JSON.stringify left a marker. */
function pushBody(mutations: unknown[]): string {
  const deepValues: DeepText[] = [];
  const text = JSON.stringify({ mutations }, (_key, value: unknown) => {
    if (!(value instanceof DeepText)) return value;
    deepValues.push(value);
    return `@@deep-${deepValues.length - 1}@@`;
  });
  return deepValues.reduce((body, value, i) => body.replace(`"@@deep-${i}@@"`, () => value.json), text);
}

const deepValue = fc
  .tuple(fc.jsonValue({ maxDepth: 2 }), fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 8000 })), fc.string({ maxLength: 5 }))
  .map(([leaf, depth, key]) => deep(leaf, depth, key));

const wideValue = fc.oneof(
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 2000 }),
  fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 300 }),
  fc.string({ maxLength: 30_000 }),
);

const anyValue = fc.oneof({ arbitrary: deepValue, weight: 3 }, wideValue, fc.jsonValue({ maxDepth: 4 }));

// Field names a type has (and a few it has not): values land where validation goes deep.
const fieldName = fc.constantFrom('body', 'displayName', 'value', 'title', 'item.a.note', 'item.b.done', 'date.decisionServedOn', 'steps', 'nosuchfield', '__proto__x');

const wideChecklist = fc
  .integer({ min: 0, max: 1200 })
  .map((count) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`item.w${i}.done`, i % 2 === 0])));

const mutationShape = fc.record({
  type: fc.constantFrom('case', 'note', 'checklist', 'viewing', 'template', 'conflict', 'conflict', 'unknown'),
  set: fc.oneof(fc.dictionary(fieldName, anyValue, { maxKeys: 4 }), wideChecklist),
  withCase: fc.boolean(),
});

async function lastMutation(): Promise<number> {
  const [row] = await t.rows<{ last_mutation: number }>('SELECT last_mutation FROM devices WHERE id = ?', coordinator.deviceId);
  return row?.last_mutation ?? 0;
}

async function rowExists(id: string): Promise<boolean> {
  return (await t.rows('SELECT 1 FROM records WHERE id = ?', id)).length > 0;
}

describe('push fuzzing', () => {
  it('answers every push 200 and stores nothing of a rejected mutation', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutationShape, { minLength: 1, maxLength: 4 }), async (shapes) => {
        // Numbered from what the endpoint has: a run that failed (or was shrunk) sent nothing.
        device.n = await lastMutation();
        const mutations = shapes.map((shape) =>
          device.set(shape.type, newId(), shape.set, shape.withCase && shape.type !== 'case' ? { caseId } : {}),
        );
        const body = pushBody(mutations);
        // The 4 MiB limit is its own rule (413), tested elsewhere.
        fc.pre(body.length < 4 * 1024 * 1024);
        const reply = await t.request('POST', '/v1/sync/push', { token: coordinator.token, raw: body, headers: { 'content-type': 'application/json' } });
        expect(reply.status, JSON.stringify(reply.body).slice(0, 300)).toBe(200);
        const answer = pushResponseSchema.parse(reply.body);
        expect(answer.results.map((r) => r.n)).toEqual(mutations.map((m) => m.n));
        for (const [i, result] of answer.results.entries()) {
          const id = mutations[i]!.record;
          expect(await rowExists(id), `${result.status} ${id}`).toBe(result.status === 'applied');
        }
      }),
      {
        numRuns: 80,
        // Always tried: the value that once overflowed the stack in validation.
        examples: [[[{ type: 'conflict', set: { value: deep('x', 6000, 'a') }, withCase: true }]]],
      },
    );
  });
});
