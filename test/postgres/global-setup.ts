// The PostgreSQL tests need a database: DATABASE_URL when it names one, else a throwaway
// cluster (test/server/pg/start-cluster.sh: an unprivileged user, a temp folder, a free
// loopback port) started here and stopped after the run. The test files find it in
// TEST_POSTGRES_URL (not DATABASE_URL, which would move the server tests onto it too).
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const PG = path.resolve(import.meta.dirname, '../server/pg');

export default function setup(): () => void {
  const given = process.env.DATABASE_URL;
  if (given && /^postgres(ql)?:\/\//i.test(given)) {
    process.env.TEST_POSTGRES_URL = given;
    return () => {};
  }
  const started = execFileSync(path.join(PG, 'start-cluster.sh'), { encoding: 'utf8' });
  const value = (name: string) => new RegExp(`^${name}=(.*)$`, 'm').exec(started)?.[1] ?? '';
  const dir = value('PG_CLUSTER_DIR');
  process.env.TEST_POSTGRES_URL = value('DATABASE_URL');
  return () => {
    execFileSync(path.join(PG, 'stop-cluster.sh'), [dir], { stdio: 'inherit' });
    delete process.env.TEST_POSTGRES_URL;
  };
}
