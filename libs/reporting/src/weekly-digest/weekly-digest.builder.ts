import { caseStateOf, PRIORITIES } from '@hazard/workflows';
import type { CaseSnapshot, Priority } from '@hazard/workflows';
import {
  caseFacts,
  DAY_MS,
  evolveCase,
  initialCaseSnapshot,
  inDigestScope,
  isOverdue,
  isWholeCity,
  toZonedIso,
  WHOLE_CITY,
} from '@hazard/domain';
import type { CaseFacts, DeadlinePolicy, DigestScope } from '@hazard/domain';
import type { RecordedEvent } from '@hazard/event-store';
import { caseIdOf, toHazardEvent } from '@hazard/commands';
import type { WeekBounds } from '../iso-week';
import type {
  DigestBreakdown,
  DigestCaseRef,
  DigestOpenCase,
  DigestTotals,
  DigestWeekActivity,
  WeeklyDigest,
} from './weekly-digest.model';

export interface DigestOptions {
  policy: DeadlinePolicy;
  asOf?: Date;
  scope?: DigestScope;
}

/** A week's activity before its first event. */
export const noActivity = (): DigestWeekActivity => ({
  newListings: [],
  closures: [],
  stateChanges: 0,
  enteredState: {},
  deadlinesMissed: 0,
  escalationsRaised: 0,
});

/** When an event happened in business time; `null` when it carries no readable timestamp. */
export const occurredAtMs = (event: RecordedEvent): number | null => {
  const at = event.metadata.occurredAt;
  const ms = typeof at === 'string' ? Date.parse(at) : NaN;
  return Number.isNaN(ms) ? null : ms;
};

/**
 * Folds the event log, in global order, into one week's digest.
 *
 * The cut is a prefix of the log: the digest takes every event up to (not including) the
 * first one whose `occurredAt` is at or after the cut-off, and nothing after it. Cutting by
 * business time makes the digest mean "as of Monday 00:00", whenever it is computed; cutting
 * a prefix (rather than filtering the whole log by time) keeps every case's history whole for
 * the machine and makes the result final once any later event exists: appends never change a
 * prefix, so a past week's digest is reproducible exactly.
 */
export class WeeklyDigestBuilder {
  private readonly cases = new Map<string, CaseSnapshot>();
  private readonly startMs: number;
  /** The cut: the week's cut-off, or an earlier instant for a provisional digest. */
  private readonly cutOffMs: number;
  private readonly asOf: Date;
  private readonly activity = noActivity();
  private throughPosition: bigint | null = null;
  private events = 0;
  private ended = false;

  private readonly policy: DeadlinePolicy;
  private readonly scope: DigestScope;
  /** Cases outside the scope: their later events are passed over. */
  private readonly outside = new Set<string>();

  /**
   * `asOf` before the cut-off makes a provisional digest of the week so far; a `scope` makes
   * the same digest of only the cases in it (a town's, a department's).
   */
  constructor(
    private readonly bounds: WeekBounds,
    options: DigestOptions,
  ) {
    const asOf = options.asOf ?? bounds.cutOff;
    this.policy = options.policy;
    this.scope = options.scope ?? WHOLE_CITY;
    this.asOf = asOf < bounds.cutOff ? asOf : bounds.cutOff;
    this.startMs = bounds.start.getTime();
    this.cutOffMs = this.asOf.getTime();
  }

  /** Takes the next event of the log; returns false once the cut-off is reached. */
  add(event: RecordedEvent): boolean {
    if (this.ended) return false;
    const at = occurredAtMs(event);
    if (at !== null && at >= this.cutOffMs) {
      this.ended = true;
      return false;
    }
    this.throughPosition = event.position;
    this.events += 1;
    const caseId = caseIdOf(event.streamId);
    if (caseId !== null && this.covers(caseId, event)) {
      this.foldInto(caseId, event, at !== null && at >= this.startMs);
    }
    return true;
  }

  /** A case is in or out of the scope from its listing, the first event of its stream. */
  private covers(caseId: string, event: RecordedEvent): boolean {
    if (this.outside.has(caseId)) return false;
    const hazardEvent = toHazardEvent(event);
    if (
      hazardEvent.type === 'HazardListed' &&
      !inDigestScope(this.scope, hazardEvent.data.listing)
    ) {
      this.outside.add(caseId);
      return false;
    }
    return true;
  }

  get reachedCutOff(): boolean {
    return this.ended;
  }

  build(): WeeklyDigest {
    return assembleWeeklyDigest({
      bounds: this.bounds,
      asOf: this.asOf,
      policy: this.policy,
      scope: this.scope,
      cases: this.cases.values(),
      activity: this.activity,
      throughPosition: this.throughPosition,
      events: this.events,
    });
  }

  private foldInto(caseId: string, event: RecordedEvent, inWeek: boolean): void {
    const before = this.cases.get(caseId) ?? initialCaseSnapshot();
    const hazardEvent = toHazardEvent(event);
    const after = evolveCase(before, hazardEvent);
    this.cases.set(caseId, after);
    if (!inWeek) return;
    const from = caseStateOf(before);
    const to = caseStateOf(after);
    const { activity } = this;
    if (from !== to) {
      activity.stateChanges += 1;
      activity.enteredState[to] = (activity.enteredState[to] ?? 0) + 1;
    }
    if (hazardEvent.type === 'HazardListed') activity.newListings.push(refOf(hazardEvent.data));
    if (hazardEvent.type === 'CaseClosed')
      activity.closures.push(closureRef(caseId, after, this.asOf, this.policy));
    if (hazardEvent.type === 'DeadlineMissed') activity.deadlinesMissed += 1;
    if (hazardEvent.type === 'EscalationRaised') activity.escalationsRaised += 1;
  }
}

/** How a closure is named in the week's activity: the case as its closing left it. */
export function closureRef(
  caseId: string,
  snapshot: CaseSnapshot,
  asOf: Date,
  policy: DeadlinePolicy,
): DigestCaseRef {
  const facts = caseFacts(snapshot, { asOf, policy });
  return facts ? refOf(facts) : { caseId, title: '', noticeNumber: '' };
}

/** What a digest is made of: the cases as of the cut, the week's activity, the cut itself. */
export interface DigestParts {
  bounds: WeekBounds;
  /** The cut: the week's cut-off, or an earlier instant for a provisional digest. */
  asOf: Date;
  policy: DeadlinePolicy;
  scope: DigestScope;
  /** Every case in the scope, folded to the cut. */
  cases: Iterable<CaseSnapshot>;
  activity: DigestWeekActivity;
  /** The last event before the cut, and how many events precede the cut. */
  throughPosition: bigint | null;
  events: number;
}

/** The digest from its parts, however they were found: the fold, or the timeline. */
export function assembleWeeklyDigest(parts: DigestParts): WeeklyDigest {
  const { bounds, asOf, policy, scope, throughPosition } = parts;
  const cutOffMs = asOf.getTime();
  const all = [...parts.cases].flatMap((s) => caseFacts(s, { asOf, policy }) ?? []);
  const openCases = byDeadline(all.filter((facts) => facts.open).map(openCaseOf));
  const openById = new Map(openCases.map((c) => [c.caseId, c]));
  const dueBy = cutOffMs + 7 * DAY_MS;
  return {
    kind: 'weekly-digest',
    schemaVersion: 1,
    week: bounds.week,
    timeZone: bounds.timeZone,
    weekStart: toZonedIso(bounds.start, bounds.timeZone),
    cutOff: toZonedIso(bounds.cutOff, bounds.timeZone),
    asOf: toZonedIso(asOf, bounds.timeZone),
    provisional: cutOffMs < bounds.cutOff.getTime(),
    ...(isWholeCity(scope) ? {} : { scope }),
    source: {
      throughPosition: throughPosition === null ? null : throughPosition.toString(),
      events: parts.events,
    },
    totals: totalsOf(all, openCases),
    activity: parts.activity,
    overdue: openCases.filter((c) => c.overdue),
    dueNextWeek: openCases.filter((c) => {
      const at = c.deadline ? Date.parse(c.deadline.at) : NaN;
      return at >= cutOffMs && at < dueBy;
    }),
    byTown: breakdown(all, openById, (f) => f.listing.town),
    byIndustryAuthority: breakdown(all, openById, (f) => f.listing.industryAuthority),
    byPriority: breakdown(all, openById, (f) => f.listing.priority, byPriority),
    openCases,
  };
}

export const refOf = ({
  caseId,
  listing,
}: Pick<CaseFacts, 'caseId' | 'listing'>): DigestCaseRef => ({
  caseId,
  title: listing.title,
  noticeNumber: listing.noticeNumber,
});

function openCaseOf(facts: CaseFacts): DigestOpenCase {
  const { listing, deadlineInForce } = facts;
  return {
    ...refOf(facts),
    town: listing.town,
    industryAuthority: listing.industryAuthority,
    priority: listing.priority,
    leader: facts.leader?.name ?? null,
    state: facts.state,
    deadline: deadlineInForce ? { kind: deadlineInForce.kind, at: deadlineInForce.deadline } : null,
    controlsInPlace: facts.controlsInPlace,
    overdue: isOverdue(facts.overdue),
    escalation: facts.escalation.level,
  };
}

/** The seed's split: every listed case is in exactly one phase. */
function totalsOf(all: CaseFacts[], openCases: DigestOpenCase[]): DigestTotals {
  const count = (phase: CaseFacts['phase']) => all.filter((f) => f.phase === phase).length;
  const closed = count('closed');
  const awaitingAcceptance = count('awaitingAcceptance');
  const inProgress = count('rectifying');
  const awaitingPlan = count('planning');
  const toRectify = all.filter((f) => f.phase === 'rectifying' || f.phase === 'planning');
  const withControls = toRectify.filter((f) => f.controlsInPlace).length;
  return {
    listed: all.length,
    open: all.length - closed,
    rectified: closed + awaitingAcceptance,
    awaitingAcceptance,
    closed,
    inProgress,
    awaitingPlan,
    withControls,
    withoutControls: toRectify.length - withControls,
    overdue: openCases.filter((c) => c.overdue).length,
  };
}

function breakdown(
  all: CaseFacts[],
  openById: ReadonlyMap<string, DigestOpenCase>,
  keyOf: (facts: CaseFacts) => string,
  order: (a: string, b: string) => number = compare,
): DigestBreakdown {
  const groups: DigestBreakdown = {};
  const group = (key: string) => (groups[key] ??= { listed: 0, rectified: 0, open: 0, overdue: 0 });
  for (const facts of all) {
    const g = group(keyOf(facts));
    g.listed += 1;
    if (facts.phase === 'awaitingAcceptance' || facts.phase === 'closed') g.rectified += 1;
    const open = openById.get(facts.caseId);
    if (open) g.open += 1;
    if (open?.overdue) g.overdue += 1;
  }
  return Object.fromEntries(Object.entries(groups).sort(([a], [b]) => order(a, b)));
}

/** By deadline (none last), then notice number and id; each deadline parsed once. */
function byDeadline(cases: DigestOpenCase[]): DigestOpenCase[] {
  return cases
    .map((c) => ({ c, at: c.deadline ? Date.parse(c.deadline.at) : Infinity }))
    .sort(
      (a, b) =>
        a.at - b.at ||
        compare(a.c.noticeNumber, b.c.noticeNumber) ||
        compare(a.c.caseId, b.c.caseId),
    )
    .map(({ c }) => c);
}

/** Code-point order: the same on every machine, unlike locale collation. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** 急重轻缓: the order the committee triages in. */
const byPriority = (a: string, b: string) =>
  PRIORITIES.indexOf(a as Priority) - PRIORITIES.indexOf(b as Priority);
