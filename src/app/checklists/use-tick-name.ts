// The name saved with a tick ("done by"): the signed-in user's name, or, on a phone that
// is not signed in to a team, a name the person typed once on this device (kept with
// idb-keyval, like the language choice). Null when neither is known: the tick is then
// saved with its date only.
import { get, set } from 'idb-keyval';
import { useEffect, useState } from 'preact/hooks';
import type { Store } from '../../store/store.ts';
import { readSession } from '../../store/session.ts';
import { useLiveQuery } from '../hooks/use-live-query.ts';

const KEY = 'checklists-tick-name';

export interface TickName {
  /** The name to save with a tick, or null. */
  name: string | null;
  /** True when the name comes from the team session (then it is not editable here). */
  fromSession: boolean;
  /** The device name as typed (for the input); empty when none. */
  deviceName: string;
  setDeviceName(name: string): void;
}

export function useTickName(store: Store | null): TickName {
  const { value: session } = useLiveQuery(store ? () => readSession(store) : null, [store]);
  const [deviceName, setName] = useState('');
  useEffect(() => {
    let live = true;
    get(KEY).then(
      (stored: unknown) => {
        if (live && typeof stored === 'string') setName(stored);
      },
      () => undefined, // storage unavailable: ticks go without a name
    );
    return () => {
      live = false;
    };
  }, []);
  const setDeviceName = (name: string) => {
    setName(name);
    void set(KEY, name.trim()).catch(() => undefined);
  };
  if (session) return { name: session.user.name, fromSession: true, deviceName, setDeviceName };
  return { name: deviceName.trim() || null, fromSession: false, deviceName, setDeviceName };
}
