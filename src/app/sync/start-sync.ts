// Started once the first screen is on the page (routes.tsx afterFirstScreen): the sync
// service syncs on start, in the foreground, when online, after local changes and
// periodically (src/sync/scheduler.ts). A device used on its own only reads its session.
import { appSync } from '../../sync/browser-env.ts';

export async function startSync(): Promise<void> {
  await appSync();
}
