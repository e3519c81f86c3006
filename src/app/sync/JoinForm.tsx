// Joining a team from this device: the endpoint's address (typed, this site by default, or
// from a shared link), then one of: an invite code, a username and password, or a setup
// code for a new team. Checked with the endpoint's own schemas before sending; every
// refusal comes back as one translated sentence at the field it is about.
import { useId, useRef, useState } from 'preact/hooks';
import { casesToShare } from '../../store/keep-local.ts';
import type { ExistingData, Session } from '../../store/session.ts';
import type { SyncService } from '../../sync/sync-service.ts';
import { PASSWORD_MIN_LENGTH } from '../../domain/protocol.ts';
import { i18n, useT } from '../i18n.ts';
import { useUnsavedInput } from '../unsaved.ts';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { useStore } from '../hooks/use-store.ts';
import { Button } from '../components/Button.tsx';
import { TextField } from '../components/Field.tsx';
import { accountErrorMessage, type FormMessage, type JoinField, type JoinMode } from './account-errors.ts';
import { deviceKind } from './device-name.ts';
import { checkJoin, fieldsOf, type JoinValues } from './join-form-state.ts';

interface JoinFormProps {
  service: SyncService | null;
  initialEndpoint: string;
  initialInvite: string | null;
  onJoined(session: Session): void;
}

const modes: readonly JoinMode[] = ['invite', 'signIn', 'setup'];

function say(message: FormMessage | undefined): string | undefined {
  return message ? i18n.t(message.key, message.params ?? {}) : undefined;
}

export function JoinForm({ service, initialEndpoint, initialInvite, onJoined }: JoinFormProps) {
  const t = useT('sync');
  const id = useId();
  const [mode, setMode] = useState<JoinMode>('invite');
  const [values, setValues] = useState<JoinValues>(() => ({
    endpoint: initialEndpoint,
    setupToken: '',
    teamName: '',
    code: initialInvite ?? '',
    username: '',
    displayName: '',
    password: '',
    deviceName: t(`deviceKinds.${deviceKind(navigator.userAgent, navigator.maxTouchPoints)}`),
  }));
  const [errors, setErrors] = useState<Partial<Record<JoinField, FormMessage>>>({});
  const [formError, setFormError] = useState<FormMessage | null>(null);
  const [busy, setBusy] = useState(false);
  const [showPassword, setShowPassword] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  // Cases made on this device before joining: shared with the team, or kept here only.
  const { store } = useStore();
  const { value: ownCases } = useLiveQuery(store ? async () => {
    const counted = await casesToShare(store);
    return counted.ok ? counted.value : 0;
  } : null, [store]);
  const [existing, setExisting] = useState<ExistingData>('share');
  useUnsavedInput('sync-join', values.password !== '' && !busy);

  const set = (field: keyof JoinValues) => (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement).value;
    setValues((previous) => ({ ...previous, [field]: value }));
  };

  const focusFirstError = () =>
    window.requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-form-error]')?.focus());

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy || !service) return;
    setFormError(null);
    const checked = checkJoin(mode, values);
    if (!checked.ok) {
      setErrors(checked.errors);
      focusFirstError();
      return;
    }
    setErrors({});
    setBusy(true);
    const { value } = checked;
    const choice = { existing };
    const result =
      value.mode === 'setup'
        ? await service.setupTeam({ ...value.request, ...choice })
        : value.mode === 'invite'
          ? await service.joinWithInvite({ ...value.request, ...choice })
          : await service.signIn({ ...value.request, ...choice });
    setBusy(false);
    if (result.ok) {
      setValues((previous) => ({ ...previous, password: '' }));
      onJoined(result.value);
      return;
    }
    const message = accountErrorMessage(result.error, mode);
    if (message.field && (message.field === 'endpoint' || fieldsOf[mode].includes(message.field))) setErrors({ [message.field]: message });
    else setFormError(message);
    focusFirstError();
  };

  const field = (name: JoinField) => {
    const common = { error: say(errors[name]), value: values[name], onInput: set(name), required: true, disabled: busy };
    switch (name) {
      case 'setupToken':
        return <TextField key={name} label={t('join.setupToken')} hint={t('join.setupTokenHint')} autoComplete="off" spellcheck={false} autoCapitalize="none" {...common} />;
      case 'teamName':
        return <TextField key={name} label={t('join.teamName')} autoComplete="organization" {...common} />;
      case 'code':
        return <TextField key={name} label={t('join.inviteCode')} hint={t('join.inviteCodeHint')} autoComplete="off" spellcheck={false} autoCapitalize="none" {...common} />;
      case 'username':
        return (
          <TextField
            key={name}
            label={t('join.username')}
            hint={mode === 'signIn' ? undefined : t('join.usernameHint')}
            autoComplete="username"
            autoCapitalize="none"
            spellcheck={false}
            {...common}
          />
        );
      case 'password':
        return (
          <TextField
            key={name}
            label={t('join.password')}
            hint={mode === 'signIn' ? undefined : t('join.passwordHint', { minimum: PASSWORD_MIN_LENGTH })}
            type={showPassword ? 'text' : 'password'}
            autoComplete={mode === 'signIn' ? 'current-password' : 'new-password'}
            {...common}
          />
        );
      case 'deviceName':
        return <TextField key={name} label={t('join.deviceName')} hint={t('join.deviceNameHint')} autoComplete="off" {...common} />;
      case 'displayName':
        return <TextField key={name} label={t('join.displayName')} hint={t('join.displayNameHint')} autoComplete="name" {...common} required={false} />;
      default:
        return null;
    }
  };

  return (
    <form ref={form} class="sync-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="sync-card__title">
        {t('join.title')}
      </h2>
      <p class="sync-muted">{t('join.intro')}</p>
      <TextField
        label={t('join.endpoint')}
        hint={t('join.endpointHint')}
        type="url"
        inputMode="url"
        autoComplete="url"
        autoCapitalize="none"
        spellcheck={false}
        dir="ltr"
        value={values.endpoint}
        onInput={set('endpoint')}
        error={say(errors.endpoint)}
        required
        disabled={busy}
      />
      <fieldset class="sync-choices" disabled={busy}>
        <legend class="field__label">{t('join.how')}</legend>
        {modes.map((each) => (
          <label key={each} class="sync-choice">
            <input
              type="radio"
              name={`${id}-mode`}
              value={each}
              checked={mode === each}
              onChange={() => {
                setMode(each);
                setErrors({});
                setFormError(null);
              }}
            />
            <span>
              <span class="sync-choice__title">{t(`join.modes.${each}`)}</span>
              <span class="sync-choice__hint">{t(`join.modeHints.${each}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {fieldsOf[mode].map(field)}
      {(ownCases ?? 0) > 0 && (
        <fieldset class="sync-choices" disabled={busy} data-testid="existing-data">
          <legend class="field__label">{t('join.existing.title', { count: ownCases ?? 0 })}</legend>
          {(['share', 'keep'] as const).map((each) => (
            <label key={each} class="sync-choice">
              <input type="radio" name={`${id}-existing`} value={each} checked={existing === each} onChange={() => setExisting(each)} />
              <span>
                <span class="sync-choice__title">{t(`join.existing.${each}`, { count: ownCases ?? 0 })}</span>
              </span>
            </label>
          ))}
          <p class="sync-muted sync-small">{t('join.existing.demoNote')}</p>
        </fieldset>
      )}
      <label class="sync-check">
        <input type="checkbox" checked={showPassword} onChange={(event) => setShowPassword((event.currentTarget as HTMLInputElement).checked)} />
        {t('join.showPassword')}
      </label>
      {formError && (
        <p class="sync-alert" role="alert" tabIndex={-1} data-form-error>
          {say(formError)}
        </p>
      )}
      <div class="sync-actions">
        <Button type="submit" disabled={busy || !service} data-testid="join-submit">
          {busy ? t('join.busy') : t(`join.submit.${mode}`)}
        </Button>
      </div>
      <p class="sync-muted sync-small">{t('join.dataNote')}</p>
    </form>
  );
}
