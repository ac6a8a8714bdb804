// Paces how often new runs reach the screen while they keep coming, as in a slider drag. Drawing
// a new run (charts, anatomy, timeline) takes far longer than a frame, so drawing every one
// would leave the drag itself few frames. After each new run is drawn, the next waits for
// SPACING × the time that drawing took; the newest that came meanwhile is drawn then and older
// ones are dropped. A run after a pause is drawn at once.

/** Wait after drawing a run, in multiples of the time the drawing took (≤ 40 % time drawing). */
export const SPACING = 1.5;

export class Pacer<T> {
  private shownAt: number | null = null;
  private nextAllowed = 0;
  private waiting: { item: T } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly show: (item: T) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  offer(item: T): void {
    if (this.timer !== null) {
      this.waiting = { item };
      return;
    }
    const wait = this.nextAllowed - this.now();
    if (wait <= 0) {
      this.draw(item);
      return;
    }
    this.waiting = { item };
    this.timer = setTimeout(() => {
      this.timer = null;
      const next = this.waiting;
      this.waiting = null;
      if (next) this.draw(next.item);
    }, wait);
  }

  /** Call once what `show` started is on screen (committed). */
  drawn(): void {
    if (this.shownAt === null) return;
    const now = this.now();
    this.nextAllowed = now + SPACING * (now - this.shownAt);
    this.shownAt = null;
  }

  dispose(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.waiting = null;
  }

  private draw(item: T): void {
    this.shownAt = this.now();
    this.show(item);
  }
}
