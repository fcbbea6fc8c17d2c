import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM36_CORPUS } from './fixtures/redteam36-corpus.js';

/**
 * Thirty-sixth red-team round: ERP, procurement and accounts-payable records (SAP IDocs, change
 * documents, BAPI and Gateway messages, Ariba and Concur; Oracle Fusion / EBS, NetSuite, Dynamics
 * 365; Coupa, Tipalti, Bill.com, AvidXchange, supplier-portal audit, W-9 / W-8BEN / 1099; VIES,
 * HMRC and national tax-id look-ups, sole traders whose tax id is a personal number). Each case
 * cites its public source in fixtures/redteam36-corpus.ts. A planted value counts as found only if
 * no raw copy of it remains anywhere in the output (values, keys, evidence), JSON-escaped or not.
 * The floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.878 (196 planted),
 * adversarial 0.746 (130); look-alikes kept 0.804 (102) / 0.940 (67). Per family (recall / kept):
 * sap 0.727 / 0.941, oracle_netsuite 0.903 / 0.864, procurement_portals 0.877 / 0.935,
 * tax_validation 0.812 / 0.698. (The corpus plants 326 values and 169 look-alikes, more than the
 * brief's 200 / 100; it was not cut.) The idempotence suite failed before any fix too: in the flat
 * (fixed-width) CREMAS IDoc a name before a masked street is found only on the second pass.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, thirty-sixth round',
  'red-team corpus 36',
  REDTEAM36_CORPUS,
  {
    family: { sap: 0.727, oracle_netsuite: 0.902, procurement_portals: 0.876, tax_validation: 0.811 },
    slice: { realistic: { recall: 0.877, kept: 0.803 }, adversarial: { recall: 0.746, kept: 0.94 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, thirty-sixth round', REDTEAM36_CORPUS);
