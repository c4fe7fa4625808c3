import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { EVENT_STORE } from '@hazard/event-store';
import type { EventStore, ProjectionRunner } from '@hazard/event-store';
import { DIGEST_TIMELINE_DB, DIGEST_TIMELINE_RUNNER } from '../timeline/digest-timeline-database';
import { DigestTimeline } from '../timeline/digest-timeline.query';

const PAGE_SIZE = 5000;

/** The last position in the store after `after` (itself when nothing follows). */
async function headAfter(store: EventStore, after: bigint | null): Promise<bigint | null> {
  let head = after;
  for (;;) {
    const page = await store.readAll(head, PAGE_SIZE);
    if (page.length === 0) return head;
    head = page[page.length - 1].position;
  }
}

/** The digest's temporal read model, read only once it reflects the whole store. */
@Injectable()
export class DigestTimelineReader {
  private readonly timeline: DigestTimeline;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    // The runner first: its projection creates the tables the queries are prepared on.
    @Inject(DIGEST_TIMELINE_RUNNER) private readonly runner: ProjectionRunner,
    @Inject(DIGEST_TIMELINE_DB) db: Database.Database,
  ) {
    this.timeline = new DigestTimeline(db);
  }

  /**
   * Waits until the projection has taken in every event the store holds now (after a
   * restart with its file deleted, the whole log), so that a digest computed from it is the
   * fold of the log, then returns it.
   */
  async caughtUp(): Promise<DigestTimeline> {
    let through = await this.through();
    const head = await headAfter(this.store, through);
    while (head !== null && (through === null || through < head)) {
      await this.runner.reached(head);
      through = await this.through();
    }
    return this.timeline;
  }

  /** The position the projection's checkpoint reflects; null before its first event. */
  private async through(): Promise<bigint | null> {
    const { name, version, checkpoints } = this.runner.projection;
    const saved = await checkpoints.load(name);
    return saved?.version === version ? saved.position : null;
  }
}
