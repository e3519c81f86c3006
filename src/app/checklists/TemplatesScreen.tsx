// Checklist templates (/settings/templates): every template on this device in its newest
// version, where it came from, and the way to correct it (coordinators, or anyone on a
// phone that is not in a team yet).
import { latestTemplates, type CatalogEntry } from '../../domain/template.ts';
import { localizedText } from '../../domain/template-definition.ts';
import { templateEditing } from '../../store/repo/templates.ts';
import { Page } from '../components/Page.tsx';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { useStore } from '../hooks/use-store.ts';
import { i18n, useT } from '../i18n.ts';
import { inOfferOrder } from './catalog-order.ts';
import { formatDate } from '../format.ts';
import { templateEditHref } from './links.ts';
import { LocalText } from './parts.tsx';
import { useCatalog } from './use-catalog.ts';
import './checklists.css';

export default function TemplatesScreen() {
  const t = useT('checklists');
  const { store } = useStore();
  const catalog = useCatalog(store);
  const { value: editing } = useLiveQuery(store ? () => templateEditing(store) : null, [store]);
  return (
    <Page title={t('templates.title')}>
      <p>{t('templates.intro')}</p>
      {editing && !editing.allowed && (
        <p class="cl-warning" data-testid="templates-read-only">
          {t('templates.onlyCoordinators', { role: t(`templates.role.${editing.role ?? 'unknown'}`) })}
        </p>
      )}
      {editing?.allowed && editing.role === null && <p class="cl-muted cl-small">{t('templates.noTeam')}</p>}
      {catalog && (
        <ul class="cl-cards">
          {inOfferOrder(latestTemplates(catalog)).map((entry) => (
            <TemplateCard key={entry.template.id} entry={entry} catalog={catalog} canEdit={editing?.allowed ?? false} />
          ))}
        </ul>
      )}
    </Page>
  );
}

function TemplateCard({ entry, catalog, canEdit }: { entry: CatalogEntry; catalog: readonly CatalogEntry[]; canEdit: boolean }) {
  const t = useT('checklists');
  const language = i18n.language;
  const { template, origin } = entry;
  const title = localizedText(template.text, language, 'title');
  const versions = catalog.filter((candidate) => candidate.template.id === template.id).length;
  return (
    <li class="cl-card" data-template={template.id}>
      <p class="cl-card__title">{title ? <LocalText text={title} t={t} /> : template.id}</p>
      <p class="cl-card__meta cl-small">
        <span>{t('templates.version', { version: template.version })}</span>
        <span>{t('templates.checkedOn', { date: formatDate(template.contentCheckedOn, language) })}</span>
        <span>
          {origin.kind === 'builtIn'
            ? t('templates.builtIn')
            : origin.basedOnVersion !== null
              ? t('templates.edited', { version: origin.basedOnVersion })
              : t('templates.editedFromScratch')}
        </span>
        {versions > 1 && <span>{t('templates.versionsOnPhone', { count: versions })}</span>}
      </p>
      {canEdit && (
        <p>
          <a href={templateEditHref(template.id)} class="button button--secondary">
            {t('templates.edit')}
            <span class="cl-visually-hidden">: {title?.text ?? template.id}</span>
          </a>
        </p>
      )}
    </li>
  );
}
