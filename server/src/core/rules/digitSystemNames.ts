/** Names of the digit systems as users know them, for messages. */
import type { DigitSystem } from '../types';

/** English names of digit systems. */
export const DIGIT_SYSTEM_NAMES: Readonly<Record<DigitSystem, string>> = {
  latn: 'ASCII digits',
  arabext: 'Persian digits',
  arab: 'Arabic-Indic digits',
  deva: 'Devanagari digits',
};
