import type { Language, Wording } from '@hazard/domain/vocabulary';

/**
 * A word of the domain's vocabulary standing alone (a tag, an option, a button, a column):
 * English starts it with a capital, as the weekly digest does; Chinese is left as it is.
 */
export const standalone = (word: Wording, language: Language): string => {
  const text = word[language];
  return language === 'en' ? text.charAt(0).toUpperCase() + text.slice(1) : text;
};

/** The word of a key the console may not know (an event of a newer API): the key itself. */
export const wordOf = (
  table: Readonly<Partial<Record<string, Wording>>>,
  key: string,
  language: Language,
): string => {
  const word = table[key];
  return word ? standalone(word, language) : key;
};
