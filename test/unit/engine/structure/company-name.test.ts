import { describe, expect, it } from 'vitest';
import { isCompanyName } from '../../../../src/engine/structure/company-name.js';

// Legal forms that end a firm's name (stop 39: Australian, Dutch / Belgian, Nordic, French, Italian
// and German forms beside the English ones); people's names, with a short surname, stay names.
describe('isCompanyName', () => {
  it('reads a name ending with a legal form as a company', () => {
    for (const v of [
      'Harbourline Logistics Pty',
      'Westmark Freight BV',
      'Scheldt Trading N.V.',
      'Kvarnby Shipping AB',
      'Saimaa Timber Oy',
      'Fjordkraft Holding ASA',
      'Boulangerie Martel SARL',
      'Officine Brambilla S.r.l.',
      'Ceramiche Adriatiche SpA',
      'Weber Maschinenbau KG',
      'Globex Corporation',
    ])
      expect(isCompanyName(v), v).toBe(true);
  });
  it('keeps people and facilities out', () => {
    for (const v of ['Joana Sa', 'Priya Raman', 'Okonkwo, Adaeze', 'Jane Doe c/o Acme Ltd', 'Returns Dept'])
      expect(isCompanyName(v), v).toBe(false);
  });
});
