export * from './major-hazard/major-hazard.events';
export * from './major-hazard/major-hazard.context';
export * from './major-hazard/major-hazard.machine';
export * from './major-hazard/case-state';
export { nextEscalationLevel } from './major-hazard/major-hazard.guards';
