// GET /v1/reports against REPORTS.md: coordinators only, every 400, and the same report as
// the device's function over the same records.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slovenianDateAt } from '../../src/domain/ljubljana-time.ts';
import { computeReport, type ReportRecord } from '../../src/domain/report.ts';
import { housingFixture, procedureFixture, Records } from '../unit/domain/report-fixtures.ts';
import { addMember, createTeam, pullAll, push, removeTempDirs, startServer, TestDevice, type Member, type TestServer } from './helpers/harness.ts';

let t: TestServer;
beforeAll(async () => {
  t = await startServer();
});
afterAll(async () => {
  await t.close();
  removeTempDirs();
});

/** Pushes fixture records as a device would create them (one mutation each). */
async function pushRecords(who: Member, records: readonly ReportRecord[], device = new TestDevice(who)): Promise<void> {
  const mutations = records.map((record) =>
    device.set(record.type, record.id, record.fields, record.type === 'case' ? {} : { caseId: record.caseId }),
  );
  for (let start = 0; start < mutations.length; start += 500) {
    const reply = await push(t, who, mutations.slice(start, start + 500));
    expect(reply.status).toBe(200);
    expect(reply.body.results.every((result: { status: string }) => result.status === 'applied')).toBe(true);
  }
}

const report = (who: Member | null, query: string) => t.request('GET', `/v1/reports${query}`, who ? { token: who.token } : {});

let coordinatorFor400: Member | undefined;

describe('GET /v1/reports', () => {
  it('answers coordinators only: 401 without a valid token, 403 for counselors and volunteers', async () => {
    const coordinator = await createTeam(t);
    const counselor = await addMember(t, coordinator, 'counselor');
    const volunteer = await addMember(t, coordinator, 'volunteer');
    const query = '?from=2026-01&to=2026-12';
    expect((await report(null, query)).status).toBe(401);
    expect((await t.request('GET', `/v1/reports${query}`, { token: 'not-a-token' })).status).toBe(401);
    const refused = await report(counselor, query);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');
    expect((await report(volunteer, query)).status).toBe(403);
    const answer = await report(coordinator, query);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ from: '2026-01', to: '2026-12', k: 5 });
    expect(answer.body.housing.viewings).toEqual({ viewings: 0, cases: 0 });
  });

  it.each([
    '',
    '?from=2026-01',
    '?to=2026-12',
    '?from=2026-1&to=2026-12',
    '?from=2026-01&to=2026-13',
    '?from=2026-00&to=2026-12',
    '?from=26-01&to=2026-12',
    '?from=2026-01-01&to=2026-12-31',
    '?from=2026-12&to=2026-01',
    '?from=2023-01&to=2026-02',
    '?from=2026-01&to=2026-12&k=4',
    '?from=2026-01&to=2026-12&k=0',
    '?from=2026-01&to=2026-12&k=-5',
    '?from=2026-01&to=2026-12&k=5.5',
    '?from=2026-01&to=2026-12&k=',
    '?from=2026-01&to=2026-12&k=five',
    '?from=2026-01&to=2026-12&k=5&k=6',
    '?from=2026-01&from=2026-02&to=2026-12',
  ])('answers 400 invalid_request to %s', async (query) => {
    coordinatorFor400 ??= await createTeam(t);
    const reply = await report(coordinatorFor400, query);
    expect(reply.status).toBe(400);
    expect(reply.body.error.code).toBe('invalid_request');
  });

  it('takes k of 5 or more, and periods up to 36 months apart', async () => {
    const coordinator = await createTeam(t);
    const raised = await report(coordinator, '?from=2024-01&to=2027-01&k=12');
    expect(raised.status).toBe(200);
    expect(raised.body.k).toBe(12);
    expect(raised.body.caseload.newCases).toHaveLength(37);
  });

  it('gives the same report as the device function over the same records, ignoring other teams and deleted cases', async () => {
    const coordinator = await createTeam(t);
    const counselor = await addMember(t, coordinator, 'counselor');
    const records = procedureFixture(housingFixture(new Records())).list;
    await pushRecords(counselor, records);

    // Another team's records and a deleted case of ours stay out.
    const otherTeam = await createTeam(t, 'Other Fictional Team');
    await pushRecords(otherTeam, housingFixture().list);
    const gone = housingFixture();
    const deleter = new TestDevice(coordinator);
    await pushRecords(coordinator, gone.list, deleter);
    const goneCases = gone.list.filter((record) => record.type === 'case');
    const deleted = await push(t, coordinator, goneCases.map((record) => deleter.delete('case', record.id, { caseId: record.id })));
    expect(deleted.status).toBe(200);
    expect(deleted.body.results.every((result: { status: string }) => result.status === 'applied')).toBe(true);

    const options = { from: '2026-01', to: '2026-12', k: 5, today: slovenianDateAt(Date.now()) };
    const answer = await report(coordinator, '?from=2026-01&to=2026-12');
    expect(answer.status).toBe(200);

    const onDevice = computeReport((await pullAll(t, coordinator)).records as ReportRecord[], options);
    expect(answer.body).toEqual(onDevice);
    expect(answer.body).toEqual(computeReport(records, options));
    expect(answer.body.housing.outcome[2]).toEqual({ key: 'declined_by_landlord', viewings: 8, cases: 6 });
    expect(answer.body.procedures.decision).toMatchObject({ cases: 11, medianDays: 182 });

    const stricter = await report(coordinator, '?from=2026-01&to=2026-12&k=6');
    expect(stricter.body).toEqual(computeReport(records, { ...options, k: 6 }));
  });
});
