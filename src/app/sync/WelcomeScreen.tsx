// The first-run choice (/welcome), shown once on a fresh device before anything else: use
// the app on this device only (no account; everything works), or join a team. /join opens
// the join form directly, also from a link a coordinator shares (join-link.ts): the invite
// code is read from the link and removed from the address bar at once.
//
// This is a fresh device's first screen: the choice itself loads no store, sync code or
// zod. The join form comes with its own code (WelcomeJoin.tsx), and whether the device
// is already in a team is read once the choice is on the page (a device signed out or
// never joined is not, so the choice shows at once).
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { Session } from '../../store/session.ts';
import { useT } from '../i18n.ts';
import { Page } from '../components/Page.tsx';
import { Button, ButtonLink } from '../components/Button.tsx';
import { firstRunChoice, JOIN_PATH, rememberFirstRun } from './first-run.ts';
import { hasJoinParameters, readJoinLink, type JoinLink } from './join-link.ts';
import './sync.css';

type JoinProps = Parameters<(typeof import('./WelcomeJoin.tsx'))['default']>[0];

/** The join form, once its code has loaded (moments after /join opens). */
function WelcomeJoin(props: JoinProps) {
  const [Join, setJoin] = useState<ComponentType<JoinProps> | null>(null);
  useEffect(() => {
    let live = true;
    void import('./WelcomeJoin.tsx').then(
      (module) => live && setJoin(() => module.default),
      (error: unknown) => console.error('join form failed to load', error),
    );
    return () => {
      live = false;
    };
  }, []);
  return Join ? <Join {...props} /> : null;
}

/** The device's stored session, read once (null: not in a team, or the store cannot open). */
async function storedSession(): Promise<Session | null> {
  const [{ appStore }, { readSession }] = await Promise.all([import('../../store/app-store.ts'), import('../../store/session.ts')]);
  const opened = await appStore();
  return opened.ok ? readSession(opened.value) : null;
}

/** Reads the join link once and strips it from the address bar (and so from history). */
function takeJoinLink(): JoinLink {
  const link = readJoinLink(window.location.href);
  if (hasJoinParameters(window.location.href)) window.history.replaceState(window.history.state, '', window.location.pathname);
  return link;
}

export default function WelcomeScreen() {
  const t = useT('sync');
  const { path, route } = useLocation();
  const [link] = useState(takeJoinLink);
  const [session, setSession] = useState<Session | null>(null);
  useEffect(() => {
    let live = true;
    void storedSession().then(
      (stored) => live && setSession(stored),
      () => {}, // no session to show: the choice stays
    );
    return () => {
      live = false;
    };
  }, []);
  const joining = path === JOIN_PATH;

  const useHere = () => {
    rememberFirstRun('local');
    route('/');
  };
  const joined = (_session: Session) => {
    rememberFirstRun('team');
    route('/sync');
  };

  if (session) {
    return (
      <Page title={t('welcome.title')}>
        <section class="sync-card" aria-labelledby="welcome-joined">
          <h2 id="welcome-joined" class="sync-card__title">
            {t('welcome.alreadyJoined', { team: session.team.name })}
          </h2>
          <p>{t('welcome.alreadyJoinedText', { user: session.user.name })}</p>
          <div class="sync-actions">
            <ButtonLink href="/sync">{t('welcome.openSync')}</ButtonLink>
            <ButtonLink href="/" variant="secondary">
              {t('welcome.openCases')}
            </ButtonLink>
          </div>
        </section>
      </Page>
    );
  }

  const endpoint = link.endpoint ?? `${window.location.origin}/`;
  if (joining) {
    return (
      <Page title={t('welcome.joinTitle')}>
        <section class="sync-card">
          <WelcomeJoin endpoint={endpoint} invite={link.invite} onJoined={joined} />
        </section>
        <p>
          <a href={firstRunChoice() === null ? '/welcome' : '/sync'}>{t('welcome.back')}</a>
        </p>
      </Page>
    );
  }

  return (
    <Page title={t('welcome.title')}>
      <p class="sync-lead">{t('welcome.intro')}</p>
      <div class="sync-options">
        <section class="sync-card" aria-labelledby="welcome-local">
          <h2 id="welcome-local" class="sync-card__title">
            {t('welcome.localTitle')}
          </h2>
          <p>{t('welcome.localText')}</p>
          <div class="sync-actions">
            <Button onClick={useHere} data-testid="use-locally">
              {t('welcome.localButton')}
            </Button>
          </div>
        </section>
        <section class="sync-card" aria-labelledby="welcome-team">
          <h2 id="welcome-team" class="sync-card__title">
            {t('welcome.teamTitle')}
          </h2>
          <p>{t('welcome.teamText')}</p>
          <div class="sync-actions">
            <Button variant="secondary" onClick={() => route(JOIN_PATH)} data-testid="choose-team">
              {t('welcome.teamButton')}
            </Button>
          </div>
        </section>
      </div>
    </Page>
  );
}
