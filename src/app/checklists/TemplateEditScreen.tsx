// Correcting a template on the device (/settings/templates/:id): texts in every language,
// steps (add, remove, reorder), legal basis and sources, confidence, date rules and their
// day counts. Saving creates a NEW version for the whole team (store/repo/templates.ts);
// checklists already started keep theirs until someone upgrades them.
import type { TFunction } from 'i18next';
import { useState } from 'preact/hooks';
import { jsonEqual } from '../../domain/json-equal.ts';
import { keyDateIds, type KeyDateId } from '../../domain/key-dates.ts';
import { latestTemplates, type CatalogEntry } from '../../domain/template.ts';
import {
  confidenceLevels,
  contentLanguages,
  dateMeanings,
  handoutOnlyLanguages,
  localizedText,
  type ContentLanguage,
  type ItemDeadline,
  type TemplateDefinition,
  type TemplateItem,
} from '../../domain/template-definition.ts';
import type { DeadlineRule } from '../../domain/deadlines.ts';
import { templateCatalogOnDevice } from '../../store/queries/checklists.ts';
import { saveTemplateVersion, templateEditing, type TemplateIssue } from '../../store/repo/templates.ts';
import type { Store } from '../../store/store.ts';
import { Button, ButtonLink } from '../components/Button.tsx';
import { EmptyState } from '../components/EmptyState.tsx';
import { Field } from '../components/Field.tsx';
import { Page } from '../components/Page.tsx';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { useStore } from '../hooks/use-store.ts';
import { i18n, useT } from '../i18n.ts';
import { useUnsavedInput } from '../unsaved.ts';
import { ChangesList } from './ChangesList.tsx';
import { templatesHref } from './links.ts';
import { templateChanges } from './template-changes.ts';
import {
  blankItem,
  dropTranslations,
  editableCopy,
  issuePlace,
  moveItem,
  newItemKey,
  outdatedTranslations,
  ruleCount,
  withRuleCount,
} from './template-editor.ts';
import { useToday } from './use-today.ts';
import './checklists.css';

/** Which stored version the editor started from (a record id pins one exactly). */
interface BaseKey {
  version: number;
  recordId: string | null;
}

function keyOf(entry: CatalogEntry): BaseKey {
  return { version: entry.template.version, recordId: entry.origin.kind === 'record' ? entry.origin.recordId : null };
}

function matches(entry: CatalogEntry, id: string, key: BaseKey): boolean {
  return (
    entry.template.id === id &&
    entry.template.version === key.version &&
    (entry.origin.kind === 'record' ? entry.origin.recordId : null) === key.recordId
  );
}

export default function TemplateEditScreen({ id }: { id: string }) {
  const t = useT('checklists');
  const { store } = useStore();
  const { value: data } = useLiveQuery(
    store
      ? async () => ({ catalog: await templateCatalogOnDevice(store), editing: await templateEditing(store) })
      : null,
    [store],
  );
  const [baseKey, setBaseKey] = useState<BaseKey | null>(null);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  if (!store || !data) return <Page title={t('editor.title')} />;
  const latest = latestTemplates(data.catalog).find((entry) => entry.template.id === id) ?? null;
  if (!latest) {
    return (
      <Page title={t('editor.title')}>
        <EmptyState
          title={t('editor.notFound')}
          action={
            <ButtonLink href={templatesHref} variant="secondary">
              {t('editor.back')}
            </ButtonLink>
          }
        />
      </Page>
    );
  }
  if (!data.editing.allowed) {
    return (
      <Page title={t('editor.title')}>
        <p class="cl-warning">{t('templates.onlyCoordinators', { role: t(`templates.role.${data.editing.role ?? 'unknown'}`) })}</p>
        <p>
          <a href={templatesHref}>{t('editor.back')}</a>
        </p>
      </Page>
    );
  }
  const key = baseKey ?? keyOf(latest);
  const base = data.catalog.find((entry) => matches(entry, id, key));
  if (!base) return <Page title={t('editor.title')} />;
  return (
    <Editor
      key={`${key.version}:${key.recordId ?? ''}`}
      store={store}
      base={base}
      latest={latest}
      savedVersion={savedVersion}
      onSaved={(saved) => {
        setSavedVersion(saved.version);
        setBaseKey(saved);
      }}
    />
  );
}

interface EditorProps {
  store: Store;
  base: CatalogEntry;
  latest: CatalogEntry;
  savedVersion: number | null;
  onSaved(saved: BaseKey): void;
}

function Editor({ store, base, latest, savedVersion, onSaved }: EditorProps) {
  const t = useT('checklists');
  const today = useToday();
  const uiLanguage = i18n.language;
  const [draft, setDraft] = useState<TemplateDefinition>(() => editableCopy(base.template));
  const [textLanguage, setTextLanguage] = useState<ContentLanguage>(uiLanguage === 'sl' ? 'sl' : 'en');
  const [issues, setIssues] = useState<TemplateIssue[]>([]);
  const [dropOutdated, setDropOutdated] = useState(true);
  const [storeError, setStoreError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const dirty = !jsonEqual(draft, editableCopy(base.template));
  useUnsavedInput('template-editor', dirty);

  const nextVersion = Math.max(latest.template.version, base.template.version) + 1;
  const outdated = outdatedTranslations(base.template, draft);
  const changes = templateChanges(base.template, draft);
  const edit = (change: (copy: TemplateDefinition) => void) => {
    const copy = editableCopy(draft);
    change(copy);
    setDraft(copy);
  };
  const errorAt = (path: (string | number)[]): string | undefined => {
    const issue = issues.find((candidate) => jsonEqual(candidate.path, path));
    return issue ? validationText(issue.message, t) : undefined;
  };

  const save = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setStoreError(null);
    const final = dropOutdated && outdated.length > 0 ? dropTranslations(draft, outdated) : draft;
    const result = await saveTemplateVersion(store, final, base.template.version);
    setBusy(false);
    if (result.ok) {
      setIssues([]);
      onSaved({ version: result.template.version, recordId: result.recordId });
      return;
    }
    if (result.kind === 'form') {
      setIssues(result.issues);
      document.getElementById('editor-errors')?.focus();
    } else {
      setStoreError(t(result.error.messageKey));
    }
  };

  const title = localizedText(base.template.text, uiLanguage, 'title')?.text ?? base.template.id;
  return (
    <Page title={t('editor.heading', { title })}>
      {savedVersion !== null && !dirty && (
        <p class="cl-success" role="status" data-testid="template-saved">
          {t('editor.saved', { version: savedVersion })}
        </p>
      )}
      <p>{t('editor.intro', { next: nextVersion, current: base.template.version })}</p>
      {latest.template.version > base.template.version && (
        <p class="cl-warning">{t('editor.newerArrived', { version: latest.template.version })}</p>
      )}
      <form class="cl-editor" onSubmit={(event) => void save(event)} noValidate>
        {issues.length > 0 && <IssueSummary issues={issues} template={draft} t={t} />}
        <fieldset class="cl-fieldset">
          <legend>{t('editor.textLanguage')}</legend>
          <p class="field__hint">{t('editor.textLanguageHint')}</p>
          <div class="cl-row cl-lang-choice">
            {contentLanguages.map((language) => (
              <label key={language} class="cl-radio">
                <input type="radio" name="text-language" value={language} checked={textLanguage === language} onChange={() => setTextLanguage(language)} />
                <span lang={language}>{endonym(language)}</span>
              </label>
            ))}
          </div>
        </fieldset>

        <TemplateFields draft={draft} language={textLanguage} edit={edit} errorAt={errorAt} today={today} t={t} />

        <h2 class="cl-panel__title">{t('editor.steps')}</h2>
        <ol class="cl-editor__items">
          {draft.items.map((item, index) => (
            <ItemEditor
              key={item.key}
              item={item}
              index={index}
              count={draft.items.length}
              template={draft}
              isNew={!base.template.items.some((candidate) => candidate.key === item.key)}
              language={textLanguage}
              edit={edit}
              errorAt={errorAt}
              hasErrors={issues.some((issue) => issue.path[0] === 'items' && issue.path[1] === index)}
              t={t}
            />
          ))}
        </ol>
        <div>
          <Button
            variant="secondary"
            onClick={() =>
              edit((copy) => {
                copy.items.push(blankItem(newItemKey(t('editor.newItemKey'), copy.items.map((item) => item.key))));
              })
            }
          >
            {t('editor.addItem')}
          </Button>
        </div>

        <section class="cl-panel" aria-labelledby="editor-changes">
          <h2 id="editor-changes" class="cl-panel__title">
            {t('editor.changesHeading', { version: nextVersion })}
          </h2>
          <ChangesList changes={changes} t={t} />
        </section>

        {outdated.length > 0 && (
          <section class="cl-panel cl-panel--notice" aria-labelledby="editor-outdated">
            <h2 id="editor-outdated" class="cl-panel__title">
              {t('editor.outdated.heading')}
            </h2>
            <ul>
              {outdated.map((entry) => {
                const item = draft.items.find((candidate) => candidate.key === entry.itemKey);
                return (
                  <li key={entry.itemKey}>
                    {t('editor.outdated.item', {
                      label: item ? (localizedText(item.text, uiLanguage, 'label')?.text ?? entry.itemKey) : entry.itemKey,
                      languages: listLanguages(entry.languages, uiLanguage),
                    })}
                  </li>
                );
              })}
            </ul>
            <label class="cl-check-line">
              <input type="checkbox" checked={dropOutdated} onChange={(event) => setDropOutdated((event.currentTarget as HTMLInputElement).checked)} />
              <span>{t('editor.outdated.drop')}</span>
            </label>
          </section>
        )}

        {storeError && (
          <p class="field__error" role="alert">
            {storeError}
          </p>
        )}
        <div class="cl-row">
          <Button type="submit" disabled={busy || !dirty}>
            {busy ? t('editor.saving') : t('editor.save', { version: nextVersion })}
          </Button>
          <ButtonLink href={templatesHref} variant="secondary">
            {t('editor.back')}
          </ButtonLink>
        </div>
      </form>
    </Page>
  );
}

type Edit = (change: (copy: TemplateDefinition) => void) => void;
type ErrorAt = (path: (string | number)[]) => string | undefined;

function endonym(language: string): string {
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}

function listLanguages(languages: readonly string[], uiLanguage: string): string {
  const names = new Intl.DisplayNames([uiLanguage], { type: 'language' });
  return new Intl.ListFormat(uiLanguage, { type: 'conjunction' }).format(languages.map((code) => names.of(code) ?? code));
}

function validationText(message: string, t: TFunction): string {
  return message.startsWith('validation.') ? t(`checklists:${message}`, { defaultValue: t('checklists:validation.invalid') }) : message;
}

/**
 * Set a text of the template or an item in one language. Empty text in a handout-only
 * language removes it (the handout then falls back to English, visibly).
 */
function setText(texts: Record<string, Record<string, string> | undefined>, language: ContentLanguage, field: string, value: string): void {
  const own = { ...texts[language] };
  const optional = (handoutOnlyLanguages as readonly string[]).includes(language) || field === 'summary' || field === 'details';
  if (value === '' && optional) delete own[field];
  else own[field] = value;
  if (Object.keys(own).length === 0 && (handoutOnlyLanguages as readonly string[]).includes(language)) delete texts[language];
  else texts[language] = own;
}

function textOf(texts: Record<string, Record<string, string> | undefined>, language: ContentLanguage, field: string): string {
  return texts[language]?.[field] ?? '';
}

interface TemplateFieldsProps {
  draft: TemplateDefinition;
  language: ContentLanguage;
  edit: Edit;
  errorAt: ErrorAt;
  today: string;
  t: TFunction;
}

function TemplateFields({ draft, language, edit, errorAt, today, t }: TemplateFieldsProps) {
  const texts = draft.text as unknown as Record<string, Record<string, string> | undefined>;
  return (
    <fieldset class="cl-fieldset">
      <legend>{t('editor.template')}</legend>
      <TextInput
        label={t('editor.titleField')}
        lang={language}
        value={textOf(texts, language, 'title')}
        error={errorAt(['text', language, 'title'])}
        onValue={(value) => edit((copy) => setText(copy.text as never, language, 'title', value))}
      />
      <TextArea
        label={t('editor.summaryField')}
        lang={language}
        value={textOf(texts, language, 'summary')}
        error={errorAt(['text', language, 'summary'])}
        onValue={(value) => edit((copy) => setText(copy.text as never, language, 'summary', value))}
      />
      <div class="field">
        <label class="field__label" for="editor-checked-on">
          {t('editor.contentCheckedOn')}
        </label>
        <p class="field__hint" id="editor-checked-on-hint">
          {t('editor.contentCheckedOnHint')}
        </p>
        <div class="cl-row">
          <input
            id="editor-checked-on"
            type="date"
            class="field__input cl-date-input"
            aria-describedby="editor-checked-on-hint"
            value={draft.contentCheckedOn}
            onChange={(event) => {
              const value = (event.currentTarget as HTMLInputElement).value;
              edit((copy) => {
                copy.contentCheckedOn = value;
              });
            }}
          />
          <Button
            variant="secondary"
            onClick={() =>
              edit((copy) => {
                copy.contentCheckedOn = today;
              })
            }
          >
            {t('editor.checkedToday')}
          </Button>
        </div>
        {errorAt(['contentCheckedOn']) && <p class="field__error">{errorAt(['contentCheckedOn'])}</p>}
      </div>
      <fieldset class="cl-fieldset cl-fieldset--inner">
        <legend>{t('editor.keyDates')}</legend>
        <p class="field__hint">{t('editor.keyDatesHint')}</p>
        <div class="cl-checks">
          {keyDateIds.map((keyDate) => (
            <label key={keyDate} class="cl-check-line">
              <input
                type="checkbox"
                checked={draft.keyDates.includes(keyDate)}
                onChange={(event) => {
                  const on = (event.currentTarget as HTMLInputElement).checked;
                  edit((copy) => {
                    copy.keyDates = on
                      ? keyDateIds.filter((id) => id === keyDate || copy.keyDates.includes(id))
                      : copy.keyDates.filter((id) => id !== keyDate);
                  });
                }}
              />
              <span>{t(`deadlines:keyDate.${keyDate}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {(draft.variants ?? []).length > 0 && (
        <fieldset class="cl-fieldset cl-fieldset--inner">
          <legend>{t('editor.variants')}</legend>
          {(draft.variants ?? []).map((variant, index) => (
            <TextInput
              key={variant.id}
              label={t('editor.variantLabel', { number: index + 1 })}
              lang={language}
              value={textOf(variant.text as never, language, 'label')}
              error={errorAt(['variants', index, 'text', language, 'label'])}
              onValue={(value) => edit((copy) => setText(copy.variants?.[index]?.text as never, language, 'label', value))}
            />
          ))}
        </fieldset>
      )}
      <fieldset class="cl-fieldset cl-fieldset--inner">
        <legend>{t('editor.unreviewed')}</legend>
        <div class="cl-checks">
          {handoutOnlyLanguages.map((code) => (
            <label key={code} class="cl-check-line">
              <input
                type="checkbox"
                checked={(draft.unreviewedLanguages ?? []).includes(code)}
                onChange={(event) => {
                  const on = (event.currentTarget as HTMLInputElement).checked;
                  edit((copy) => {
                    const next = handoutOnlyLanguages.filter((id) => (id === code ? on : (copy.unreviewedLanguages ?? []).includes(id)));
                    if (next.length > 0) copy.unreviewedLanguages = [...next];
                    else delete copy.unreviewedLanguages;
                  });
                }}
              />
              <span lang={code}>{endonym(code)}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </fieldset>
  );
}

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

function ItemEditor({ item, index, count, template, isNew, language, edit, errorAt, hasErrors, t }: ItemEditorProps) {
  const uiLanguage = i18n.language;
  const texts = item.text as unknown as Record<string, Record<string, string> | undefined>;
  const at = (...path: (string | number)[]) => errorAt(['items', index, ...path]);
  const editItem = (change: (copy: TemplateItem) => void) =>
    edit((copy) => {
      const target = copy.items[index];
      if (target) change(target);
    });
  const label = localizedText(item.text, uiLanguage, 'label')?.text || t('editor.newItem');
  return (
    <li class="cl-editor__item" data-item={item.key}>
      <details open={isNew || hasErrors || undefined}>
        <summary>
          {t('editor.item', { number: index + 1, label })}
          {hasErrors && <span class="cl-badge cl-badge--overdue">{t('editor.hasErrors')}</span>}
        </summary>
        <div class="cl-editor__item-body">
          <p class="cl-muted cl-small">{t('editor.itemKey', { key: item.key })}</p>
          <TextInput
            label={t('editor.label')}
            lang={language}
            value={textOf(texts, language, 'label')}
            error={at('text', language, 'label')}
            onValue={(value) => editItem((copy) => setText(copy.text as never, language, 'label', value))}
          />
          <TextArea
            label={t('editor.handoutText')}
            lang={language}
            value={textOf(texts, language, 'handout')}
            error={at('text', language, 'handout')}
            onValue={(value) => editItem((copy) => setText(copy.text as never, language, 'handout', value))}
          />
          <TextArea
            label={t('editor.detailsText')}
            lang={language}
            value={textOf(texts, language, 'details')}
            error={at('text', language, 'details')}
            onValue={(value) => editItem((copy) => setText(copy.text as never, language, 'details', value))}
          />
          <SelectInput
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
              onClick={() => {
                if (window.confirm(t('editor.confirmRemoveItem', { label }))) edit((copy) => void copy.items.splice(index, 1));
              }}
            >
              {t('editor.removeItem')}
            </Button>
          </div>
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
        <NumberInput
          label={t(`editor.count.${rule.kind === 'legalDaysAfter' || rule.kind === 'daysBefore' ? 'days' : 'months'}`)}
          value={ruleCount(rule)}
          error={at('deadline', 'rule', 'days') ?? at('deadline', 'rule', 'months') ?? at('deadline', 'rule')}
          onValue={(value) =>
            setDeadline((copy) => {
              copy.rule = withRuleCount(copy.rule, value);
            })
          }
        />
        <SelectInput
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
      <SelectInput
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
        <SelectInput
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
      <SelectInput
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
          <TextInput
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
          <TextInput
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
          <TextInput
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
          <TextInput
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

function IssueSummary({ issues, template, t }: { issues: readonly TemplateIssue[]; template: TemplateDefinition; t: TFunction }) {
  const uiLanguage = i18n.language;
  const names = new Intl.DisplayNames([uiLanguage], { type: 'language' });
  return (
    <div class="cl-errors" id="editor-errors" tabIndex={-1} role="alert">
      <p>
        <strong>{t('editor.errors.heading')}</strong>
      </p>
      <ul>
        {issues.map((issue, index) => {
          const place = issuePlace(issue.path);
          const where = place.item !== null ? t('editor.errors.item', { number: place.item + 1 }) : t('editor.errors.template');
          const fieldName = t(`editor.fieldNames.${place.field}`, { defaultValue: place.field });
          const language = place.language ? ` (${names.of(place.language) ?? place.language})` : '';
          const label = place.item !== null ? template.items[place.item] : undefined;
          return (
            <li key={index}>
              {where}
              {label ? ` “${localizedText(label.text, uiLanguage, 'label')?.text || label.key}”` : ''}: {fieldName}
              {language}: {validationText(issue.message, t)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

// ---- small controlled inputs with their label and error (ids from Field) ----

function TextInput({
  label,
  value,
  error,
  onValue,
  lang,
  type = 'text',
  dir,
}: {
  label: string;
  value: string;
  error?: string | undefined;
  onValue(value: string): void;
  lang?: string;
  type?: 'text' | 'url';
  dir?: 'ltr' | 'rtl' | 'auto';
}) {
  return (
    <Field label={label} error={error}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type={type as 'text'}
          class="field__input"
          lang={lang}
          dir={dir ?? (lang ? 'auto' : undefined)}
          value={value}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onInput={(event) => onValue((event.currentTarget as HTMLInputElement).value)}
        />
      )}
    </Field>
  );
}

function TextArea({ label, value, error, onValue, lang }: { label: string; value: string; error?: string | undefined; onValue(value: string): void; lang?: string }) {
  return (
    <Field label={label} error={error}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          class="field__input"
          rows={3}
          lang={lang}
          dir="auto"
          value={value}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onInput={(event) => onValue((event.currentTarget as HTMLTextAreaElement).value)}
        />
      )}
    </Field>
  );
}

function NumberInput({ label, value, error, onValue }: { label: string; value: number; error?: string | undefined; onValue(value: number): void }) {
  return (
    <Field label={label} error={error}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={0}
          step={1}
          class="field__input cl-number"
          value={Number.isFinite(value) ? String(value) : ''}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onInput={(event) => {
            const raw = (event.currentTarget as HTMLInputElement).value;
            onValue(raw === '' ? Number.NaN : Number(raw));
          }}
        />
      )}
    </Field>
  );
}

function SelectInput({
  label,
  hint,
  value,
  error,
  onValue,
  options,
}: {
  label: string;
  hint?: string;
  value: string;
  error?: string | undefined;
  onValue(value: string): void;
  options: { value: string; label: string }[];
}) {
  return (
    <Field label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          class="field__input"
          value={value}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(event) => onValue((event.currentTarget as HTMLSelectElement).value)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
