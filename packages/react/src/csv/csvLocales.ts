import type { CsvMessages } from './csvMessages';
import { csvAr } from './locales/ar';
import { csvDe } from './locales/de';
import { csvEn } from './locales/en';
import { csvEs } from './locales/es';
import { csvFr } from './locales/fr';
import { csvHe } from './locales/he';
import { csvHi } from './locales/hi';
import { csvIt } from './locales/it';
import { csvJa } from './locales/ja';
import { csvKo } from './locales/ko';
import { csvPtBr } from './locales/pt-BR';
import { csvZhCn } from './locales/zh-CN';

/**
 * The CSV components' texts in each language of the kit, by the locale's tag. They live in this entry (not in
 * `@profilekit/react/locales/<tag>`) so pages without CSV never load them; the provider's `locale` picks one.
 */
export const csvMessagesByTag: Readonly<Record<string, CsvMessages>> = {
  ar: csvAr,
  de: csvDe,
  en: csvEn,
  es: csvEs,
  fr: csvFr,
  he: csvHe,
  hi: csvHi,
  it: csvIt,
  ja: csvJa,
  ko: csvKo,
  'pt-BR': csvPtBr,
  'zh-CN': csvZhCn,
};
