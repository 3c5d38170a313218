import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './process-utils';

export const ROOT = join(__dirname, '..', '..');

interface NestCli {
  projects: Record<string, { type: 'application' | 'library' }>;
}

/** Every app of the monorepo, as nest-cli.json lists them. */
export function applications(): string[] {
  const cli = JSON.parse(readFileSync(join(ROOT, 'nest-cli.json'), 'utf8')) as NestCli;
  return Object.entries(cli.projects)
    .filter(([, project]) => project.type === 'application')
    .map(([name]) => name);
}

export async function buildApplications(log: (line: string) => void = console.log): Promise<void> {
  const apps = applications();
  if (apps.length === 0) return log('No apps to build yet.');
  for (const app of apps) {
    log(`Building ${app}…`);
    await run(join(ROOT, 'node_modules', '.bin', 'nest'), ['build', app]);
  }
}

if (require.main === module) {
  buildApplications().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
