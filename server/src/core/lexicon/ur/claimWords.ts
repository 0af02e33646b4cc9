/** Urdu predicates (folded on compile; matched as word prefixes of phrases). */
import type { PredicateTable } from '../claimWords';

/** Urdu. */
export const urPredicates: PredicateTable = {
  'دستخط': 'sign', 'دستخط کیے': 'sign', 'دستخط کئے': 'sign', 'دستخطی تقریب': null, 'دستخط کی تقریب': null, 'دستخط کرنے کی تقریب': null,
  'توثیق': 'ratify', 'عمل درآمد': 'ratify', 'نافذ': 'ratify', 'اپنایا': 'adopt', 'منظور': 'adopt', 'منظوری': 'adopt',
  'شریک': 'attend', 'شرکت': 'attend', 'شامل ہوئے': 'attend', 'حصہ لیا': 'attend', 'خیرمقدم': 'attend', 'استقبال': 'attend',
  'خطاب': 'speak', 'تقریر': 'speak', 'بات کی': 'speak',
  'سرمایہ کاری': 'invest', 'وعدہ': 'invest', 'امداد': 'invest', 'فراہم': 'invest', 'مختص': 'invest',
  'نقصان': 'lose', 'خسارہ': 'lose', 'ہلاک': 'kill', 'جاں بحق': 'kill', 'مارے گئے': 'kill', 'شہید': 'kill', 'جان کی بازی': 'kill', 'جان سے گئے': 'kill', 'دم توڑ': 'kill', 'لقمہ اجل': 'kill', 'جانیں گئیں': 'kill', 'زخمی': 'injure',
  'تصدیق': 'confirm', 'منعقد': 'hold', 'اہتمام': 'hold', 'شامل ہیں': 'include', 'پر مشتمل': 'include', 'پہنچ': 'reach', 'اضافہ': 'grow', 'اضافے': 'grow', 'بڑھ': 'grow', 'بڑھا': 'grow', 'کمی': 'fall', 'گر گئے': 'fall', 'گر گیا': 'fall', 'گر گئی': 'fall', 'گر کر': 'fall',
  'متاثر': 'affect', 'متاثرین': 'affect', 'قسط': 'tranche',
  // A pass rate, a toss won are no win; a record set or a record level no report (… کا ریکارڈ, ریکارڈ سطح).
  'کامیابی کا تناسب': null, 'کامیابی کی شرح': null, 'ٹاس جیت': null, 'ٹاس جیتا': null, 'ٹاس جیتنے': null, 'کا ریکارڈ': null, 'ریکارڈ سطح': null, 'ریکارڈ توڑ': null, 'ریکارڈ قائم': null,
  'جیت': 'win', 'حاصل': 'win', 'کامیاب': 'win', 'رجسٹرڈ': 'register', 'اندراج': 'register', 'رجسٹر': 'register',
  // News verbs: a match won (152 رنز سے شکست دی, ہرا دیا), people displaced, houses destroyed, arrests, rescues;
  // 7 وکٹوں کے نقصان پر "for the loss of 7 wickets" is a score, no loss.
  'وکٹوں کے نقصان': null, 'وکٹ کے نقصان': null, 'شکست': 'win', '=ہرا': 'win', '=ہرایا': 'win', 'ہرا دیا': 'win', 'فتح': 'win', 'بے گھر': 'displace', 'نقل مکانی': 'displace',
  'تباہ': 'destroy', 'منہدم': 'destroy', 'مختص شدہ': null, 'گرفتار': 'arrest', 'لاپتہ': 'missing', '=بچایا': 'rescue', 'بچا لیا': 'rescue', 'بازیاب': 'rescue',
  'سامنے آئے': 'report', 'سامنے آئی': 'report', 'سامنے آیا': 'report', 'سامنے آئیں': 'report', 'بات سامنے آئی': null, 'بات سامنے آئے': null, 'بات سامنے آیا': null,
  'رپورٹ': 'report', 'رپورٹ کے مطابق': null, 'کی رپورٹ': null, 'ریکارڈ': 'report', 'مجموعی': 'total', 'مجموعی تعداد': 'total', 'کل تعداد': 'total',
};
