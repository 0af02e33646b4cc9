/** Names of the digit systems as users know them, for messages. */
import type { DigitSystem, Lang } from '../types';

/** English names of digit systems. */
export const DIGIT_SYSTEM_NAMES: Readonly<Record<DigitSystem, string>> = {
  latn: 'ASCII digits',
  arabext: 'Persian digits',
  arab: 'Arabic-Indic digits',
  deva: 'Devanagari digits',
};

/** The system a language's news conventionally uses, to break ties and for documents without digits. */
export const CONVENTIONAL_DIGITS: Readonly<Record<Lang, DigitSystem>> = { fa: 'arabext', ar: 'arab', ur: 'latn', hi: 'latn', en: 'latn', und: 'latn' };
