// One step in the template editor: its texts in the chosen language, confidence, date rule
// (day or month count, what it counts from, what it means), legal basis, sources, the
// variants it applies to, and moving or removing it.
import type { TFunction } from 'i18next';
import type { DeadlineRule } from '../../domain/deadlines.ts';
import type { KeyDateId } from '../../domain/key-dates.ts';
import {
  confidenceLevels,
  dateMeanings,
  localizedText,
  type ContentLanguage,
  type ItemDeadline,
  type TemplateDefinition,
  type TemplateItem,
} from '../../domain/template-definition.ts';
import { useState } from 'preact/hooks';
import { Button } from '../components/Button.tsx';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { i18n } from '../i18n.ts';
import { NumberField, SelectField, TextAreaField, TextField } from '../components/Field.tsx';
import { setText, textOf, type Edit, type ErrorAt } from './template-text.ts';
import { moveItem, ruleCount, withRuleCount } from './template-editor.ts';

interface ItemEditorProps {
  item: TemplateItem;
  index: number;
  count: number;
  template: TemplateDefinition;
  isNew: boolean;
  language: ContentLanguage;
  edit: Edit;
  errorAt: ErrorAt;
  hasErrors: boolean;
  t: TFunction;
}

export function ItemEditor({ item, index, count, template, isNew, language, edit, errorAt, hasErrors, t }: ItemEditorProps) {
  const uiLanguage = i18n.language;
  const texts = item.text as unknown as Record<string, Record<string, string> | undefined>;
  const at = (...path: (string | number)[]) => errorAt(['items', index, ...path]);
  const editItem = (change: (copy: TemplateItem) => void) =>
    edit((copy) => {
      const target = copy.items[index];
      if (target) change(target);
    });
  const label = localizedText(item.text, uiLanguage, 'label')?.text || t('editor.newItem');
  const [confirmingRemove, setConfirmingRemove] = useState(false);
  return (
    <li class="cl-editor__item" data-item={item.key}>
      <details open={isNew || hasErrors || undefined}>
        <summary>
          {t('editor.item', { number: index + 1, label })}
          {hasErrors && <span class="cl-badge cl-badge--overdue">{t('editor.hasErrors')}</span>}
        </summary>
        <div class="cl-editor__item-body">
          <p class="cl-muted cl-small">{t('editor.itemKey', { key: item.key })}</p>
          <TextField
            label={t('editor.label')}
            lang={language}
            value={textOf(texts, language, 'label')}
            error={at('text', language, 'label')}
            onValue={(value) => editItem((copy) => setText(copy.text as never, language, 'label', value))}
          />
          <TextAreaField
            rows={3}
            label={t('editor.handoutText')}
            lang={language}
            value={textOf(texts, language, 'handout')}
            error={at('text', language, 'handout')}
            onValue={(value) => editItem((copy) => setText(copy.text as never, language, 'handout', value))}
          />
          <TextAreaField
            rows={3}
            label={t('editor.detailsText')}
            lang={language}
            value={textOf(texts, language, 'details')}
            error={at('text', language, 'details')}
            onValue={(value) => editItem((copy) => setText(copy.text as never, language, 'details', value))}
          />
          <SelectField
            label={t('editor.confidence')}
            hint={t('editor.confidenceHint')}
            value={item.confidence}
            onValue={(value) =>
              editItem((copy) => {
                copy.confidence = value as TemplateItem['confidence'];
              })
            }
            options={confidenceLevels.map((level) => ({ value: level, label: t(`deadlines:confidence.${level}`) }))}
          />
          <DeadlineEditor item={item} template={template} at={at} editItem={editItem} t={t} />
          <BasisEditor item={item} at={at} editItem={editItem} t={t} />
          <SourcesEditor item={item} at={at} editItem={editItem} t={t} />
          {(template.variants ?? []).length > 0 && (
            <fieldset class="cl-fieldset cl-fieldset--inner">
              <legend>{t('editor.appliesTo')}</legend>
              <p class="field__hint">{t('editor.appliesToHint')}</p>
              {(template.variants ?? []).map((variant) => (
                <label key={variant.id} class="cl-check-line">
                  <input
                    type="checkbox"
                    checked={(item.variants ?? []).includes(variant.id)}
                    onChange={(event) => {
                      const on = (event.currentTarget as HTMLInputElement).checked;
                      editItem((copy) => {
                        const next = (template.variants ?? [])
                          .map((candidate) => candidate.id)
                          .filter((id) => (id === variant.id ? on : (copy.variants ?? []).includes(id)));
                        if (next.length > 0) copy.variants = next;
                        else delete copy.variants;
                      });
                    }}
                  />
                  <span>{localizedText(variant.text, uiLanguage, 'label')?.text ?? variant.id}</span>
                </label>
              ))}
            </fieldset>
          )}
          <div class="cl-row">
            <Button variant="secondary" disabled={index === 0} onClick={() => edit((copy) => void (copy.items = moveItem(copy.items, index, -1)))}>
              {t('editor.moveUp')}
            </Button>
            <Button
              variant="secondary"
              disabled={index === count - 1}
              onClick={() => edit((copy) => void (copy.items = moveItem(copy.items, index, 1)))}
            >
              {t('editor.moveDown')}
            </Button>
            <Button
              variant="danger"
              disabled={count === 1}
              onClick={() => setConfirmingRemove(true)}
            >
              {t('editor.removeItem')}
            </Button>
          </div>
          <ConfirmDialog
            open={confirmingRemove}
            title={t('editor.confirmRemoveItem', { label })}
            confirmLabel={t('editor.removeItem')}
            onCancel={() => setConfirmingRemove(false)}
            onConfirm={() => {
              setConfirmingRemove(false);
              edit((copy) => void copy.items.splice(index, 1));
            }}
          />
        </div>
      </details>
    </li>
  );
}

type ItemEdit = (change: (copy: TemplateItem) => void) => void;
type ItemErrorAt = (...path: (string | number)[]) => string | undefined;

function DeadlineEditor({ item, template, at, editItem, t }: { item: TemplateItem; template: TemplateDefinition; at: ItemErrorAt; editItem: ItemEdit; t: TFunction }) {
  const deadline = item.deadline;
  const setDeadline = (change: (copy: ItemDeadline) => void) =>
    editItem((copy) => {
      if (copy.deadline) change(copy.deadline);
    });
  if (!deadline) {
    return (
      <fieldset class="cl-fieldset cl-fieldset--inner">
        <legend>{t('editor.deadline')}</legend>
        <p class="cl-muted cl-small">{t('editor.noDeadline')}</p>
        <div>
          <Button
            variant="secondary"
            disabled={template.keyDates.length === 0}
            onClick={() =>
              editItem((copy) => {
                copy.deadline = { keyDate: template.keyDates[0] as KeyDateId, rule: { kind: 'legalDaysAfter', days: 15 }, meaning: 'actBy' };
              })
            }
          >
            {t('editor.addDeadline')}
          </Button>
        </div>
      </fieldset>
    );
  }
  const rule = deadline.rule;
  const kinds: DeadlineRule['kind'][] = ['legalDaysAfter', 'monthsAfter', 'daysBefore', 'monthsBefore'];
  return (
    <fieldset class="cl-fieldset cl-fieldset--inner">
      <legend>{t('editor.deadline')}</legend>
      <div class="cl-rule-row">
        <NumberField
          label={t(`editor.count.${rule.kind === 'legalDaysAfter' || rule.kind === 'daysBefore' ? 'days' : 'months'}`)}
          value={ruleCount(rule)}
          error={at('deadline', 'rule', 'days') ?? at('deadline', 'rule', 'months') ?? at('deadline', 'rule')}
          onNumber={(value) =>
            setDeadline((copy) => {
              copy.rule = withRuleCount(copy.rule, value);
            })
          }
        />
        <SelectField
          label={t('editor.kind')}
          value={rule.kind}
          onValue={(value) =>
            setDeadline((copy) => {
              const count = ruleCount(copy.rule);
              const kind = value as DeadlineRule['kind'];
              copy.rule =
                kind === 'legalDaysAfter' || kind === 'daysBefore'
                  ? { kind, days: count }
                  : kind === 'monthsAfter'
                    ? { kind, months: count, onNonWorkingDay: 'nextWorkingDay' }
                    : { kind, months: count };
            })
          }
          options={kinds.map((kind) => ({ value: kind, label: t(`editor.kinds.${kind}`) }))}
        />
      </div>
      <SelectField
        label={t('editor.keyDate')}
        value={deadline.keyDate}
        error={at('deadline', 'keyDate')}
        onValue={(value) =>
          setDeadline((copy) => {
            copy.keyDate = value as KeyDateId;
          })
        }
        options={template.keyDates.map((keyDate) => ({ value: keyDate, label: t(`deadlines:keyDate.${keyDate}`) }))}
      />
      {rule.kind === 'monthsAfter' && (
        <SelectField
          label={t('editor.onNonWorkingDay')}
          value={rule.onNonWorkingDay}
          onValue={(value) =>
            setDeadline((copy) => {
              if (copy.rule.kind === 'monthsAfter') copy.rule.onNonWorkingDay = value as 'nextWorkingDay' | 'keep';
            })
          }
          options={[
            { value: 'nextWorkingDay', label: t('editor.nonWorkingDay.nextWorkingDay') },
            { value: 'keep', label: t('editor.nonWorkingDay.keep') },
          ]}
        />
      )}
      <SelectField
        label={t('editor.meaning')}
        value={deadline.meaning}
        onValue={(value) =>
          setDeadline((copy) => {
            copy.meaning = value as ItemDeadline['meaning'];
          })
        }
        options={dateMeanings.map((meaning) => ({ value: meaning, label: t(`deadlines:meaning.${meaning}`) }))}
      />
      <label class="cl-check-line">
        <input
          type="checkbox"
          checked={deadline.recommendation ?? false}
          onChange={(event) => {
            const on = (event.currentTarget as HTMLInputElement).checked;
            setDeadline((copy) => {
              if (on) copy.recommendation = true;
              else delete copy.recommendation;
            });
          }}
        />
        <span>{t('deadlines:recommendation')}</span>
      </label>
      <div>
        <Button variant="secondary" onClick={() => editItem((copy) => void delete copy.deadline)}>
          {t('editor.removeDeadline')}
        </Button>
      </div>
    </fieldset>
  );
}

function BasisEditor({ item, at, editItem, t }: { item: TemplateItem; at: ItemErrorAt; editItem: ItemEdit; t: TFunction }) {
  return (
    <fieldset class="cl-fieldset cl-fieldset--inner">
      <legend>{t('editor.basis')}</legend>
      {item.basis.map((basis, index) => (
        <div key={index} class="cl-pair">
          <TextField
            label={t('editor.act')}
            value={basis.act}
            error={at('basis', index, 'act')}
            onValue={(value) =>
              editItem((copy) => {
                const target = copy.basis[index];
                if (target) target.act = value;
              })
            }
          />
          <TextField
            label={t('editor.article')}
            value={basis.article ?? ''}
            error={at('basis', index, 'article')}
            onValue={(value) =>
              editItem((copy) => {
                const target = copy.basis[index];
                if (!target) return;
                if (value === '') delete target.article;
                else target.article = value;
              })
            }
          />
          {item.basis.length > 1 && (
            <Button variant="secondary" onClick={() => editItem((copy) => void copy.basis.splice(index, 1))}>
              {t('editor.removeBasis')}
            </Button>
          )}
        </div>
      ))}
      {at('basis') && <p class="field__error">{at('basis')}</p>}
      <div>
        <Button variant="secondary" onClick={() => editItem((copy) => void copy.basis.push({ act: '' }))}>
          {t('editor.addBasis')}
        </Button>
      </div>
    </fieldset>
  );
}

function SourcesEditor({ item, at, editItem, t }: { item: TemplateItem; at: ItemErrorAt; editItem: ItemEdit; t: TFunction }) {
  return (
    <fieldset class="cl-fieldset cl-fieldset--inner">
      <legend>{t('editor.sources')}</legend>
      {item.sources.map((source, index) => (
        <div key={index} class="cl-pair">
          <TextField
            label={t('editor.sourceTitle')}
            value={source.title}
            error={at('sources', index, 'title')}
            onValue={(value) =>
              editItem((copy) => {
                const target = copy.sources[index];
                if (target) target.title = value;
              })
            }
          />
          <TextField
            label={t('editor.url')}
            type="url"
            dir="ltr"
            value={source.url}
            error={at('sources', index, 'url')}
            onValue={(value) =>
              editItem((copy) => {
                const target = copy.sources[index];
                if (target) target.url = value;
              })
            }
          />
          {item.sources.length > 1 && (
            <Button variant="secondary" onClick={() => editItem((copy) => void copy.sources.splice(index, 1))}>
              {t('editor.removeSource')}
            </Button>
          )}
        </div>
      ))}
      {at('sources') && <p class="field__error">{at('sources')}</p>}
      <div>
        <Button variant="secondary" onClick={() => editItem((copy) => void copy.sources.push({ url: 'https://', title: '' }))}>
          {t('editor.addSource')}
        </Button>
      </div>
    </fieldset>
  );
}
