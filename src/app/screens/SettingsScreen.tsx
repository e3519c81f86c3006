// Settings: language (kept on this device), working offline, storage, installing the app.
import { useEffect, useState } from 'preact/hooks';
import { changeLanguage, i18n, useT } from '../i18n.ts';
import { isReviewedUiLanguage, isUiLanguage, uiLanguages } from '../language.ts';
import { rememberLanguage } from '../language-choice.ts';
import { readStorageState, requestPersistentStorage, type StorageState } from '../storage.ts';
import { installPrompt, isInstalled, isIos, promptInstall } from '../install-prompt.ts';
import { useSmallStore } from '../small-store.ts';
import { updateStatus } from '../sw-update.ts';
import { Page } from '../components/Page.tsx';
import { SelectField } from '../components/Field.tsx';
import { Button } from '../components/Button.tsx';
import DemoDataSection from '../cases/DemoDataSection.tsx';
import TemplatesSettingsSection from '../checklists/TemplatesSettingsSection.tsx';
import AccountSettingsSection from '../sync/AccountSettingsSection.tsx';
import ReportsSettingsSection from '../reports/ReportsSettingsSection.tsx';
import { endonym } from '../format.ts';

export default function SettingsScreen() {
  const t = useT('shell');
  return (
    <Page title={t('settings.title')}>
      <LanguageSection />
      <AccountSettingsSection />
      <ReportsSettingsSection />
      <OfflineSection />
      <StorageSection />
      <DemoDataSection />
      <TemplatesSettingsSection />
      <InstallSection />
      <p class="settings__version">{t('settings.version', { version: appVersion() })}</p>
    </Page>
  );
}

function appVersion(): string {
  const { VITE_APP_VERSION: version, VITE_BUILD_ID: build } = import.meta.env;
  return build ? `${version} (${build})` : version;
}

async function onLanguageChange(event: Event): Promise<void> {
  const value = (event.currentTarget as HTMLSelectElement).value;
  if (!isUiLanguage(value)) return;
  await changeLanguage(value);
  await rememberLanguage(value);
}

function LanguageSection() {
  const t = useT('shell');
  const current = i18n.language;
  return (
    <section class="settings__section" aria-labelledby="settings-language">
      <h2 id="settings-language" class="settings__heading">
        {t('settings.language.heading')}
      </h2>
      <SelectField label={t('settings.language.label')} hint={t('settings.language.hint')} value={current} onChange={onLanguageChange}>
        {uiLanguages.map((language) => (
          <option key={language} value={language} lang={language}>
            {endonym(language)}
          </option>
        ))}
      </SelectField>
      {isUiLanguage(current) && !isReviewedUiLanguage(current) && (
        <p class="settings__notice" data-testid="unreviewed-ui-language">
          {t('settings.language.unreviewed')}
        </p>
      )}
    </section>
  );
}

function OfflineSection() {
  const t = useT('shell');
  const status = useSmallStore(updateStatus);
  const key =
    status === 'unsupported'
      ? 'settings.offline.unsupported'
      : status === 'installing'
        ? 'settings.offline.preparing'
        : 'settings.offline.ready';
  return (
    <section class="settings__section" aria-labelledby="settings-offline">
      <h2 id="settings-offline" class="settings__heading">
        {t('settings.offline.heading')}
      </h2>
      <p data-testid="offline-status">{t(key)}</p>
    </section>
  );
}

function StorageSection() {
  const t = useT('shell');
  const [state, setState] = useState<StorageState | null>(null);
  const refresh = () => void readStorageState().then(setState);
  useEffect(refresh, []);
  const ask = async () => {
    await requestPersistentStorage();
    refresh();
  };
  const language = i18n.language;
  // Units come from Intl in the interface language, not from the translation files.
  const megabytes = (bytes: number) =>
    bytes >= 1e9
      ? new Intl.NumberFormat(language, { style: 'unit', unit: 'gigabyte', maximumFractionDigits: 1 }).format(bytes / 1e9)
      : new Intl.NumberFormat(language, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1e6);
  return (
    <section class="settings__section" aria-labelledby="settings-storage">
      <h2 id="settings-storage" class="settings__heading">
        {t('settings.storage.heading')}
      </h2>
      {state === null ? null : !state.supported ? (
        <p>{t('settings.storage.unsupported')}</p>
      ) : (
        <>
          <p data-testid="storage-persisted">
            {state.persisted ? t('settings.storage.persisted') : t('settings.storage.notPersisted')}
          </p>
          {state.usage !== undefined && state.quota !== undefined && (
            <p data-testid="storage-usage">
              {t('settings.storage.usage', { used: megabytes(state.usage), available: megabytes(state.quota) })}
            </p>
          )}
          {!state.persisted && (
            <Button variant="secondary" onClick={ask}>
              {t('settings.storage.ask')}
            </Button>
          )}
        </>
      )}
    </section>
  );
}

function InstallSection() {
  const t = useT('shell');
  const prompt = useSmallStore(installPrompt);
  const installed = isInstalled();
  const ios = isIos(navigator.userAgent, navigator.maxTouchPoints);
  return (
    <section class="settings__section" aria-labelledby="settings-install">
      <h2 id="settings-install" class="settings__heading">
        {t('settings.install.heading')}
      </h2>
      {installed ? (
        <p>{t('settings.install.installed')}</p>
      ) : prompt ? (
        <>
          <p>{t('settings.install.why')}</p>
          <Button onClick={() => void promptInstall()} data-testid="install-button">
            {t('settings.install.button')}
          </Button>
        </>
      ) : ios ? (
        <>
          <p>{t('settings.install.why')}</p>
          <ol class="settings__steps" data-testid="ios-steps">
            <li>{t('settings.install.ios.step1')}</li>
            <li>{t('settings.install.ios.step2')}</li>
            <li>{t('settings.install.ios.step3')}</li>
          </ol>
        </>
      ) : (
        <>
          <p>{t('settings.install.why')}</p>
          <p>{t('settings.install.browserMenu')}</p>
        </>
      )}
    </section>
  );
}
