// Coordinators' corrections of checklist templates, made on the device (DOMAIN-SI.md: the
// law changes, and the whole team must get the correction by sync).
//
// Saving never edits a template in place: it creates a NEW `template` record with the
// next version number (template.ts), so checklists that started on an older version keep
// it until someone upgrades them, and two coordinators never overwrite each other.
//
// Only coordinators write templates (SYNC-PROTOCOL.md, Scope and roles). A device with
// no team session works on its own: whoever uses it may edit (the endpoint checks the
// role again once the device joins a team).
import { templateDefinitionSchema, type TemplateDefinition, type TemplateDefinitionInput } from '../../domain/template-definition.ts';
import { nextTemplateVersion } from '../../domain/template.ts';
import type { StoreError } from '../errors.ts';
import { failure } from '../errors.ts';
import { templateCatalogOnDevice } from '../queries/checklists.ts';
import { readSession } from '../session.ts';
import type { Store } from '../store.ts';
import { createRecord } from '../write.ts';

export interface TemplateEditing {
  allowed: boolean;
  /** The signed-in user's role, or null on a device without a team session. */
  role: string | null;
}

/**
 * Whether this device's user may change templates: a coordinator, or anyone on a device
 * that has no team session (session.ts).
 */
export async function templateEditing(store: Store): Promise<TemplateEditing> {
  const session = await readSession(store);
  if (!session) return { allowed: true, role: null };
  return { allowed: session.user.role === 'coordinator', role: session.user.role };
}

/** Where in the definition a problem is (zod's path) and the i18n key of the message. */
export interface TemplateIssue {
  path: (string | number)[];
  message: string;
}

export type SaveTemplateResult =
  | { ok: true; recordId: string; template: TemplateDefinition }
  | { ok: false; kind: 'form'; issues: TemplateIssue[] }
  | { ok: false; kind: 'store'; error: StoreError };

/**
 * Save an edited template as a new version: one above every version this device knows
 * of that template id. The whole definition is validated first; nothing is written when
 * anything is wrong.
 */
export async function saveTemplateVersion(
  store: Store,
  edited: TemplateDefinitionInput,
  basedOnVersion: number | null,
): Promise<SaveTemplateResult> {
  const editing = await templateEditing(store);
  if (!editing.allowed) return { ok: false, kind: 'store', error: failure('forbidden').error };
  const catalog = await templateCatalogOnDevice(store);
  const version = nextTemplateVersion(catalog, edited.id);
  const parsed = templateDefinitionSchema.safeParse({ ...edited, version });
  if (!parsed.success) {
    return {
      ok: false,
      kind: 'form',
      issues: parsed.error.issues.map((issue) => ({
        path: issue.path.filter((part): part is string | number => typeof part !== 'symbol'),
        message: messageKey(issue),
      })),
    };
  }
  const template = parsed.data;
  const written = await createRecord(store, 'template', null, {
    templateId: template.id,
    version: template.version,
    ...(basedOnVersion !== null ? { basedOnVersion } : {}),
    definition: template,
  });
  if (!written.ok) return { ok: false, kind: 'store', error: written.error };
  return { ok: true, recordId: written.value.id, template };
}

/**
 * The i18n key of a schema issue: the schema's own key (`validation.*`), or one derived
 * from zod's issue code where a schema gave none (zod's own messages are English only).
 */
function messageKey(issue: { code: string; message: string; minimum?: unknown; origin?: unknown }): string {
  if (issue.message.startsWith('validation.')) return issue.message;
  if (issue.code === 'too_small') return issue.minimum === 1 && issue.origin === 'string' ? 'validation.required' : 'validation.tooShort';
  if (issue.code === 'too_big') return issue.origin === 'array' ? 'validation.tooMany' : 'validation.tooLong';
  if (issue.code === 'invalid_type' || issue.code === 'invalid_union') return 'validation.invalid';
  return 'validation.invalid';
}
