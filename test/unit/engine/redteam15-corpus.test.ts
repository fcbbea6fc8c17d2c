import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM15_CORPUS } from './fixtures/redteam15-corpus.js';

/**
 * Fifteenth red-team round: Latin-script records in languages other than English, with the
 * people, ids, phones, addresses and payment identifiers of Latin America, Africa, South and
 * Southeast Asia and continental Europe. Each case cites its public source in
 * fixtures/redteam15-corpus.ts. A planted value counts as found only if no raw copy of it remains
 * anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what holds
 * now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.725 (149 planted),
 * adversarial 0.644 (59); look-alikes kept 0.965 (57) / 1.000 (16). Per family (recall / kept):
 * ids 0.767 / 1.000, contact 0.792 / 0.923, payments 0.548 / 0.900, people 0.553 / 1.000.
 * (One corpus error was corrected after it: the BR Code's ID 59 wrote length 15 for a 14-character
 * name; the planted e-mail key leaked before the fix either way.)
 * After this round's fixes (field names in es / pt / fr / it / ro / id / ms / sw / tl: documento,
 * ruc, npwp, numéro national, kad pengenalan, tanggal lahir, data nascita, nomor HP, móvil, alamat,
 * nama lengkap, clabe, cbu, vpa, chave…; birth dates with local month names after a birth word;
 * lower-case CURP, dotted / lower-case DNI, lower-case NIE; CLABE and CBU in text by their check
 * digits; UPI addresses by handle; Pix BR Code key and receiver; phone words ligar, hubungi,
 * nipigie, cel…, with ID, PH, MY, NG, KE, ZA, CO, AR, CL, PE, PT tried after them; names after
 * me llamo, nama saya, ik ben…, and `N'` surnames): realistic 0.933, adversarial 0.864; kept
 * 0.965 / 1.000 (recall / kept: ids 0.953 / 1.000, contact 0.906 / 0.923, payments 0.871 / 0.900,
 * people 0.868 / 1.000).
 * Then (payee names after Dutch `t.n.v.`, a UPI link's `pn=`, an M-Pesa SMS's `sent to NAME 07…`;
 * the French title `M.`; capitals after `Nama saya`; a CSV `nom` column beside `prénom` and a
 * second table's header; birth days spelled out in es / fr / pt): realistic 0.953, adversarial
 * 0.949; kept unchanged (recall: ids 0.953, contact 0.906, payments 1.000, people 0.974).
 * Then (a bare local word for "name" beside a person's field in one JSON object: `nom` beside
 * `prénom`, `nama` beside `tanggal_lahir`, key:person_sibling): realistic 0.966, adversarial
 * 0.949; kept unchanged (recall: ids 0.965, contact 0.906, payments 1.000, people 1.000).
 * Then the text-level leftovers (a Belgian national number after a number word or `belge`, by
 * its check digits; French `portable` as a phone field whatever libphonenumber says):
 * realistic 0.973, adversarial 0.966; kept unchanged (recall: ids 0.977, contact 0.925).
 * Then (on another branch, merged with the above: a bare local word for "name" beside only a
 * person's id or a phone, key:person_sibling: `{nama, no_kad_pengenalan}`, `{jina, kra_pin}`;
 * beside a phone only a name written as a person's): realistic 0.993 on its own.
 * Known leaks left, by record shape: ARCEP's fiction range 06 39 98 xx xx (not a valid number to
 * libphonenumber) in a transcript far from the phone word; a number repeated more than 40
 * characters after `mi teléfono` (after the same number spelled out in words).
 * Look-alikes still masked: La Poste's head-office street; a bank's BIC under `BIC` (SWIFT_BIC is
 * masked by policy).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, fifteenth round',
  'red-team corpus 15',
  REDTEAM15_CORPUS,
  {
    family: { ids: 1, contact: 1, payments: 1, people: 1 },
    slice: { realistic: { recall: 1, kept: 0.964 }, adversarial: { recall: 1, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, fifteenth round', REDTEAM15_CORPUS);
