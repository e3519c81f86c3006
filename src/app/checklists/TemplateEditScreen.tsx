// Correcting a template on the device (/settings/templates/:id): texts in every language,
// steps (add, remove, reorder), legal basis and sources, confidence, date rules and their
// day counts. Saving creates a NEW version for the whole team (store/repo/templates.ts);
// checklists already started keep theirs until someone upgrades them.
import { useEffect, useState } from 'preact/hooks';
import { jsonEqual } from '../../domain/json-equal.ts';
import { latestTemplates, type CatalogEntry } from '../../domain/template.ts';
import { contentLanguages, localizedText, type ContentLanguage, type TemplateDefinition } from '../../domain/template-definition.ts';
import { templateCatalogOnDevice } from '../../store/queries/checklists.ts';
import { saveTemplateVersion, templateEditing, type TemplateIssue } from '../../store/repo/templates.ts';
import type { Store } from '../../store/store.ts';
import { Button, ButtonLink } from '../components/Button.tsx';
import { EmptyState } from '../components/EmptyState.tsx';
import { Page } from '../components/Page.tsx';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { useStore } from '../hooks/use-store.ts';
import { i18n, useT } from '../i18n.ts';
import { useUnsavedInput } from '../unsaved.ts';
import { ChangesList } from './ChangesList.tsx';
import { validationText } from './template-text.ts';
import { IssueSummary } from './IssueSummary.tsx';
import { templatesHref } from './links.ts';
import { templateChanges } from './template-changes.ts';
import {
  blankItem,
  dropTranslations,
  editableCopy,
  markReviewed,
  newItemKey,
  outdatedTranslations,
  unreviewedLanguagesOf,
  type BuiltInTexts,
} from './template-editor.ts';
import { builtInHandoutLanguages, loadBuiltInHandoutTexts, withBuiltInHandoutTexts } from '../../domain/templates/handouts/index.ts';
import { TemplateFields } from './TemplateFields.tsx';
import { ItemEditor } from './TemplateItemEditor.tsx';
import { useToday } from '../hooks/use-today.ts';
import './checklists.css';
import { endonym, listLanguages } from '../format.ts';

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

/**
 * The built-in texts of every handout language that has its own module: the editor shows
 * them, and needs them to know which languages are still unreviewed (coordinators only).
 * Null while they load.
 */
function useBuiltInTexts(): BuiltInTexts | null {
  const [texts, setTexts] = useState<BuiltInTexts | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all(builtInHandoutLanguages.map(async (language) => [language, await loadBuiltInHandoutTexts(language)] as const)).then((loaded) => {
      if (live) setTexts(Object.fromEntries(loaded.filter(([, value]) => value !== null)));
    });
    return () => {
      live = false;
    };
  }, []);
  return texts;
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
  // After a failed save, take the person (and the screen reader) to the list of problems.
  useEffect(() => {
    if (issues.length === 0) return;
    const summary = document.getElementById('editor-errors');
    summary?.focus({ preventScroll: true });
    summary?.scrollIntoView({ block: 'start' });
  }, [issues]);
  useUnsavedInput('template-editor', dirty);
  const builtIn = useBuiltInTexts();
  // What the fields show: the draft, with the built-in texts of the chosen language where
  // the team has none of its own (a correction typed over one becomes the team's text).
  const shown = withBuiltInHandoutTexts(draft, textLanguage, builtIn?.[textLanguage as keyof BuiltInTexts] ?? null).template;

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

        <TemplateFields
          draft={shown}
          language={textLanguage}
          edit={edit}
          errorAt={errorAt}
          today={today}
          unreviewed={builtIn && unreviewedLanguagesOf(draft, builtIn)}
          onReviewed={(language, reviewed) => builtIn && setDraft(markReviewed(draft, language, reviewed, builtIn))}
          t={t}
        />

        <h2 class="cl-panel__title">{t('editor.steps')}</h2>
        <ol class="cl-editor__items">
          {shown.items.map((item, index) => (
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
