// The client handout (/cases/:id/checklists/:checklistId/handout): the open steps and due
// dates of a checklist in a language chosen for the client, whatever the app's language;
// right to left where the language is; big enough to show on the phone, and printable
// (print CSS hides everything but the handout).
//
// The handout's own words come from the `checklists` and `deadlines` namespaces in the
// CLIENT's language (a separate fixed t); template texts missing in that language are
// shown in English with a visible marker on each; unreviewed translations say so. The
// built-in texts of the later handout languages, and the fonts Pashto and Urdu need,
// are loaded only when the handout is given in them.
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'preact/hooks';
import type { ContentLanguage, TemplateDefinition } from '../../domain/template-definition.ts';
import { loadBuiltInHandoutTexts, type HandoutTextsByTemplate } from '../../domain/templates/handouts/index.ts';
import { checklistById } from '../../store/queries/checklists.ts';
import { Button, ButtonLink } from '../components/Button.tsx';
import { SelectField } from '../components/Field.tsx';
import { Page } from '../components/Page.tsx';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { useStore } from '../hooks/use-store.ts';
import { formatNumbersWith, i18n, useT } from '../i18n.ts';
import { asTranslate, LocalText } from './parts.tsx';
import { daysLeftKey, endonym, formatDate, formatNumber } from '../format.ts';
import { renderExplanation } from './explanation.ts';
import { buildHandout, handoutLanguages, isHandoutLanguage, type HandoutStep } from './handout.ts';
import { ChecklistMissing } from './ChecklistMissing.tsx';
import { checklistHref } from './links.ts';
import { loadHandoutFont } from './handout-fonts.ts';
import { useToday } from '../hooks/use-today.ts';
import './checklists.css';

interface Props {
  id: string;
  checklistId: string;
}

// The last language chosen, for the next handout in this session (not stored: a
// language can say something about a person).
let lastLanguage: ContentLanguage | null = null;

interface ClientLanguage {
  language: ContentLanguage;
  /** In the client's language. */
  t: TFunction;
  /** The built-in template texts of this language when they live in their own module. */
  builtIn: HandoutTextsByTemplate | null;
}

/** The client's language once its words, built-in template texts and font are loaded. */
function useClientLanguage(language: ContentLanguage): ClientLanguage | null {
  const [ready, setReady] = useState<{ language: ContentLanguage; builtIn: HandoutTextsByTemplate | null } | null>(null);
  useEffect(() => {
    let live = true;
    formatNumbersWith(formatNumber);
    const words = i18n.loadLanguages(language).then(() => i18n.loadNamespaces(['checklists', 'deadlines']));
    // A font that fails to load leaves the phone's own font: the text still shows.
    const font = loadHandoutFont(language).catch(() => {});
    void Promise.all([loadBuiltInHandoutTexts(language), words, font]).then(([builtIn]) => {
      if (live) setReady({ language, builtIn });
    });
    return () => {
      live = false;
    };
  }, [language]);
  return ready?.language === language ? { language, t: i18n.getFixedT(language, 'checklists'), builtIn: ready.builtIn } : null;
}

export default function HandoutScreen({ id, checklistId }: Props) {
  const t = useT('checklists');
  const { store } = useStore();
  const today = useToday();
  const uiLanguage = i18n.language;
  const [language, setLanguage] = useState<ContentLanguage>(lastLanguage ?? (isHandoutLanguage(uiLanguage) ? uiLanguage : 'en'));
  const client = useClientLanguage(language);
  const { value: checklist, loading } = useLiveQuery(store ? () => checklistById(store, id, checklistId) : null, [store, id, checklistId]);
  const title = t('handout.title');
  if (!store || (loading && checklist === undefined)) return <Page title={title} />;
  if (!checklist?.template) {
    return <ChecklistMissing title={title} caseId={id} />;
  }
  const choose = (event: Event) => {
    const value = (event.currentTarget as HTMLSelectElement).value;
    if (!isHandoutLanguage(value)) return;
    lastLanguage = value;
    setLanguage(value);
  };
  return (
    <Page title={title}>
      <div class="cl-handout-controls">
        <SelectField label={t('handout.language')} hint={t('handout.languageHint')} value={language} onChange={choose}>
          {handoutLanguages.map((code) => (
            <option key={code} value={code} lang={code}>
              {endonym(code)}
            </option>
          ))}
        </SelectField>
        <div class="cl-row">
          <Button onClick={() => window.print()}>{t('handout.print')}</Button>
          <ButtonLink href={checklistHref(checklist.caseId, checklist.id)} variant="secondary">
            {t('handout.back')}
          </ButtonLink>
        </div>
      </div>
      {client ? (
        <HandoutSheet template={checklist.template.template} fields={checklist.fields} today={today} client={client} />
      ) : (
        <p class="cl-muted">{t('handout.loading')}</p>
      )}
    </Page>
  );
}

interface SheetProps {
  template: TemplateDefinition;
  fields: Record<string, unknown>;
  today: string;
  client: ClientLanguage;
}

function HandoutSheet({ template, fields, today, client }: SheetProps) {
  const { language, t } = client;
  const handout = buildHandout(template, fields, today, language, client.builtIn);
  return (
    <article class="cl-handout" lang={language} dir={handout.dir} data-testid="handout" aria-labelledby="handout-title">
      <h2 id="handout-title" class="cl-handout__title">
        <LocalText text={handout.title} t={t} marker="long" />
      </h2>
      {handout.variant && (
        <p class="cl-handout__variant">
          {t('handout.situation')}: <LocalText text={handout.variant} t={t} marker="long" />
        </p>
      )}
      {handout.unreviewed && (
        <p class="cl-handout__notice" data-testid="unreviewed-notice">
          {t('deadlines:unreviewedTranslation')}
        </p>
      )}
      {handout.mostUrgent && (
        <MostUrgent step={handout.mostUrgent} number={handout.steps.indexOf(handout.mostUrgent) + 1} language={language} t={t} />
      )}
      <h3 class="cl-handout__subtitle">{t('handout.nextSteps')}</h3>
      {handout.steps.length === 0 ? (
        <p>{t('handout.noSteps')}</p>
      ) : (
        <ol class="cl-handout__steps">
          {handout.steps.map((step) => (
            <HandoutStepItem key={step.key} step={step} language={language} t={t} />
          ))}
        </ol>
      )}
      {handout.doneCount > 0 && <p class="cl-handout__done">{t('handout.doneCount', { count: handout.doneCount })}</p>}
      <footer class="cl-handout__footer">
        <p>{t('handout.disclaimer')}</p>
        <p>{t('handout.prepared', { date: formatDate(today, language) })}</p>
      </footer>
    </article>
  );
}

function DateLine({ step, language, t }: { step: HandoutStep; language: string; t: TFunction }) {
  const due = step.due;
  if (due.status !== 'scheduled' || !due.dueDate || !due.meaning || due.daysLeft === null) return null;
  const left = daysLeftKey(due.daysLeft, due.overdue);
  return (
    <div class="cl-handout__date">
      <p>
        <strong>{t('dueLine', { meaning: t(`deadlines:meaning.${due.meaning}`), date: formatDate(due.dueDate, language) })}</strong>{' '}
        <span>({t(left.key, { count: left.count })})</span>
      </p>
      <p class="cl-handout__rule">{renderExplanation(due.explanation, asTranslate(t), language)}</p>
      {due.overdue && <p class="cl-handout__warning">{t('handout.overdue')}</p>}
      {!due.overdue && due.needsVerification && <p class="cl-handout__check">{t('handout.confirmWithAdviser')}</p>}
    </div>
  );
}

function MostUrgent({ step, number, language, t }: { step: HandoutStep; number: number; language: string; t: TFunction }) {
  const due = step.due;
  if (!due.dueDate || !due.meaning) return null;
  return (
    <div class="cl-handout__urgent" data-testid="handout-urgent">
      <p class="cl-handout__urgent-label">{t('handout.mostUrgent')}</p>
      <p class="cl-handout__urgent-date">
        <strong>{formatDate(due.dueDate, language)}</strong>
      </p>
      <p>{t('handout.urgentStep', { number })}</p>
    </div>
  );
}

function HandoutStepItem({ step, language, t }: { step: HandoutStep; language: string; t: TFunction }) {
  return (
    <li class={`cl-handout__step${step.due.overdue ? ' cl-handout__step--overdue' : ''}`} data-item={step.key} data-fallback={step.text.fallback ? 'true' : undefined}>
      <p class="cl-handout__text">
        <LocalText text={step.text} t={t} marker="long" />
      </p>
      <DateLine step={step} language={language} t={t} />
    </li>
  );
}
