import type {
  GeneralHazardEvent,
  GeneralHazardSnapshot,
  GeneralHazardState,
} from '@hazard/workflows';
import { generalHazardStateOf } from '@hazard/workflows';
import type { RecordedEvent } from '@hazard/event-store';
import {
  foldGeneralHazard,
  generalHazardDecider,
  GeneralHazardNotFoundError,
  InspectionNotFoundError,
  inspectionDecider,
  registryDecider,
  unitDecider,
  UnitNotFoundError,
  unitStateName,
} from '@hazard/domain';
import type {
  GeneralHazardCommand,
  GeneralHazardPolicy,
  InspectionCommand,
  InspectionEvent,
  RecordedInspection,
  Registries,
  RegistryCommand,
  RegistryEvent,
  RegistryName,
  RegistryState,
  UnitCommand,
  UnitEvent,
  UnitState,
} from '@hazard/domain';
import type { StreamHandling } from './handle-command';

/**
 * The campaign's streams: `unit-<id>`, `inspection-<id>`, `general_hazard-<id>` and
 * `registry-<name>`. Each is handled by the generic handleCommand through its decider.
 */
export const UNIT_STREAM_PREFIX = 'unit-';
export const INSPECTION_STREAM_PREFIX = 'inspection-';
export const GENERAL_HAZARD_STREAM_PREFIX = 'general_hazard-';
export const REGISTRY_STREAM_PREFIX = 'registry-';

const idOf = (prefix: string) => (streamId: string) =>
  streamId.startsWith(prefix) ? streamId.slice(prefix.length) : null;

export const unitStreamId = (unitId: string) => `${UNIT_STREAM_PREFIX}${unitId}`;
export const unitIdOf = idOf(UNIT_STREAM_PREFIX);
export const inspectionStreamId = (id: string) => `${INSPECTION_STREAM_PREFIX}${id}`;
export const inspectionIdOf = idOf(INSPECTION_STREAM_PREFIX);
export const generalHazardStreamId = (id: string) => `${GENERAL_HAZARD_STREAM_PREFIX}${id}`;
export const generalHazardIdOf = idOf(GENERAL_HAZARD_STREAM_PREFIX);
export const registryStreamId = (name: RegistryName) => `${REGISTRY_STREAM_PREFIX}${name}`;

const typed = <E>(recorded: RecordedEvent): E =>
  ({ type: recorded.type, data: recorded.data }) as E;

export const toGeneralHazardEvent = typed<GeneralHazardEvent>;
export const toUnitEvent = typed<UnitEvent>;
export const toInspectionEvent = typed<InspectionEvent>;
export const toRegistryEvent = typed<RegistryEvent>;

export const GENERAL_HAZARD_STREAMS: StreamHandling<
  GeneralHazardSnapshot,
  GeneralHazardCommand,
  GeneralHazardEvent,
  GeneralHazardPolicy,
  GeneralHazardState
> = {
  decider: generalHazardDecider,
  streamId: generalHazardStreamId,
  notFound: (id) => new GeneralHazardNotFoundError(id),
  stateName: generalHazardStateOf,
  eventOf: toGeneralHazardEvent,
};

export const UNIT_STREAMS: StreamHandling<UnitState, UnitCommand, UnitEvent, Registries> = {
  decider: unitDecider,
  streamId: unitStreamId,
  notFound: (id) => new UnitNotFoundError(id),
  stateName: unitStateName,
  eventOf: toUnitEvent,
};

export const INSPECTION_STREAMS: StreamHandling<
  RecordedInspection | null,
  InspectionCommand,
  InspectionEvent,
  GeneralHazardPolicy
> = {
  decider: inspectionDecider,
  streamId: inspectionStreamId,
  notFound: (id) => new InspectionNotFoundError(id),
  stateName: (state) => (state ? 'recorded' : 'unrecorded'),
  eventOf: toInspectionEvent,
};

export const REGISTRY_STREAMS: StreamHandling<RegistryState, RegistryCommand, RegistryEvent, null> =
  {
    decider: registryDecider,
    streamId: (name) => registryStreamId(name as RegistryName),
    notFound: (name) => new Error(`registry ${name} is not seeded`),
    stateName: (state) => (state ? 'seeded' : 'unseeded'),
    eventOf: toRegistryEvent,
  };

export interface LoadedGeneralHazard {
  snapshot: GeneralHazardSnapshot;
  events: RecordedEvent[];
  version: number;
}

export async function loadGeneralHazard(
  store: { read(streamId: string): Promise<RecordedEvent[]> },
  hazardId: string,
): Promise<LoadedGeneralHazard> {
  const events = await store.read(generalHazardStreamId(hazardId));
  if (events.length === 0) throw new GeneralHazardNotFoundError(hazardId);
  return {
    snapshot: foldGeneralHazard(events.map(toGeneralHazardEvent)),
    events,
    version: events.length,
  };
}
