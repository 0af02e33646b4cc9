/**
 * Stories told in four languages that Concord had not seen (a central bank's rate cut, a general
 * election's result, a monsoon flood's relief report), with two figures planted to disagree: what
 * agrees is not flagged, what disagrees is.
 */
import { test } from 'node:test';
import { flaggedInPair } from '../support/claims';
import { checkRows } from '../support/rows';

test('an election result: votes written rounded before a scale word agree with the exact count, a changed seat count is flagged', () => {
  checkRows(
    [
      ['6.86 million and ۶ میلیون و ۸۶۳ هزار', ['The alliance secured 6.86 million votes.', 'این ائتلاف ۶ میلیون و ۸۶۳ هزار رأی را کسب کرد.'], []],
      ['6.86 million and more than 68 لاکھ 63 ہزار', ['The alliance secured 6.86 million votes.', 'اتحاد نے 68 لاکھ 63 ہزار سے زائد ووٹ حاصل کیے۔'], []],
      ['68.6 लाख and ۶ میلیون و ۸۶۳ هزار', ['गठबंधन को 68.6 लाख वोट मिले।', 'این ائتلاف ۶ میلیون و ۸۶۳ هزار رأی را کسب کرد.'], []],
      // Written to its last digit, a rounded figure still differs from one a digit past it.
      ['6.86 million and 6.87 million', ['The alliance secured 6.86 million votes.', 'The alliance secured 6.87 million votes.'], ['a: 6.86 million', 'b: 6.87 million']],
      ['6.86 million and 6,880,000', ['The alliance secured 6.86 million votes.', 'The alliance secured 6,880,000 votes.'], ['a: 6.86 million', 'b: 6,880,000']],
    ],
    flaggedInPair,
  );
});

test('a rate decision: a day a page was published dates no story, so a changed inflation figure of the next day\'s paper is flagged', () => {
  const dawn = 'SBP cuts policy rate\n\nShahid Iqbal | Published November 5, 2024 | Updated about 2 hours ago\n\nKARACHI: The State Bank of Pakistan on Monday cut its policy rate. Inflation rose to 7.2pc in October from 6.9pc in September.';
  checkRows(
    [
      ['Published November 5 and a dateline of 4 नवंबर', [dawn, 'कराची, 4 नवंबर (भाषा)। स्टेट बैंक ऑफ पाकिस्तान ने सोमवार को ब्याज दर घटाई। अक्टूबर में मुद्रास्फीति 7.4 प्रतिशत रही, जो सितंबर में 6.9 प्रतिशत थी।'], ['a: 7.2pc', 'b: 7.4 प्रतिशत']],
      ['प्रकाशित: 15 नवंबर and a dateline of Nov 14', ['COLOMBO, Nov 14 (Reuters) - Turnout was 69% in Sri Lanka, the commission said.', 'श्रीलंका चुनाव\n\nप्रकाशित: 15 नवंबर 2024\n\nकोलंबो। श्रीलंका में मतदान 65 प्रतिशत रहा।'], ['a: 69%', 'b: 65 प्रतिशत']],
      // Two datelines a week apart still tell two days of a story.
      ['datelines of 4 and 11 July', ['GUWAHATI, July 4 (PTI) The toll in Assam floods rose to 38.', 'GUWAHATI, July 11 (PTI) The toll in Assam floods rose to 52.'], []],
    ],
    flaggedInPair,
  );
});
