// On a case page: who changed the case's assignees, and when ("Ana assigned Mila,
// 7 Dec 14:02"), newest first, by display name from the member list cached on the device,
// so it reads offline. Nothing when the case has no history (a case made alone, offline).
import { assignmentHistory, type AssignmentEntry } from '../../domain/assignment-history.ts';
import type { TeamUser } from '../../domain/protocol.ts';
import { memberName } from '../../sync/members.ts';
import { formatDateTime, isolate } from '../format.ts';
import { i18n, useT } from '../i18n.ts';

interface Props {
  fields: Readonly<Record<string, unknown>>;
  members: readonly TeamUser[];
}

export function AssignmentHistory({ fields, members }: Props) {
  const t = useT('cases');
  const entries = assignmentHistory(fields).toReversed();
  if (entries.length === 0) return null;
  const language = i18n.language;
  const name = (id: string) => isolate(memberName(members, id) ?? t('assigned.unknownMember'));
  const names = (ids: readonly string[]) => new Intl.ListFormat(language, { type: 'conjunction' }).format(ids.map(name));
  return (
    <section class="case-panel" aria-labelledby="assignment-history-title" data-testid="assignment-history">
      <h2 id="assignment-history-title" class="case-panel__title">
        {t('assigned.historyTitle')}
      </h2>
      <ol class="assignment-history">
        {entries.map((entry) => (
          <li key={entry.id} data-testid="assignment-change">
            {t('assigned.changeAt', { change: changeText(entry), time: formatDateTime(entry.at, language) })}
          </li>
        ))}
      </ol>
    </section>
  );

  function changeText({ by, added, removed }: AssignmentEntry): string {
    const params = { by: name(by), added: names(added), removed: names(removed) };
    if (added.length > 0 && removed.length > 0) return t('assigned.addedAndRemoved', params);
    return added.length > 0 ? t('assigned.added', params) : t('assigned.removed', params);
  }
}
