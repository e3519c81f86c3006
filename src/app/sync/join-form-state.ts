// The join form's values and their checks before anything is sent: the same zod schemas
// the endpoint parses with (src/domain/protocol.ts), so a short password or a username
// with spaces is caught at the field, in the person's language. Pure.
import { inviteAcceptRequestSchema, loginRequestSchema, setupRequestSchema } from '../../domain/protocol.ts';
import type { FormMessage, JoinField, JoinMode } from './account-errors.ts';

export interface JoinValues {
  endpoint: string;
  setupToken: string;
  teamName: string;
  code: string;
  username: string;
  /** What the team calls this person; optional (the username when empty). */
  displayName: string;
  password: string;
  deviceName: string;
}

/** Fields that may stay empty. */
const optionalFields: ReadonlySet<JoinField> = new Set(['displayName']);

/** The fields each way of joining asks for, in order. */
export const fieldsOf: Record<JoinMode, readonly JoinField[]> = {
  setup: ['setupToken', 'teamName', 'username', 'displayName', 'password', 'deviceName'],
  invite: ['code', 'username', 'displayName', 'password', 'deviceName'],
  signIn: ['username', 'password', 'deviceName'],
};

export type JoinRequest =
  | {
      mode: 'setup';
      request: { endpoint: string; setupToken: string; teamName: string; username: string; displayName?: string; password: string; deviceName: string };
    }
  | { mode: 'invite'; request: { endpoint: string; code: string; username: string; displayName?: string; password: string; deviceName: string } }
  | { mode: 'signIn'; request: { endpoint: string; username: string; password: string; deviceName: string } };

export type CheckedJoin = { ok: true; value: JoinRequest } | { ok: false; errors: Partial<Record<JoinField, FormMessage>> };

export function checkJoin(mode: JoinMode, values: JoinValues): CheckedJoin {
  const errors: Partial<Record<JoinField, FormMessage>> = {};
  const endpoint = values.endpoint.trim();
  if (endpoint === '') errors.endpoint = { key: 'common:validation.required', field: 'endpoint' };
  const trimmed = {
    setupToken: values.setupToken.trim(),
    teamName: values.teamName.trim(),
    code: values.code.trim(),
    // Usernames are compared without case on the endpoint; spaces around are a typo.
    username: values.username.trim(),
    displayName: values.displayName.trim(),
    password: values.password,
    deviceName: values.deviceName.trim(),
  };
  const schema = mode === 'setup' ? setupRequestSchema : mode === 'invite' ? inviteAcceptRequestSchema : loginRequestSchema;
  for (const field of fieldsOf[mode]) {
    if (trimmed[field as keyof typeof trimmed] === '' && !optionalFields.has(field)) errors[field] = { key: 'common:validation.required', field };
  }
  const given = fieldsOf[mode].filter((field) => !(optionalFields.has(field) && trimmed[field as keyof typeof trimmed] === ''));
  const parsed = schema.safeParse(Object.fromEntries(given.map((field) => [field, trimmed[field as keyof typeof trimmed]])));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as JoinField;
      if (errors[field]) continue;
      const params: Record<string, string | number> = {};
      const { minimum, maximum } = issue as { minimum?: unknown; maximum?: unknown };
      if (typeof minimum === 'number' || typeof minimum === 'bigint') params.minimum = Number(minimum);
      if (typeof maximum === 'number' || typeof maximum === 'bigint') params.maximum = Number(maximum);
      const key = issue.message.startsWith('validation.') ? `common:${issue.message}` : 'common:validation.invalid';
      errors[field] = { key, params, field };
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const common = { endpoint, username: trimmed.username, password: trimmed.password, deviceName: trimmed.deviceName };
  const named = trimmed.displayName === '' ? {} : { displayName: trimmed.displayName };
  switch (mode) {
    case 'setup':
      return { ok: true, value: { mode, request: { ...common, ...named, setupToken: trimmed.setupToken, teamName: trimmed.teamName } } };
    case 'invite':
      return { ok: true, value: { mode, request: { ...common, ...named, code: trimmed.code } } };
    case 'signIn':
      return { ok: true, value: { mode, request: common } };
  }
}
