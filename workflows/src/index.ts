export * from './major-hazard/major-hazard.events';
export * from './major-hazard/major-hazard.context';
export * from './major-hazard/major-hazard.machine';
export * from './major-hazard/case-state';
export * from './major-hazard/case-tags';
export { missingPlanFields, nextEscalationLevel } from './major-hazard/major-hazard.guards';
export type { RequiredPlanField } from './major-hazard/major-hazard.guards';
