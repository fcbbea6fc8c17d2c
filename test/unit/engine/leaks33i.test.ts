import { describe } from 'vitest';
import { leakCases } from '../../helpers/leak-checks.js';

/**
 * Leftovers of red-team rounds 37 (insurance, automotive) and 38 (education, nonprofit), each
 * closed as a general rule, with the look-alikes beside it that must stay. Values differ from the
 * corpora: other names and numbers of the same shapes.
 */
const { masks, keeps } = leakCases();

describe('`nm`, the abbreviation of name, under a person parent (ACORD-style `pty: {nm}`)', () => {
  masks('a party update with the name in capitals under pty.nm', { evt: 'PartyChg', pty: { nm: 'KOVACS MIRELA', rel: 'INS' } }, [
    'KOVACS MIRELA',
  ]);
  masks('an insured under insured.nm', { insured: { nm: 'Dara Okafor', cls: 'A' } }, ['Dara Okafor']);
  masks('a driver record under driver.nm', { driver: { nm: 'TOBIAS LINDGREN', yrsLic: 12 } }, ['TOBIAS LINDGREN']);
  keeps('a product name under product.nm', { product: { nm: 'Widget Pro', sku: 'WP-20' } }, ['Widget Pro']);
  keeps('a company as the party', { pty: { nm: 'Acme Holdings LLC', typ: 'ORG' } }, ['Acme Holdings LLC']);
  keeps('a unit code under unit.nm', { unit: { nm: 'KM', factor: 1000 } }, ['"KM"']);
});

describe('a name over two cells of a header-less row, spelled by the e-mail of the row', () => {
  masks(
    'a roster loader line, quoted cells',
    'loader: reject line 88: "usr-1120","active","staff","Ines","Castellano","","ines.castellano7@district.example.net","(512) 555-0139"',
    ['Ines', 'Castellano', 'ines.castellano7@district.example.net'],
  );
  masks(
    'an LMS import row inside an error message, surname first in the address',
    { errors: [['users.csv', 'Duplicate sis id for row: S1184270,okoroafor,,Chinedu,Okoroafor,okoroafor_chinedu@uni.example.edu,active']] },
    ['Chinedu', 'Okoroafor,okoroafor_chinedu'],
  );
  masks('a tab-separated export chunk', 'export part 2:\n5510298\tLena\tHartmann\tlena-hartmann@example.org\tSpring 2026', [
    'Lena',
    'Hartmann',
  ]);
  keeps('a role mailbox beside its own words', 'ticket row: 4471,Support,Team,support.team@example.com,open', ['Support', 'Team']);
  keeps('capitalised words the address does not spell', 'row: 7781,Lena,Hartmann,noreply@example.org,Spring,Term', ['Spring', 'Term']);
  keeps('product words beside a shop mailbox', 'sku row: A-1187,Blue,Widget,bluewidget@shop.example.com,12.50', ['Blue', 'Widget']);
});
