// The way from Settings to the checklist templates (/settings/templates).
import { useT } from '../i18n.ts';
import { templatesHref } from './links.ts';

export default function TemplatesSettingsSection() {
  const t = useT('checklists');
  return (
    <section class="settings__section" aria-labelledby="settings-templates">
      <h2 id="settings-templates" class="settings__heading">
        {t('templates.title')}
      </h2>
      <p>{t('templates.settingsText')}</p>
      <a href={templatesHref} class="button button--secondary">
        {t('templates.open')}
      </a>
    </section>
  );
}
