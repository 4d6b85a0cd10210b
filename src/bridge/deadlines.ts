/**
 * Per-call timeouts with one timer: calls are kept in a FIFO per timeout duration, so each FIFO
 * is ordered by deadline; settled entries are skipped lazily. Cheaper than a `setTimeout` per call
 * (which allocates and links a timer object for every call).
 *
 * @module
 */

/** An entry: `done` is set by the owner when the call settles. */
export interface Deadline {
  deadline: number;
  done: boolean;
}

interface Fifo<T> {
  q: T[];
  head: number;
}

/**
 * Timeouts for many entries with a single timer.
 *
 * @example
 * ```ts
 * const timeouts = new Deadlines<Pending>((p) => expire(p));
 * timeouts.add(p, 30000);   // p.done = true when it settles; expire(p) runs otherwise
 * ```
 */
export class Deadlines<T extends Deadline> {
  private readonly fifos = new Map<number, Fifo<T>>();
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Infinity;

  constructor(private readonly expire: (entry: T) => void) {}

  /** Track `entry`, which expires `ms` from now unless `entry.done` is set first. */
  add(entry: T, ms: number): void {
    entry.deadline = performance.now() + ms;
    let f = this.fifos.get(ms);
    if (f === undefined) this.fifos.set(ms, (f = { q: [], head: 0 }));
    else this.trim(f);
    f.q.push(entry);
    if (entry.deadline < this.timerAt) this.arm(entry.deadline);
  }

  /** Stop the timer and forget everything. */
  clear(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAt = Infinity;
    this.fifos.clear();
  }

  private trim(f: Fifo<T>): void {
    while (f.head < f.q.length && f.q[f.head]!.done) f.head++;
    if (f.head > 1024 && f.head * 2 > f.q.length) {
      f.q = f.q.slice(f.head);
      f.head = 0;
    }
  }

  private arm(at: number): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(this.sweep, Math.max(0, at - performance.now()));
    this.timer.unref();
  }

  private readonly sweep = (): void => {
    this.timer = undefined;
    this.timerAt = Infinity;
    const now = performance.now();
    let next = Infinity;
    for (const [ms, f] of this.fifos) {
      while (f.head < f.q.length) {
        const e = f.q[f.head]!;
        if (e.done) {
          f.head++;
          continue;
        }
        if (e.deadline <= now + 0.5) {
          f.head++;
          e.done = true;
          this.expire(e);
          continue;
        }
        if (e.deadline < next) next = e.deadline;
        break;
      }
      if (f.head >= f.q.length) this.fifos.delete(ms);
    }
    if (next < Infinity && next < this.timerAt) this.arm(next);
  };
}
