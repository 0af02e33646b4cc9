/**
 * Frequent short words (one to four letters) that only one of Urdu and Persian uses: evidence of
 * the language of a short paragraph (a headline, a caption) that has no Urdu-only letter. Written
 * with Persian yeh and kaf (ی ک); the Arabic forms (ي ى ك) match them too. Words both languages
 * write alike (و، یا، خود، هر، تو) are left out, and so is Persian که: Urdu typed with ه writes
 * its کہ the same way. Urdu forms written with ه (تها for تھا) are Urdu's keyboard habit, not Persian.
 */
export const URDU_WORDS: readonly string[] = [
  'میں', 'سے', 'کے', 'کی', 'کا', 'نے', 'کو', 'ہے', 'ہیں', 'اور', 'ایک', 'کیا', 'گیا', 'گئی', 'گئے',
  'تھا', 'تھی', 'تھے', 'تها', 'تهی', 'بھی', 'بهی', 'یہ', 'وہ', 'کہ', 'لیے', 'لئے', 'کر', 'دیا',
  'جو', 'اس', 'ان', 'نہیں', 'نهیں', 'ہوا', 'ہوئے', 'ہوئی', 'رہا', 'رہے', 'جاں', 'کیے', 'کئے',
];

/** Persian's counterpart; `می‌` before and `‌ها` after a zero-width non-joiner count as words too. */
export const PERSIAN_WORDS: readonly string[] = [
  'در', 'از', 'به', 'را', 'است', 'این', 'آن', 'با', 'برای', 'شد', 'شده', 'کرد', 'کرده', 'می', 'ها',
  'های', 'بود', 'شود', 'کند', 'کنند', 'تا', 'اند', 'نیز', 'وی', 'اما', 'نیست', 'باید',
];

/**
 * Arabic's, so a Persian word Arabic shares (به "with it") does not make a short Arabic line Persian.
 * Persian writes none of them alone (its من is "I" and علی a name, so those are left out).
 */
export const ARABIC_WORDS: readonly string[] = [
  'في', 'هذه', 'هذا', 'أن', 'إن', 'إلى', 'عن', 'قد', 'هل', 'كان', 'كانت', 'لم', 'لن', 'منذ', 'ذلك', 'التي', 'الذي',
];
