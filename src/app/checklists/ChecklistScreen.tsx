// One checklist of a case (/cases/:id/checklists/:checklistId): the key dates, the steps
// with their due dates and the rule behind each, ticks and notes, the "verify" badges,
// the upgrade to a newer template version, and the way to the client handout.
//
// Every tick and every date is its own small write (store/repo/checklists.ts), so two
// people working offline on the same checklist merge without conflicts.
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { checklistDueItems } from '../../domain/checklist-due.ts';
import { localizedText, type TemplateDefinition } from '../../domain/template-definition.ts';
import { checklistById, type ChecklistWithCase } from '../../store/queries/checklists.ts';
import { chooseVariant, deleteChecklist } from '../../store/repo/checklists.ts';
import type { Store } from '../../store/store.ts';
import { Button, ButtonLink } from '../components/Button.tsx';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { SelectField } from '../components/Field.tsx';
import { Page } from '../components/Page.tsx';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { useStore } from '../hooks/use-store.ts';
import { i18n, useT } from '../i18n.ts';
import { summarizeChecklist } from './checklist-summary.ts';
import { formatDate, isolate } from '../format.ts';
import { ItemList } from './ItemList.tsx';
import { KeyDatesForm } from './KeyDatesForm.tsx';
import { ChecklistMissing } from './ChecklistMissing.tsx';
import { caseHref, handoutHref } from './links.ts';
import { LocalOption, LocalText } from './parts.tsx';
import { UpgradeNotice } from './UpgradeNotice.tsx';
import { useToday } from '../hooks/use-today.ts';
import './checklists.css';

interface Props {
  id: string;
  checklistId: string;
}

export default function ChecklistScreen({ id, checklistId }: Props) {
  const t = useT('checklists');
  const { store } = useStore();
  const today = useToday();
  const { value: checklist, loading } = useLiveQuery(
    store ? () => checklistById(store, id, checklistId) : null,
    [store, id, checklistId],
  );
  if (!store || (loading && checklist === undefined)) {
    return <Page title={t('checklist.loading')} />;
  }
  if (!checklist) {
    return <ChecklistMissing title={t('checklist.notHereTitle')} caseId={id} />;
  }
  if (!checklist.template) return <MissingTemplate checklist={checklist} />;
  return <ChecklistView store={store} checklist={checklist} template={checklist.template.template} today={today} />;
}

function MissingTemplate({ checklist }: { checklist: ChecklistWithCase }) {
  const t = useT('checklists');
  return (
    <Page title={t('checklist.missingTemplateTitle')}>
      <CaseLink checklist={checklist} />
      <p>
        {t('checklist.missingTemplateText', {
          id: checklist.view.templateId ?? '?',
          version: checklist.view.templateVersion ?? '?',
        })}
      </p>
    </Page>
  );
}

function CaseLink({ checklist }: { checklist: ChecklistWithCase }) {
  const t = useT('checklists');
  return (
    <p class="cl-case-link">
      <a href={caseHref(checklist.caseId)}>
        {checklist.caseName ? t('checklist.caseLink', { name: isolate(checklist.caseName) }) : t('checklist.backToCase')}
      </a>
    </p>
  );
}

interface ViewProps {
  store: Store;
  checklist: ChecklistWithCase;
  template: TemplateDefinition;
  today: string;
}

function ChecklistView({ store, checklist, template, today }: ViewProps) {
  const t = useT('checklists');
  const language = i18n.language;
  const title = localizedText(template.text, language, 'title');
  const items = checklistDueItems(checklist.fields, template, today);
  const summary = summarizeChecklist(items);
  const origin = checklist.template?.origin;
  return (
    <Page
      title={title ? <LocalText text={title} t={t} /> : template.id}
      actions={
        <ButtonLink href={handoutHref(checklist.caseId, checklist.id)} variant="secondary">
          {t('checklist.handout')}
        </ButtonLink>
      }
    >
      <div class="cl-intro">
        <CaseLink checklist={checklist} />
        <p class="cl-muted cl-small" data-testid="checklist-version">
          {t('checklist.version', { version: template.version, date: formatDate(template.contentCheckedOn, language) })}
          {origin?.kind === 'record' && ` · ${t('checklist.editedVersion')}`}
        </p>
      </div>
      {checklist.newerTemplate && (
        <UpgradeNotice store={store} checklist={checklist} current={template} newer={checklist.newerTemplate} />
      )}
      {(template.variants ?? []).length > 0 && <VariantChooser store={store} checklist={checklist} template={template} />}
      {template.keyDates.length > 0 && (
        <KeyDatesForm store={store} checklistId={checklist.id} template={template} keyDates={checklist.view.keyDates} today={today} />
      )}
      <section class="cl-panel" aria-labelledby="checklist-steps">
        <div class="cl-panel__head">
          <h2 id="checklist-steps" class="cl-panel__title">
            {t('items.heading')}
          </h2>
          <p class="cl-muted" data-testid="checklist-progress">
            {t('section.progress', { done: summary.done, count: summary.total })}
          </p>
        </div>
        <ItemList store={store} checklistId={checklist.id} items={items} today={today} />
      </section>
      <AboutChecklist store={store} checklist={checklist} template={template} />
    </Page>
  );
}

function VariantChooser({ store, checklist, template }: { store: Store; checklist: ChecklistWithCase; template: TemplateDefinition }) {
  const t = useT('checklists');
  const language = i18n.language;
  const [error, setError] = useState<string | null>(null);
  const onChange = async (event: Event) => {
    const value = (event.currentTarget as HTMLSelectElement).value;
    const result = await chooseVariant(store, checklist.id, value || null);
    setError(result.ok ? null : t(result.error.messageKey));
  };
  return (
    <section class="cl-panel" aria-labelledby="checklist-variant">
      <h2 id="checklist-variant" class="cl-panel__title">
        {t('variant.heading')}
      </h2>
      <SelectField label={t('variant.label')} hint={t('variant.hint')} value={checklist.view.variant ?? ''} onChange={onChange}>
        <option value="">{t('variant.all')}</option>
        {(template.variants ?? []).map((variant) => (
          <LocalOption key={variant.id} value={variant.id} text={localizedText(variant.text, language, 'label')} t={t} />
        ))}
      </SelectField>
      {error && (
        <p class="field__error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function AboutChecklist({ store, checklist, template }: { store: Store; checklist: ChecklistWithCase; template: TemplateDefinition }) {
  const t = useT('checklists');
  const language = i18n.language;
  const { route } = useLocation();
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const summaryText = localizedText(template.text, language, 'summary');
  const remove = async () => {
    setConfirming(false);
    const result = await deleteChecklist(store, checklist.id);
    if (!result.ok) {
      setError(t(result.error.messageKey));
      return;
    }
    route(caseHref(checklist.caseId));
  };
  return (
    <section class="cl-panel" aria-labelledby="checklist-about">
      <h2 id="checklist-about" class="cl-panel__title">
        {t('checklist.about')}
      </h2>
      {summaryText && (
        <p>
          <LocalText text={summaryText} t={t} />
        </p>
      )}
      {error && (
        <p class="field__error" role="alert">
          {error}
        </p>
      )}
      <div>
        <Button variant="danger" onClick={() => setConfirming(true)}>
          {t('checklist.delete')}
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('checklist.confirmDelete')}
        confirmLabel={t('checklist.delete')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void remove()}
      />
    </section>
  );
}
