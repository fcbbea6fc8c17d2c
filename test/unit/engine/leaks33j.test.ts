import { describe } from 'vitest';
import { leakCases } from '../../helpers/leak-checks.js';

/**
 * Leftovers of red-team rounds 36 (ERP, procurement, tax ids) and 39 (data platforms), each closed
 * as a general rule, with the look-alikes beside it that must stay. Values differ from the corpora:
 * other names, personnummer and organisation numbers of the same shapes.
 */
const { masks, keeps } = leakCases();

describe('a Nordic organisation number member (OrgNr) holding a sole trader personnummer', () => {
  masks('a personnummer with its century under OrgNr', { Namn: 'Hammar Bygg', OrgNr: '19811228-9874' }, ['19811228-9874']);
  masks('a ten-digit personnummer under org_nr', { supplier: { org_nr: '8112289874', name: 'Hammar Bygg' } }, ['8112289874']);
  masks('a coordination-style or unreadable value under organisationsnummer', { organisationsnummer: 'ej angivet 811228' }, [
    'ej angivet 811228',
  ]);
  keeps('a Swedish company organisation number under OrgNr', { Namn: 'Exempel AB', OrgNr: '556036-0793' }, ['556036-0793']);
  keeps('a Swedish company number with its 16 prefix', { OrgNr: '165560360793' }, ['165560360793']);
  keeps('a Norwegian organisation number (mod 11)', { orgnr: '923609016', navn: 'Eksempel ASA' }, ['923609016']);
  keeps('an org name member that is no number name', { orgName: 'Exempel AB', org_nr_type: 'AB' }, ['Exempel AB']);
});
