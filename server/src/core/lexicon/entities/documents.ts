/**
 * Laws and codes that South Asian news cites by name all the time, with their names per language
 * (ids are `doc:` + id): penal codes and their sections (धारा 302 आईपीसी, Section 302 IPC, دفعہ 302
 * تعزیرات پاکستان), constitutions, and acts named by an acronym. Curated; review like code. A bare
 * generic name (संविधान, "the Constitution") is left out: every country has one.
 */
import type { Lang } from '../../types';

/** One document: its id, a description and its names per language. */
export interface DocumentRow {
  id: string;
  description: string;
  names: Partial<Record<Lang, readonly string[]>>;
}

/** The table. */
export const DOCUMENTS: readonly DocumentRow[] = [
  { id: 'in-ipc', description: 'Indian Penal Code, 1860', names: { en: ['Indian Penal Code', 'IPC'], hi: ['भारतीय दंड संहिता', 'आईपीसी'], ur: ['تعزیرات ہند', 'انڈین پینل کوڈ'] } },
  { id: 'in-bns', description: 'Bharatiya Nyaya Sanhita, 2023 (India)', names: { en: ['Bharatiya Nyaya Sanhita', 'BNS'], hi: ['भारतीय न्याय संहिता', 'बीएनएस'] } },
  { id: 'in-bnss', description: 'Bharatiya Nagarik Suraksha Sanhita, 2023 (India)', names: { en: ['Bharatiya Nagarik Suraksha Sanhita', 'BNSS'], hi: ['भारतीय नागरिक सुरक्षा संहिता', 'बीएनएसएस'] } },
  { id: 'in-crpc', description: 'Code of Criminal Procedure, 1973 (India)', names: { en: ['Code of Criminal Procedure', 'CrPC'], hi: ['दंड प्रक्रिया संहिता', 'सीआरपीसी'] } },
  { id: 'in-constitution', description: 'Constitution of India', names: { en: ['Constitution of India', 'Indian Constitution'], hi: ['भारतीय संविधान', 'भारत का संविधान'], ur: ['بھارتی آئین'] } },
  { id: 'in-uapa', description: 'Unlawful Activities (Prevention) Act (India)', names: { en: ['Unlawful Activities (Prevention) Act', 'UAPA'], hi: ['गैरकानूनी गतिविधि (रोकथाम) अधिनियम', 'यूएपीए'] } },
  { id: 'in-pmla', description: 'Prevention of Money Laundering Act (India)', names: { en: ['Prevention of Money Laundering Act', 'PMLA'], hi: ['धन शोधन निवारण अधिनियम', 'पीएमएलए'] } },
  { id: 'in-ndps', description: 'Narcotic Drugs and Psychotropic Substances Act (India)', names: { en: ['NDPS Act', 'Narcotic Drugs and Psychotropic Substances Act'], hi: ['एनडीपीएस एक्ट', 'एनडीपीएस अधिनियम'] } },
  { id: 'in-pocso', description: 'Protection of Children from Sexual Offences Act (India)', names: { en: ['POCSO Act', 'Protection of Children from Sexual Offences Act'], hi: ['पॉक्सो एक्ट', 'पॉक्सो अधिनियम'] } },
  { id: 'in-railways-act', description: 'Railways Act, 1989 (India)', names: { en: ['Railways Act'], hi: ['रेलवे अधिनियम', 'रेल अधिनियम'] } },
  { id: 'pk-ppc', description: 'Pakistan Penal Code', names: { en: ['Pakistan Penal Code', 'PPC'], ur: ['تعزیرات پاکستان', 'پاکستان پینل کوڈ'], hi: ['पाकिस्तान दंड संहिता'] } },
  { id: 'pk-constitution', description: 'Constitution of Pakistan', names: { en: ['Constitution of Pakistan'], ur: ['آئین پاکستان', 'آئینِ پاکستان', 'پاکستان کا آئین'], hi: ['पाकिस्तान का संविधान'] } },
  // Treaties and agreements between the countries of this news, named alike in every language.
  { id: 'indus-waters-treaty', description: 'Indus Waters Treaty (India and Pakistan, 1960)', names: {
    en: ['Indus Waters Treaty', 'Indus Water Treaty'], ur: ['سندھ طاس معاہدہ', 'سندھ طاس معاہدے', 'سندھ طاس'], fa: ['معاهده آب‌های سند', 'معاهده آب سند', 'پیمان آب سند'],
    hi: ['सिंधु जल संधि', 'सिंधु जल समझौता', 'सिंधु जल समझौते', 'सिंधु नदी जल संधि'] } },
  { id: 'jcpoa', description: 'Joint Comprehensive Plan of Action (Iran nuclear agreement, 2015)', names: {
    en: ['JCPOA', 'Joint Comprehensive Plan of Action', 'Iran nuclear deal'], ur: ['جے سی پی او اے', 'ایران جوہری معاہدہ', 'ایرانی جوہری معاہدہ'],
    fa: ['برجام', 'برنامه جامع اقدام مشترک'], hi: ['जेसीपीओए', 'संयुक्त व्यापक कार्य योजना', 'ईरान परमाणु समझौता'] } },
  { id: 'in-waqf-act', description: 'Waqf Act and the Waqf (Amendment) Act, 2025 (India); its bills are documents of their own', names: {
    en: ['Waqf Act', 'Waqf (Amendment) Act', 'Waqf Amendment Act'], ur: ['وقف ایکٹ', 'وقف ترمیمی ایکٹ', 'وقف ترمیمی قانون'],
    hi: ['वक्फ अधिनियम', 'वक्फ संशोधन अधिनियम', 'वक्फ (संशोधन) अधिनियम', 'वक्फ एक्ट', 'वक्फ संशोधन एक्ट', 'वक्फ कानून'] } },
];
