import type { Supervision } from '@hazard/workflows';

/** 重大危险源, 有限空间, 粉尘涉爆, 涉氨制冷, 消防重点单位. */
export const RISK_FLAGS = [
  'majorHazardSource',
  'confinedSpace',
  'dustExplosion',
  'ammoniaRefrigeration',
  'fireSafetyKey',
] as const;
export type RiskFlag = (typeof RISK_FLAGS)[number];

/** What identifies a unit: its credit code, or for those without one another identifier. */
export interface UnitIdentity {
  /** 统一社会信用代码, normalised; null for individual businesses and places without one. */
  creditCode: string | null;
  /** E.g. a business licence or place number; required when there is no credit code. */
  otherIdentifier: string | null;
}

/** A production or business unit (生产经营单位) as its registration describes it. */
export interface UnitProfile extends UnitIdentity {
  name: string;
  address: string;
  town: string;
  industryAuthority: string;
  professionalDomains: string[];
  /** An entry of the unit-categories registry. */
  category: string;
  riskFlags: RiskFlag[];
}

/** What an amendment may change: everything but the identity, which names the stream. */
export type UnitChanges = Partial<Omit<UnitProfile, keyof UnitIdentity>>;

/** The facts of a `unit-<id>` stream. */
export type UnitEvent =
  | {
      type: 'UnitRegistered';
      data: { unitId: string; profile: UnitProfile; supervision: Supervision };
    }
  | { type: 'UnitAmended'; data: { changes: UnitChanges; supervision: Supervision } }
  | { type: 'UnitClosed'; data: { reason: string } };

export type UnitCommand =
  | { type: 'RegisterUnit'; data: { unitId: string; profile: UnitProfile } }
  | { type: 'AmendUnit'; data: { changes: UnitChanges } }
  | { type: 'CloseUnit'; data: { reason: string } };

export type UnitCommandType = UnitCommand['type'];
