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
      funeral_home_cases: 0.884,
      death_registration: 0.787,
      cemetery_veterans: 0.907,
      preneed_payments: 0.959,
      memorial_obituary_ai: 0.774,
    },
    slice: { realistic: { recall: 0.913, kept: 0.873 }, adversarial: { recall: 0.779, kept: 0.955 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, hundred-and-first round', REDTEAM101_CORPUS);
