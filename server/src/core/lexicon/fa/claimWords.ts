/** Persian predicates (folded on compile; matched as word prefixes of phrases). */
import type { PredicateTable } from '../claimWords';

/** Persian. */
export const faPredicates: PredicateTable = {
  'امضا': 'sign', 'امضاء': 'sign', 'امضا کردند': 'sign', 'مراسم امضا': null, 'مراسم امضای': null,
  'تصویب': 'adopt', 'تنفیذ': 'ratify',
  // شرکت alone is mostly "company": it attends only as a verb or a participle.
  'شرکت کرد': 'attend', 'شرکت کردند': 'attend', 'شرکت کرده': 'attend', 'شرکت کنند': 'attend', 'شرکت می‌کنند': 'attend', 'شرکت داشتند': 'attend', 'شرکت داشته': 'attend', 'شرکت داشته‌است': 'attend', 'شرکت دارند': 'attend', 'شرکت کرده‌اند': 'attend', 'شرکت کرده‌است': 'attend', 'شرکت نمودند': 'attend', 'شرکت خواهند': 'attend', 'شرکت کنندگان': 'attend', 'شرکت‌کننده': 'attend', 'شرکت‌کنندگان': 'attend', 'حضور': 'attend', 'حاضر': 'attend', 'استقبال': 'attend',
  'سخنرانی': 'speak', 'صحبت': 'speak', 'سخن': 'speak',
  'سرمایه‌گذاری': 'invest', 'سرمایه گذاری': 'invest', 'سرمایهگذاری': 'invest', 'متعهد': 'invest', 'کمک': 'invest', 'اختصاص': 'invest', 'قسط': 'tranche',
  'خسارت': 'lose', 'زیان': 'lose', 'کشته': 'kill', 'جان باختند': 'kill', 'جان باخت': 'kill', 'جان باخته': 'kill', 'جان باخته‌اند': 'kill', 'جان باخته‌است': 'kill', 'جان دادند': 'kill', 'جان داده‌اند': 'kill', 'جان خود را از دست': 'kill', 'جان سپردند': 'kill', 'فوت کرد': 'kill', 'فوت کردند': 'kill', 'فوت شد': 'kill', 'فوت شدند': 'kill', 'درگذشت': 'kill', 'هلاکت': 'kill',
  'زخمی': 'injure', 'مجروح': 'injure', 'مصدوم': 'injure', 'سخنگو': null, 'سخنگوی': null, 'سخنگویان': null, 'آسیب': 'affect', 'به دست آوردند': 'win', 'به دست آورد': 'win', '=کسب': 'win', 'پیروز': 'win', 'ثبت نام': 'register', 'ثبت‌نام': 'register', 'ثبتنام': 'register', 'گزارش': 'report', 'به گزارش': null, 'طبق گزارش': null, 'بنا بر گزارش': null, 'مجموع': 'total', 'در مجموع': 'total', 'کل موارد': 'total', 'متاثر': 'affect', 'تحت تاثیر': 'affect', 'تحت تأثیر': 'affect',
  'تأیید': 'confirm', 'تایید': 'confirm', 'برگزار': 'hold', 'شامل': 'include', 'رسید': 'reach', 'افزایش': 'grow', 'کاهش': 'fall',
  // Arrests and executions are facts of their own in human-rights reporting, apart from deaths.
  'بازداشت': 'arrest', 'دستگیر': 'arrest', 'اعدام': 'execute', '=ثبت': 'report',
  'شناسایی': 'confirm', 'رأی دادند': 'attend', 'رای دادند': 'attend', 'رأی داده': 'attend', 'رای داده': 'attend', 'رأی داده‌اند': 'attend', 'رای داده‌اند': 'attend', 'پیش‌بینی': 'estimate', 'پیش بینی': 'estimate', '=برآورد': 'estimate', 'برآورد شده': 'estimate', 'برآوردها': 'estimate',
};
