// One conflict: the record's current value and the value kept aside, side by side (stacked
// on a phone), each with who wrote it and when; "keep this one" under each, and for text
// fields a merged text to write instead.
import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { RecordType } from '../../domain/records.ts';
import type { OpenConflict } from '../../store/queries/conflicts.ts';
import { resolveConflict, type ConflictChoice } from '../../store/repo/conflicts.ts';
import type { Store } from '../../store/store.ts';
import { i18n, useT } from '../i18n.ts';
import { reportStoreError } from '../storage-problem.ts';
import { useMembers } from '../hooks/use-members.ts';
import { Button } from '../components/Button.tsx';
import { formatDateTime } from '../format.ts';
import { choiceLabelNamespaces, currentWriter, fieldLabel, keptWriter, textKind, valueText, valueWords, type Me } from './conflict-view.ts';
import type { Message } from './status-view.ts';

interface Props {
  store: Store;
  conflict: OpenConflict;
  me: Me | null;
  onResolved(): void;
}

export function ConflictCard({ store, conflict, me, onResolved }: Props) {
  const t = useT('sync');
  const members = useMembers(store);
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [merging, setMerging] = useState<string | null>(null);
  const { current, kept } = conflict;
  const kind = textKind(conflict.recordType, conflict.field, [current?.value ?? null, kept.value]);
  const label = fieldLabel(conflict.recordType, conflict.field);
  const fieldName = 'key' in label ? t(label.key) : label.text;

  const resolve = async (choice: ConflictChoice) => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    const result = await resolveConflict(store, conflict.id, choice);
    setBusy(false);
    if (result.ok) {
      onResolved();
      return;
    }
    if (!reportStoreError(result.error)) setProblem(i18n.t(result.error.messageKey));
  };

  const say = (message: Message) => t(message.key, message.params ?? {});
  return (
    <li class="sync-conflict" data-conflict data-testid="conflict">
      <h2 id={`${id}-title`} class="sync-card__title" tabIndex={-1}>
        {t(`types.${conflict.recordType}`)}: {fieldName}
      </h2>
      {conflict.caseId && (
        <p class="sync-muted">
          {t('conflicts.inCase')} <a href={`/cases/${conflict.caseId}`}>{conflict.caseName ? <bdi>{conflict.caseName}</bdi> : t('conflicts.openCase')}</a>
        </p>
      )}
      {current === null ? (
        <>
          <p>{t('conflicts.recordGone')}</p>
          <ValueBox title={t('conflicts.keptValue')} value={kept.value} field={{ recordType: conflict.recordType, name: conflict.field }} by={say(keptWriter(kept, me, members))} at={kept.at} testId="kept-value" />
          <div class="sync-actions">
            <Button variant="secondary" onClick={() => void resolve({ keep: 'current' })} disabled={busy}>
              {t('conflicts.close')}
            </Button>
          </div>
        </>
      ) : (
        <div class="sync-sides">
          <ValueBox title={t('conflicts.currentValue')} value={current.value} field={{ recordType: conflict.recordType, name: conflict.field }} by={say(currentWriter(current, me, members))} at={current.at} testId="current-value">
            <Button variant="secondary" onClick={() => void resolve({ keep: 'current' })} disabled={busy}>
              {t('conflicts.keepThis')}
            </Button>
          </ValueBox>
          <ValueBox title={t('conflicts.keptValue')} value={kept.value} field={{ recordType: conflict.recordType, name: conflict.field }} by={say(keptWriter(kept, me, members))} at={kept.at} testId="kept-value">
            <Button variant="secondary" onClick={() => void resolve({ write: kept.value })} disabled={busy}>
              {t('conflicts.keepThis')}
            </Button>
          </ValueBox>
        </div>
      )}
      {current !== null && kind !== null && (
        <div class="sync-merge">
          {merging === null ? (
            <Button variant="secondary" onClick={() => setMerging(joinTexts(current.value, kept.value))} disabled={busy}>
              {t('conflicts.merge')}
            </Button>
          ) : (
            <form
              class="sync-form"
              onSubmit={(event) => {
                event.preventDefault();
                void resolve({ write: merging });
              }}
            >
              <label class="field__label" for={`${id}-merged`}>
                {t('conflicts.mergedText')}
              </label>
              {kind === 'multiLine' ? (
                <textarea
                  id={`${id}-merged`}
                  class="field__input sync-textarea"
                  dir="auto"
                  rows={6}
                  value={merging}
                  onInput={(event) => setMerging((event.currentTarget as HTMLTextAreaElement).value)}
                />
              ) : (
                <input
                  id={`${id}-merged`}
                  class="field__input"
                  dir="auto"
                  value={merging}
                  onInput={(event) => setMerging((event.currentTarget as HTMLInputElement).value)}
                />
              )}
              <div class="sync-actions">
                <Button type="submit" disabled={busy}>
                  {t('conflicts.saveMerged')}
                </Button>
                <Button variant="secondary" onClick={() => setMerging(null)} disabled={busy}>
                  {i18n.t('common:cancel')}
                </Button>
              </div>
            </form>
          )}
        </div>
      )}
      {problem && (
        <p class="sync-alert" role="alert">
          {problem}
        </p>
      )}
    </li>
  );
}

/** The merged text starts as both texts, one after the other, for the person to edit. */
function joinTexts(current: unknown, kept: unknown): string {
  return [current, kept].filter((text): text is string => typeof text === 'string' && text !== '').join('\n\n');
}

function ValueBox(props: { title: string; value: unknown; field: { recordType: RecordType; name: string }; by: string; at: number | null; testId: string; children?: ComponentChildren }) {
  const t = useT('sync');
  useT(choiceLabelNamespaces[0]);
  useT(choiceLabelNamespaces[1]);
  const shown = valueText(props.value, props.field);
  return (
    <div class="sync-side" data-testid={props.testId}>
      <h3 class="sync-side__title">{props.title}</h3>
      <p class="sync-side__value" dir="auto">
        {'empty' in shown ? <em>{t('conflicts.empty')}</em> : 'boolean' in shown ? t(shown.boolean ? 'conflicts.yes' : 'conflicts.no') : valueWords(shown, t)}
      </p>
      <p class="sync-muted sync-small">{props.at !== null ? t('conflicts.byAt', { by: props.by, time: formatDateTime(props.at, i18n.language) }) : props.by}</p>
      {props.children && <div class="sync-actions">{props.children}</div>}
    </div>
  );
}
