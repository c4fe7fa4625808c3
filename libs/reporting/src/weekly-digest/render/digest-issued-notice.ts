import type { WeeklyDigest } from '../weekly-digest.model';
import { digestDocument } from './digest-document';
import { DIGEST_LANGS, labelsFor } from './digest-labels';
import type { DigestLang } from './digest-labels';

export interface DigestNoticeText {
  title: string;
  body: string;
}

/** What the committee is told when a week's digest is issued, in both languages. */
export function digestIssuedNotice(digest: WeeklyDigest): Record<DigestLang, DigestNoticeText> {
  const notice = (lang: DigestLang): DigestNoticeText => {
    const doc = digestDocument(digest, labelsFor(lang), lang);
    return {
      title: doc.title,
      body: `${doc.headline}${lang === 'en' ? ' ' : ''}${doc.weekSummary}`,
    };
  };
  return Object.fromEntries(DIGEST_LANGS.map((lang) => [lang, notice(lang)])) as Record<
    DigestLang,
    DigestNoticeText
  >;
}
