import { describe } from 'vitest';
import { detectorCases } from './support.js';

// Sources: the SSR DOCS (APIS) element as airline and GDS documentation write it; the IATA
// Resolution 792 BCBP implementation guide's example (M1DESMARAIS/LUC … YULFRAAC 0834).
describe('apis_docs', () => {
  detectorCases(
    'apis_docs',
    [
      ['3 SSR DOCS BA HK1 P/GBR/503949273/GBR/12JUL82/M/20NOV29/SMITH/JOHN/PAUL', '503949273/GBR/12JUL82/M/20NOV29/SMITH/JOHN'],
      ['SRDOCS BA HK1-P-GBR-503949273-GBR-12JUL82-M-20NOV29-SMITH-JOHN/P1', 'SMITH-JOHN'],
      ['SSR DOCS LH HK1 P/DEU/C01X00T47/DEU/12AUG64/F/31OCT31/MUSTERMANN/ERIKA', 'C01X00T47'],
    ],
    ['see the SSR DOCS format in the GDS manual, section 4', 'SSR DOCS BA HK1 P/GBR'],
  );
});

describe('boarding_pass_name', () => {
  detectorCases(
    'boarding_pass_name',
    [
      ['bcbp="M1DESMARAIS/LUC       EABC123 YULFRAAC 0834 326J001A0025 100"', 'DESMARAIS/LUC'],
      ['M1MUSTERMANN/ERIKA    E8OQ6FU FRARLXLH 4010 012C004D0001 148>5181W', 'MUSTERMANN/ERIKA'],
    ],
    [
      // A name field one character short of 20 (the positions do not hold); no slash in the name.
      'M1MUSTERMANN/ERIKA   E8OQ6FU FRARLXLH 4010 012C004D0001 148>5181W',
      'M1 MACBOOK PRO 14 INCH  E1234567 SFOJFKUA 0001 001Y001A0001 100',
    ],
  );
});
