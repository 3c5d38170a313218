import { Presets, SingleBar } from 'cli-progress';

/** A progress bar on a terminal; elsewhere (CI, a log file) a line every tenth of the way. */
export class SeedProgress {
  private readonly bar?: SingleBar;
  private lastTenth = -1;

  constructor(private readonly total: number) {
    if (process.stdout.isTTY) {
      this.bar = new SingleBar(
        { format: 'Seeding the demo {bar} {percentage}% | {value}/{total} commands | {day}' },
        Presets.shades_classic,
      );
      this.bar.start(total, 0, { day: '' });
    }
  }

  update(done: number, at: string): void {
    const day = at.slice(0, 10);
    if (this.bar) return this.bar.update(done, { day });
    const tenth = Math.floor((done / this.total) * 10);
    if (tenth === this.lastTenth) return;
    this.lastTenth = tenth;
    console.log(`Seeding the demo: ${done}/${this.total} commands (business day ${day})`);
  }

  stop(): void {
    this.bar?.stop();
  }
}
