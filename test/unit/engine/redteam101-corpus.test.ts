import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM101_CORPUS } from './fixtures/redteam101-corpus.js';

/**
 * Hundred-and-first red-team round: funeral homes, cemeteries and death care — Passare cases and
 * acquaintances, funeralOne f1Connect cases, arrangement-conference notes, FTC Funeral Rule
 * statements, first-call log lines, removal dispatch SMS and obituary webhooks; HL7 FHIR VRDR
 * decedent, parents, informant and mortician resources, NCHS IJE mortality fields, EDRS audit lines,
 * SSA-721, burial-transit permits, medical-examiner releases, cremation authorisations, the INSEE
 * death file, a German Bestattungsauftrag, a Brazilian certidão de óbito and a Japanese 死亡届;
 * interment and deed records, ArcGIS cemetery layers, VA 40-10007 pre-need applications, DD-214
 * extracts, National Cemetery Scheduling Office requests, VA 40-1330 inscriptions, Italian and
 * Dutch grave concessions; pre-need applications, insurance assignments, Stripe PaymentIntents and
 * charges, ACH trust refunds, SEPA invoices, Medicaid funeral trusts, QuickBooks invoices; guestbook
 * entries, obituary survivor lists, florist wire orders, memorial gifts, livestream registrations,
 * AI obituary writers, Korean 부고, French avis de décès and Portuguese missa notices. Each case cites
 * its public source in fixtures/redteam101-corpus.ts. A planted value counts as found only if no raw
 * copy of it remains anywhere in the output (values, keys, evidence), JSON-escaped or not. The
 * floors are what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.913 (184 planted),
 * adversarial 0.779 (136); look-alikes kept 0.873 (126) / 0.955 (68). Per family (recall / kept):
 * funeral_home_cases 0.884 / 0.880, death_registration 0.787 / 0.883, cemetery_veterans 0.907 /
 * 0.942, preneed_payments 0.959 / 0.888, memorial_obituary_ai 0.774 / 0.921. (The corpus plants 320
 * values and 194 look-alikes in 78 cases.) The idempotence suite passed before any fix.
 * The look-alikes masked before any fix: funeral-home, chapel, crematory, mortuary and church names
 * with a family or place word (`Keane Brothers Funeral Home`, `Van Strien Creston Funeral Home`,
 * `Rio Grande Funeral Chapel`, `Hamilton Funeral Home`, `Glen Haven Chapel`, `Diamond Head
 * Crematory`, `Sangre de Cristo Mortuary`, `St. Vincent de Paul Catholic Church`, `Grace Lutheran`,
 * `Cemitério da Consolação`, read as persons), the hymn `Amazing Grace` and a casket's `18 Gauge
 * Steel` (persons), a headstone inscription's `LT COL` under `line2` (an address line), an e-mail's
 * `Message-ID` (an e-mail address) and a business address of a funeral home after its name.
 * The main leak classes before any fix: names under NCHS IJE field names (`GNAME`, `DDADF`, `DMOMF`,
 * `DMOMMDN`) and abbreviated decedent keys (`dec_fname`, `dec_lname`); names after `Deceased:`,
 * `decedent=`, `in memory of`, `Missa de 7º dia de`, and a single given name after a survivor
 * phrase (`me (Okwudili)`, `Eulalia is survived`, `Thinking of Thaddeus`); staff logins under
 * `taken_by` / `synced_by`; the INSEE `NOM*PRENOMS/` cell and a lower-case header-less pipe row;
 * the obituary survivor convention `Lavinia (Osmund) Trelawney`; a DD-214 `NAME (Last, First,
 * Middle)` block in capitals and a lower-case `casimir t alderwood`; military service numbers
 * (`RA18743390`, `US56712083`); URL-encoded names under `insured_first` / `insured_last`, `nom`, and
 * in a nested query (`q=last%3D…%26first%3D…`); lower-case names after `for grandma`, `kids are`,
 * `witnessed by`, `family of`, `cousin`, and `last, first` first in a note; Korean and Japanese
 * names after `상주` and under `届出人`; a Brazilian phone `(11) 96123-4567` after a name.
 * After this round's fixes (NCHS IJE name fields `GNAME`, `DDADF`, `DDADMID`, `DMOMF`, `DMOMMID`,
 * `DMOMMDN`, `DMIDDLE`, `DMAIDEN`, `SPOUSEF`, `SPOUSEL`, `CERTFIRST`…, a funeral system's `dec_fname`
 * / `dec_lname`, a pre-need form's `insured_first` / `insured_last`, `decedent`, military service
 * and VA claim / file numbers, and the logins under `taken_by` / `synced_by` (detect/keys.ts); a
 * person object's date of death read by its own name (engine.ts inheritedEntity: SSA-721
 * `decedent.dateOfDeath` stays); a tar header's group under a bare `gname` kept (structure/types.ts);
 * `Deceased:`, `Decedent:`, `Difunto:`, `Falecido:`, `Verstorbene:` as name labels and `memory of`,
 * `survived by`, `predeceased by`, `family of` as leads (person-names.ts); lower-case names after
 * `grandma`, `grandpa`, `family of`, `memory of`, `survived by`, `the late` and after `are`
 * (`her kids are …`: lower-case-names.ts); `届出人`, `喪主`, `상주` as field names and leads
 * (native-script-keys.ts, native-names.ts); the name parts of an encoded query inside a parameter
 * (`q=last%3D…%26first%3D…`: structure/url.ts); `contato` / `contacto` as phone words (pii.ts); new
 * detectors obituary_survivor_name (`Lavinia (Osmund) Trelawney`, an obituary's subject before `is
 * survived by` / `passed away`) and insee_death_file_name (`NOM*PRENOMS/` and the birth date of the
 * INSEE death file); kept: funeral homes, chapels, crematories, mortuaries, cemeteries and
 * denominations' churches named after a family or a place (their head nouns in person-names.ts
 * ORG_WORDS and after a run), `Amazing Grace`, a casket's `Gauge` (person-name-stop.ts)): realistic
 * 0.983, adversarial 0.889; kept 0.976 / 1.000 (recall: funeral_home_cases 0.985,
 * death_registration 0.909, cemetery_veterans 0.969, preneed_payments 1.000, memorial_obituary_ai
 * 0.873).
 * Stop 47's leftover pass (left101-corpus.test.ts) added: form_name_block (the DD-214 block 1 in
 * capitals after its title), `Thinking of` and the other condolence leads, `nom` beside `prenom` in
 * a form body, a rank alone under an inscription's `line2` kept, a funeral home's business street
 * after its name kept: realistic 0.995, adversarial 0.897; kept 0.992 / 1.000 (recall:
 * funeral_home_cases 0.986, death_registration 0.909, cemetery_veterans 0.985, preneed_payments
 * 1.000, memorial_obituary_ai 0.901).
 * Known leaks left, by record shape: single given names (`me (Okwudili)`, `his son Okwudili`); an
 * IJE row in lower case without a header (five values, the SSN
 * nine digits without dashes); given names no list knows after a lead (`witnessed by percival
 * hargreave`, `grandma ethelinda …`, `family of barnabas whitcombe`) and a couple joined by `&`
 * (`cousin ingrid & ferdinand whitcombe`); lower-case names with no lead (`casimir t alderwood`
 * after `eligibility:`, `pennywhistle, eulalia` opening a note, a whole-name cell of a header-less
 * CSV); `Missa de 7º dia de Sebastião Albuquerque Tavares`; a Korean name's second copy after an
 * account number. Look-alikes still masked: an e-mail's Message-ID under `messageId` (an e-mail
 * address; see left101-corpus.test.ts for the decision).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, hundred-and-first round',
  'red-team corpus 101',
  REDTEAM101_CORPUS,
  {
    family: {
      funeral_home_cases: 0.985,
      death_registration: 0.909,
      cemetery_veterans: 0.984,
      preneed_payments: 1,
      memorial_obituary_ai: 0.915,
    },
    slice: { realistic: { recall: 0.994, kept: 0.992 }, adversarial: { recall: 0.904, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, hundred-and-first round', REDTEAM101_CORPUS);
