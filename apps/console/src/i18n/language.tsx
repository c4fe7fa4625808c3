import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { setRequestLanguage } from '../api/client';
import { en } from './messages.en';
import { zhCN } from './messages.zh-CN';
import type { Messages } from './messages.zh-CN';
import type { Language, Wording } from '@hazard/domain/vocabulary';
import { standalone } from './words';

const STORAGE_KEY = 'hazard-console.language';
const MESSAGES: Record<Language, Messages> = { 'zh-CN': zhCN, en };

/** Chinese unless this browser chose English before. */
const remembered = (): Language => {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
};

/** Everything that speaks the language, switched together: page, requests, dates. */
const apply = (language: Language): void => {
  document.documentElement.lang = language;
  setRequestLanguage(language);
  dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
};

interface I18n {
  language: Language;
  m: Messages;
  /** A word of the domain's vocabulary, standing alone, in the current language. */
  say: (word: Wording) => string;
  setLanguage: (language: Language) => void;
}

const I18nContext = createContext<I18n | null>(null);

export function LanguageProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [language, setState] = useState<Language>(() => {
    const initial = remembered();
    apply(initial);
    return initial;
  });
  const setLanguage = useCallback(
    (next: Language) => {
      apply(next);
      try {
        localStorage.setItem(STORAGE_KEY, next);
      } catch {
        // Private windows may refuse storage: the choice then lasts for this visit only.
      }
      setState(next);
      // Messages and notices from the API come in the language asked for.
      void queryClient.invalidateQueries({ predicate: (q) => !q.meta?.languageIndependent });
    },
    [queryClient],
  );
  const value = useMemo<I18n>(
    () => ({
      language,
      m: MESSAGES[language],
      say: (word) => standalone(word, language),
      setLanguage,
    }),
    [language, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside LanguageProvider');
  return i18n;
}
