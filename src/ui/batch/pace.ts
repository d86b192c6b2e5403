/**
 * How often the batch table is drawn while files are being checked: a batch of a hundred files changes
 * several times a file, and each drawing of the table (style, layout and paint of every row, some 10 ms of
 * CPU) is work on the page's one thread that the checks then wait for. A change is drawn at once when it is
 * the first for a while or when it must be seen at once (the reviewer's own action, the batch at rest);
 * others are drawn together, at most once per interval: twice a second.
 */
export const BATCH_DRAW_INTERVAL_MS = 500;

export interface Clock {
  now(): number;
  later(run: () => void, ms: number): unknown;
}

const realClock: Clock = { now: () => performance.now(), later: (run, ms) => setTimeout(run, ms) };

export class Pace<T> {
  private drawnAt = -Infinity;
  private waiting: { value: T } | null = null;

  constructor(
    private readonly draw: (value: T) => void,
    private readonly interval = BATCH_DRAW_INTERVAL_MS,
    private readonly clock: Clock = realClock,
  ) {}

  /** A new value to show; `now`: it must be shown at once. */
  changed(value: T, now: boolean): void {
    const due = this.drawnAt + this.interval - this.clock.now();
    if (now || due <= 0) {
      this.waiting = null;
      this.show(value);
      return;
    }
    if (!this.waiting) this.clock.later(() => this.drawWaiting(), due);
    this.waiting = { value };
  }

  private drawWaiting(): void {
    if (this.waiting) this.show(this.waiting.value);
    this.waiting = null;
  }

  private show(value: T): void {
    this.drawnAt = this.clock.now();
    this.draw(value);
  }
}
