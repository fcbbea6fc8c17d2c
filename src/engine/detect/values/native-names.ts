/**
 * Names of people in records written in other languages and scripts (red-team round 10), found
 * after the words that introduce a person in that language: "меня зовут Иванов Иван Иванович",
 * "Контакт: Петров Сергей", "Ασθενής: Γιώργος Παπαδόπουλος", "Khách hàng: Nguyễn Văn A",
 * "שם: ישראל ישראלי", "मेरा नाम अजय शर्मा है", "ลูกค้า สมชาย ใจดี", "收货人：张三", "고객 홍길동",
 * "お客様: 高橋 健一 様", and before a Japanese or Korean honorific ("佐藤花子様", "홍길동님").
 *
 * What follows the introducing words is read by the script's writing of names: capitalised words
 * (Cyrillic, Greek, Latin with diacritics; 1–3 words, or 2–3 words in capitals), two words in
 * scripts without case (Arabic, Hebrew, Devanagari, Thai), 2–5 Han characters (a family and a given
 * name, a blank between them or not), 2–4 Hangul syllables. The introducing words are keywords of
 * text needs a letter of one of those scripts (prefilter) before anything is searched.
 */
import { SIG_NON_ASCII } from '../char-signature.js';
import type { Span, TextScan, ValueDetector } from '../types.js';
import { THAI_LABEL_AFTER_NAME, THAI_NAME_WORD, THAI_THING_AFTER_NAME } from '../native-script-keys.js';
import { detectorFields } from './helpers.js';

type Writing = 'cased' | 'uncased' | 'han' | 'hanVerb' | 'hangul' | 'kana';

/** Introducing words, by the writing of the name that follows them. */
const LEADS: readonly (readonly [Writing, readonly string[]])[] = [
  [
    'cased',
    [
      'меня зовут',
      'зовут',
      'фио',
      'клиент',
      'контакт',
      'пациент',
      // Round 23: the female forms and Ukrainian (`Пациентка Лебедева М.`).
      'пациентка',
      'пацієнт',
      'пацієнтка',
      'получатель',
      'мене звати',
      'піб',
      'клієнт',
      'отримувач',
      'ασθενής',
      'ονομάζομαι',
      'με λένε',
      'πελάτης',
      'ονοματεπώνυμο',
      // Turkish capitals keep their dotted İ (`SAHİBİ`), which no case-insensitive match folds to i.
      'adım',
      'başvuru sahibi',
      'BAŞVURU SAHİBİ',
      'başvuru',
      'müşteri',
      'khách hàng',
      'tên tôi là',
      'họ và tên',
      'người nhận',
      // Round 17: Kazakh recipient / sender of a transfer (`Алушы: Асқар Жұмабаев`), Serbian and
      // Bulgarian forms (`име и презиме`), Russian sender, Armenian name and recipient.
      'алушы',
      'жіберуші',
      'аты-жөні',
      'отправитель',
      'име и презиме',
      'три имена',
      'անուն ազգանուն',
      'ստացող',
    ],
  ],
  [
    'uncased',
    [
      'שמי',
      'שם:',
      'לקוח',
      'اسمي',
      'الاسم',
      'العميل',
      'मेरा नाम',
      'ग्राहक',
      'ลูกค้า',
      'ชื่อ',
      // Round 17: the beneficiary, recipient or sender of a transfer and a customer's name in Arabic,
      // Persian (`به نام` "in the name of"), Urdu, Bengali, Marathi and Georgian wallet and bank
      // messages (`بھیجنے والا: محمد علی`, `প্রেরক: আবুল কালাম`, `ग्राहकाचे नाव: राहुल पाटील`).
      'المستفيد',
      'به نام',
      'گیرنده',
      'فرستنده',
      'بھیجنے والا',
      'وصول کنندہ',
      'প্রেরক',
      'প্রাপক',
      'গ্রাহক',
      'ग्राहकाचे नाव',
      'ग्राहक का नाम',
      'प्राप्तकर्ता का नाम',
      'प्रेषक',
      'მიმღები',
      'გამგზავნი',
      // Round 23: the payee line of a Gulf bank's transfer SMS (`إلى: خالد العتيبي`), and `باسم`
      // ("in the name of") before a person (`باسم سعد الغامدي`; not `باسم الشركة`, see NOT_A_NAME_START).
      'إلى:',
      'الى:',
      'باسم',
    ],
  ],
  // Japanese forms and records also name a person as the contact, the applicant or the policyholder
  // (連絡先, 申込者, 契約者) or the person in charge (担当者).
  [
    'han',
    [
      '客户',
      '收货人',
      '收件人',
      '联系人',
      '姓名',
      '顾客',
      'お客様',
      '氏名',
      '氏　名',
      '振込先',
      '名義',
      'お名前',
      '連絡先',
      '申込者',
      '契約者',
      '担当者',
      // A death notification's notifier and a funeral's chief mourner (`届出人 鈴木 花子`, `喪主`:
      // red-team round 101).
      '届出人',
      '喪主',
      // Round 23: the user of a log line's context (`[user=张三]`, MDC / logfmt), named in Han.
      'user',
      'username',
      'operator',
      'nickname',
    ],
  ],
  // Dictated orders end the lead with a verb that sets the name apart itself: `收件人写刘洋`
  // ("write the recipient as …"), `收货人是…`, `联系人叫…`.
  ['hanVerb', ['收件人写', '收货人写', '收件人是', '收货人是', '联系人是', '联系人叫', '收件人叫', '收货人叫']],
  // A Japanese full name in katakana, family and given name apart, after the reading's label
  // (red-team round 60: `フリガナ: ヤマダ タロウ`). Not after `name`: katakana writes loanwords too
  // (`name: サービス アカウント`).
  ['kana', ['フリガナ', 'ふりがな', '氏名カナ', 'カナ氏名', 'セイメイ']],
  // The recipient and sender lines of Korean delivery messages (`받는 분: 정하은`).
  [
    'hangul',
    // A funeral notice's chief mourner (`상주: 김민준(장남)`: red-team round 101).
    ['고객', '이름', '성명', '고객명', '예금주', '받는 분', '받는분', '받는 사람', '보내는 분', '보내는 사람', '수령인', '수취인', '상주'],
  ],
];

/** A letter of the scripts of LEADS and HONORIFIC (Armenian, Bengali and Georgian too), or of Turkish (ı İ ş ğ) and Vietnamese (ơ ư đ ạ…ỹ). */
const NAME_SCRIPTS =
  /[\u0370-\u03ff\u0400-\u04ff\u0530-\u06ff\u0900-\u09ff\u10a0-\u10ff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0130\u0131\u015e\u015f\u011e\u011f\u01a0\u01a1\u01af\u01b0\u0110\u0111\u1ea0-\u1ef9]/;

/**
 * Between the introducing words and the name: blanks, a colon, a dash; and a second label of the
 * same field in another language after a slash (`ФИО / Full name: …`, bilingual forms).
 */
const GAP = '[\\s:：=\\-–—]{0,4}(?:/\\s?[\\p{L} .]{2,24}?[:：]\\s{0,2})?';
const SET_APART = '[\\s:：=\\-–—]{1,4}';
/** Two katakana words, a blank or a middle dot between them: a family and a given name (`ヤマダ タロウ`, `ジョン・スミス`). */
const KANA_NAME = '[\\p{Script=Katakana}ー]{2,8}[ 　・][\\p{Script=Katakana}ー]{1,8}(?![\\p{Script=Katakana}ー])';
const NAME_BY_WRITING: Record<Writing, RegExp> = {
  // Capitalised words (a last one may be an initial: `Nguyễn Văn A`), or words in capitals.
  cased: new RegExp(
    `${GAP}((?:\\p{Lu}[\\p{Ll}\\p{M}'’-]+)(?:[ \\u00a0](?:\\p{Lu}[\\p{Ll}\\p{M}'’-]+|\\p{Lu}(?![\\p{L}\\p{M}]))){0,2}|\\p{Lu}{2,}(?: \\p{Lu}{2,}){1,2})(?![\\p{L}\\p{M}])`,
    'uy',
  ),
  uncased: new RegExp(`${GAP}([\\p{L}\\p{M}]{2,}(?: [\\p{L}\\p{M}]{2,})?)`, 'uy'),
  // Han and Hangul run on without blanks: the name must be set apart (`お客様各位` is no name).
  // After a Japanese lead the name may be written in katakana (`氏名: タカハシ ユウキ`, round 60).
  han: new RegExp(`${SET_APART}(\\p{Script=Han}{1,2}[ 　]?\\p{Script=Han}{1,3}(?!\\p{Script=Han})|${KANA_NAME})`, 'uy'),
  kana: new RegExp(`${SET_APART}(${KANA_NAME})`, 'uy'),
  hanVerb: new RegExp(`${GAP}(\\p{Script=Han}{1,2}[ 　]?\\p{Script=Han}{1,2})(?!\\p{Script=Han})`, 'uy'),
  hangul: new RegExp(`${SET_APART}([\\uac00-\\ud7af]{2,4})(?![\\uac00-\\ud7af])`, 'uy'),
};

/**
 * A Japanese or Korean name right before its honorific: `佐藤花子様`, `高橋 健一 様`, `홍길동님` (and a
 * particle after it: `박지민님이`); a Korean name may carry a bracketed id or note before 님 as
 * insurers' and clinics' notices print it (`김하늘(850505-2******)님`).
 */
const HONORIFIC =
  /(?<![\p{Script=Han}])(\p{Script=Han}{1,2}[ 　]?\p{Script=Han}{1,3})[ 　]?(?:様|さま|さん|殿)|(?<![\uac00-\ud7af])([\uac00-\ud7af]{2,4})(?:\([^()\n]{1,24}\))? ?(?:님|씨)(?:이|은|께서|께|의|을|에게)?(?![\uac00-\ud7af])/gu;
/** Words before an honorific that are no name: お客様 (customer), 皆様 (everyone), ご担当者様, 貴社様… */
const NOT_A_NAME_END = /[客皆者社員位方神王様会殿]$/u;

const ALL_LEADS = LEADS.flatMap(([writing, words]) => words.map((w) => [w, writing] as const)).sort((a, b) => b[0].length - a[0].length);
/**
 * A bank's transfer notice names the sender after the amount: Sber's SMS `Перевод 5000р от Иван
 * Иванович И.`, `перевод 1 500,00 ₽ от …`, `Перевод от …` (capitalised words follow: cased).
 */
const TRANSFER_FROM = 'перевод(?:\\s[\\d\\s.,]{0,12}\\d\\s?(?:р\\.?|руб\\.?|₽|rub))?\\sот';
const LEAD_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:(${ALL_LEADS.map(([w]) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})|(${TRANSFER_FROM}))`,
  'giu',
);
const WRITING_OF = new Map(ALL_LEADS.map(([w, writing]) => [w.toLowerCase(), writing]));
/** What a dictating verb lead (`收件人写`) may be followed by that is no name: `写的是`, `写错了`. */
const NOT_A_HAN_VERB_NAME = /^[的错了成好在]/u;
/**
 * A romanisation of the name right after it, in parentheses (`Жұмабаева Әйгерім (ZHUMABAYEVA
 * AIGERIM)`, `정하은 (JEONG HAEUN)`): one to three Latin words in capitals.
 */
const ROMANISED = /[ \u00a0]?\(([A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){0,2})\)/y;
/**
 * A payee named before the Marathi / Hindi postposition and verb of a payment notice (`₹500 सुनील
 * जोशी (suniljoshi@paytm) यांना पाठवले`, `राहुल वर्मा को भेजे`): the two Devanagari words before
 * it, a handle in parentheses between them allowed.
 */
const PAYEE_BEFORE_VERB =
  /(?<![\u0900-\u097f])([\u0900-\u097f]{2,} [\u0900-\u097f]{2,})(?: \([^()\n]{1,64}\))? (?:यांना|यांस|ला|को) (?:पाठवले|पाठवला|पाठवली|भेजे|भेजा|भेजी)/gu;
/**
 * Words after an uncased lead that start no person's name: `به نام خدا` ("in the name of God", the
 * head of Persian letters); Hindi and Marathi postpositions and the word "name" itself
 * (`ग्राहक का नाम`, customer's name, is a label: the name comes after it).
 */
const NOT_A_NAME_START = /^(?:خدا|خداوند|الله|ایزد|का|की|के|को|ने|से|में|पर|चे|ची|चा|च्या|ला|नाव|नाम)(?![\p{L}\p{M}])/u;
/** Devanagari and Bengali: a lead followed by a letter or a vowel sign is a longer word (`ग्राहकाचे`, customer's), no lead. */
const INDIC_LEAD = /^[\u0900-\u09ff]/;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
/** Korean words before 님 / 씨 that are no name: 고객님 (customer), 회원님 (member)… */
const NOT_A_KOREAN_NAME = new Set(['고객', '회원', '사용자', '관리자', '담당자', '선생', '사장', '여러분', '부장', '과장', '팀장']);

/**
 * Round 23: leads of scripts written without spaces, glued to the word before them (`修改成员 王芳
 * 的…`, `尊敬的参保人刘芳`, `สวัสดีครับผมชื่อ…`), so read without the lead's left boundary; each is
 * specific enough on its own. Han leads that state the name (`我叫`, `参保人`) take it with no
 * blank after them; a member or patient word (`成员`, `患者`) only set apart by a blank or colon.
 */
const GLUED_LEADS: readonly (readonly [Writing, readonly string[]])[] = [
  ['hanVerb', ['我叫', '我的名字是', '我的名字叫', '名字叫', '参保人', '就诊人']],
  // Round 42: a customs push's or a waybill's `与姓名 李娜 不匹配`, `订单收件人 王芳`.
  ['han', ['成员', '患者', '员工', '入职', '姓名', '收件人', '收货人']],
  ['uncased', ['ผมชื่อ', 'ฉันชื่อ', 'ดิฉันชื่อ', 'หนูชื่อ']],
];
const GLUED_WRITING = new Map(GLUED_LEADS.flatMap(([writing, words]) => words.map((w) => [w, writing] as const)));
const GLUED_PATTERN = new RegExp([...GLUED_WRITING.keys()].sort((a, b) => b.length - a.length).join('|'), 'gu');
/** The first letters of GLUED_LEADS, a cheap test before GLUED_PATTERN runs. */
const GLUED_INITIALS = /[我名参就成患员入姓收ผฉดห]/u;
/** Glued leads whose name must follow a colon: `入职：…` (joined), not `入职 培训` (onboarding training). */
const AFTER_COLON_ONLY = new Set(['入职']);
/**
 * `我是` ("I am") before a name, as chats introduce themselves (`我是李静，…`): two or three Han
 * characters ending at a punctuation mark or the end, the first one of the most common Chinese
 * family names (the Ministry of Public Security's 2020 surname ranking, top 60), so `我是学生，`
 * ("I am a student") is no name.
 */
const I_AM = /我是(\p{Script=Han}{2,3})(?=[，,。！!；;、？?\s]|$)/gu;
const CN_FAMILY_NAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔向常汤康易乔赖文'.split(
    '',
  ),
);
/** What follows a bank's name: `UFJ銀行`, `銀行`, `信用金庫`, `信金`. */
const BANK_AFTER = /^[A-Za-z]{0,6}(?:銀行|信用金庫|信金|信託)/u;
/**
 * Round 23: the holder of a Japanese account in katakana right after its type and number, as a
 * transfer instruction writes it (`普通 1234567 ヤマダ タロウ`).
 */
const JP_ACCOUNT_HOLDER =
  /(?:普通|当座|貯蓄)(?:預金)?[ 　:：]?\d{7}[ 　]([\p{Script=Katakana}ー]{2,}(?:[ 　][\p{Script=Katakana}ー]{1,})?)/gu;
const HAN_FIRST = /^\p{Script=Han}/u;
/** Han values after `user=` / `operator:` that name a role or the system, not a person. */
const NOT_A_HAN_USER = /^(?:管理员|系统|匿名|用户|访客|超级管理员|管理者|システム|ゲスト)$/u;
/** What follows `我叫` / `名字叫` that is no name: a question (`我叫什么名字`) or a pronoun. */
const NOT_A_GLUED_NAME = /^(?:什么|什麼|啥|谁|誰|他|她|它|你|我|您|做|不)/u;
/** A Han name read with a blank in it whose second part is a particle (`王芳 的`): the name ends before the blank. */
const HAN_PARTICLE_TAIL = /[ 　][的了是在和与将由]$/u;
/**
 * Self-introductions in Japanese and Korean chats: `私は田中 美咲です` (a family and a given name
 * with the blank between them that forms and chats put there, before です / と申します / a comma)
 * and `저는 정하늘이고`, `제 이름은 강다은입니다` (three Hangul syllables before the copula, the
 * first a Korean family name, so `저는 대학생입니다`, "I am a student", is no name).
 */
const JA_INTRO =
  /(?:私|わたし|僕|ぼく)は(\p{Script=Han}{1,3}[ 　]\p{Script=Han}{1,3}|\p{Script=Han}{2,5}(?=と申します|といいます))(?=です|と申します|といいます|[、。，]|$)/gu;
/**
 * A Japanese sentence that is only a name and です / と申します (`山科 美咲です。` of an app review or a
 * support chat, `名前は山科 美咲です`; red-team round 88): family and given name with the blank between
 * them, at the text's or a sentence's start or after 名前は; Japanese writes no blank between other
 * Han words, so the blank marks the name.
 */
const JA_SENTENCE_NAME =
  /(?:^|[。！？!?\n]|名前は)[ 　]?(\p{Script=Han}(?:\p{Script=Han}|々\p{Script=Han})?[ 　]\p{Script=Han}{1,3})(?=です|と申します)/gu;
/**
 * The first characters of the most common Japanese family names (the 150 most held, as surname
 * rankings list them: 佐藤, 鈴木, 高橋, 田中, 伊藤, 渡辺, 山本 …): a blank-split pair of other Han
 * words before です (`機能 対応です`) is no name.
 */
const JA_FAMILY_FIRST = new Set(
  '佐鈴高田伊渡山中小加吉松井木林斎清森池橋阿石前岡長藤後近村遠青坂斉福太西金三原竹和上内柴酒宮横安大谷今工増丸杉新平河野武千岩菅久古島水桜北五川飯服東土本辻樋秋永浅荒熊菊市関黒白片早堀矢宇南沢若星畑岸根望月'.split(
    '',
  ),
);
const KO_INTRO = /(?:저는|제 이름은|내 이름은|나는)\s?([\uac00-\ud7af]{3})(?=입니다|이고|이에요|예요|이라고|라고|이며|인데)/gu;
/**
 * The most common Korean family names (Statistics Korea, 2015 census: the surnames held by most of
 * the population), as the first syllable of a three-syllable name after a self-introduction.
 */
const KO_FAMILY_NAMES = new Set(
  '김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부 가 복 태 목 형 피 두 감 음 빈 동 온 호 범 좌 팽 승 간 상 갈 서문 시 견 당 화 창'.split(
    ' ',
  ),
);

/**
 * Round 23: a Russian or Ukrainian full name anywhere (`Петров Сергей Николаевич`, `Сидорова Анна
 * Викторовна`, `Коваленко Олена Миколаївна`): three capitalised Cyrillic words, the patronymic
 * (-ович / -евич / -ич, -овна / -евна / -ична / -івна / -ївна) last or, in the name-first order,
 * second (`Иван Иванович Иванов`). A patronymic is only ever part of a person's name, so no lead is
 * needed; the text must hold one of its endings (PATRONYMIC_ENDING) before the pattern runs.
 */
const CYR_WORD = "\\p{Lu}[а-яёіїєґ'’-]+";
const PATRONYMIC = '\\p{Lu}[а-яёіїєґ]+(?:ович|евич|йович|ьович|ич|овна|евна|ична|инична|івна|ївна)';
const FULL_NAME_WITH_PATRONYMIC = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${CYR_WORD} ${CYR_WORD} ${PATRONYMIC}|${CYR_WORD} ${PATRONYMIC} ${CYR_WORD})(?![\\p{L}\\p{M}])`,
  'gu',
);
const PATRONYMIC_ENDING = /(?:вич|вна|чна)(?![а-яё])/;

export const nativeScriptName: ValueDetector = {
  ...detectorFields({
    id: 'native_script_name',
    entity: 'PERSON',
    description:
      'Names of people after the words that introduce one in Russian, Ukrainian, Greek, Turkish, Vietnamese, Hebrew, Arabic, Hindi, Thai, Chinese, Japanese and Korean, or before a Japanese or Korean honorific',
    validation:
      'capitalised words (Cyrillic, Greek, Latin), two words (Arabic, Hebrew, Devanagari, Thai), 2–5 Han characters or 2–4 Hangul syllables right after an introducing word (меня зовут, ασθενής, khách hàng, שם, मेरा नाम, ลูกค้า, 收货人, お客様, 고객…), or before 様 / さん / 님 / 씨',
    context: true,
    example: 'меня зовут Иванов Иван Иванович',
    // No keywords: a hundred lead words in a dozen scripts would widen the engine's keyword table
    // (one column per character) for every string; text without a letter of these scripts (or
    // of Turkish and Vietnamese) costs one signature test instead.
    prefilter: (s) => (s.signature & SIG_NON_ASCII) !== 0 && NAME_SCRIPTS.test(s.text),
  }),
  find(scan: TextScan, out: Span[], priority: number): void {
    const text = scan.text;
    if (!NAME_SCRIPTS.test(text)) return;
    LEAD_PATTERN.lastIndex = 0;
    for (let m = LEAD_PATTERN.exec(text); m !== null; m = LEAD_PATTERN.exec(text)) {
      const writing = m[2] !== undefined ? 'cased' : WRITING_OF.get(m[1]!.toLowerCase());
      if (writing === undefined) continue;
      const after = m.index + m[0].length;
      if (after < text.length && INDIC_LEAD.test(m[0]) && LETTER_OR_MARK.test(text[after]!)) continue;
      const name = NAME_BY_WRITING[writing];
      name.lastIndex = m.index + m[0].length;
      let n = name.exec(text);
      if (n === null || (writing === 'uncased' && NOT_A_NAME_START.test(n[1]!))) continue;
      if (m[1] === THAI_NAME_WORD) {
        // `ชื่อสินค้า` (product name): a thing's name follows. `ชื่อ-นามสกุล: …`: the label goes
        // on, the name comes after it.
        if (THAI_THING_AFTER_NAME.test(n[1]!)) continue;
        const label = THAI_LABEL_AFTER_NAME.exec(n[1]!);
        if (label !== null) {
          name.lastIndex = n.index + n[0].length - n[1]!.length + label[0].length;
          n = name.exec(text);
          if (n === null || THAI_LABEL_AFTER_NAME.test(n[1]!) || THAI_THING_AFTER_NAME.test(n[1]!)) continue;
        }
      }
      // `باسم الشركة` ("in the company's name"): after باسم a given name comes first, never `ال…`.
      if (m[1] === 'باسم' && n[1]!.startsWith('ال')) continue;
      if (writing === 'han' && NOT_A_HAN_USER.test(n[1]!)) continue;
      // A katakana pair after a Latin lead (`user=サポート チーム`) is as often a loanword's.
      if (writing === 'han' && m[1]!.charCodeAt(0) < 128 && !HAN_FIRST.test(n[1]!)) continue;
      // `振込先：三菱UFJ銀行 …`: a bank's name after the transfer lead, not the payee's.
      if (writing === 'han' && BANK_AFTER.test(text.slice(n.index + n[0].length, n.index + n[0].length + 12))) continue;
      if (writing === 'hanVerb' && NOT_A_HAN_VERB_NAME.test(n[1]!)) continue;
      const start = n.index + n[0].length - n[1]!.length;
      push(out, text, start, start + n[1]!.length, priority);
      ROMANISED.lastIndex = start + n[1]!.length;
      const r = ROMANISED.exec(text);
      if (r !== null) push(out, text, r.index + r[0].length - 1 - r[1]!.length, r.index + r[0].length - 1, priority);
    }
    if (GLUED_INITIALS.test(text)) findGlued(text, out, priority);
    if (text.includes('我是')) findIAm(text, out, priority);
    if (text.includes('นา') || text.includes('เด็ก')) findThaiTitled(text, out, priority);
    if (text.includes('普通') || text.includes('当座') || text.includes('貯蓄')) {
      JP_ACCOUNT_HOLDER.lastIndex = 0;
      for (let m = JP_ACCOUNT_HOLDER.exec(text); m !== null; m = JP_ACCOUNT_HOLDER.exec(text)) {
        const start = m.index + m[0].length - m[1]!.length;
        push(out, text, start, start + m[1]!.length, priority);
      }
    }
    if (PATRONYMIC_ENDING.test(text)) {
      FULL_NAME_WITH_PATRONYMIC.lastIndex = 0;
      for (let m = FULL_NAME_WITH_PATRONYMIC.exec(text); m !== null; m = FULL_NAME_WITH_PATRONYMIC.exec(text)) {
        push(out, text, m.index, m.index + m[0].length, priority);
      }
    }
    if (text.includes('は')) {
      JA_INTRO.lastIndex = 0;
      for (let m = JA_INTRO.exec(text); m !== null; m = JA_INTRO.exec(text)) {
        const start = m.index + m[0].length - m[1]!.length;
        push(out, text, start, start + m[1]!.length, priority);
      }
    }
    if (text.includes('です') || text.includes('と申します')) {
      JA_SENTENCE_NAME.lastIndex = 0;
      for (let m = JA_SENTENCE_NAME.exec(text); m !== null; m = JA_SENTENCE_NAME.exec(text)) {
        if (!JA_FAMILY_FIRST.has(m[1]![0]!)) continue;
        const start = m.index + m[0].length - m[1]!.length;
        push(out, text, start, start + m[1]!.length, priority);
      }
    }
    if (text.includes('는 ') || text.includes('름은')) {
      KO_INTRO.lastIndex = 0;
      for (let m = KO_INTRO.exec(text); m !== null; m = KO_INTRO.exec(text)) {
        if (!KO_FAMILY_NAMES.has(m[1]![0]!)) continue;
        const start = m.index + m[0].length - m[1]!.length;
        push(out, text, start, start + m[1]!.length, priority);
      }
    }
    if (text.includes('पाठव') || text.includes('भेज')) {
      PAYEE_BEFORE_VERB.lastIndex = 0;
      for (let m = PAYEE_BEFORE_VERB.exec(text); m !== null; m = PAYEE_BEFORE_VERB.exec(text)) {
        push(out, text, m.index, m.index + m[1]!.length, priority);
      }
    }
    if (!/[様さ殿님씨]/.test(text)) return;
    HONORIFIC.lastIndex = 0;
    for (let m = HONORIFIC.exec(text); m !== null; m = HONORIFIC.exec(text)) {
      const value = m[1] ?? m[2]!;
      if (m[1] !== undefined ? NOT_A_NAME_END.test(value) : NOT_A_KOREAN_NAME.has(value)) continue;
      push(out, text, m.index, m.index + value.length, priority);
    }
  },
};

/** The glued leads (GLUED_LEADS) and the name after each. */
function findGlued(text: string, out: Span[], priority: number): void {
  GLUED_PATTERN.lastIndex = 0;
  for (let m = GLUED_PATTERN.exec(text); m !== null; m = GLUED_PATTERN.exec(text)) {
    const writing = GLUED_WRITING.get(m[0])!;
    const name = NAME_BY_WRITING[writing];
    name.lastIndex = m.index + m[0].length;
    const n = name.exec(text);
    if (n === null) continue;
    let value = n[1]!;
    if (writing === 'hanVerb' && (NOT_A_HAN_VERB_NAME.test(value) || NOT_A_GLUED_NAME.test(value))) continue;
    if (AFTER_COLON_ONLY.has(m[0]) && !/^[:：]/.test(text.slice(m.index + m[0].length))) continue;
    const start = n.index + n[0].length - value.length;
    if (writing !== 'uncased' && HAN_PARTICLE_TAIL.test(value)) value = value.slice(0, -2);
    // After a lead set apart by a blank, a full name of two or three characters ends at the next
    // blank (`与姓名 李娜 不匹配`: the verb after it is no given name); `李 娜` keeps both parts.
    if (writing === 'han') {
      const blank = value.search(/[ 　]/u);
      if (blank >= 2) value = value.slice(0, blank);
    }
    if (value.length < 2) continue;
    push(out, text, start, start + value.length, priority);
  }
}

/**
 * A Thai name written glued to its title (`นางสาวสุดา ใจดี`, `นายสมชาย รักไทย`, `เด็กชาย…`), as
 * forms and clinic notes print it: the given name right after the title, a blank, the surname.
 * Words that start with a title's letters but are none (`นายจ้าง` employer, `นายหน้า` broker,
 * `นายกรัฐมนตรี`, `นางพยาบาล` nurse, `นางแบบ` model) are no name.
 */
const THAI_TITLED = /(?<![\u0e00-\u0e7f])(?:นางสาว|เด็กชาย|เด็กหญิง|นาย|นาง)([\u0e00-\u0e7f]{2,20}) ([\u0e00-\u0e7f]{2,24})/gu;
const NOT_AFTER_THAI_TITLE = /^(?:จ้าง|หน้า|กรัฐ|กเทศ|กสมาคม|ทุน|พล|ร้อย|พัน|สิบ|ทหาร|อำเภอ|ด่าน|ท่า|ประกัน|แพทย์|พยาบาล|แบบ|ฟ้า|งาน|ห้าง|เอก)/;

function findThaiTitled(text: string, out: Span[], priority: number): void {
  THAI_TITLED.lastIndex = 0;
  for (let m = THAI_TITLED.exec(text); m !== null; m = THAI_TITLED.exec(text)) {
    if (NOT_AFTER_THAI_TITLE.test(m[1]!)) continue;
    const end = m.index + m[0].length;
    push(out, text, end - m[1]!.length - 1 - m[2]!.length, end, priority);
  }
}

/** I_AM: the name after `我是`, when its first character is a common family name. */
function findIAm(text: string, out: Span[], priority: number): void {
  I_AM.lastIndex = 0;
  for (let m = I_AM.exec(text); m !== null; m = I_AM.exec(text)) {
    if (!CN_FAMILY_NAMES.has(m[1]![0]!)) continue;
    push(out, text, m.index + 2, m.index + 2 + m[1]!.length, priority);
  }
}

function push(out: Span[], text: string, start: number, end: number, priority: number): void {
  const value = text.slice(start, end);
  out.push({ start, end, entity: 'PERSON', detector: 'native_script_name', normalized: value.replace(/[ 　]+/g, ' '), priority });
}
