/**
 * The shape of a language's figure vocabulary: the words around a number that say what it is
 * (qualifiers, units, currencies, references, what it counts). One table per language lives in
 * `lexicon/<lang>/figureWords.ts`; adding a language means adding a table, not editing code.
 * Phrases are written as in text; they are folded when compiled.
 */
import type { Qualifier } from '../types';

/**
 * A currency written in words or symbols: its ISO 4217 code and, rarely, a factor (toman = 10
 * rials) or the capitals it must be written in to be one (LE for Egyptian pounds, le is a word).
 */
export type CurrencyEntry = string | { code: string; factor: number; capitals?: string };

/** Figure vocabulary of one language. */
export interface FigureWords {
  /** Phrases before a number that qualify it: تقریباً 70, more than 110. */
  qualifiersBefore: Readonly<Record<string, Qualifier>>;
  /** Phrases that end like a qualifier before a number but qualify nothing: not only (نہ صرف ایک = "not only a"). */
  notQualifiers?: readonly string[];
  /** Words for a day's maximum or minimum (زیادہ سے زیادہ, अधिकतम, a maximum of): before a temperature they name a reading, no bound. */
  temperatureExtremes?: readonly string[];
  /** Phrases after a number (or after its unit) that qualify it: 110 سے زائد, 50 से अधिक. */
  qualifiersAfter: Readonly<Record<string, Qualifier>>;
  /** Phrases that begin like a qualifier after a number but are a change from it: 22 فیصد سے کم کر کے 20 ("cut from 22 to 20"). */
  notQualifiersAfter?: readonly string[];
  /** Phrases after a comparison that make it inclusive: "less than 30 or equal to it", "30 से कम या उसके बराबर". */
  orEqual?: readonly string[];
  /** Words between a lower and an upper bound that make them one range: "more than 10 and less than 20", "10 से ज़्यादा पर 15 से कम". */
  boundJoiners?: readonly string[];
  /** Words joining the two ends of a range: 10 سے 15, ۱۰ تا ۱۵, 10 to 15. */
  rangeJoiners: readonly string[];
  /** Words for "and" that join two days before one month: 4 و 5 مارس, 3 and 4 February (a date interval). */
  dayJoiners: readonly string[];
  /** Words before a year or date that make it the start of a span, not when a figure holds: the highest since 2018, از سال ۲۰۱۸. */
  sinceBefore?: readonly string[];
  /** Words that open an event a span is counted from, a few words before the year dating it: since the first outbreak in 2000, از زمان نخستین شیوع در سال ۲۰۰۰. */
  sinceEventBefore?: readonly string[];
  /** Words before a date (a colon may come between) that make it the day a page was published or updated, no day of its story: Published: July 4, 2024; प्रकाशित: 15 नवंबर 2024. */
  publishedBefore?: readonly string[];
  /** Words after a year or date that do the same: 1995 کے بعد سب سے زیادہ, 1995 के बाद, از ۲۰۱۸ به این سو. */
  sinceAfter?: readonly string[];
  /**
   * Words before the first of two amounts that make it a change and the second the level reached, not a
   * range, when the second is over ten times the first: rose by Rs 650 to Rs 81,500, jumped $1.60 to $76.90.
   */
  changeBefore?: readonly string[];
  /**
   * Words between a bare number and a number with its unit, percent or currency that make the first the level a
   * change starts from, measured alike: 18,000 से बढ़कर 51,480 रुपये, 6 سے کم ہو کر 5 فیصد, from 18,000 to Rs 51,480.
   */
  changeJoiners?: readonly string[];
  /** Words right before the first number that a change joiner needs (from … to), when the joiner alone says too little. */
  changeFrom?: readonly string[];
  /** Words before the first of two numbers that make them alternatives, not a range: either 10 bln or 10 tln. */
  alternativesBefore?: readonly string[];
  /** Phrases after an ordinal that count it from the end (second to last, third from the bottom): no rank of its own. */
  fromEnd?: readonly string[];
  /**
   * Phrases that say a small number loosely → that number (a couple of = about 2); a scale word after
   * them multiplies it (a couple of hundred). Without "of" they need a scale, a counted concept or
   * the end of the phrase after them ("a couple from Texas" is two people, not an amount). Null for
   * no definite number (several, a few): only before a scale, an amount without a value (several thousand).
   */
  looseCounts?: Readonly<Record<string, number | null>>;
  /** Phrases that name a small number exactly, read as `looseCounts` are but not approximate: a pair of = 2. */
  exactCounts?: Readonly<Record<string, number>>;
  /** Genitives joining the noun written before a count phrase to it (آزمائشوں کے ایک جوڑے, "a pair of trials"): the phrase ends there. */
  countGenitives?: readonly string[];
  /** Definite articles, which may stand before each end of a range of ranks (between the tenth and the fifteenth). */
  definiteArticles?: readonly string[];
  /** Words opening a range whose ends "and" joins: between 10 and 20, بین ۱۰ و ۲۰. */
  betweenWords: readonly string[];
  /** Words after the second end of a range whose ends "and" joins: 20 और 30 के बीच. */
  betweenAfter?: readonly string[];
  /** Words after a number meaning per cent. */
  percent: readonly string[];
  /**
   * Percentage-point words that also say "per cent of the marks" (छात्रा ने 98.5 प्रतिशत अंक हासिल किए): points only
   * for a number up to 25, as a change of a rate in news is, while marks are mostly above.
   */
  pointsOrMarks?: readonly string[];
  /** Words right before a number that make it a percentage: मतदान प्रतिशत 65.8 रहा, a pass percentage of 87.98. */
  percentBefore?: readonly string[];
  /** Words before a number ending its phrase that make it that many percent: per cent of twenty-two (never after a number: 40 percent of 10 million). */
  percentOfBefore?: readonly string[];
  /** Words after a number ending its phrase that make it that many percent: बीस का प्रतिशत, بیس کا فیصد. */
  percentOfAfter?: readonly string[];
  /** Words after a number meaning percentage points (rose 0.3 percentage points to 4.1%): unit `pp`, not `%`. */
  percentagePoints?: readonly string[];
  /** Currency names, symbols and codes, beyond the CLDR names Intl.DisplayNames gives. */
  currencies: Readonly<Record<string, CurrencyEntry>>;
  /** Words for a hundredth of a currency after its amount: 20 dollars 43 cents, 3 GBP 1 pence. */
  subunits: readonly string[];
  /** Hundredths said alone (50 पैसे, 30 cents) → the currency they divide in this language's news. */
  subunitCurrencies?: Readonly<Record<string, string>>;
  /** Measurement units → unit symbol (km, kg, t, …). */
  units: Readonly<Record<string, string>>;
  /** Words before a number that make it a reference: آرٹیکل 25, ماده ۲۵ → what is referred to. */
  references: Readonly<Record<string, string>>;
  /** Labels written after the digits of a number to call: "117 ہیلپ لائن" is the helpline's number, not a count. */
  referencesAfter?: Readonly<Record<string, string>>;
  /** Reference words that are labels only with a capital (Table 2, Figure 5; "top the table 2 points clear" is a league table). */
  capitalReferences?: readonly string[];
  /** Labels of page furniture and identifiers before a number, perhaps with a colon: کد خبر: ۸۵۶۲۳۴, News ID: 1234 (no figure). */
  identifierLabels?: readonly string[];
  /** Words right before a bare year: سال 2025, year 2025. */
  yearCues: readonly string[];
  /** Words right after a bare year that mark it as one: 2017 میں, 2025 के. */
  yearFollowers: readonly string[];
  /**
   * Words right before or after a month named alone that make it the time of a figure: in April, اپریل میں, अप्रैल
   * में, در آوریل. Not "since" or "until" (a start or a deadline), nor a genitive (ستمبر کے انتخاب: the election's month).
   */
  monthCues?: readonly string[];
  /**
   * Words before a number written in words that point back to things already counted (these two,
   * ان دونوں, این سه, इन दोनों; هر دو "both"): the number is no new figure. Digits stay figures.
   */
  anaphoricBefore?: readonly string[];
  /**
   * Those of them that also open the antecedent of a relative clause (ان تین افراد سے … جو "from the
   * three people who", उन तीन लोगों को जो): with a relative word after the number it is counted here.
   */
  correlatives?: readonly string[];
  /**
   * Phrases holding a number in words that restates what the story has named (the two countries
   * after "Pakistan and Iran", دونوں ممالک, दोनों देश, دو کشور): still a figure, but no claim of its
   * own (see claims/extract.ts); digits are never matched.
   */
  restatedCounts?: readonly string[];
  /** Words of a rate before another number (one death every ten minutes, هر ده دقیقه یک نفر): they make "one" a count. */
  rateWords?: readonly string[];
  /** Words of a ratio: after "one" before a number (one in six), or after a number right before "one" (چھ میں سے ایک). */
  ratioWords?: readonly string[];
  /** Whether the ratio word follows the whole and comes before the part (छह में से एक, چھ میں سے ایک), not after it (one in six). */
  ratioWholeFirst?: boolean;
  /** Whether a known noun right before a number is what it counts (Urdu "صارفین 5 کروڑ ہیں"); not in English or Persian, where it ends another phrase. */
  countedSubjectBefore?: boolean;
  /** Words between a part and its whole, both numbers (93 of 266 seats, ۹۳ کرسی از ۲۶۶, 266 میں سے 93; order as `ratioWholeFirst`): the whole is a total, not the part's claim. */
  partOfWhole?: readonly string[];
  /** Words after a number that make it the size of a body before the body's noun: 225 رکنی پارلیمان, 225 सदस्यीय संसद, مجلس ۲۹۰ نفره (English hyphenates: the 225-seat parliament). */
  bodySizeWords?: readonly string[];
  /** Words between two numbers of the same thing set against each other: 288 के मुकाबले 232 मतों (288 votes to 232). */
  versusJoiners?: readonly string[];
  /**
   * Words right before (to, at) or right after (پر, کی سطح پر; पर, के स्तर पर) a bare number that mark it as the level a
   * change told just before it reached: fell 720 points to 73,500, 850 پوائنٹس کی کمی سے 77,600 پر, 720 अंक टूटकर 73,500 पर.
   */
  levelBefore?: readonly string[];
  levelAfter?: readonly string[];
  /** Sides of a vote after the second of two numbers, which shares the first one's noun: 52 votes in favour and 18 against. */
  voteSidesAfter?: readonly string[];
  /** Verbs of being and having between two numbers: the second is no more of what the first counts (3 children and is 45). */
  clauseVerbs?: readonly string[];
  /** Words that end a clause before a number (an agent marker, "after"): a count named before them is not this number's. */
  /**
   * Conjunctions that open a clause of its own after a figure ("11.8 percent while unemployment rose
   * to 6.5", "11.8 فیصد رہی جبکہ بے روزگاری … پہنچ گئی"): a predicate after one is that clause's.
   */
  clauseBreaks?: readonly string[];
  /**
   * Clause breaks of "whereas" that a verb-final clause before them with no verb of its own may share the verb ending the
   * clause after them: "سندھ میں 12 افراد جبکہ پنجاب میں 8 افراد جاں بحق ہوئے" (12 died too; claims/gapping.ts).
   */
  gapBreaks?: readonly string[];
  /** Relative pronouns (جو, جن, که, जो, who): a time after one is its clause's, not the figure's before it ("14 ملزمان … جو 2019 میں …"). */
  relativeWords?: readonly string[];
  clauseMarkers?: readonly string[];
  /** Words before a predicate after a figure that make it the reason, not the figure's verb: "fined him Rs50 million for embezzling". */
  reasonMarkers?: readonly string[];
  /** What a percentage is a rate of, named before it in the sentence (inflation … 38%, مہنگائی کی شرح 38 فیصد) → concept id. */
  rateSubjects?: Readonly<Record<string, string>>;
  /**
   * What a rate is measured against, named right after its percentage (4.4 percent of GDP, ۴٫۴ درصد تولید ناخالص داخلی)
   * or before it (جی ڈی پی کا 4.4 فیصد): no noun the percentage counts, so the rate named before it is still its subject.
   */
  ratioBases?: readonly string[];
  /** Light verbs that make the word before them a verb (مقرر کیا, तय किया, تعیین کرد): after a percentage, no noun it counts. */
  lightVerbs?: readonly string[];
  /**
   * Verbs of change right after a percentage (महंगाई दर 0.3 फीसदी घटकर, مہنگائی کی شرح میں 0.3 فیصد اضافہ): the
   * percentage is by how much the rate named before it changed, no noun it counts.
   */
  changeVerbs?: readonly string[];
  /** Words after a noun that make a number later in the sentence its count: ہلاکتوں کی تعداد … 2,000, मृतकों की संख्या … 2,000. */
  countOfAfterNoun?: readonly string[];
  /** Those of `countOfAfterNoun` that count deaths when the noun before names no concept: the heatwave toll, the flood toll. */
  deathTolls?: readonly string[];
  /** Words before a noun that make a number later in the sentence its count: تعداد کشته‌شدگان … ۲۰۰۰, the number of deaths … 2,000. */
  countOfBeforeNoun?: readonly string[];
  /** Concept nouns that name a total when they stand right before its number: the population of سندھ کی آبادی 5 کروڑ. */
  totalsBefore?: readonly string[];
  /** Words right after an hour that make it a time of day → the hour that part of the day starts at (a.m. 0, p.m. 12, صبح 0, عصر 15). */
  meridiems?: Readonly<Record<string, number>>;
  /**
   * Money nouns after a scaled amount with no currency (5,000 करोड़ का पैकेज, 1,100 करोड़ का नुकसान): the amount
   * is in `impliedCurrency`, the language's usual rupee, which the document's places may then resolve.
   */
  impliedMoney?: readonly string[];
  /** Money nouns right before such an amount that ends its phrase (फिल्म की कमाई 68 करोड़ रही, बजट 250 करोड़ का है). */
  impliedMoneyBefore?: readonly string[];
  impliedCurrency?: string;
  /** O'clock words: after the hour (10 بجے, 10 बजे, 10 o'clock) or before it (ساعت ۸). */
  clockAfter?: readonly string[];
  clockBefore?: readonly string[];
  /**
   * Parts of the day around an hour with an o'clock word → the hour they start at (صبح 0, دن 9, شام 15, رات 18: رات 10 بجے = 22:00,
   * رات 2 بجے = 2:00). Midday starts at eleven, as Persian ظهر: دوپہر 11 بجے is 11:00, دوپہر 2 بجے 14:00.
   */
  dayParts?: Readonly<Record<string, number>>;
  /** Latin letter names spelled in the script (این N, ایچ H): digits after one are part of a name (این 95 = N95, ایچ 1 این 1 = H1N1). */
  letterNames?: readonly string[];
  /** Letter names that name only glued to a single digit, being words of their own apart: 5जी (5G) beside गांधी जी. */
  gluedLetterNames?: readonly string[];
  /** O'clock words after which minutes follow (تین بج کر دس منٹ, 3 बजकर 10 मिनट = 3:10), and the word for minutes after them. */
  clockAndMinutes?: readonly string[];
  minuteWords?: readonly string[];
  /** Words of a match result after two numbers joined by a dash (2-1 سے جیت لی, 1-1 سے برابر): a score, not a range. */
  scoreWords?: readonly string[];
  /** Words between the two numbers of a score (۳ بر یک "3 to 1", ۲ بر صفر): a score, not a figure. */
  scoreJoiners?: readonly string[];
  /** Words before two small numbers that make them a result, also with only a space between them: با نتیجه ۲-۰, با نتیجه ۲ ۰. */
  scoreBefore?: readonly string[];
  /** Verbs of a result a few words before a score written N-M with nothing counted after it (beat Arsenal 4-1, won 2-0 at home). */
  scoreVerbs?: readonly string[];
  /** Words that make a document a cricket report, where 3-24 or 4/31 is wickets and runs and 221/9 runs and wickets. */
  cricketWords?: readonly string[];
  /** Words joining wickets and runs besides a dash or slash: 3 for 24, 221 for nine. */
  cricketJoiners?: readonly string[];
  /** Words between a batter's runs and the balls they took, in a cricket report: 117 off 113 balls (the first number counts runs). */
  runsOffBalls?: readonly string[];
  /** Words after a counted span of time that make it an age: one year old, एक साल पुराना, یک ساله (a measure, so a count). */
  ageAfter?: readonly string[];
  /** Phrases that start with a number word and count nothing: دو طرفہ "bilateral", دو دھاری "double-edged". */
  notCounts?: readonly string[];
  /**
   * Nouns of things that come in a series (place, phase, round, wave, list, dose): a weak ordinal
   * before one ranks it (दूसरे स्थान पर "in second place", دوسری لہر "the second wave"), where
   * before other nouns it mostly means "other" (दूसरे देश "other countries").
   */
  rankNouns?: readonly string[];
  /** Phrases before a weak ordinal that count it from an end: आखिरी से दूसरा "second from last", آخری سے دوسرا. */
  rankFrom?: readonly string[];
  /** Counter words (classifiers) that make a number word that is mostly another word a count: نه نفر "nine people", نه فروند. */
  counters?: readonly string[];
  /**
   * Such words that count a concept right after them too, unless a word of their other reading's
   * pairing stands elsewhere in the sentence: نه هواپیمای نظامی "nine military planes", but نه … نه …
   * "neither … nor" and نه … بلکه … "not … but" are the negation.
   */
  homographsBeforeConcepts?: Readonly<Record<string, readonly string[]>>;
  /** Nouns a number counts, in every form news uses (plural, oblique) → shared concept id. */
  concepts: Readonly<Record<string, string>>;
  /** Words that may stand between a number and its noun (adjectives, conjunctions). */
  nounGap: readonly string[];
  /** Adjectives that may stand between a number and its noun but are the noun when none follows: 5 پاکستانی شہری, 89 ہزار پاکستانی. */
  gapNouns?: readonly string[];
  /** Function words: never a counted noun. */
  functionWords: readonly string[];
  /** Verbs of reported speech (said, بتایا, बताया, گفت): they attribute a statement and never tell two statements apart. */
  reportingWords?: readonly string[];
  /** Case markers after a name that make it the subject of its clause (ergative نے, ने); a language with them takes no other subject. */
  subjectMarkers?: readonly string[];
  /** Prepositions before a name and postpositions after it that make it no subject of the figure after it (in the Lok Sabha, در مجلس, … را). */
  obliqueBefore?: readonly string[];
  obliqueAfter?: readonly string[];
  /** Endings of verb forms that are no counted noun when no known noun follows (-ed: "2010–11 showed"), and the nouns that end so anyway (hundred, speed). */
  verbEndings?: readonly string[];
  /** Comparison words that mean "during" between a count and a span of time: 23 petitions over 16 days, Rs 3,000 crore over five years. */
  periodWords?: readonly string[];
  /** Verb forms without such an ending that are never a counted noun either (rose, fell, lost). */
  verbForms?: readonly string[];
  /** Verbs whose object is people when a number after them names no noun: killed 16 in Bangladesh, arrested 12 yesterday. */
  peopleVerbs?: readonly string[];
  notVerbs?: readonly string[];
  /** Phrases that put a figure at an earlier time than the story ("up from 15 percent last year"). */
  earlierTime: readonly string[];
  /** Words that set an earlier time against the story's (compared with last year, نسبت به سال گذشته, گزشتہ سال کے مقابلے): that time is a baseline, no figure's. */
  comparedWith?: readonly string[];
  /**
   * Words that make a span of time a window the figures around it are counted in ("in the past 24
   * hours", گذشتہ 24 گھنٹوں میں, पिछले 24 घंटों में; Persian after its noun: ۲۴ ساعت گذشته): no claim.
   */
  windowWords?: readonly string[];
  /** Words after a span of time and its noun that make it the window figures are counted in: 24 घंटे में 312 नए मरीज ("in 24 hours"). */
  windowAfter?: readonly string[];
  /** Scale words offered when rewriting a figure (18,900 بلین → 18.9 ٹریلین), by value; a third number caps the mantissa (news writes 25 لاکھ, not 835 لاکھ: that is 8.35 کروڑ). */
  preferredScales: readonly (readonly [number, string, number?])[];
  /** Marks after a Hijri year (1446ھ, 1446 ہجری): a year from 1300 to 1500 before one is a year, not a count. */
  hijriYearMarks?: readonly string[];
  /** Words right before a year of another calendar, Solar or lunar Hijri (the Iranian year 1403, سنہ 1446): a number from 1300 to 1500 after one is that year. Persian reads its own years by `yearCues`. */
  otherCalendarCues?: readonly string[];
  /** Spans an ordinal after them orders (دهه اول محرم, هفته دوم فروردین: the first ten days, the second week), and those it orders after a number of them (۱۰ روز نخست فروردین): the ordinal is no day of the month after it. */
  ordinalSpans?: { spans: readonly string[]; counted: readonly string[] };
  /** Whether news writes a day in words before its month as a date (نو مئی, پانچ جولائی 1977); not in English ("two may die"). */
  dayWordsBeforeMonth?: boolean;
  /** Whether a number said twice means "each" (2-2 लाख रुपये, دو دو لاکھ روپے): one value, not a range from it to itself. */
  repeatedIsEach?: boolean;
  /** Month names beyond CLDR's (spelling variants) → month 1–12. */
  months: Readonly<Record<string, number>>;
  /** Islamic (lunar Hijri) month names, with the epithets news adds to them (رمضان المبارک, محرم الحرام) → month 1–12. */
  hijriMonths?: Readonly<Record<string, number>>;
  /** Solar Hijri month names beyond CLDR's: the Afghan zodiac names in Latin letters (1 Hamal, 30 Jawza) → month 1–12. */
  solarMonths?: Readonly<Record<string, number>>;
  /** Unit words that also count people (تن "tonne" and "person") → words after them that make them the counter (۵۰ تن کشته شدند). */
  counterUnits?: Readonly<Record<string, readonly string[]>>;
  /** After "of", what makes a counter unit count people though no concept names them: pronouns of people (۲۰ تن از آنان) and plural endings only people take (بازگشت‌کنندگان, اخراج‌شدگان). */
  peopleAfterOf?: { words: readonly string[]; endings: readonly string[] };
  /** Whether dates put the day before the month only (۱۵ مهر, never مهر ۱۵): a number after a month name is no day of it (در مهر ۲۰ نفر). */
  dayFirst?: boolean;
  /** Nouns come before their modifiers (Persian ezafe: ۱۲ پزشک بیمارستان "12 doctors of the hospital"): the first noun after a number is what it counts, not a modifier of a noun after it. */
  headFirst?: boolean;
  /** Articles that count one of the unit or currency named after them: a kilogram, an ml, a dollar. */
  oneBeforeUnit?: readonly string[];
  /** Unit words an article before does not count, being mostly other words there (a degree in law, a bit more). */
  notCountedByArticle?: readonly string[];
  /** Words between a fraction and its unit: a quarter of a mile, tenth of a gallon. The first one after an ordinal makes it a fraction. */
  partOf?: readonly string[];
  /** Unit words read only as a later part of a length, being other words elsewhere: 5 ft 2 in. */
  partUnits?: Readonly<Record<string, string>>;
  /** Words after a length (1.8m tall, 3m long): a one-letter scale glued before them is the unit (metres), not millions. */
  dimensionWords?: readonly string[];
  /** Phrases after a temperature that make it negative: 2 degrees below zero, शून्य से नीचे. */
  belowZero?: readonly string[];
  /** Words after a range from zero that put its far end below zero: शून्य से 3 डिग्री नीचे (3 degrees below zero). */
  belowZeroAfterRange?: readonly string[];
  /** Phrases naming the freezing point before a temperature, read like zero before a range: نقطہ انجماد سے 10 ڈگری نیچے. */
  freezingBefore?: readonly string[];
  /** Words after a day of the month that name it a date (12 तारीख को), and genitives joining a month before it (ربیع الاول کی 12 تاریخ). */
  dayOfMonthWords?: readonly string[];
  /** Reference words in the plural, announcing a list (دقیقه‌های ۵۵ و ۸۱ گل, Articles 14 and 21): a noun after the list's last number is not what it counts. */
  pluralReferences?: readonly string[];
  monthGenitives?: readonly string[];
  /** Words that make a unit both weight and money a weight in their sentence (weighs 200 pounds, वजन 200 पाउंड). */
  weightCues?: readonly string[];
  /** Words that state a measure equal to another (is equal to, के बराबर, کے برابر, معادل): pounds said equal to a mass are a weight. */
  equalWords?: readonly string[];
  /** Premises measured by a length that means its square (آپارتمان ۷۵ متری is 75 m²): the noun before the number, and each length unit word → its area unit. */
  /** A verb of going past after a number that "from" stands before (از ۹۰ هزار تومان گذشت "went past 90,000 tomans"): more than it. */
  passedFrom?: { from: readonly string[]; after: readonly string[] };
  premisesArea?: { nouns: readonly string[]; units: Readonly<Record<string, string>> };
  /**
   * How the language marks plural nouns at their end: plural endings with the singular ending each
   * replaces, most specific first (facilities → facility, taxes → tax); endings and words that look
   * plural but are not (virus, news); irregular plurals. An unknown noun a number counts is named in
   * the singular, and after unknown modifiers the first plural is the noun (eight strong aftershocks).
   */
  plurals?: {
    endings: readonly (readonly [plural: string, singular: string])[];
    notEndings: readonly string[];
    notPlural: readonly string[];
    irregular: Readonly<Record<string, string>>;
  };
  /** Words after a year that make it a decade (1960 के दशक, 1960 کی دہائی), and before it (دهه ۱۹۶۰); English glues an s (1960s). */
  decadeAfter?: readonly string[];
  decadeBefore?: readonly string[];
  /** Phrases of two words or more before a year (سال مالی ۱۴۰۳ "the fiscal year 1403"): their last word is no year cue alone (منابع مالی ۱۳۰۰ پروژه). */
  yearPhrases?: readonly string[];
  /** Time zones after a 24-hour time written in four digits, besides the Latin ones every language quotes (see timeZones.ts). */
  timeZones?: readonly string[];
}
