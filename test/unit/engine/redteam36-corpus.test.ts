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
 * After this round's fixes (SAP field names `TELF1` / `TELFX` / `TELNR`, `STCD1`–`STCD5`, `BANKN` /
 * `ACNUM`, `KOINH` / `ACNAM` / `EMFTX`, `NACHN` / `VORNA`, `GBDAT`, `ICNUM` / `PERID`; CDPOS rows
 * read by `FNAME` with `VALUE_OLD` / `VALUE_NEW`; `tax number` / `tax registration number` names
 * (a firm's named by its role stays), Bill.com `accNumber` and `devKey`, Coupa `name-given` /
 * `name-family`, Portuguese `fone`; nine bare SSN digits after TIN / tax number and in IRS bulk TIN
 * matching lines; an account number after `routing <9 digits> account`; `ES` + DNI; the German
 * Steuernummer right after its name (new detector `de_steuernummer`); a personnummer after `orgnr`
 * and a fødselsnummer after `personal number`; a German one-word street no longer read as a third
 * name word, which also made the flat IDoc idempotent): realistic 0.964, adversarial 0.831; kept
 * 0.804 / 0.940 (recall: sap 0.898, oracle_netsuite 0.931, procurement_portals 0.951,
 * tax_validation 0.871).
 * After the leftovers pass (leaks33g.test.ts: a company VAT id under a generic `taxId` kept when its
 * country prefix and that country's check prove it a firm's — AT, BE, CH, DE, DK, ES CIF, FI, FR,
 * GB, IT, NL 2020 form, PL, PT legal person; a letter code under `accountNumber`
 * (`VendorAccountNumber`) kept; `signature_date`, a `CreditCardTransaction` object and a CamelCase
 * company (`AcmeCorp`) no longer masked; NetSuite `tokenId` beside its secret, `startrfc -p`,
 * `achAcct` as a name, an ITIN in a TIN matching line, an AHV run together on a line with a Swiss
 * IBAN): realistic 0.974, adversarial 0.854; kept 0.922 / 0.940 (recall: sap 0.909,
 * oracle_netsuite 0.944, procurement_portals 0.975, tax_validation 0.882).
 * After the second leftovers pass (leaks33j.test.ts: a Nordic `OrgNr` / `organisationsnummer`
 * member masked unless it holds a company's organisation number (a Swedish one whose third digit
 * is 2 or more, Luhn; a Norwegian one, mod 11), so a sole trader's personnummer there goes):
 * adversarial 0.862; kept unchanged (recall: tax_validation 0.894). Left: the Swedish mobile under
 * `Mobil` (round 20 left the word out by name for its other senses).
 * Leftovers fixed in stop 34 (leaks34a.test.ts): BAPIRET2 message variables (`MESSAGE_V1` holding
 * the SSN or account its sibling `MESSAGE` names: inside a return row, values masked in context
 * are noted as record copies): realistic 0.985 (sap 0.932).
 * Known leaks left, by record shape: flat fixed-width IDoc columns (phone, `STCD1`,
 * `BANKN` without their names) and an SE16N pipe table's `STCD1` cell (a PESEL); a Greek street in
 * escaped XML (`Odos Ermou 52`); a Bill.com `devKey` after `body=` (a chained `=`), `achAcct:`
 * glued to its prefix inside a `|`-separated list, a 7-digit Canadian account after `account`, a
 * SIN starting with 8 (excluded on purpose); an Irish sole trader's VAT number (his PPS) under
 * `vatNumber` (a company's Irish VAT number has the same shape and check, and an XML `vatNumber`
 * is read by no name rule); a 555 phone in a header-less CSV; `dest.fone=` in text (a
 * whole-name rule on a dotted key); names: a surname that is also the business's (`Harper Landscaping LLC`), lower-case
 * names (`hannah brooks`, `grace liu`), reversed names in capitals (`FERNANDEZ MARTIN LUCIA`),
 * `Weber, Jürgen` after a creditor number, a `last=` query parameter, a `ownerName` (left: an
 * `owner.name` is a team as often), and `fname` as a first name (already so before this round).
 * Look-alikes still masked: BICs (the README's default policy masks SWIFT/BIC: 4), company tax ids
 * without a country prefix under a generic `taxId` (a Singapore UEN, a Chilean RUT: a person's has
 * the same shape) and a company RFC under `Rfc`, public head offices under address names and in
 * prose (SAP SE, Microsoft, Oracle, Coupa, Canada Square).
 * After stop 39's person rows (structure/person-rows.ts: header-less rows read as evidence about
 *   their cells): adversarial recall 0.900 → 0.908 (procurement_portals 0.988 → 1.000).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, thirty-sixth round',
  'red-team corpus 36',
  REDTEAM36_CORPUS,
  {
    family: { sap: 0.931, oracle_netsuite: 0.957, procurement_portals: 1, tax_validation: 0.928 },
    slice: { realistic: { recall: 0.989, kept: 0.921 }, adversarial: { recall: 0.907, kept: 0.955 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, thirty-sixth round', REDTEAM36_CORPUS);
