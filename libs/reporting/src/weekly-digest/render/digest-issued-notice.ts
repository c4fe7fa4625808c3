import type { WeeklyDigest } from '../weekly-digest.model';
import { digestDocument } from './digest-document';
import { LANGUAGES } from '@hazard/domain';
import type { Language } from '@hazard/domain';
import { labelsFor } from './digest-labels';

export interface DigestNoticeText {
  title: string;
  body: string;
}

/** What the committee is told when a week's digest is issued, in both languages. */
export function digestIssuedNotice(digest: WeeklyDigest): Record<Language, DigestNoticeText> {
  const notice = (lang: Language): DigestNoticeText => {
    const doc = digestDocument(digest, labelsFor(lang), lang);
    return {
      title: doc.title,
      body: `${doc.headline}${lang === 'en' ? ' ' : ''}${doc.weekSummary}`,
    };
  };
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, notice(lang)])) as Record<
    Language,
    DigestNoticeText
  >;
}
