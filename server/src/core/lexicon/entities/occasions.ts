/**
 * Named occasions of the news (festivals, pilgrimages, tournaments) with their names per language
 * (ids are `event:` + id; their mentions are of type `other`): महाकुंभ, Maha Kumbh and مہا کمبھ are
 * one gathering in every script. Curated; review like code. Month names (رمضان, محرم) are left out:
 * they are dates; so are names that are everyday words (Urdu چہلم, a fortieth-day rite of anyone) or
 * mostly name something else (حج in حج پالیسی, وزارت حج: the ministry's and the policy's subject).
 */
import type { Lang } from '../../types';

/** One occasion: its id, a description and its names per language. */
export interface OccasionRow {
  id: string;
  description: string;
  names: Partial<Record<Lang, readonly string[]>>;
}

/** The table. */
export const OCCASIONS: readonly OccasionRow[] = [
  { id: 'kumbh-mela', description: 'Kumbh Mela (Maha Kumbh), Hindu pilgrimage at Prayagraj, Haridwar, Nashik and Ujjain', names: {
    en: ['Maha Kumbh', 'Mahakumbh', 'Maha Kumbh Mela', 'Kumbh Mela', 'Kumbh'], ur: ['مہا کمبھ', 'مہاکمبھ', 'کمبھ میلہ', 'کمبھ میلے'], fa: ['کومبه ملا', 'جشنواره کومبه ملا'],
    hi: ['महाकुंभ', 'महा कुंभ', 'महाकुंभ मेला', 'महाकुंभ मेले', 'कुंभ मेला', 'कुंभ मेले', 'कुंभ'] } },
  { id: 'arbaeen', description: 'Arbaeen, the Shia pilgrimage to Karbala forty days after Ashura', names: {
    en: ['Arbaeen', 'Arbaeen pilgrimage', 'Arbaeen walk'], ur: ['اربعین'], fa: ['اربعین', 'اربعین حسینی', 'راهپیمایی اربعین'], hi: ['अरबईन', 'अरबाईन'] } },
  { id: 'ashura', description: 'Ashura, the tenth of Muharram', names: {
    en: ['Ashura'], ur: ['عاشورہ', 'یوم عاشور', 'یوم عاشورہ'], fa: ['عاشورا', 'تاسوعا و عاشورا'], hi: ['आशूरा', 'आशुरा'] } },
  { id: 'nowruz', description: 'Nowruz, the Persian New Year', names: {
    en: ['Nowruz', 'Norouz', 'Navroz', 'Nauroz'], ur: ['نوروز', 'نو روز'], fa: ['نوروز', 'عید نوروز', 'جشن نوروز'], hi: ['नवरोज़', 'नवरोज', 'नौरोज़', 'नौरोज'] } },
  { id: 'eid-al-fitr', description: 'Eid al-Fitr, the feast at the end of Ramadan', names: {
    en: ['Eid al-Fitr', 'Eid ul-Fitr', 'Eid-ul-Fitr', 'Eid ul Fitr'], ur: ['عید الفطر', 'عیدالفطر'], fa: ['عید فطر', 'عید سعید فطر'], hi: ['ईद उल-फितर', 'ईद-उल-फितर', 'ईद उल फितर', 'ईद-उल-फ़ितर'] } },
  { id: 'eid-al-adha', description: 'Eid al-Adha, the feast of the sacrifice', names: {
    en: ['Eid al-Adha', 'Eid ul-Adha', 'Eid-ul-Adha', 'Eid ul-Azha', 'Eid-ul-Azha', 'Bakrid'], ur: ['عید الاضحیٰ', 'عیدالاضحیٰ', 'عید الاضحی', 'عیدالاضحی', 'عید قربان'],
    fa: ['عید قربان', 'عید سعید قربان'], hi: ['ईद उल-अजहा', 'ईद-उल-अजहा', 'ईद-उल-अज़हा', 'बकरीद', 'बकरा ईद'] } },
  { id: 'diwali', description: 'Diwali (Deepavali), the Hindu festival of lights', names: {
    en: ['Diwali', 'Deepavali'], ur: ['دیوالی'], fa: ['دیوالی'], hi: ['दिवाली', 'दीपावली'] } },
  { id: 'champions-trophy', description: 'ICC Champions Trophy (cricket)', names: {
    en: ['Champions Trophy', 'ICC Champions Trophy'], ur: ['چیمپئنز ٹرافی', 'چیمپیئنز ٹرافی', 'چیمپینز ٹرافی'], fa: ['جام قهرمانان کریکت'], hi: ['चैंपियंस ट्रॉफी', 'चैम्पियंस ट्रॉफी'] } },
  { id: 'asia-cup', description: 'Asia Cup (cricket)', names: { en: ['Asia Cup'], ur: ['ایشیا کپ'], hi: ['एशिया कप'] } },
];
