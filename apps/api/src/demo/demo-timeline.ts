import { decideToAppend } from '@hazard/commands';
import type { StreamHandling } from '@hazard/commands';
import type { Actor } from '@hazard/domain';
import type { EventStore, NewEvent } from '@hazard/event-store';

/** An action of the story at a moment; actions run in time order (then in the order made). */
interface Action {
  at: number;
  seq: number;
  run: () => void;
}

/** Appends at most this many at once: they share one commit (group commit). */
const WAVE = 1_000;

/**
 * Plays a made-up history through the real deciders, in time order, and appends what they
 * decide with the metadata handleCommand writes, each event stamped with its moment in the
 * story. Appends go in waves (a stream at most once per wave, all in one tick), so that the global order of
 * the log follows the story's time, as the digests' and figures' cut-offs assume.
 */
export class DemoTimeline {
  private readonly heap: Action[] = [];
  private seq = 0;
  private readonly revisions = new Map<string, number>();
  private wave: Array<{ streamId: string; expected: number | 'no_stream'; event: NewEvent }> = [];
  private readonly waveStreams = new Set<string>();
  private repeatAt: number | null = null;
  appended = 0;

  constructor(
    private readonly store: EventStore,
    private readonly timeZone: string,
    private readonly until: number,
  ) {}

  /** Schedules an action; nothing at or after `until` (the present) happens. */
  at(at: number, run: () => void): void {
    if (at >= this.until) return;
    this.push({ at, seq: this.seq++, run });
  }

  /** Decides a command at `at` and queues its events; returns the state after them. */
  decide<S, C extends { type: string }, E extends { type: string; data: unknown }, P>(
    handling: StreamHandling<S, C, E, P>,
    state: S,
    {
      id,
      command,
      actor,
      commandId,
      policy,
      at,
    }: {
      id: string;
      command: C;
      actor: Actor;
      commandId: string;
      policy: P;
      at: number;
    },
  ): S {
    const { events, newEvents } = decideToAppend(
      handling,
      { now: new Date(at), timeZone: this.timeZone, policy },
      { id, command, actor, commandId },
      state,
    );
    const streamId = handling.streamId(id);
    for (const event of newEvents) {
      const last = this.revisions.get(streamId);
      this.track(streamId);
      this.wave.push({ streamId, expected: last === undefined ? 'no_stream' : last, event });
      this.revisions.set(streamId, (last ?? -1) + 1);
    }
    return events.reduce(handling.decider.evolve, state);
  }

  /** Runs every action in time order, appending as it goes. */
  async play(onProgress: (appended: number) => void = () => undefined): Promise<number> {
    while (this.heap.length > 0) {
      this.pop().run();
      while (this.wave.length >= WAVE || this.firstRepeat() < this.wave.length) {
        await this.flush(Math.min(WAVE, this.firstRepeat()));
        onProgress(this.appended);
      }
    }
    while (this.wave.length > 0) await this.flush(Math.min(WAVE, this.firstRepeat()));
    return this.appended;
  }

  /** The index of the first event of a stream already earlier in the wave. */
  private firstRepeat(): number {
    return this.repeatAt ?? this.wave.length;
  }

  private track(streamId: string): void {
    if (this.repeatAt === null && this.waveStreams.has(streamId)) {
      this.repeatAt = this.wave.length;
    }
    this.waveStreams.add(streamId);
  }

  /**
   * Appends the first `count` events at once: each to another stream, all in one tick, so the
   * store commits them together in this order.
   */
  private async flush(count: number): Promise<void> {
    const batch = this.wave.slice(0, count);
    const rest = this.wave.slice(count);
    this.wave = [];
    this.waveStreams.clear();
    this.repeatAt = null;
    for (const item of rest) {
      this.track(item.streamId);
      this.wave.push(item);
    }
    await Promise.all(
      batch.map(({ streamId, expected, event }) => this.store.append(streamId, [event], expected)),
    );
    this.appended += batch.length;
  }

  private push(action: Action): void {
    const heap = this.heap;
    heap.push(action);
    for (let i = heap.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (before(heap[parent], heap[i])) break;
      [heap[parent], heap[i]] = [heap[i], heap[parent]];
      i = parent;
    }
  }

  private pop(): Action {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && before(heap[l], heap[m])) m = l;
        if (r < heap.length && before(heap[r], heap[m])) m = r;
        if (m === i) break;
        [heap[m], heap[i]] = [heap[i], heap[m]];
        i = m;
      }
    }
    return top;
  }
}

const before = (a: Action, b: Action): boolean => a.at < b.at || (a.at === b.at && a.seq < b.seq);
