/**
 * People of a nation, as news counts them ("66 Palestinians", "۶۶ فلسطینی", "89 ہزار پاکستانی",
 * "18 ईरानी"): the nouns count people, so a translation that says "66 people" states the same
 * claim. In Urdu, Persian and Hindi the same word is an adjective before a noun of its own
 * ("5 پاکستانی شہری": citizens), so those words are gap nouns there too (see FigureWords.gapNouns).
 * Left out where the word means something else as often: چینی and चीनी (sugar), هندی (Hindi),
 * انگلیسی (English), तुर्की (Turkey), روس (Russia), and کرد and ترک (did, left: کرد, ترک کرد).
 */
import type { Lang } from '../types';

export const DEMONYMS: Partial<Record<Lang, readonly string[]>> = {
  en: [
    'palestinians', 'israelis', 'ukrainians', 'russians', 'pakistanis', 'indians', 'iranians', 'iraqis', 'bangladeshis', 'sudanese',
    'yemenis', 'lebanese', 'somalis', 'saudis', 'egyptians', 'americans', 'britons', 'nepalis', 'nepalese', 'sri lankans', 'kashmiris',
    'uyghurs', 'uighurs', 'kurds', 'libyans', 'tunisians', 'ethiopians', 'eritreans', 'nigerians', 'kenyans', 'filipinos', 'indonesians',
    'malaysians', 'vietnamese', 'thais', 'burmese', 'myanmar nationals', 'turks', 'jordanians', 'qataris', 'emiratis', 'omanis', 'kuwaitis',
    'bahrainis', 'tajiks', 'uzbeks', 'turkmens', 'kazakhs', 'chechens', 'georgians', 'armenians', 'azerbaijanis', 'haitians', 'venezuelans',
  ],
  ur: [
    'فلسطینی', 'فلسطینیوں', 'اسرائیلی', 'اسرائیلیوں', 'یوکرینی', 'یوکرینیوں', 'روسی', 'پاکستانیوں', 'بھارتیوں', 'ہندوستانی', 'ہندوستانیوں',
    'ایرانی', 'ایرانیوں', 'عراقی', 'عراقیوں', 'شامی', 'شامیوں', 'بنگلہ دیشی', 'بنگلہ دیشیوں', 'سوڈانی', 'یمنی', 'لبنانی', 'سعودی', 'مصری',
    'امریکی', 'امریکیوں', 'برطانوی', 'نیپالی', 'سری لنکن', 'کشمیری', 'کشمیریوں', 'روہنگیا', 'افغانیوں', 'پاکستانی', 'بھارتی',
  ],
  fa: [
    'فلسطینی', 'فلسطینیان', 'فلسطینی‌ها', 'اسرائیلی', 'اسرائیلی‌ها', 'اوکراینی', 'اوکراینی‌ها', 'روسی', 'روس‌ها', 'پاکستانی', 'پاکستانی‌ها',
    'هندی‌ها', 'ایرانی', 'ایرانیان', 'ایرانی‌ها', 'عراقی', 'عراقی‌ها', 'سوری', 'سوری‌ها', 'افغانستانی', 'افغانستانی‌ها', 'افغان‌ها',
    'بنگلادشی', 'سودانی', 'یمنی', 'لبنانی', 'سعودی', 'مصری', 'آمریکایی', 'آمریکایی‌ها', 'کردها', 'ترک‌ها', 'تاجیک', 'ازبک',
  ],
  hi: [
    'फिलिस्तीनी', 'फ़िलिस्तीनी', 'फिलिस्तीनियों', 'इजरायली', 'इज़रायली', 'इसराइली', 'इजरायलियों', 'यूक्रेनी', 'यूक्रेनियों', 'रूसी', 'पाकिस्तानियों',
    'भारतीयों', 'ईरानी', 'ईरानियों', 'इराकी', 'सीरियाई', 'बांग्लादेशी', 'बांग्लादेशियों', 'सूडानी', 'यमनी', 'लेबनानी', 'सऊदी', 'मिस्री',
    'अमेरिकी', 'अमेरिकियों', 'ब्रिटिश', 'नेपाली', 'नेपालियों', 'श्रीलंकाई', 'कश्मीरी', 'कश्मीरियों', 'रोहिंग्या', 'कुर्द', 'भारतीय', 'पाकिस्तानी', 'अफगानियों',
  ],
};
