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
 * After this round's fixes (field names of the schemas: QBO `TaxIdentifier` / `AcctNum`, Xero
 * `BankAccountDetails`, MeF `TaxpayerIdentificationNum` / `NameLine1Txt`, T4 `snm` / `gvn_nm`,
 * `situsAddress` / `propertyAddress`, BRP `geslachtsnaam` / `voornamen` / `geboorte`,
 * `num_fiscal`, `Führerscheinnummer`, itsme `BENationalNumber`, Myinfo `uinfin`, DATEV's
 * natural-person name column; a firm's `VendorTaxIdentifier` and a tax agent's
 * `Intermediary.AustralianBusinessNumber` kept; SAML attribute values read by their `Name`; DSN
 * rubriques quoted with `=` / `:`; a codice fiscale after SPID's `TINIT-`; an identity document's
 * dates and issuer and a token's validity window kept; a title inside a capitalised run; NZ IRD and
 * bank account numbers after their words; a GB licence number in lower case; an unformatted SSN in a
 * tax form's file name; `3150 Calle Sombra`; double-barrelled surnames, surname-first name cells and
 * TFN / SIN / Steuer-IdNr cells in header-less person rows; IRS TIN Matching lines; an RTI
 * address's `<Line>`; co-owners and trustees of an assessor roll; a Companies House officer beside
 * `officer_role`; an id element's digits no phone by a neighbour's phone word): realistic 0.983,
 * adversarial 0.888; kept 0.992 / 0.983 (recall: tax_efiling 0.929, payroll_tax_reporting 0.943,
 * citizen_portals 0.939, registries 0.955, accounting_software 0.937).
 * Known leaks left, by record shape: an HMRC MTD VRN in the API path (a VAT registration is the
 * business's public id by policy, round 36; MTD serves companies too); `Name="…"` of a key=value
 * log line (`name=` holds pipelines' and jobs' names as often); Myinfo's `name: {value}` envelope;
 * an upper-case three-word Singapore name in a header-less CSV; base64 JSON in an OAuth `state`
 * query parameter; lower-case names and streets in notes (`wendell ashby`, `44 quail run dr`,
 * `erik halvorsen`, `122 burns crescent`) and a lower-case EFW2 record pasted into chat; a Māori
 * name (`Aroha Te Whiti`) and the second NZ account of `changed from … to …` (the account word
 * stands before the first); a name before an IBAN in a DATEV booking text; a birth date in a
 * header-less pipe row (a person row's ISO dates are hire and pay dates as often: masking them cost
 * round 67's voter file its registration date); a client folder `okwuosa-thaddeus` in a portal URL.
 * Look-alikes still masked: a county parcel number `052-231-17-00` (the grouping of a Swiss landline,
 * read as one alone in its field), twice.
 * After stop 39's person rows (structure/person-rows.ts: header-less rows read as evidence about
 *   their cells): adversarial recall 0.888 → 0.895 (payroll_tax_reporting 0.943 → 0.957).
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
      tax_efiling: 0.946,
      payroll_tax_reporting: 0.957,
      citizen_portals: 0.969,
      registries: 1,
      accounting_software: 0.936,
    },
    slice: { realistic: { recall: 0.983, kept: 0.992 }, adversarial: { recall: 0.937, kept: 0.983 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, sixty-seventh round', REDTEAM67_CORPUS);
