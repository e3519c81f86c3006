// The sync screens' rules that need no browser: when the first-run choice shows, the join
// link (read, built, no personal data), what each refusal says and where, the status
// sentences (including the 24-hour warning), the join form's checks, conflict values, and
// the coordinator's people list.
import { describe, expect, it } from 'vitest';
import { accountErrorMessage } from '../../../src/app/sync/account-errors.ts';
import { currentWriter, fieldLabel, keptWriter, textKind, valueText, valueWords } from '../../../src/app/sync/conflict-view.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { legalStatuses, caseStatuses } from '../../../src/domain/case-values.ts';
import { noteKinds } from '../../../src/domain/note.ts';
import { discriminationKinds, registrationConsents, viewingOutcomes, viewingStatuses } from '../../../src/domain/viewing.ts';
import { deviceKind } from '../../../src/app/sync/device-name.ts';
import { firstRunRedirect } from '../../../src/app/sync/first-run.ts';
import { checkJoin, type JoinValues } from '../../../src/app/sync/join-form-state.ts';
import { hasJoinParameters, joinLinkFor, readJoinLink } from '../../../src/app/sync/join-link.ts';
import { statusView } from '../../../src/app/sync/status-view.ts';
import { groupByUser } from '../../../src/app/sync/team-view.ts';
import type { Device } from '../../../src/domain/protocol.ts';
import { initialStatus, STALE_PENDING_MS, type SyncStatus } from '../../../src/sync/status.ts';

const NOW = Date.UTC(2026, 10, 22, 10, 0, 0);

function english(namespace: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../../locales/en/${namespace}.json`), 'utf8')) as Record<string, unknown>;
}
const ago = (ms: number) => `${Math.round((NOW - ms) / 60_000)} min ago`;

function status(patch: Partial<SyncStatus>): SyncStatus {
  return { ...initialStatus, phase: { kind: 'idle' }, ...patch };
}

describe('first-run choice', () => {
  it('sends a fresh device to /welcome from anywhere but /welcome and /join, and never again once chosen', () => {
    expect(firstRunRedirect('/', null)).toBe('/welcome');
    expect(firstRunRedirect('/cases/123', null)).toBe('/welcome');
    expect(firstRunRedirect('/welcome', null)).toBeNull();
    expect(firstRunRedirect('/join', null)).toBeNull();
    expect(firstRunRedirect('/', 'local')).toBeNull();
    expect(firstRunRedirect('/cases', 'team')).toBeNull();
  });
});

describe('join link', () => {
  it('carries the invite in the fragment (never sent to a server) and leaves out an endpoint that is the app itself', () => {
    const link = joinLinkFor('https://zvezek.example.org', 'https://zvezek.example.org/', 'fictional-code');
    expect(link).toBe('https://zvezek.example.org/join#invite=fictional-code');
    expect(new URL(link).search).toBe('');
    const elsewhere = joinLinkFor('https://app.example.org', 'https://sync.example.org/team/', 'c0de');
    expect(readJoinLink(elsewhere)).toEqual({ endpoint: 'https://sync.example.org/team/', invite: 'c0de' });
  });

  it('reads a query string too, and knows when there is something to strip', () => {
    expect(readJoinLink('https://a.example/join?endpoint=b.example&invite=x1')).toEqual({ endpoint: 'b.example', invite: 'x1' });
    expect(hasJoinParameters('https://a.example/join')).toBe(false);
    expect(hasJoinParameters('https://a.example/join#invite=x')).toBe(true);
    expect(readJoinLink('https://a.example/join#invite=%20')).toEqual({ endpoint: null, invite: null });
  });
});

describe('what a refusal says, and where', () => {
  it('names the field: wrong password, used invite or setup code, taken username, unreachable address', () => {
    expect(accountErrorMessage({ code: 'unauthorized', message: '' }, 'signIn')).toEqual({ key: 'sync:errors.wrongPassword', field: 'password' });
    expect(accountErrorMessage({ code: 'forbidden', message: '' }, 'invite')).toEqual({ key: 'sync:errors.inviteUnusable', field: 'code' });
    expect(accountErrorMessage({ code: 'forbidden', message: '' }, 'setup')).toEqual({ key: 'sync:errors.setupCodeUnusable', field: 'setupToken' });
    const taken = { code: 'invalid_request' as const, message: '', details: [{ path: ['username'], code: 'username_taken', message: 'validation.usernameTaken' }] };
    expect(accountErrorMessage(taken, 'invite')).toEqual({ key: 'sync:errors.usernameTaken', field: 'username' });
    expect(accountErrorMessage({ code: 'network', message: '' }, 'signIn').field).toBe('endpoint');
    expect(accountErrorMessage({ code: 'insecure_address', message: '' }, 'signIn')).toEqual({ key: 'sync:errors.insecure_address', field: 'endpoint' });
  });

  it('says how long to wait when rate limited, and asks for an update on 426', () => {
    expect(accountErrorMessage({ code: 'rate_limited', message: '', retryAfterMs: 14 * 60_000 + 1 }, 'signIn')).toEqual({
      key: 'sync:errors.rateLimited',
      params: { count: 15 },
    });
    expect(accountErrorMessage({ code: 'upgrade_required', message: '' }, 'signIn').key).toBe('sync:errors.upgradeRequired');
    expect(accountErrorMessage({ code: 'storage_failed', message: '' }, 'signIn').key).toBe('store:errors.storage_failed');
  });
});

describe('sync status', () => {
  it('is quiet for a device used on its own', () => {
    expect(statusView(initialStatus, NOW, ago)).toMatchObject({ tone: 'quiet', short: { key: 'status.short.localOnly' } });
  });

  it('says synced and how long ago, or how many changes wait', () => {
    expect(statusView(status({ lastSyncedAt: NOW - 5 * 60_000 }), NOW, ago).short).toEqual({ key: 'status.short.synced', params: { ago: '5 min ago' } });
    expect(statusView(status({ pendingCount: 3, oldestPendingAt: NOW - 1000 }), NOW, ago)).toMatchObject({
      tone: 'waiting',
      short: { key: 'status.short.waiting', params: { count: 3 } },
    });
  });

  it('never says synced while refused changes or open conflicts wait for a person, and counts them', () => {
    const refused = statusView(status({ lastSyncedAt: NOW - 60_000, rejectedCount: 24 }), NOW, ago);
    expect(refused).toMatchObject({
      tone: 'attention',
      short: { key: 'status.short.attention', params: { count: 24 } },
      long: { key: 'status.long.attention', params: { refused: 24, conflicts: 0 } },
    });
    const both = statusView(status({ lastSyncedAt: NOW - 60_000, pendingCount: 1, oldestPendingAt: NOW, rejectedCount: 1, conflictCount: 2 }), NOW, ago);
    expect(both.short).toEqual({ key: 'status.short.attention', params: { count: 3 } });
    // A problem of the connection itself still comes first.
    expect(statusView(status({ phase: { kind: 'needs_sign_in' }, rejectedCount: 1 }), NOW, ago).short.key).toBe('status.short.needsSignIn');
  });

  it('gives the reason and the next try of an error, and says offline with the count', () => {
    const failed = statusView(status({ phase: { kind: 'error', reason: 'service_unavailable', message: 'x', nextRetryAt: NOW + 8000 } }), NOW, ago);
    expect(failed).toMatchObject({ tone: 'problem', reason: { key: 'reasons.service_unavailable' }, nextRetryAt: NOW + 8000 });
    expect(statusView(status({ phase: { kind: 'error', reason: 'teapot' as never, message: '', nextRetryAt: null } }), NOW, ago).reason).toEqual({
      key: 'reasons.unknown',
      params: { code: 'teapot' },
    });
    expect(statusView(status({ phase: { kind: 'offline', nextRetryAt: null }, pendingCount: 2, oldestPendingAt: NOW }), NOW, ago).short).toEqual({
      key: 'status.short.offlineWaiting',
      params: { count: 2 },
    });
  });

  it('asks to sign in, to update, or to fix the date', () => {
    expect(statusView(status({ phase: { kind: 'needs_sign_in' } }), NOW, ago).short.key).toBe('status.short.needsSignIn');
    expect(statusView(status({ phase: { kind: 'update_required' } }), NOW, ago).short.key).toBe('status.short.updateRequired');
    expect(statusView(status({ phase: { kind: 'clock_ahead' } }), NOW, ago).short.key).toBe('status.short.clockAhead');
  });

  it('warns when changes have waited more than 24 hours', () => {
    const old = status({ phase: { kind: 'offline', nextRetryAt: null }, pendingCount: 4, oldestPendingAt: NOW - STALE_PENDING_MS - 1 });
    expect(statusView(old, NOW, ago)).toMatchObject({ tone: 'problem', stale: true, short: { key: 'status.short.stale', params: { count: 4 } } });
    const recent = status({ pendingCount: 4, oldestPendingAt: NOW - STALE_PENDING_MS + 60_000 });
    expect(statusView(recent, NOW, ago).stale).toBe(false);
  });
});

describe('join form checks', () => {
  const values: JoinValues = {
    endpoint: 'zvezek.example.org',
    setupToken: ' setup-1 ',
    teamName: 'Fictional Aid',
    code: '',
    username: ' ana.demo ',
    displayName: '',
    password: 'a fictional passphrase',
    deviceName: 'Work phone',
  };

  it('sends trimmed values for the chosen way of joining only', () => {
    const checked = checkJoin('setup', values);
    expect(checked).toEqual({
      ok: true,
      value: {
        mode: 'setup',
        request: { endpoint: 'zvezek.example.org', setupToken: 'setup-1', teamName: 'Fictional Aid', username: 'ana.demo', password: 'a fictional passphrase', deviceName: 'Work phone' },
      },
    });
  });

  it('catches a short password, a username with spaces and a missing invite code at their fields', () => {
    const checked = checkJoin('invite', { ...values, username: 'ana demo', password: 'short' });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors.code?.key).toBe('common:validation.required');
    expect(checked.errors.username?.key).toBe('common:validation.invalidCharacters');
    expect(checked.errors.password).toEqual({ key: 'common:validation.tooShort', params: { minimum: 12 }, field: 'password' });
  });

  it('does not judge the shape of a password when signing in (a wrong one is the server’s answer)', () => {
    expect(checkJoin('signIn', { ...values, password: 'x' }).ok).toBe(true);
    expect(checkJoin('signIn', { ...values, endpoint: ' ' }).ok).toBe(false);
  });
});

describe('conflict values', () => {
  it('offers a merged text only for text fields, multi-line where the field allows it', () => {
    expect(textKind('note', 'body', ['a', 'b'])).toBe('multiLine');
    expect(textKind('case', 'displayName', ['A', null])).toBe('singleLine');
    expect(textKind('note', 'kind', ['legal', 'housing'])).toBeNull();
    expect(textKind('note', 'followUpDate', ['2026-12-01', '2026-12-02'])).toBeNull();
    expect(textKind('case', 'interpreterNeeded', [true, false])).toBeNull();
  });

  it('reads values and labels', () => {
    expect(valueText(null)).toEqual({ empty: true });
    expect(valueText(true)).toEqual({ boolean: true });
    expect(valueText(['Arabic', 'French'])).toEqual({ text: 'Arabic, French' });
    expect(fieldLabel('note', 'body')).toEqual({ key: 'fields.note.body' });
    expect(fieldLabel('checklist', 'item.appeal_filed.done')).toEqual({ text: 'item.appeal_filed.done' });
  });

  it('reads a choice as its label, never as the stored value', () => {
    expect(valueText('declined_by_landlord', { recordType: 'viewing', name: 'outcome' })).toEqual({ choices: ['viewings:outcome.declined_by_landlord'] });
    expect(valueText('open', { recordType: 'case', name: 'displayName' })).toEqual({ text: 'open' });
    const locales: Record<string, Record<string, unknown>> = { cases: english('cases'), viewings: english('viewings') };
    const t = (key: string, options: { defaultValue: string }) => {
      const [namespace = '', rest = ''] = key.split(':');
      const found = rest.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], locales[namespace]);
      return typeof found === 'string' ? found : `MISSING ${key} (${options.defaultValue})`;
    };
    const everyChoice: [Parameters<typeof valueText>[1], readonly string[]][] = [
      [{ recordType: 'case', name: 'status' }, caseStatuses],
      [{ recordType: 'case', name: 'legalStatus' }, legalStatuses],
      [{ recordType: 'note', name: 'kind' }, noteKinds],
      [{ recordType: 'viewing', name: 'status' }, viewingStatuses],
      [{ recordType: 'viewing', name: 'outcome' }, viewingOutcomes],
      [{ recordType: 'viewing', name: 'registrationConsent' }, registrationConsents],
      [{ recordType: 'viewing', name: 'discrimination' }, discriminationKinds],
    ];
    for (const [field, choices] of everyChoice) {
      for (const choice of choices) {
        const shown = valueText(choice, field);
        expect('choices' in shown ? valueWords(shown, t) : shown).not.toMatch(/MISSING/);
      }
    }
    expect(valueWords({ choices: ['viewings:outcome.accepted', 'viewings:outcome.waiting'] }, t)).toBe('Accepted, Waiting for an answer');
  });

  it('says who wrote each value as far as the device can tell', () => {
    const me = { userId: 'u_me', deviceId: 'd_me' };
    const kept = { value: 'x', clock: '', at: 0, authorId: 'u_me', deviceId: 'd_me' };
    expect(keptWriter(kept, me).key).toBe('conflicts.by.thisDevice');
    expect(keptWriter({ ...kept, deviceId: 'd_other' }, me).key).toBe('conflicts.by.youElsewhere');
    expect(keptWriter({ ...kept, authorId: 'u_other', deviceId: 'd_other' }, me).key).toBe('conflicts.by.someoneElse');
    expect(currentWriter({ value: 'y', clock: null, at: null, byThisDevice: false, authorId: null }, me).key).toBe('conflicts.by.anotherDevice');
  });

  it("names the author of the value that won when the conflict says who it was (\"Ana's text\")", () => {
    const me = { userId: 'u_me', deviceId: 'd_me' };
    const members = [{ id: 'u_ana', role: 'counselor' as const, displayName: 'Ana', active: true }];
    const current = { value: 'y', clock: null, at: null, byThisDevice: false, authorId: 'u_ana' };
    expect(currentWriter(current, me, members)).toEqual({ key: 'conflicts.by.named', params: { name: 'Ana' } });
    expect(currentWriter({ ...current, authorId: 'u_me' }, me, members).key).toBe('conflicts.by.youElsewhere');
    expect(currentWriter({ ...current, authorId: 'u_gone' }, me, members).key).toBe('conflicts.by.someoneElse');
    expect(currentWriter({ ...current, byThisDevice: true }, me, members).key).toBe('conflicts.by.thisDevice');
  });
});

function device(id: string, userId: string, createdAt: string, revokedAt: string | null = null): Device {
  return { id, userId, name: id, createdAt, lastSeenAt: null, revokedAt };
}

describe('device names and the people list', () => {
  it('guesses the kind of device from the browser', () => {
    expect(deviceKind('Mozilla/5.0 (Linux; Android 14; Pixel 8)')).toBe('android');
    expect(deviceKind('Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X)')).toBe('iphone');
    expect(deviceKind('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)', 5)).toBe('ipad');
    expect(deviceKind('Mozilla/5.0 (Windows NT 10.0; Win64; x64)')).toBe('windows');
  });

  it('groups devices by person, own first, active devices before ended ones', () => {
    const groups = groupByUser(
      [
        device('d1', 'u_b', '2026-11-01T00:00:00.000Z'),
        device('d2', 'u_me', '2026-11-02T00:00:00.000Z', '2026-11-03T00:00:00.000Z'),
        device('d3', 'u_me', '2026-11-04T00:00:00.000Z'),
        device('d4', 'u_a', '2026-11-01T00:00:00.000Z'),
      ],
      'u_me',
    );
    expect(groups.map((group) => [group.userId, group.devices.map((each) => each.id)])).toEqual([
      ['u_me', ['d3', 'd2']],
      ['u_a', ['d4']],
      ['u_b', ['d1']],
    ]);
  });

  it("gives each person the role the team's user list names, and none to someone it does not list", () => {
    const devices = [
      device('d1', 'u_me', '2026-11-01T00:00:00.000Z'),
      device('d2', 'u_a', '2026-11-01T00:00:00.000Z'),
      device('d3', 'u_new', '2026-11-02T00:00:00.000Z'),
    ];
    const users = [
      { id: 'u_me', role: 'coordinator' as const, displayName: 'Me', active: true },
      { id: 'u_a', role: 'volunteer' as const, displayName: 'Ana', active: true },
      { id: 'u_gone', role: 'counselor' as const, displayName: 'Gone', active: false },
    ];
    expect(groupByUser(devices, 'u_me', users).map((group) => [group.userId, group.role])).toEqual([
      ['u_me', 'coordinator'],
      ['u_a', 'volunteer'],
      ['u_new', null],
    ]);
    // An endpoint without GET /v1/users: the same people, no roles.
    expect(groupByUser(devices, 'u_me').map((group) => group.role)).toEqual([null, null, null]);
  });
});

describe('failure reasons', () => {
  it('has a sentence in every complete language for every code the sync can report', async () => {
    const { knownReasons } = await import('../../../src/app/sync/status-view.ts');
    const fs = await import('node:fs');
    for (const lang of ['en', 'sl']) {
      const texts = JSON.parse(fs.readFileSync(`locales/${lang}/sync.json`, 'utf8')) as { reasons: Record<string, string> };
      for (const code of knownReasons) expect(texts.reasons[code], `${lang}: reasons.${code}`).toBeTruthy();
    }
  });
});

describe('refused changes', () => {
  it('offers "assign to me and send again" for a change outside the person\'s cases, and field labels, never item keys', async () => {
    const { refusedFixes, refusedFieldLabel } = await import('../../../src/app/sync/refused-view.ts');
    expect(refusedFixes({ code: 'forbidden', caseId: 'c' }, { role: 'volunteer' })).toEqual(['assignAndSend', 'discard']);
    expect(refusedFixes({ code: 'forbidden' }, { role: 'counselor' })).toEqual(['discard']);
    expect(refusedFixes({ code: 'gone', caseId: 'c' }, { role: 'volunteer' })).toEqual(['discard']);
    expect(refusedFixes({ code: 'not_kept', caseId: 'c' }, { role: 'counselor' })).toEqual(['sendAgain', 'discard']);
    // A lost answer (not_kept) in a volunteer's case: most likely outside their cases.
    expect(refusedFixes({ code: 'not_kept', caseId: 'c' }, { role: 'volunteer' })).toEqual(['assignAndSend', 'sendAgain', 'discard']);
    expect(refusedFieldLabel('case', 'displayName', 'en')).toEqual({ key: 'fields.case.displayName' });
    const step = refusedFieldLabel('checklist', 'item.intention_expressed.done', 'en');
    expect(step).toMatchObject({ key: 'fields.checklistStep.done' });
    expect(JSON.stringify(step)).not.toContain('item.');
  });
});
