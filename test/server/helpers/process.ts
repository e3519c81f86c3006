// Runs the endpoint as its own process (`node --experimental-strip-types src/server/main.ts`),
// for tests that kill it or read what it prints. The node binary is the one running the
// tests (node 22 from node_modules), spawned directly, so the pid we signal is the server's.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { onPostgres, postgresUrlFor } from './postgres.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output(): string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export function serverEnv(dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    STATIC_DIR: path.join(dataDir, 'no-app'),
    LOG_LEVEL: 'info',
    // The data folder's own schema when the tests run on PostgreSQL.
    DATABASE_URL: onPostgres ? postgresUrlFor(dataDir) : '',
    SETUP_TOKEN: '',
    ...extra,
  };
}

export function runNode(script: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ['--experimental-strip-types', '--no-warnings', script, ...args], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function startServerProcess(dataDir: string, extra: Record<string, string> = {}): Promise<ServerProcess> {
  const child = runNode('src/server/main.ts', [], serverEnv(dataDir, extra));
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1] && /Terenski zvezek is running/.test(output)) {
        clearTimeout(timer);
        resolve({
          child,
          url: match[1],
          output: () => output,
          exited,
          async stop(signal = 'SIGTERM') {
            if (child.exitCode === null && child.signalCode === null) child.kill(signal);
            return exited;
          },
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before it was ready:\n${output}`));
    });
  });
}

/** Runs a script to its end; resolves with its exit code and output. */
export function runToEnd(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = runNode(script, args, env);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}
