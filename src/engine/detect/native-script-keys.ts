/**
 * Field names written in non-Latin scripts (red-team round 10): support tickets, KYC forms,
 * e-commerce orders and document-AI key/value pairs in Japanese, Chinese, Korean, Russian,
 * Ukrainian, Greek, Arabic, Hebrew, Hindi and Thai name their fields in their own script
 * (`氏名`, `手机号`, `주민등록번호`, `ИНН`, `ΑΜΚΑ`, `رقم الهوية`, `מספר זהות`, `मोबाइल`, `ที่อยู่`).
 *
 * Contract (KeyClassifier, keys.ts): a phrase in a script written without spaces between words
 * (Han, kana, Hangul, Thai) matches anywhere inside the lower-cased name (`收货地址` holds `地址`,
 * `휴대폰번호` holds `휴대폰`); a phrase in another script matches whole words of the name split on
 * anything not a letter or mark (`дата_рождения`, `رقم الهوية`), so `инн` is not found in
 * `длинный`. Phrases are lower case. A phrase here is the NAME of a field; nothing is matched
 * against values. Words that only say "name" alone (`名`) are not listed: `件名` (subject) and
 * `ファイル名` (file name) hold them.
 */
/** A field-name phrase and the entity it marks (keys.ts KeyRule; not imported: keys.ts imports this). */
interface NativeKeyRule {
  phrase: string;
  entity: string;
  /** Only as the whole field name (its words, as nativeWords splits them). */
  whole?: boolean;
}

const RULES: readonly (readonly [string, readonly string[]])[] = [
  [
    'PERSON',
    [
      '氏名',
      '名前',
      'お名前',
      'フリガナ',
      'ふりがな',
      '姓名',
      '收货人',
      '收件人',
      '联系人',
      '持卡人',
      '客户名',
      '客戶名',
      // A Chinese VAT invoice's buyer and seller (购买方名称, 销售方名称): a person or a firm; a
      // firm's name (有限公司, 集团…) is kept under any person name (structure/company-name.ts).
      '购买方名称',
      '购方名称',
      '买方名称',
      '销售方名称',
      '销方名称',
      '卖方名称',
      '이름',
      '성명',
      // A death notification's notifier and a funeral's chief mourner (Japanese 死亡届 `届出人`,
      // 喪主; Korean 상주): red-team round 101.
      '届出人',
      '喪主',
      '상주',
      '고객명',
      '예금주',
      'фио',
      'фамилия',
      'имя',
      'отчество',
      'піб',
      'прізвище',
      "ім'я",
      'імя',
      'ονοματεπώνυμο',
      'όνομα',
      'επώνυμο',
      'ονομα',
      'επωνυμο',
      'الاسم الكامل',
      'اسم العميل',
      'שם מלא',
      'שם פרטי',
      'שם משפחה',
      'पूरा नाम',
      'ग्राहक का नाम',
      'ग्राहक नाम',
      'ชื่อ',
      'นามสกุล',
      // Round 17: Persian, Urdu, Kazakh, Mongolian, Serbian, Bulgarian, Georgian, Armenian, Amharic,
      // Burmese, Khmer, Sinhala, Marathi / Nepali, Tamil, Telugu, Bengali, Chinese, Arabic.
      'نام و نام خانوادگی',
      'نام خانوادگی',
      'نام کامل',
      'аты жөні',
      'тегі',
      'овог нэр',
      'презиме',
      'име и презиме',
      'გვარი',
      'სახელი და გვარი',
      'የተማሪ ስም',
      'የወላጅ ስም',
      'ազգանուն',
      'အမည်',
      'ឈ្មោះ',
      'සම්පූර්ණ නම',
      'पूर्ण नाव',
      'পূর্ণ নাম',
      '收款人',
      '付款人',
      '寄件人',
      'المستفيد',
      'اسم المستفيد',
      'الموظف',
      'اسم الموظف',
      // Round 23: the patient, recipient, employee and payee of clinic, delivery and payroll records
      // in Korean, Japanese, Russian, Ukrainian, Greek, Arabic, Hebrew and Hindi (`환자명`,
      // `받는 사람`, `Получатель`, `Παραλήπτης`, `اسم المريض`, `שם המטופל`, `रोगी का नाम`).
      '환자명',
      '수진자명',
      '받는 사람',
      '받는사람',
      '수령인',
      '수취인',
      '受取人',
      '患者名',
      '受診者名',
      'получатель',
      'отправитель',
      'одержувач',
      'відправник',
      'παραλήπτης',
      'παραληπτης',
      'αποστολέας',
      'αποστολεας',
      'اسم المريض',
      'اسم المستلم',
      'المستلم',
      'اسم المرسل',
      'שם המטופל',
      'שם המטופלת',
      'שם הנמען',
      'שם העובד',
      'שם העובדת',
      'נמען',
      'रोगी का नाम',
      'मरीज का नाम',
      'कर्मचारी का नाम',
      'प्राप्तकर्ता',
      'लाभार्थी',
    ],
  ],
  [
    'PHONE',
    [
      '電話',
      '携帯',
      '連絡先',
      '手机',
      '电话',
      '手機',
      '联系方式',
      '전화',
      '휴대폰',
      '핸드폰',
      '연락처',
      'телефон',
      'тел',
      'моб',
      'мобильный',
      'мобільний',
      'τηλέφωνο',
      'τηλεφωνο',
      'τηλ',
      'κινητό',
      'κινητο',
      'الهاتف',
      'هاتف',
      'رقم الهاتف',
      'الجوال',
      'جوال',
      'موبايل',
      'טלפון',
      'נייד',
      'मोबाइल',
      'फ़ोन',
      'फोन',
      'โทรศัพท์',
      'เบอร์โทร',
      'มือถือ',
      // Round 17: Persian, Urdu, Kazakh, Mongolian, Serbian, Bulgarian, Georgian, Armenian, Amharic,
      // Burmese, Khmer, Sinhala, Marathi / Nepali, Tamil, Telugu, Bengali, Chinese, Arabic.
      'تلفن',
      'تلفن همراه',
      'موبایل',
      'شماره تماس',
      'شماره موبایل',
      'رقم المحمول',
      'المحمول',
      'محمول',
      'موبائل',
      'فون',
      'утас',
      'мобилни',
      'ტელეფონი',
      'მობილური',
      'հեռախոս',
      'բջջային',
      'ስልክ',
      'ဖုန်း',
      'ទូរស័ព្ទ',
      'දුරකථන',
      'ජංගම',
      'मोबाईल',
      'கைபேசி',
      'தொலைபேசி',
      'அலைபேசி',
      'ఫోన్',
      'మొబైల్',
      'মোবাইল',
      'ফোন',
    ],
  ],
  [
    'EMAIL',
    [
      'メール',
      'メールアドレス',
      '邮箱',
      '电子邮件',
      '郵箱',
      '이메일',
      'почта',
      'эл почта',
      'электронная почта',
      'електронна пошта',
      'ηλεκτρονικό ταχυδρομείο',
      'البريد الإلكتروني',
      'البريد الالكتروني',
      'דוא"ל',
      'דואל',
      'אימייל',
      'ईमेल',
      'อีเมล',
    ],
  ],
  [
    'DATE_OF_BIRTH',
    [
      '生年月日',
      '出生日期',
      '生日',
      '誕生日',
      '생년월일',
      'дата рождения',
      'дата народження',
      'ημερομηνία γέννησης',
      'ημερομηνια γεννησης',
      'تاريخ الميلاد',
      'תאריך לידה',
      'जन्म तिथि',
      'जन्मतिथि',
      'วันเกิด',
      // Round 17: Persian, Urdu, Kazakh, Mongolian, Serbian, Bulgarian, Georgian, Armenian, Amharic,
      // Burmese, Khmer, Sinhala, Marathi / Nepali, Tamil, Telugu, Bengali, Chinese, Arabic.
      'تاریخ تولد',
      'تاریخ پیدائش',
      'туған күні',
      'төрсөн огноо',
      'датум рођења',
      'дата на раждане',
      'დაბადების თარიღი',
      'ծննդյան ամսաթիվ',
      'የትውልድ ቀን',
      'උපන් දිනය',
      'जन्म मिति',
      'जन्मतारीख',
      'जन्म तारीख',
      'பிறந்த தேதி',
      'పుట్టిన తేదీ',
      'জন্ম তারিখ',
      'မွေးသက္ကရာဇ်',
      'ថ្ងៃខែឆ្នាំកំណើត',
    ],
  ],
  [
    'ADDRESS',
    [
      '住所',
      '現住所',
      '地址',
      '住址',
      '주소',
      'адрес',
      'адреса',
      'адрес проживания',
      'διεύθυνση',
      'διευθυνση',
      'العنوان',
      'عنوان',
      'כתובת',
      'पता',
      'ที่อยู่',
      // Round 17: Persian, Urdu, Kazakh, Mongolian, Serbian, Bulgarian, Georgian, Armenian, Amharic,
      // Burmese, Khmer, Sinhala, Marathi / Nepali, Tamil, Telugu, Bengali, Chinese, Arabic.
      'آدرس',
      'نشانی',
      'پتہ',
      'мекенжай',
      'хаяг',
      'მისამართი',
      'հասցե',
      'አድራሻ',
      'လိပ်စာ',
      'អាសយដ្ឋាន',
      'ලිපිනය',
      'पत्ता',
      'முகவரி',
      'చిరునామా',
      'ঠিকানা',
    ],
  ],
  [
    'SECRET',
    ['パスワード', '密码', '密碼', '비밀번호', 'пароль', 'κωδικός', 'κωδικος', 'كلمة المرور', 'סיסמה', 'סיסמא', 'पासवर्ड', 'รหัสผ่าน'],
  ],
  ['PASSPORT', ['旅券番号', '护照', '護照', '여권번호', 'паспорт', 'διαβατήριο', 'جواز السفر', 'דרכון', 'पासपोर्ट', 'หนังสือเดินทาง']],
  ['BANK_ACCOUNT', ['口座番号', '银行账号', '银行卡号', '계좌번호', 'номер счета', 'номер рахунку', 'رقم الحساب', 'מספר חשבון']],
  ['JP_MY_NUMBER', ['マイナンバー', '個人番号']],
  ['CN_RESIDENT_ID', ['身份证', '身分證']],
  ['KR_RRN', ['주민등록번호', '주민번호', '외국인등록번호']],
  ['KR_PCCC', ['개인통관고유부호', '통관고유부호', '통관부호', '통관번호']],
  ['RU_INN', ['инн']],
  ['RU_SNILS', ['снилс']],
  ['UA_RNOKPP', ['рнокпп', 'іпн']],
  ['GR_AMKA', ['αμκα', 'α μ κ α']],
  ['AE_EMIRATES_ID', ['رقم الهوية الإماراتية']],
  ['IL_ID', ['מספר זהות', 'תעודת זהות', 'ת ז']],
  ['IN_AADHAAR', ['आधार']],
  ['TH_ID', ['เลขประจำตัวประชาชน', 'บัตรประชาชน']],
  [
    'NATIONAL_ID',
    [
      'رقم الهوية',
      'الهوية',
      'هوية',
      'удостоверение личности',
      'αδτ',
      'α δ τ',
      // Round 17: Iran کد ملی, Pakistan CNIC, Kazakhstan ЖСН / ИИН, Mongolia регистрийн дугаар,
      // Serbia / North Macedonia ЈМБГ / ЕМБГ, Bulgaria ЕГН / ЛНЧ, Georgia პირადი ნომერი, Armenia
      // ՀԾՀ, Myanmar NRC မှတ်ပုံတင်, Sri Lanka ජා.හැ.අ., Nepal नागरिकता, Bangladesh NID, Ethiopia
      // መታወቂያ, Cambodia អត្តសញ្ញាណប័ណ្ណ, Hong Kong 身份證.
      'کد ملی',
      'شماره ملی',
      'شناختی کارڈ',
      'شناختی کارڈ نمبر',
      'жсн',
      'иин',
      'регистрийн дугаар',
      'јмбг',
      'ембг',
      'егн',
      'лнч',
      'პირადი ნომერი',
      'հծհ',
      'မှတ်ပုံတင်',
      'ජා හැ අ',
      'ජාතික හැඳුනුම්පත',
      'नागरिकता',
      'नागरिकता नं',
      'জাতীয় পরিচয়পত্র',
      'এনআইডি',
      'መታወቂያ',
      'អត្តសញ្ញាណប័ណ្ណ',
      '身份證',
    ],
  ],
  ['BANK_ACCOUNT', ['شماره حساب', 'بینک اکاؤنٹ', 'الحساب البنكي', 'ანგარიში', 'иик']],
  // Round 23: Egypt's national number (الرقم القومي), a Gulf resident's iqama (رقم الإقامة), a
  // Greek taxpayer's ΑΦΜ, India's ABHA health id (आभा) and PAN written in Devanagari (पैन);
  // Russian ОМС policies (полис) and Korean / Japanese health-insurance card numbers.
  ['NATIONAL_ID', ['الرقم القومي', 'الرقم القومى', 'رقم الإقامة', 'رقم الاقامة', 'αφμ', 'α φ μ', 'आभा']],
  ['IN_PAN', ['पैन', 'पैन कार्ड']],
  ['INSURANCE_POLICY_NUMBER', ['полис', 'поліс', '건강보험증', '보험증번호', '被保険者証番号', '被保険者番号', '被保険者記号']],
];

/**
 * The bare words for "name" of the round-17 languages (Persian, Kazakh, Mongolian, Serbian /
 * Bulgarian, Georgian, Armenian, Amharic, Sinhala, Marathi, Tamil, Telugu, Bengali): a person's name
 * only as the WHOLE field name (`نام`, `নাম`), since inside a longer one they name products, files
 * and places as often (`نام محصول`, product name), as English `name` does.
 */
const WHOLE_PERSON_NAMES = ['نام', 'аты', 'нэр', 'овог', 'име', 'სახელი', 'անուն', 'ስም', 'නම', 'नाव', 'பெயர்', 'పేరు', 'নাম'];
/**
 * Round 10's bare words for "name" (Arabic, Hebrew, Hindi), held to the same rule since round 17
 * saw them inside `اسم المنتج`-like names (`الاسم التجاري`, trade name; `שם המוצר`, product name;
 * `उत्पाद नाम`): whole field names only; the person phrases (`الاسم الكامل`, `שם מלא`, `पूरा नाम`,
 * `ग्राहक का नाम`) stay listed above.
 */
const WHOLE_PERSON_NAMES_ROUND_10 = ['الاسم', 'שם', 'नाम'];
/**
 * Round 23: the actor and member columns of Chinese, Japanese and Korean SaaS admin logs (WeCom /
 * DingTalk `操作人` / `操作者`, Feishu `成员`, LINE WORKS `メンバー`, Kakao Work `구성원`) hold a
 * person's display name; only as the whole field name, since inside longer names they head other
 * columns (`操作人工号`, employee number; `成员数`, member count; `メンバーID`).
 */
const WHOLE_PERSON_NAMES_ROUND_23 = ['操作人', '操作者', '操作员', '成员', '成员姓名', 'メンバー', 'メンバー名', '구성원', '구성원명'];

/**
 * Thai `ชื่อ` ("name") runs on into the word of what is named, without a blank: `ชื่อสินค้า`
 * (product name), `ชื่อร้าน` (shop), `ชื่อไฟล์` (file). Followed by one of these words it names a
 * thing, not a person: no PERSON field (keys.ts) and no name after it (native-names.ts). Other
 * compounds (`ชื่อลูกค้า`, customer name; `ชื่อผู้รับ`, recipient) stay a person's.
 */
export const THAI_NAME_WORD = 'ชื่อ';
export const THAI_THING_AFTER_NAME =
  /^(?:สินค้า|ร้าน|บริษัท|ไฟล์|เรื่อง|โครงการ|สาขา|รุ่น|แบรนด์|ยี่ห้อ|โดเมน|เมือง|หมวด|ธนาคาร|โรงเรียน|โรงแรม|ถนน|หมู่บ้าน|อาคาร|แผนก|ตำแหน่ง|ประเทศ|จังหวัด|อำเภอ|ตำบล|ระบบ|แอป|งาน|ห้อง|กลุ่ม|ทีม|เว็บ|เพจ|ช่อง|รายการ|แพ็กเกจ|บริการ|หลักสูตร|วิชา|อุปกรณ์|เครื่อง|ไวไฟ|เครือข่าย|องค์กร|หน่วยงาน)/;

/**
 * Words that continue `ชื่อ` into a longer label of a person's name (`ชื่อ-นามสกุล`, full name;
 * `ชื่อลูกค้า`, customer name; `ชื่อผู้รับ`, recipient's name; `ชื่อจริง`, given name): the label
 * goes on, the name is not there yet (native-names.ts reads none after `ชื่อ` then).
 */
export const THAI_LABEL_AFTER_NAME = /^(?:นามสกุล|สกุล|ลูกค้า|ผู้|จริง|เล่น|เต็ม|พนักงาน|บัญชี|นักเรียน|สมาชิก|คนไข้)/;

/** Whether every `ชื่อ` in lower-cased name `lower` is followed by a thing's word (THAI_THING_AFTER_NAME). */
export function thaiNameOfThing(lower: string): boolean {
  let at = lower.indexOf(THAI_NAME_WORD);
  if (at < 0) return false;
  for (; at >= 0; at = lower.indexOf(THAI_NAME_WORD, at + 1)) {
    if (!THAI_THING_AFTER_NAME.test(lower.slice(at + THAI_NAME_WORD.length, at + THAI_NAME_WORD.length + 12))) return false;
  }
  return true;
}

/** The native-script phrases as key rules (keys.ts adds them to BUILTIN_KEY_RULES). */
export const NATIVE_SCRIPT_KEY_RULES: readonly NativeKeyRule[] = [
  ...RULES.flatMap(([entity, phrases]) => phrases.map((phrase) => ({ phrase, entity }))),
  ...[...WHOLE_PERSON_NAMES, ...WHOLE_PERSON_NAMES_ROUND_10, ...WHOLE_PERSON_NAMES_ROUND_23].map((phrase) => ({
    phrase,
    entity: 'PERSON',
    whole: true,
  })),
];

/** A character of a script written without spaces between words: Han, kana, Hangul, Thai, Myanmar, Khmer. */
const UNSPACED = /[\u0e00-\u0e7f\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;
/** A letter outside the Latin script (Greek and beyond), the test of whether a name needs this. */
export const NON_LATIN_LETTER =
  /[\u0370-\u03ff\u0400-\u04ff\u0530-\u06ff\u0900-\u0dff\u0e00-\u0e7f\u1000-\u137f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;
const NOT_WORD = /[^\p{L}\p{M}\p{N}]+/u;

/** Whether a phrase is matched inside names (unspaced scripts) rather than as whole words. */
export function isUnspacedPhrase(phrase: string): boolean {
  return UNSPACED.test(phrase);
}

/** Whether a phrase has letters beyond a–z, digits and blanks (it is matched here, not by words). */
export function isNativeScriptPhrase(phrase: string): boolean {
  return NON_LATIN_LETTER.test(phrase);
}

/**
 * A field name as whole words for the native phrases: lower case, split on anything not a letter,
 * mark or digit, each word between single spaces (` дата рождения `).
 */
export function nativeWords(key: string): string {
  return ` ${key.toLowerCase().split(NOT_WORD).filter(Boolean).join(' ')} `;
}
