import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM67_CORPUS } from './fixtures/redteam67-corpus.js';

/**
 * Sixty-seventh red-team round: the records of tax authorities and government e-services (IRS MeF
 * returns and acknowledgements, state e-file, HMRC MTD VAT / Income Tax API calls, ATO SBR, ELSTER
 * / ERiC, CRA; payroll-tax reporting: HMRC RTI, SSA EFW2, IRS FIRE, ATO STP Phase 2, CRA T4, French
 * DSN, German DEÜV, Irish PAYE, Norwegian a-melding; citizen sign-in and identity proofing:
 * Login.gov, GOV.UK One Login, FranceConnect, BankID, SPID / CIE, Singpass Myinfo, ID.me, itsme,
 * MitID; registries: Companies House officers and PSCs, DVLA / DMV / KBA, licence boards, land and
 * property-tax rolls, voter files, UBO registers, the Dutch BRP; accounting software: QuickBooks
 * Online, Xero, TIN Matching, Lacerte, DATEV, Sage, Drake portals). Each case cites its public
 * source in fixtures/redteam67-corpus.ts. A planted value counts as found only if no raw copy of it
 * remains anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what
 * holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.871 (178 planted),
 * adversarial 0.713 (143); look-alikes kept 0.953 (127) / 0.984 (62). Per family (recall / kept):
 * tax_efiling 0.839 / 0.957, payroll_tax_reporting 0.800 / 1.000, citizen_portals 0.864 / 0.944,
 * registries 0.773 / 0.923, accounting_software 0.730 / 1.000. (The corpus plants 321 values and
 * 189 look-alikes in 94 cases, more than the brief's 200 / 100; it was not cut.) The idempotence
 * suite passed before any fix.
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, sixty-seventh round',
  'red-team corpus 67',
  REDTEAM67_CORPUS,
  {
    family: {
      tax_efiling: 0.839,
      payroll_tax_reporting: 0.8,
      citizen_portals: 0.863,
      registries: 0.772,
      accounting_software: 0.73,
    },
    slice: { realistic: { recall: 0.87, kept: 0.952 }, adversarial: { recall: 0.713, kept: 0.983 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, sixty-seventh round', REDTEAM67_CORPUS);
