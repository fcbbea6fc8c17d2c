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
