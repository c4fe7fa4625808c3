import { DAY_MS } from '@hazard/domain';
import type { GeneralHazardPolicy } from '@hazard/domain';
import type { Environment } from '@hazard/config';

type Settings = Pick<
  Environment,
  | 'GENERAL_RECTIFICATION_DAYS'
  | 'VERIFICATION_DAYS'
  | 'REMINDER_DAYS_BEFORE'
  | 'DEADLINE_DAY_SECONDS'
>;

/** The general-hazard policy from the environment, shortened alike by DEADLINE_DAY_SECONDS. */
export function generalHazardPolicyFrom(env: Settings): GeneralHazardPolicy {
  const scale = (env.DEADLINE_DAY_SECONDS * 1000) / DAY_MS;
  const [urgent, serious, minor, deferrable] = env.GENERAL_RECTIFICATION_DAYS.map((d) => d * scale);
  return {
    rectificationDays: { urgent, serious, minor, deferrable },
    verificationDays: env.VERIFICATION_DAYS * scale,
    reminderDaysBefore: [...env.REMINDER_DAYS_BEFORE].sort((a, b) => b - a).map((d) => d * scale),
  };
}
