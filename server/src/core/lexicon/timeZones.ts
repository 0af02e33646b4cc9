/**
 * Time zones written after a 24-hour time in four digits (1130 GMT, 0800 UTC): wire copy writes
 * them so, and translations into every language keep them in Latin letters, so every language reads them.
 * Abbreviations that are also words or other terms (EAT, GST, PT) are left out.
 */
export const LATIN_TIME_ZONES: readonly string[] = [
  'gmt', 'utc', 'bst', 'cet', 'cest', 'eet', 'est', 'edt', 'cst', 'cdt', 'pst', 'pdt', 'et', 'ist', 'pkt', 'irst', 'aest', 'jst', 'msk', 'sast',
];
