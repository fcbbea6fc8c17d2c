import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM23_CORPUS } from './fixtures/redteam23-corpus.js';

/**
 * Twenty-third red-team round: the largest non-Latin markets again (Japanese, simplified Chinese,
 * Korean, Gulf and Egyptian Arabic, Russian, Ukrainian, Hindi, Hebrew, Thai, Greek) in shapes
 * rounds 10 and 17 did not use: application and server logs in those languages, audit trails of
 * local SaaS and clouds, healthcare and insurance, payroll and tax forms, AI-assistant
 * conversations and postal addresses. Each case cites its public source in
 * fixtures/redteam23-corpus.ts. A planted value counts as found only if no raw copy of it
 * remains anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are
 * what holds now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.692 (120 planted),
 * adversarial 0.539 (102); look-alikes kept 0.946 (111) / 1.000 (24). Per family (recall /
 * kept): ids 0.676 / 0.900, contact 0.617 / 0.951, people 0.500 / 1.000, health 0.605 / 1.000,
 * payments 0.721 / 0.933. (The corpus as first written planted 293 values and 173 look-alikes;
 * it was cut towards the brief's 200 / 100 by a mechanical rule before any fix — a value
 * planted twice counts once, then at most the first two values and the first two look-alikes
 * of each case; on all of them the same engine scored 0.764 realistic / 0.550 adversarial,
 * kept 0.951 / 1.000.)
 * After this round's fixes (field names of the patient, recipient, employee and payee in those
 * languages and the actor / member columns of CJK admin logs as whole names; Egypt / iqama / ΑΦΜ
 * / ABHA / ОМС / health-card field names and Chinese pinyin-initial columns `xm`, `sjh`, `sfzh`;
 * ids after their words in prose: Saudi id / iqama, Egypt national number, Russian passport and
 * ОМС policy, ΑΦΜ, ABHA, РНОКПП in pairs, Arabic-Indic digits folded; home addresses in prose:
 * Chinese road + 号 with a unit, Hebrew רחוב … דירה, Greek οδός, Egyptian number-first شارع, ص.ب,
 * 丁目 with U+2212; names: self-introductions 我叫 / 私は… です / 저는 ○○○입니다 / ผมชื่อ, glued
 * leads 参保人 / 成员 X 的, user=张三, Russian / Ukrainian full names with a patronymic anywhere,
 * the payee of Arabic transfer SMS and of Gulf bank SMS (إلى:), a CJK name beside a phone; birth
 * dates with Cyrillic / Greek months and in full-width 和暦; spoken phone digits 幺 and
 * Sino-Korean syllables; Japanese 普通 accounts and their katakana holder; a company's 10-digit
 * ИНН under an ИНН name kept): realistic 0.983, adversarial 0.882; kept 0.964 / 1.000
 * (recall: ids 0.941, contact 0.933, people 0.952, health 0.884, payments 0.977).
 * Known leaks left, by record shape: a CJK display name under an English member that is no bare
 * name (ActionTrail `DisplayName: 刘洋`); a person after "the patient" in Arabic / Hebrew clinic
 * notes (`المريضة ريم العنزي`, `המטופל משה פרץ`: the verbs that follow those words in notes would be
 * read as names too), after a Thai title glued to the given name (`นางมาลี สุขใจ`), after `الحالة:`,
 * `我是`, `入职：`, before a bracketed id and 님 (`윤서준(900101-1******)님`) and after a Greek
 * doorbell word (`ΚΟΥΔΟΥΝΙ ΠΑΠΑΔΑΚΗ`); a Korean mobile with blanks after `번호는` without `제`
 * (a bare 번호 is an order's number as often); a teudat zehut in SQL after `tz =` (no Hebrew word);
 * a My Number after `番号=` (the generic word); a percent-encoded Hangul name in a query string.
 * Look-alikes still masked: public company head-office addresses (Sony 本社所在地 by its 丁目 shape,
 * Tencent under 地址), a JAN code under a `JAN` member (13 digits passing Luhn read as a card), a
 * net salary under `net_salary` (COMPENSATION, by design).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, twenty-third round',
  'red-team corpus 23',
  REDTEAM23_CORPUS,
  {
    family: { ids: 0.941, contact: 0.933, people: 0.952, payments: 0.976, health: 0.883 },
    slice: { realistic: { recall: 0.983, kept: 0.963 }, adversarial: { recall: 0.882, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, twenty-third round', REDTEAM23_CORPUS);
