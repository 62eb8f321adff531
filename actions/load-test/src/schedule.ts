/**
 * The load profile over time: a target (requests per second in the open model, virtual
 * users in the closed one) that moves linearly from stage to stage, like k6's stages.
 */

export interface Stage {
  durationMs: number;
  /** The target reached at the end of the stage. */
  target: number;
}

export class LoadSchedule {
  readonly totalMs: number;
  private readonly starts: number[] = [];
  private readonly fromTargets: number[] = [];
  /** Requests sent before each stage (open model), cumulative. */
  private readonly countsBefore: number[] = [];

  /** `initial` is the target at time 0; with one stage whose target equals it, the load is constant. */
  constructor(
    readonly stages: readonly Stage[],
    readonly initial: number,
  ) {
    let at = 0;
    let from = initial;
    let count = 0;
    for (const stage of stages) {
      this.starts.push(at);
      this.fromTargets.push(from);
      this.countsBefore.push(count);
      count += ((from + stage.target) / 2) * (stage.durationMs / 1000);
      at += stage.durationMs;
      from = stage.target;
    }
    this.totalMs = at;
    this.countsBefore.push(count);
  }

  /** A constant target for `durationMs`. */
  static constant(target: number, durationMs: number): LoadSchedule {
    return new LoadSchedule([{ durationMs, target }], target);
  }

  targetAt(ms: number): number {
    if (ms >= this.totalMs) return this.stages.length ? this.stages[this.stages.length - 1].target : 0;
    const i = this.stageIndexAt(ms);
    const stage = this.stages[i];
    const from = this.fromTargets[i];
    return from + (stage.target - from) * ((ms - this.starts[i]) / stage.durationMs);
  }

  /** Requests due by `ms` at the target rate (the integral of the rate), open model. */
  countAt(ms: number): number {
    if (ms >= this.totalMs) return this.countsBefore[this.stages.length];
    const i = this.stageIndexAt(ms);
    const t = (ms - this.starts[i]) / 1000;
    const from = this.fromTargets[i];
    const slope = (this.stages[i].target - from) / (this.stages[i].durationMs / 1000);
    return this.countsBefore[i] + from * t + (slope * t * t) / 2;
  }

  /** Every request of the run, open model. */
  get totalCount(): number {
    // Rounding guards against 4999.999999 for 500/s over 10 s.
    return Math.floor(this.countsBefore[this.stages.length] + 1e-6);
  }

  /** When request number `n` (0-based: the first is due at 0) is due, in ms: the inverse of countAt. */
  timeOfRequest(n: number): number {
    let i = 0;
    while (i < this.stages.length - 1 && this.countsBefore[i + 1] <= n) i++;
    const from = this.fromTargets[i];
    const seconds = this.stages[i].durationMs / 1000;
    const slope = (this.stages[i].target - from) / seconds;
    const left = n - this.countsBefore[i];
    let t: number;
    if (Math.abs(slope) < 1e-12) t = from > 0 ? left / from : seconds;
    else {
      // from*t + slope*t²/2 = left
      const disc = from * from + 2 * slope * left;
      t = (-from + Math.sqrt(Math.max(0, disc))) / slope;
    }
    return this.starts[i] + Math.min(seconds, Math.max(0, t)) * 1000;
  }

  private stageIndexAt(ms: number): number {
    let i = 0;
    while (i < this.stages.length - 1 && this.starts[i + 1] <= ms) i++;
    return i;
  }
}
