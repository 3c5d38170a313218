import { dropDatabase } from '../../deploy/local/postgres';
import { currentTestRun, forgetTestRun } from './test-run';

export default async function globalTeardown(): Promise<void> {
  const run = currentTestRun();
  if (!run) return;
  forgetTestRun();
  await dropDatabase(run.infrastructure.postgresUrl, run.database);
  await run.infrastructure.stop();
}
