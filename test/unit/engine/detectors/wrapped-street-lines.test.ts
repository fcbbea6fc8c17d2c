import { describe } from 'vitest';
import { detectorCases } from './support.js';

// Street lines wrapped by a PDF-to-text export or a case file (left73): one line break between a
// street line's words. Streets and numbers made up.

describe('street_address wrapped over a line break', () => {
  detectorCases(
    'street_address',
    [
      ['the subject lived at 27 Avenue\ndes Ternes, Paris, until 2023', 'des Ternes'],
      ['previously of 48 Quarry\nLane, Sheffield, he then moved', 'Quarry\nLane'],
      ['resident at 5 Place\nde la Bourse, Bordeaux', 'de la Bourse'],
    ],
    ['Total 3\nItems shipped', 'Page 2\nSummary of findings', 'we had 3 meetings\nRoad map reviewed'],
  );
});
