/** Labels that open an article's source line, per language ("ماخذ: https://…"). */
export const SOURCE_LABELS: readonly string[] = [
  'ماخذ', 'ذریعہ', // ur
  'منبع', 'منابع', // fa
  'स्रोत', 'साभार', // hi
  'source', 'sources', // en
  'المصدر', 'مصدر', // ar
];
