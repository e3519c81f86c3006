// `npm run admin -- create-team`: prints a new single-use setup code as one JSON line
// `{"setupToken":"…"}`, using the same DATA_DIR / DATABASE_URL as the server.
import { readConfig } from './config.ts';
import { createTeamSetupCode } from './operator.ts';
import { openStorage, StorageConfigError } from './storage/open-storage.ts';

const USAGE = 'usage: npm run admin -- create-team';

async function main(args: string[]): Promise<number> {
  const [command] = args;
  if (command !== 'create-team') {
    console.error(USAGE);
    return 2;
  }
  const storage = openStorage(readConfig());
  try {
    const setupToken = await createTeamSetupCode(storage, Date.now());
    process.stdout.write(`${JSON.stringify({ setupToken })}\n`);
    return 0;
  } finally {
    await storage.close();
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof StorageConfigError ? error.message : error);
  process.exitCode = 1;
}
