// The join form of the first-run screen (/join), with the sync service it signs in
// through: loaded only when the person joins a team, so the first-run choice (a fresh
// device's first screen) loads no sync code, zod schemas or Dexie.
import type { Session } from '../../store/session.ts';
import { JoinForm } from './JoinForm.tsx';
import { useSyncService } from './use-sync.ts';

export default function WelcomeJoin(props: { endpoint: string; invite: string | null; onJoined(session: Session): void }) {
  const service = useSyncService();
  return <JoinForm service={service} initialEndpoint={props.endpoint} initialInvite={props.invite} onJoined={props.onJoined} />;
}
