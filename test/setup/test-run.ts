import type { Infrastructure } from '../../deploy/local/infrastructure';

/** What the global setup started; jest runs setup and teardown in one process, so a global carries it. */
export interface TestRun {
  id: string;
  database: string;
  infrastructure: Infrastructure;
}

const KEY = Symbol.for('leadership-platform.test-run');
type Holder = { [KEY]?: TestRun };

export function currentTestRun(): TestRun | undefined {
  return (globalThis as Holder)[KEY];
}

export function rememberTestRun(run: TestRun): void {
  (globalThis as Holder)[KEY] = run;
}

export function forgetTestRun(): void {
  delete (globalThis as Holder)[KEY];
}
