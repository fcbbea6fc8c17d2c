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
 * After the leftovers pass (leaks30b: a CJK personal name under `DisplayName` / `nickName`; names
 * after `我是` (a common family name first), `入职：`, a Thai title glued to the given name, before a
 * bracketed id and 님; a Korean mobile with blanks after a bare `번호는`; a teudat zehut after `tz =`
 * and a My Number after a bare `番号=`, check digits required; a percent-encoded CJK name under
 * `name=`; a GS1 code under `JAN` / `ean` / `gtin` kept): realistic 0.992, adversarial 0.961; kept
 * 0.973 / 1.000 (recall: ids 1.000, contact 0.967, people 1.000, health 0.930, payments 1.000).
 * Known leaks left, by record shape: a person after "the patient" in Arabic / Hebrew clinic notes
 * (`المريضة ريم العنزي`, `המטופל משה פרץ`: the verbs that follow those words in notes would be read
 * as names too), after `الحالة:` and after a Greek doorbell word (`ΚΟΥΔΟΥΝΙ ΠΑΠΑΔΑΚΗ`); a Japanese
 * name in a SQL VALUES list (`values (佐藤花子, …)`).
 * Look-alikes still masked: public company head-office addresses (Sony 本社所在地 by its 丁目 shape,
 * Tencent under 地址), a net salary under `net_salary` (COMPENSATION, by design).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, twenty-third round',
  'red-team corpus 23',
  REDTEAM23_CORPUS,
  {
    family: { ids: 1, contact: 0.966, people: 1, payments: 1, health: 0.93 },
    slice: { realistic: { recall: 0.991, kept: 0.972 }, adversarial: { recall: 0.96, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, twenty-third round', REDTEAM23_CORPUS);
