/**
 * A figure told of the whole world ("worldwide", دنیا بھر میں, दुनिया भर में, در سراسر جهان) is
 * about no country: it is never compared with a country's figure of the same claim, in one
 * document or across files, and the world is its own sentence's, not its document's.
 */
import { test } from 'node:test';
import { analyzeDocument } from '../../server/src/core/analyze';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';
import { flaggedInDocument, flaggedInPair } from '../support/claims';
import { checkRows } from '../support/rows';

/** Whether each claim of a text is told of the world, in text order. */
const worldClaims = (text: string): boolean[] => analyzeDocument(text, DEFAULT_OPTIONS).claims.map((c) => c.events.includes('place:world'));

test('world words mark their own sentence only, in every language', () => {
  checkRows(
    [
      ['English worldwide, then a sentence without it', 'Covid cases\n\nMore than 571,678 cases have been confirmed worldwide. Officials confirmed 2,000 new cases on Friday.', [true, false]],
      ['Urdu around the world', 'دنیا بھر میں 5 لاکھ 71 ہزار کیسز کی تصدیق ہو چکی ہے۔', [true]],
      ['Hindi around the world', 'दुनिया भर में 5,71,678 मामलों की पुष्टि हुई है।', [true]],
      ['Persian around the world', 'در سراسر جهان ۵۷۱ هزار مورد ابتلا تأیید شده است.', [true]],
      ['the largest in the world is no world total', 'They built the largest dam in the world, and 4,000 workers were killed.', [false]],
    ],
    worldClaims,
  );
});

test('a world total and a country total are two facts', () => {
  checkRows(
    [
      ['one document', 'Covid update\n\nAs of March 28, a total of 571,678 confirmed cases had been reported worldwide.\n\nAs of March 28, a total of 122,653 confirmed cases had been reported to the CDC.', []],
      ['one document, no world word: flagged', 'Covid update\n\nAs of March 28, a total of 571,678 confirmed cases had been reported.\n\nAs of March 28, a total of 122,653 confirmed cases had been reported to the CDC.', ['571,678', '122,653']],
    ],
    flaggedInDocument,
  );
  checkRows(
    [
      ['two files', ['Pakistan covid update\n\nBy Friday 571,678 cases had been confirmed worldwide.', 'Pakistan covid update\n\nBy Friday 122,653 cases had been confirmed in Pakistan.'], []],
      ['two files, both of the world: flagged', ['Covid update\n\nBy Friday 571,678 cases had been confirmed worldwide.', 'کورونا\n\nجمعے تک دنیا بھر میں 5 لاکھ 20 ہزار کیسز کی تصدیق ہو چکی تھی۔'], ['a: 571,678', 'b: 5 لاکھ 20 ہزار']],
    ],
    flaggedInPair,
  );
});
