import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM42_CORPUS } from './fixtures/redteam42-corpus.js';

/**
 * Forty-second red-team round: logistics, shipping, customs and last-mile delivery (carrier ship /
 * rate / track / address-validation calls and webhooks, aggregator API credentials, customs
 * declarations and entry summaries with personal importer / consignee ids, proof of delivery and
 * delivery instructions, returns / RMA, WMS events, bills of lading, courier chat). Each case cites
 * its public source in fixtures/redteam42-corpus.ts. A planted value counts as found only if no raw
 * copy of it remains anywhere in the output (values, keys, evidence), JSON-escaped or not. The
 * floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.957 (141 planted),
 * adversarial 0.721 (122); look-alikes kept 0.824 (119) / 0.953 (43). Per family (recall / kept):
 * carrier_api 0.949 / 0.758, customs_trade 0.792 / 0.935, last_mile 0.814 / 0.882,
 * warehouse_returns 0.813 / 0.919. (The corpus plants 263 values and 162 look-alikes, more than the
 * brief's 200 / 100; it was not cut.) The idempotence suite failed before any fix too: a UK mobile
 * in chat prose (`ring 07700 900461`) is read as a postcode `900461`, and its `07700` is masked
 * only on the second pass.
 * After this round's fixes (phone words `appeler` / `appelez` and a UK mobile written 5 + 6 after a
 * contact preposition; a Korean mobile written 3-4-4 in Korean text; digicodes with a keypad letter
 * and key-safe codes; bare GPS pairs joined by a slash; Korean PCCC (KR_PCCC) by field name and
 * after its name; CJK personal names under a shipment party's bare role (`receiver`, `consignee`,
 * `buyer`…) and `buyerName` / `from_name` / `to_name`; Chinese names after 姓名 / 收件人 / 收货人;
 * Korean side roads numbered without 번, `Quay`, a connective inside a word-first street name; a
 * shipment's identification number is a tracking number; a short carrier account code is no bank
 * account): realistic 0.993, adversarial 0.803; kept 0.832 / 0.977 (recall: carrier_api 0.949,
 * customs_trade 0.909, last_mile 0.881, warehouse_returns 0.854). The idempotence suite passes.
 * Leftovers fixed (stop 34): a bare `key` beside `pass` / `password` / `secret` read as a client
 * credential when it reads as a generated one; 11 bare digits passing the CPF check digits after
 * `documento` / `doc` within the context window (a broker's e-mail); a postal address object's
 * city, region, country and postal code read by their own names (DHL `postalAddress` was masked
 * whole): adversarial 0.820 (carrier_api 0.962, customs_trade 0.922); kept unchanged.
 * Leftovers fixed (stop 34, second pass): a company sending party's street lines and postcode (a
 * `shipper` / `shipperDetails` / `shipFrom` / `fromAddress` / `address_from` / `origin` /
 * `return_to` / `warehouse` / `sender` object that names a company: a `company` / `companyName` /
 * `firm` member other than the contact's own name, or a name with a legal form or a facility's head
 * word such as `Returns Dept`, `… DC`; and a one-line `shipper` whose first part is a company's
 * name) stay; its contact's name, phone and e-mail, and every recipient's, consignee's, `shipTo`'s
 * and `return_from`'s address keep masking. Measured with the merges of this stop: realistic
 * 0.993, adversarial 0.828 (warehouse_returns 0.875); kept 0.950 / 0.977 (carrier_api 0.952,
 * customs_trade 0.957, warehouse_returns 1.000).
 * Leftovers fixed (stop 36): Cargo-IMP FWB / FHL party lines (`SHP` / `CNE` / `NFY` and their
 * `/NAME`, `/STREET`, `/…/TE/NUMBER` continuation lines: a person's name, a consignee's or a
 * person's street, the contact number; structure/cargo-imp.ts); a ZPL shipping label's addressee
 * after `SHIP TO` / `DELIVER TO` and the street field after it; an e-mail spelled out with a
 * mailbox name (`x.y at example dot com`) and a national number joined to it by `or`; a street
 * line form-encoded under `addr=`; a proof of delivery's signer in lower case after `signed by` /
 * `signed for by` (a known given name and surname): adversarial 0.893 (carrier_api 0.975,
 * last_mile 0.932, warehouse_returns 0.958); kept unchanged.
 * Known leaks left, by record shape: names in lower case in prose and log lines (`receiver=sanne
 * bakker, vondelstraat 78 huis`, `for carlos mendoza (742 evergreen way reno)`); names in upper case in
 * fixed-width records (a CBP ABI record `TANAKA REBECCA`); an initial and a surname after
 * `neighbour`; a single given name or surname in chat (`Jess`, `(Okonkwo)`, `interphone
 * MARCHAND`); a Hangul name as a bare row cell; a CPF as 11 bare digits under a `doc` column whose
 * header is more than 40 characters before it (no column reading for a CSV export's bare ids); an
 * SSN as 9 bare digits in a fixed-width record; a Chinese address without 号 in prose; a Japanese
 * chome address in capitals; a Swedish mobile in a header-less CSV row.
 * Look-alikes still masked: the PostNL `Customer.Address` sender block (`Customer` is a person as
 * often as not) and a depot's address in a TMS stop list (a stop is no sending party); a sole
 * trader's or a shipper's without any company member or legal form stays masked on purpose; a
 * FedEx shipper `accountNumber` of digits (read as a bank account), a
 * company CNPJ (BR_CNPJ masks every CNPJ: an MEI's is a person's), a consignee's zip code listed as
 * a look-alike.
 * Fixed in stop 37 (lower-case names): the lower-case name after `for` in a log line (`for carlos
 * mendoza (742 …)`); `receiver=sanne bakker` is left (`sanne` is in no given-name list).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, forty-second round',
  'red-team corpus 42',
  REDTEAM42_CORPUS,
  {
    family: { carrier_api: 0.974, customs_trade: 0.922, last_mile: 0.932, warehouse_returns: 0.979 },
    slice: { realistic: { recall: 0.992, kept: 0.949 }, adversarial: { recall: 0.901, kept: 0.976 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, forty-second round', REDTEAM42_CORPUS);
