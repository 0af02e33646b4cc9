/**
 * Claims of an earthquake told in four languages: houses destroyed, teams sent, villages of a
 * district; a word of a name is no verb (Zinda Jan, زنده‌جان "alive"), an English stem matches
 * only its own inflections (spoke: not spokesman), and a compound of nouns counts its head (35
 * ambulance teams are teams).
 */
import { test } from 'node:test';
import { claimKeys, flaggedInPair } from '../support/claims';
import { checkRows } from '../support/rows';

test('claim keys of an earthquake’s damage and relief, in four languages', () => {
  checkRows(
    [
      // Houses destroyed, past who said so.
      ['en: destroyed, after a spokesman', 'Janan Sayeq, spokesman for the Ministry of Disasters, said 1,320 houses had been destroyed in 12 villages.', ['1320:house|destroy', '12:village|destroy']],
      ['en: razed', 'The quake razed 480 homes.', ['480:house|destroy']],
      ['fa: ویران, in a district named with "alive"', '۱۳۲۰ خانه در ۱۲ روستای ولسوالی زنده‌جان ویران شده است.', ['1320:house|destroy', '12:village#district|destroy']],
      ['fa: تخریب', '۴۸۰ خانه تخریب شد.', ['480:house|destroy']],
      ['hi: तबाह', 'जिंदा जान जिले के 12 गांवों में 1,320 मकान तबाह हो गए।', ['12:village#district|destroy', '1320:house|destroy']],
      // Teams sent: a compound counts its head.
      ['en: teams sent', 'The World Health Organization said 35 ambulance teams had been sent to the area.', ['35:team|deploy']],
      ['hi: टीमें भेजी गईं', 'इलाके में 35 एम्बुलेंस टीमें भेजी गई हैं।', ['35:team|deploy']],
      ['ur: ٹیمیں بھیجی گئیں', 'علاقے میں 35 ایمبولینس ٹیمیں بھیجی گئی ہیں۔', ['35:team|deploy']],
      ['fa: تیم اعزام', '۳۵ تیم آمبولانس به منطقه اعزام شده است.', ['35:team|deploy']],
      // An English stem is no prefix of another word: investigators invest nothing, a deadline kills no one.
      ['en: investigators', 'Police said 30 investigators were on the case.', []],
      ['en: a deadline', 'Officials gave 40 families a deadline to leave.', []],
    ],
    (text: string) => claimKeys(text),
  );
});

test('translations of an earthquake report: a planted change of teams sent is flagged', () => {
  checkRows(
    [
      [
        'en and hi: 35 and 53 teams',
        [
          'HERAT, Oct 8 - The World Health Organization said 35 ambulance teams had been sent to the area. More than 2,000 people were killed.',
          'हेरात, 8 अक्टूबर: विश्व स्वास्थ्य संगठन ने कहा कि इलाके में 53 एम्बुलेंस टीमें भेजी गई हैं। 2,000 से अधिक लोगों की मौत हो गई।',
        ],
        ['a: 35', 'b: 53'],
      ],
      [
        'fa and ur: houses destroyed agree, teams differ',
        [
          '۱۳۲۰ خانه در ۱۲ روستای ولسوالی زنده‌جان ویران شده است. ۳۵ تیم آمبولانس به منطقه اعزام شده است.',
          'ضلع زندہ جان کے 12 دیہات میں 1320 مکانات تباہ ہو گئے۔ علاقے میں 38 ایمبولینس ٹیمیں بھیجی گئی ہیں۔',
        ],
        ['a: ۳۵', 'b: 38'],
      ],
    ],
    flaggedInPair,
  );
});
