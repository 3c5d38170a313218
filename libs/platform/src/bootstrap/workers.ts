/** What one worker of the app is doing, as readiness reports it. */
export class WorkerState {
  private status: 'starting' | 'running' | 'stopped' = 'starting';
  private reason?: string;
  private readonly whenStarted: Promise<void>;
  private markStarted!: () => void;

  constructor(readonly name: string) {
    this.whenStarted = new Promise((resolve) => (this.markStarted = resolve));
  }

  get running(): boolean {
    return this.status === 'running';
  }

  /** Why the worker is not running, or undefined when it is. */
  get notRunning(): string | undefined {
    if (this.status === 'running') return undefined;
    if (this.status === 'stopped') return 'stopped';
    return this.reason ? `waiting: ${this.reason}` : 'starting';
  }

  started(): void {
    this.status = 'running';
    this.reason = undefined;
    this.markStarted();
  }

  waiting(reason: string): void {
    this.reason = reason;
  }

  stopped(): void {
    this.status = 'stopped';
  }

  whenRunning(): Promise<void> {
    return this.whenStarted;
  }
}

/** The app's workers (relays, projection runners, feeds): ready when every one of them runs. */
export class Workers {
  private readonly states: WorkerState[] = [];

  register(name: string): WorkerState {
    const state = new WorkerState(name);
    this.states.push(state);
    return state;
  }

  /** Each worker that does not run yet, with what it waits for. */
  notRunning(): Record<string, string> {
    const waiting: Record<string, string> = {};
    for (const state of this.states) {
      const reason = state.notRunning;
      if (reason !== undefined) waiting[state.name] = reason;
    }
    return waiting;
  }

  /** Resolves once every worker registered so far has started. */
  async allRunning(): Promise<void> {
    await Promise.all(this.states.map((state) => state.whenRunning()));
  }
}
