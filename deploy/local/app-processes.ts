import { spawn, type ChildProcess } from 'node:child_process';
import { appEntryPoint } from './apps';
import { waitUntil } from './process-utils';

export interface RunningApp {
  app: string;
  port: number;
  tcpPort: number;
  child: ChildProcess;
}

const READY_WITHIN_MS = 180_000;
const STOP_WITHIN_MS = 20_000;

/**
 * Starts a built app in a process group of its own: a Ctrl-C in the terminal reaches only the
 * run command, which stops the apps itself, before the broker they use.
 */
export function startApp(
  app: string,
  ports: { port: number; tcpPort: number },
  env: NodeJS.ProcessEnv,
  stopping: () => boolean,
): RunningApp {
  const child = spawn(process.execPath, [appEntryPoint(app)], {
    env: { ...process.env, ...env, PORT: String(ports.port), TCP_PORT: String(ports.tcpPort) },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  killOnExit(child);
  child.once('exit', (code, signal) => {
    running.delete(child);
    if (!stopping()) console.error(`${app} exited (${signal ?? code})`);
  });
  return { app, ...ports, child };
}

const running = new Set<ChildProcess>();

// Should the run command itself die, its apps go with it: one listener for all of them.
function killOnExit(child: ChildProcess): void {
  if (!process.listeners('exit').includes(killRunning)) {
    process.once('exit', killRunning);
  }
  running.add(child);
}

function killRunning(): void {
  for (const child of running) child.kill('SIGKILL');
}

/** Apps answer /health/ready once their database, their broker and their workers are up. */
export async function waitUntilReady(
  { app, port, child }: RunningApp,
  stopping: () => boolean,
): Promise<void> {
  const ready = await waitUntil(
    READY_WITHIN_MS,
    async () => {
      if (stopping()) return true;
      if (child.exitCode !== null) throw new Error(`${app} exited while starting`);
      const response = await fetch(`http://127.0.0.1:${port}/health/ready`).catch(() => undefined);
      return response?.ok ?? false;
    },
    500,
  );
  if (!ready) throw new Error(`${app} was not ready within ${READY_WITHIN_MS / 1000} s`);
}

/** SIGTERM to every app at once (each shuts down gracefully); SIGKILL to one that hangs. */
export async function stopApps(apps: RunningApp[]): Promise<void> {
  await Promise.all(apps.map(({ child }) => stopChild(child)));
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_WITHIN_MS);
  await exited;
  clearTimeout(timer);
}
