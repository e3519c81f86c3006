// While the endpoint runs, DATA_DIR holds `endpoint.pid` with its process id and host, so
// that `npm run admin -- restore` can refuse to swap the database under a running
// endpoint. A file left behind by a crash names a process that is gone, and is ignored.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const LOCK_FILE = 'endpoint.pid';

interface Holder {
  pid: number;
  host: string;
}

/** Writes the lock file; the returned function removes it (on a clean stop). */
export function holdDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, LOCK_FILE);
  const holder: Holder = { pid: process.pid, host: os.hostname() };
  fs.writeFileSync(file, `${JSON.stringify(holder)}\n`, { mode: 0o600 });
  return () => {
    // Only our own file: a second endpoint started later may have replaced it.
    if (readHolder(file)?.pid === process.pid) fs.rmSync(file, { force: true });
  };
}

/**
 * The process id of an endpoint running on `dataDir` on this host, or null. Another
 * host's (or container's) endpoint cannot be seen from here: the README says to stop it.
 */
export function runningEndpoint(dataDir: string): number | null {
  const holder = readHolder(path.join(dataDir, LOCK_FILE));
  if (!holder || holder.host !== os.hostname() || holder.pid === process.pid) return null;
  try {
    process.kill(holder.pid, 0);
    return holder.pid;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? holder.pid : null;
  }
}

function readHolder(file: string): Holder | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<Holder>;
    return typeof parsed.pid === 'number' && typeof parsed.host === 'string' ? { pid: parsed.pid, host: parsed.host } : null;
  } catch {
    return null;
  }
}
