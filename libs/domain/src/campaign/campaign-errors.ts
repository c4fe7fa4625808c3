import { DomainError } from '../errors';

export class UnitNotFoundError extends DomainError {
  readonly status = 404;
  readonly code = 'unit-not-found';
  constructor(readonly unitId: string) {
    super(`unit ${unitId} does not exist`);
  }
}

export class GeneralHazardNotFoundError extends DomainError {
  readonly status = 404;
  readonly code = 'general-hazard-not-found';
  constructor(readonly hazardId: string) {
    super(`general hazard ${hazardId} does not exist`);
  }
}

export class InspectionNotFoundError extends DomainError {
  readonly status = 404;
  readonly code = 'inspection-not-found';
  constructor(readonly inspectionId: string) {
    super(`inspection ${inspectionId} does not exist`);
  }
}

/** A 督办通知书文号 names one case only. */
export class NoticeNumberTakenError extends DomainError {
  readonly status = 409;
  readonly code = 'notice-number-taken';
  constructor(readonly noticeNumber: string) {
    super(`the notice number "${noticeNumber}" is already used by another case`);
  }
}
