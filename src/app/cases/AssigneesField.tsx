// "Assigned to" on the case form: the team's members by display name (cached on the
// device, so it works offline), one checkbox each. Coordinators and counselors assign
// anyone; a volunteer stays on a case they are on (their box is ticked and locked: the
// endpoint would refuse their case otherwise, and they would lose sight of it). Members
// who left stay listed while the case still names them. Without a member list (the device
// works alone, or never synced) it is the one box "Assigned to me".
import { useId } from 'preact/hooks';
import type { Role, TeamUser } from '../../domain/protocol.ts';
import { useT } from '../i18n.ts';
import { CheckField } from '../components/Field.tsx';

interface Props {
  members: readonly TeamUser[];
  me: { id: string; role: Role | null } | null;
  assignees: readonly string[];
  onChange(assignees: string[]): void;
}

/** Who is listed: active members, and anyone the case names already. */
export function assigneeChoices(members: readonly TeamUser[], assignees: readonly string[]): TeamUser[] {
  return members.filter((member) => member.active || assignees.includes(member.id));
}

export function AssigneesField({ members, me, assignees, onChange }: Props) {
  const t = useT('cases');
  const id = useId();
  const toggle = (userId: string, checked: boolean) => {
    const others = assignees.filter((each) => each !== userId);
    onChange(checked ? [...others, userId] : others);
  };
  const choices = assigneeChoices(members, assignees);
  if (choices.length === 0) {
    return me ? <CheckField label={t('field.assignedToMe')} checked={assignees.includes(me.id)} onChange={(checked) => toggle(me.id, checked)} /> : null;
  }
  const lockedMe = me?.role === 'volunteer';
  return (
    <fieldset class="assignees" aria-describedby={`${id}-hint`} data-testid="assignees">
      <legend class="field__label">{t('field.assignedTo')}</legend>
      <p id={`${id}-hint`} class="field__hint">
        {lockedMe ? t('field.assignedToVolunteerHint') : t('field.assignedToHint')}
      </p>
      {choices.map((member) => {
        const isMe = member.id === me?.id;
        const locked = isMe && lockedMe;
        return (
          <div key={member.id} class="check-field">
            <input
              id={`${id}-${member.id}`}
              type="checkbox"
              class="check-field__box"
              checked={assignees.includes(member.id) || locked}
              disabled={locked}
              onChange={(event) => toggle(member.id, event.currentTarget.checked)}
            />
            <label for={`${id}-${member.id}`} class="check-field__label">
              <bdi>{member.displayName}</bdi>
              {isMe && ` ${t('field.you')}`}
              {' · '}
              {t(`roles.${member.role}`)}
              {!member.active && ` · ${t('field.memberInactive')}`}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
