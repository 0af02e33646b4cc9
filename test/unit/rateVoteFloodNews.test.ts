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
