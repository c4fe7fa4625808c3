import type { WeeklyDigest } from '../weekly-digest.model';
import { digestDocument } from './digest-document';
import { labelsFor } from './digest-labels';
import type { Language } from '@hazard/domain';

export type DigestJson = WeeklyDigest & { lang: Language; headline: string; weekSummary: string };

/** The stored model, plus its two sentences in the requested language. */
export function digestJson(digest: WeeklyDigest, lang: Language): DigestJson {
  const { headline, weekSummary } = digestDocument(digest, labelsFor(lang), lang);
  return { ...digest, lang, headline, weekSummary };
}
