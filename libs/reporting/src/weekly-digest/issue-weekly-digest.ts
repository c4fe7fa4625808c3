import {
  authorizeDigestIssue,
  DomainError,
  toZonedIso,
  ValidationFailedError,
} from '@hazard/domain';
import type { Actor, DeadlinePolicy, EventMetadata } from '@hazard/domain';
import { streamCategory } from '@hazard/event-store';
import type { EventStore, RecordedEvent } from '@hazard/event-store';
import { appendOnce, readOnce } from '@hazard/commands';
import { lastCompletedWeek, weekBounds } from '../iso-week';
import type { WeekBounds } from '../iso-week';
import { computeWeeklyDigestFromStore } from './compute-weekly-digest';
import type { WeeklyDigest } from './weekly-digest.model';

export const WEEKLY_DIGEST_ISSUED = 'WeeklyDigestIssued';
export type WeeklyDigestIssued = { type: typeof WEEKLY_DIGEST_ISSUED; data: WeeklyDigest };
export type WeeklyDigestEvent = RecordedEvent<WeeklyDigestIssued, EventMetadata>;

/** `digest-weekly-<YYYY-Www>`: one stream per week, holding its one issued digest. */
export const digestStream = streamCategory<WeeklyDigestIssued, EventMetadata>('digest-weekly-', [
  WEEKLY_DIGEST_ISSUED,
]);
export const weeklyDigestStreamId = digestStream.streamId;

export class DigestNotIssuedError extends DomainError {
  readonly status = 404;
  readonly code = 'not-found';
  constructor(readonly week: string) {
    super(`the weekly digest for ${week} has not been issued`);
  }
}

export interface IssuedDigest {
  digest: WeeklyDigest;
  issuedAt: string;
  issuedBy: { userId: string; name: string; role: string };
  /** True only for the call that stored it; every later call gets the stored one back. */
  created: boolean;
}

export interface DigestDeps {
  store: EventStore;
  now: Date;
  timeZone: string;
  policy: DeadlinePolicy;
  /** How the week's digest is computed; by default, the fold of the log (the reference). */
  compute?: (bounds: WeekBounds) => Promise<WeeklyDigest>;
}

const toIssued = ({ data, metadata }: WeeklyDigestEvent): IssuedDigest => ({
  digest: data,
  issuedAt: metadata.occurredAt,
  issuedBy: metadata.actor,
  created: false,
});

/** The stored digest of a week, or null when it has not been issued. */
export async function findIssuedDigest(
  store: EventStore,
  week: string,
): Promise<IssuedDigest | null> {
  const event = await readOnce(store, digestStream, week);
  return event ? toIssued(event) : null;
}

/**
 * Issues a week's digest once: computed from the log up to the week's cut-off and stored as the
 * only event of the week's stream. Issuing again (or racing another issuer) returns the stored
 * digest unchanged. A week that has not ended is refused: its digest would still change.
 */
export async function issueWeeklyDigest(
  deps: DigestDeps,
  actor: Actor,
  week: string = lastCompletedWeek(deps.now, deps.timeZone),
): Promise<IssuedDigest> {
  const role = authorizeDigestIssue(actor);
  const bounds = weekBounds(week, deps.timeZone);
  const compute =
    deps.compute ?? ((b: WeekBounds) => computeWeeklyDigestFromStore(deps.store, b, deps.policy));
  if (bounds.cutOff.getTime() > deps.now.getTime()) {
    throw new ValidationFailedError([
      {
        field: 'week',
        message: `${bounds.week} has not ended yet; it can be issued from ${toZonedIso(bounds.cutOff, deps.timeZone)}`,
      },
    ]);
  }
  const { event, created } = await appendOnce(
    deps.store,
    digestStream,
    bounds.week,
    { actor, role, now: deps.now, timeZone: deps.timeZone },
    async (): Promise<WeeklyDigestIssued> => ({
      type: WEEKLY_DIGEST_ISSUED,
      data: await compute(bounds),
    }),
  );
  return { ...toIssued(event), created };
}
