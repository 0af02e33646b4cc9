/**
 * Numbers that name something rather than state a figure.
 *
 * - With a slash, the same in every script's text: 9/11 and 26/11 (the attacks), 7/7 (the London
 *   bombings).
 * - After a name they belong to: stock indices (the S&P 500, the FTSE 100, the Nikkei 225, the KSE-100
 *   written کے ایس ای 100, निफ्टी 50) and a few others (Formula 1, Air Force One's "Air Force 1"). Keys are
 *   the words before the number as the tokenizer splits them (S&P is "s & p"), lower case.
 */
export const DIGIT_NAMES: ReadonlySet<string> = new Set(['9/11', '26/11', '7/7']);

export const NUMBERED_NAMES: Readonly<Record<string, readonly number[]>> = {
  's & p': [100, 500],
  'ftse': [100, 250, 350],
  'nikkei': [225],
  'nifty': [50, 100, 500],
  'sensex': [30],
  'dax': [30, 40],
  'cac': [40],
  'stoxx': [50, 600],
  'russell': [1000, 2000, 3000],
  'kse': [30, 100],
  'kmi': [30],
  'psx': [100],
  'asx': [200],
  'formula': [1],
  'air force': [1],
  // Aircraft by their maker's model number (a Boeing 787-9, the 737 Max after it is named in full).
  'boeing': [707, 717, 727, 737, 747, 757, 767, 777, 787],
  // And Airbus, ATR and Embraer models written with a space: an ATR 72, an Airbus 320, an Embraer 190.
  'airbus': [220, 300, 310, 318, 319, 320, 321, 330, 340, 350, 380], 'atr': [42, 72], 'embraer': [170, 175, 190, 195],
  // Fine particles with a space before their size: PM 2.5, पीएम 2.5 (PM 10 is left a figure: पीएम 10 साल "the PM, 10 years").
  'pm': [2.5],
  'पीएम': [2.5],
  // Phone chips by their series: the Snapdragon 8 Elite, a Dimensity 9400.
  'snapdragon': [4, 6, 7, 8],
  'کے ایس ای': [30, 100],
  'پی ایس ایکس': [100],
  'निफ्टी': [50, 100],
  'सेंसेक्स': [30],
  'फॉर्मूला': [1],
};

/**
 * Names whose number comes first, by the folded word after the number: Urdu papers call the KSE-100 "100 انڈیکس"
 * (100 انڈیکس 1,548 پوائنٹس بڑھ گیا); an index's points after the word (100 انڈیکس پوائنٹس) stay a count.
 */
export const NUMBERED_BEFORE_NAMES: Readonly<Record<string, readonly number[]>> = {
  'انڈیکس': [30, 100],
};
