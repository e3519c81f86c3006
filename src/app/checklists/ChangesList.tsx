// The list of what changes between two template versions (template-changes.ts), in the
// UI language: before saving a new version, and before upgrading a checklist.
import type { TFunction } from 'i18next';
import { anchorKey } from '../../domain/deadlines.ts';
import { localizedText, type ItemDeadline, type TemplateDefinition, type TemplateItem } from '../../domain/template-definition.ts';
import { i18n } from '../i18n.ts';
import { formatDate, listLanguages } from '../format.ts';
import type { TemplateChange } from './template-changes.ts';

/** A date rule in words, without dates: "15 days after service of the decision". */
export function describeRule(deadline: ItemDeadline | null, t: TFunction): string {
  if (!deadline) return t('checklists:changes.noRule');
  const { rule, keyDate } = deadline;
  // The same anchor sets as deadlines.ts `explainDeadline` ("by" the expiry uses `anchorFrom`).
  const before = (rule.kind === 'daysBefore' && rule.days > 0) || rule.kind === 'monthsBefore';
  const anchor = t(anchorKey(keyDate, before ? 'anchorBefore' : 'anchorFrom'));
  const text =
    rule.kind === 'daysBefore' && rule.days === 0
      ? t('checklists:rule.onExpiry', { anchor })
      : t(`checklists:rule.${rule.kind}`, { count: 'days' in rule ? rule.days : rule.months, anchor });
  return deadline.recommendation ? `${text} (${t('deadlines:recommendation')})` : text;
}

function itemLabel(item: TemplateItem, language: string): string {
  return localizedText(item.text, language, 'label')?.text ?? item.key;
}

function variantLabel(template: TemplateDefinition, id: string, language: string): string {
  const variant = (template.variants ?? []).find((candidate) => candidate.id === id);
  return variant ? (localizedText(variant.text, language, 'label')?.text ?? id) : id;
}

export function changeText(change: TemplateChange, t: TFunction, language: string): string {
  switch (change.kind) {
    case 'title':
      return t('checklists:changes.title', { languages: listLanguages(change.languages, language) });
    case 'summary':
      return t('checklists:changes.summary', { languages: listLanguages(change.languages, language) });
    case 'contentCheckedOn':
      return t('checklists:changes.contentCheckedOn', {
        before: formatDate(change.before, language),
        after: formatDate(change.after, language),
      });
    case 'keyDateAdded':
      return t('checklists:changes.keyDateAdded', { keyDate: t(`deadlines:keyDate.${change.keyDate}`) });
    case 'keyDateRemoved':
      return t('checklists:changes.keyDateRemoved', { keyDate: t(`deadlines:keyDate.${change.keyDate}`) });
    case 'variantAdded':
      return t('checklists:changes.variantAdded', { variant: variantLabel(change.after, change.variantId, language) });
    case 'variantRemoved':
      return t('checklists:changes.variantRemoved', { variant: variantLabel(change.before, change.variantId, language) });
    case 'itemAdded':
      return t('checklists:changes.itemAdded', { label: itemLabel(change.item, language) });
    case 'itemRemoved':
      return t('checklists:changes.itemRemoved', { label: itemLabel(change.item, language) });
    case 'itemDeadline':
      return t('checklists:changes.itemDeadline', {
        label: itemLabel(change.item, language),
        before: describeRule(change.before, t),
        after: describeRule(change.after, t),
      });
    case 'itemConfidence':
      return t('checklists:changes.itemConfidence', {
        label: itemLabel(change.item, language),
        before: t(`checklists:confidence.${change.before}`),
        after: t(`checklists:confidence.${change.after}`),
      });
    case 'itemText':
      return t('checklists:changes.itemText', { label: itemLabel(change.item, language), languages: listLanguages(change.languages, language) });
    case 'itemSources':
      return t('checklists:changes.itemSources', { label: itemLabel(change.item, language) });
    case 'itemVariants':
      return t('checklists:changes.itemVariants', { label: itemLabel(change.item, language) });
    case 'itemsReordered':
      return t('checklists:changes.itemsReordered');
    case 'unreviewedLanguages':
      return t('checklists:changes.unreviewedLanguages', {
        before: change.before.length ? listLanguages(change.before, language) : '–',
        after: change.after.length ? listLanguages(change.after, language) : '–',
      });
  }
}

/** Changes that alter a date or what is certain are marked as important. */
function important(change: TemplateChange): boolean {
  return change.kind === 'itemDeadline' || change.kind === 'itemConfidence' || change.kind === 'itemRemoved' || change.kind === 'variantRemoved';
}

export function ChangesList({ changes, t }: { changes: readonly TemplateChange[]; t: TFunction }) {
  const language = i18n.language;
  if (changes.length === 0) return <p class="cl-muted">{t('checklists:changes.none')}</p>;
  return (
    <ul class="cl-changes" data-testid="template-changes">
      {changes.map((change, index) => (
        <li key={index} class={important(change) ? 'cl-changes__important' : undefined}>
          {changeText(change, t, language)}
        </li>
      ))}
    </ul>
  );
}
