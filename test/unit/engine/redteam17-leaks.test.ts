import { describe, expect, it } from 'vitest';
import { BUILTIN_KEY_RULES, KeyClassifier } from '../../../src/engine/detect/keys.js';
import { detectorCases, engine } from './detectors/support.js';

// Red-team round 17 (records in non-Latin scripts, round two: marketplace orders, wallet SMS,
// identity portals, messaging exports, HR / clinic / school records): the detectors, field names,
// digits and words its fixes added. Values: python-stdnum doctests (bg.egn, bg.pnf, pk.cnic,
// th.pin), validators' documented examples (Kazakhstan IIN, JMBG, Iran code melli), libphonenumber
// example numbers, SWIFT / Central Bank of Iran IBAN examples, card networks' test cards.
// Look-alikes: the same digits with a wrong check digit or without their word, company addresses
// without a flat, years and counting in numeral characters, log lines that start like chat lines.

describe('keyword-gated national ids of round 17', () => {
  detectorCases(
    'kz_iin',
    [
      ['Реквизиты: ЖСН 791028302728, ИИК KZ86125KZT5004100100', '791028302728'],
      ['ИИН: 061211600012', '061211600012'],
    ],
    ['ИИН 791028302729', 'заказ 791028302728 оплачен', 'IIN 411111'],
  );
  detectorCases(
    'bg_egn',
    [
      ['ЕГН 8032056031, тел. 048 123 456', '8032056031'],
      ['ЕГН: 752316 926 3', '752316 926 3'],
    ],
    ['ЕГН 8032056032', 'поръчка 8032056031'],
  );
  detectorCases('bg_pnf', [['ЛНЧ 7111 042 925', '7111 042 925']], ['ЛНЧ 7111042922']);
  detectorCases('jmbg', [['01.12.2025 Петар: ЈМБГ 0101006500006, хвала', '0101006500006']], ['ЈМБГ 0101006500007', 'рачун 0101006500006']);
  detectorCases(
    'pk_cnic',
    [
      ['CNIC: 34201-0891231-8', '34201-0891231-8'],
      ['شناختی کارڈ نمبر 4220103976408', '4220103976408'],
    ],
    ['CNIC 84201-0891231-8', 'TID 34201-0891231-8'],
  );
  detectorCases('ir_national_code', [['کد ملی 0499370899 ثبت شد', '0499370899']], ['کد ملی 0499370898', 'شماره سفارش 0499370899']);
  detectorCases(
    'bd_nid',
    [['ami NID 19902692817000123 diye', '19902692817000123']],
    ['NID 1111111111', 'NID 12345', 'order 19902692817000123'],
  );
  detectorCases(
    'ge_personal_number',
    [['ჩემი პირადი ნომერია 01024054321', '01024054321']],
    ['პირადი ნომერი 11111111111', 'შეკვეთა 01024054321'],
  );
  detectorCases(
    'mn_register_number',
    [
      ['Регистрийн дугаар УБ90010112', 'УБ90010112'],
      ['registr: UB90010112', 'UB90010112'],
    ],
    ['регистр УБ90133112', 'код УБ90010112'],
  );
});

describe('typed HKID and Taiwan ids', () => {
  detectorCases('hk_hkid_spaced', [['我嘅身份證係 CA 182361 (1)，唔該', 'CA 182361 (1)']], ['身份證 CA 182361 (2)', 'room CA 182361 (1)']);
  detectorCases('tw_id_lower_case', [['台灣身分證 a123456789 也可以嗎？', 'a123456789']], ['身分證 a123456788', 'sku a123456789']);
});

describe('digits of other scripts (values/unicode-digits.ts)', () => {
  it.each([
    ['মোবাইল: ০১৮১২-৩৪৫৬৭৮', '০১৮১২-৩৪৫৬৭৮', 'PHONE'],
    ['เลขบัตรประชาชน ๓๑๐๐๖๐๐๔๔๕๖๓๕', '๓๑๐๐๖๐๐๔๔๕๖๓๕', 'TH_ID'],
    ['កាត ៥៥៥៥ ៥៥៥៥ ៥៥៥៥ ៤៤៤៤', '៥៥៥៥ ៥៥៥៥ ៥៥៥៥ ៤៤៤៤', 'CREDIT_CARD'],
    ['கார்டு ௪௧௧௧ ௧௧௧௧ ௧௧௧௧ ௧௧௧௧', '௪௧௧௧ ௧௧௧௧ ௧௧௧௧ ௧௧௧௧', 'CREDIT_CARD'],
    ['আপনি ০১৮১২৩৪৫৬৭৮ নম্বর থেকে ৳১,০০০ পেয়েছেন', '০১৮১২৩৪৫৬৭৮', 'PHONE'],
  ])('%s', (text, secret, entity) => {
    const out = engine.maskText(text);
    expect(out.value).not.toContain(secret);
    expect(out.findings.map((f) => f.entity)).toContain(entity);
  });
  it.each(['মোট: ৳২,৫০০', 'รายงานประจำวันที่ ๑ ธันวาคม ๒๕๖๘', 'ব্যালেন্স ৳৫,২৪০', 'အခန်း ၁၂'])('%s stays', (text) => {
    expect(engine.maskText(text).value).toBe(text);
  });
});

describe('cyrillic_home_address', () => {
  detectorCases(
    'cyrillic_home_address',
    [
      ['мой адрес: ул. Садовая, д. 14, кв. 9, домофон 9К', 'Садовая, д. 14, кв. 9'],
      ['адреса: ул. Кнеза Милоша 12, стан 5, Београд', 'Кнеза Милоша 12, стан 5'],
      ['Ул. Лесная, дом 5, корп. 2, кв. 176', 'Лесная, дом 5, корп. 2, кв. 176'],
    ],
    ['ПАО Сбербанк, 117312, г. Москва, ул. Вавилова, д. 19', 'пункт выдачи: г. Казань, ул. Баумана, д. 12', 'кв. 5 оплачена', 'ул. Ленина'],
  );
});

describe('jp_dash_address', () => {
  detectorCases(
    'jp_dash_address',
    [
      ['住所は〒460-0008 名古屋市中区栄3-4-5 サカエビル802です', '栄3-4-5 サカエビル802'],
      ['お届け先：横浜市中区山下町1-2-3', '山下町1-2-3'],
    ],
    ['第2-3-4条を参照', '東城区2025-12-01 更新', '市場価格 1-2-3 位', '楽天グループ株式会社 東京都世田谷区玉川一丁目14番1号'],
  );
});

describe('cjk_numeral_phone', () => {
  detectorCases(
    'cjk_numeral_phone',
    [
      ['语音转写：我的手机号是一三一二三四五六七八九，收件人写刘洋', '一三一二三四五六七八九'],
      ['折り返し先：〇九〇・一二三四・五六七八（ご本人携帯）', '〇九〇・一二三四・五六七八'],
    ],
    ['二〇二五年十二月一日', '一二三四五六七八九〇', '第一二三号室'],
  );
});

describe('chat_export_sender', () => {
  detectorCases(
    'chat_export_sender',
    [
      ['2025/12/01(月)\n10:15\t田中美咲\t住所は後で送ります', '田中美咲'],
      ['[LINE] 田中美咲とのトーク履歴\n2025/12/01(月)', '田中美咲'],
      ['2025년 12월 1일 오전 10:15, 최수진 : 환불 부탁드려요', '최수진'],
      ['01.12.2025 10:15 Петар Петровић: добар дан', 'Петар Петровић'],
      ['2025-12-01 10:15:32 刘洋\n麻烦帮我改一下收货地址', '刘洋'],
    ],
    [
      '2025-12-01 10:15:32 INFO: server started',
      '01.12.2025 10:15 Server: started',
      '10:15 田中 started',
      '01.12.2025 10:15 Ошибка: соединение потеряно',
      '01.12.2025 10:15 Ошибка соединения: таймаут',
      '2025-12-01 10:15:32 错误: 连接超时',
    ],
  );
});

describe('bank accounts after their local word', () => {
  detectorCases(
    'kr_bank_account',
    [
      ['받는 계좌: 카카오뱅크 3333-01-1234567', '3333-01-1234567'],
      ['환불은 국민은행 123456-01-234567 로 부탁드려요', '123456-01-234567'],
    ],
    [
      '계좌 변경 문의 010-2000-0000',
      '계좌 개설일 2025-12-01',
      '주문번호 123456-01-234567',
      '국민은행 사업자등록번호 123-45-67890',
      '국민은행 고객센터 02-1234-5678',
    ],
  );
  detectorCases(
    'ru_bank_account',
    [['выписка: счёт получателя 40817810570000123456, БИК 044525225', '40817810570000123456']],
    ['счёт 12345678901234567890', 'заказ 40817810570000123456'],
  );
});

describe('names after the words that introduce them, round 17 (native_script_name)', () => {
  it.each([
    ['Kaspi Gold: 15 000 ₸ аударым жасалды. Алушы: Асқар Жұмабаев, тел.', 'Асқар Жұмабаев'],
    ['رسید انتقال: شبا مقصد به نام مریم احمدی، کارت مبدأ', 'مریم احمدی'],
    ['প্রেরক: আবুল কালাম। TrxID 9LT4XR2K7Q', 'আবুল কালাম'],
    ['بھیجنے والا: محمد علی۔ TID: 31840527', 'محمد علی'],
    ['ग्राहकाचे नाव: राहुल पाटील | पत्ता', 'राहुल पाटील'],
    ['박지민님이 50,000원을 보냈어요', '박지민'],
  ])('%s', (text, name) => {
    const out = engine.maskText(text);
    expect(out.value).not.toContain(name);
    expect(out.findings.map((f) => f.entity)).toContain('PERSON');
  });
  it.each(['به نام خدا', '고객님이 요청하신 내용입니다', 'ग्राहकाचे नाव:'])('%s stays', (text) => {
    expect(engine.maskText(text).value).toBe(text);
  });
});

describe('numbers read out in Hindi / Nepali / Marathi number words (spoken_digits)', () => {
  detectorCases(
    'spoken_digits',
    [['IVR: मेरो नम्बर नौ आठ चार एक दुई तीन चार पाँच छ सात हो', 'नौ आठ चार एक दुई तीन चार पाँच छ सात']],
    ['गिनती: एक दो तीन चार पाँच छह सात आठ'],
  );
});

describe('Iran Sheba numbers are IBANs', () => {
  detectorCases('iban', [['شبا مقصد IR710570029971601460641001', 'IR710570029971601460641001']], ['شبا IR710570029971601460641002']);
});

describe('field names of round 17', () => {
  const keys = new KeyClassifier(BUILTIN_KEY_RULES, []);
  it.each([
    ['receiver_address', 'ADDRESS'],
    ['recipient_address', 'ADDRESS'],
    ['subAddress', 'ADDRESS'],
    ['addr1', 'ADDRESS'],
    ['address_tail', 'ADDRESS'],
    ['detailedAddress', 'ADDRESS'],
    ['orderer name', 'PERSON'],
    ['snils', 'RU_SNILS'],
    ['fio', 'PERSON'],
    ['inn', 'RU_INN'],
    ['idn', 'NATIONAL_ID'],
    ['jmbg', 'NATIONAL_ID'],
    ['cnic', 'NATIONAL_ID'],
    ['کد ملی', 'NATIONAL_ID'],
    ['تلفن همراه', 'PHONE'],
    ['آدرس', 'ADDRESS'],
    ['تاریخ تولد', 'DATE_OF_BIRTH'],
    ['Аты-жөні', 'PERSON'],
    ['ЖСН', 'NATIONAL_ID'],
    ['Регистрийн дугаар', 'NATIONAL_ID'],
    ['პირადი ნომერი', 'NATIONAL_ID'],
    ['მისამართი', 'ADDRESS'],
    ['Անուն Ազգանուն', 'PERSON'],
    ['հեռախոս', 'PHONE'],
    ['የወላጅ ስልክ', 'PHONE'],
    ['အမည်', 'PERSON'],
    ['မှတ်ပုံတင်', 'NATIONAL_ID'],
    ['ទូរស័ព្ទ', 'PHONE'],
    ['ජා.හැ.අ.', 'NATIONAL_ID'],
    ['ලිපිනය', 'ADDRESS'],
    ['नागरिकता नं.', 'NATIONAL_ID'],
    ['பெயர்', 'PERSON'],
    ['డెలివరీ_చిరునామా', 'ADDRESS'],
    ['জাতীয় পরিচয়পত্র নম্বর', 'NATIONAL_ID'],
    ['رقم المحمول', 'PHONE'],
    ['收款人', 'PERSON'],
    ['نام', 'PERSON'],
    ['নাম', 'PERSON'],
    ['სახელი', 'PERSON'],
    ['የተማሪ ስም', 'PERSON'],
  ])('%s → %s', (key, entity) => {
    expect(keys.classify(key)?.entity).toBe(entity);
  });
  it.each(['inner', 'inn_name', 'nic', 'idn_enabled', 'fio_job', 'address_type', 'ჯამი', 'ክፍል', 'Хэмжээ'])(
    '%s is no sensitive name',
    (key) => {
      expect(keys.classify(key)).toBeNull();
    },
  );
});
