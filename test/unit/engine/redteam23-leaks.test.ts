import { describe, expect, it } from 'vitest';
import { BUILTIN_KEY_RULES, KeyClassifier } from '../../../src/engine/detect/keys.js';
import { detectorCases, engine } from './detectors/support.js';

// Red-team round 23 (the largest non-Latin markets in new shapes: app logs, SaaS / cloud audit,
// health, payroll, AI chats, postal addresses): the field names, detectors and words its fixes
// added. Values differ from the corpus's: python-stdnum rules (gr.vat, ua.rntrc, il.idnr, ru.inn,
// in_.pan), Luhn-built Saudi ids, Egypt's published national-number layout, libphonenumber example
// ranges. Look-alikes: the same digits with a wrong check digit or without their word, company
// numbers and addresses, roles and common nouns after an introduction, dates without a birth word.

describe('field names of round 23', () => {
  const keys = new KeyClassifier(BUILTIN_KEY_RULES, []);
  it.each([
    ['환자명', 'PERSON'],
    ['받는 사람', 'PERSON'],
    ['Получатель', 'PERSON'],
    ['Одержувач', 'PERSON'],
    ['Παραλήπτης', 'PERSON'],
    ['اسم المريض', 'PERSON'],
    ['اسم المستلم', 'PERSON'],
    ['שם המטופל', 'PERSON'],
    ['שם הנמען', 'PERSON'],
    ['रोगी का नाम', 'PERSON'],
    ['कर्मचारी का नाम', 'PERSON'],
    ['操作人', 'PERSON'],
    ['成员', 'PERSON'],
    ['メンバー', 'PERSON'],
    ['구성원', 'PERSON'],
    ['الرقم القومي', 'NATIONAL_ID'],
    ['رقم الإقامة', 'NATIONAL_ID'],
    ['ΑΦΜ', 'NATIONAL_ID'],
    ['Полис ОМС', 'INSURANCE_POLICY_NUMBER'],
    ['건강보험증번호', 'INSURANCE_POLICY_NUMBER'],
    ['पैन', 'IN_PAN'],
    ['xm', 'PERSON'],
    ['sjh', 'PHONE'],
    ['sfzh', 'CN_RESIDENT_ID'],
    ['csrq', 'DATE_OF_BIRTH'],
    ['jtzz', 'ADDRESS'],
  ])('%s → %s', (key, entity) => {
    expect(keys.classify(key)?.entity).toBe(entity);
  });
  it.each(['操作人工号', '成员数', 'メンバーID', '구성원수', 'xm_type', 'Банк получателя', 'مدة الإقامة'])(
    '%s is no sensitive name',
    (key) => {
      expect(keys.classify(key)?.entity).not.toBe('PERSON');
      expect(keys.classify(key)?.entity).not.toBe('NATIONAL_ID');
    },
  );
});

describe('a company ИНН under an ИНН name stays', () => {
  it('keeps a legal entity ИНН (10 digits, valid) and its КПП', () => {
    const input = { Контрагент: 'ПАО «Газпром»', ИНН: '7736050003', 'ИНН/КПП': '7736050003/772801001' };
    expect(engine.maskValue(structuredClone(input)).value).toEqual(input);
  });
  it('masks a person ИНН (12 digits) and a 10-digit number whose check fails', () => {
    const out = JSON.stringify(engine.maskValue({ ИНН: '500100732259', inn: '7736050004' }).value);
    expect(out).not.toContain('500100732259');
    expect(out).not.toContain('7736050004');
  });
});

describe('ids after their words of round 23', () => {
  detectorCases(
    'sa_national_id',
    [
      ['رقم الهوية 1034567899 للمراجعة', '1034567899'],
      ['رقم الإقامة: ٢٧٨٩٠١٢٣٤٧', '٢٧٨٩٠١٢٣٤٧'],
      ['iqama 2789012347 expired', '2789012347'],
    ],
    ['رقم الهوية 1034567898', 'رقم الطلب 1034567899', 'iqama 3789012347'],
  );
  detectorCases(
    'eg_national_id',
    [['الرقم القومي 30508120123457', '30508120123457']],
    ['الرقم القومي 30513120123456', 'الرقم القومي 30508124023456', 'رقم الفاتورة 30508120123457'],
  );
  detectorCases(
    'ru_passport',
    [
      ['паспорт серии 4011 № 123456 выдан', '4011 № 123456'],
      ['Паспорт: 40 11 654321', '40 11 654321'],
    ],
    ['заказ 4011123456', 'паспорт 1111111111', 'паспорт 12 34 5678901'],
  );
  detectorCases(
    'ru_oms_policy',
    [['полис ОМС 5098 7600 1234 5678', '5098 7600 1234 5678']],
    ['карта 5098 7600 1234 5678', 'ОМС 0000 0000 0000 0000'],
  );
  detectorCases('gr_afm', [['ΑΦΜ: 042875316, ΔΟΥ Α΄ Αθηνών', '042875316']], ['ΑΦΜ 042875317', 'παραγγελία 042875316']);
  detectorCases(
    'in_abha',
    [['ABHA number 12-3456-7890-1234 linked', '12-3456-7890-1234']],
    ['order 12-3456-7890-1234', 'ABHA 11-1111-1111-1111'],
  );
  detectorCases('ua_rnokpp', [['РНОКПП 26 04 15 73 65', '26 04 15 73 65']], ['РНОКПП 26 04 15 73 66', 'рахунок 26 04 15 73 65']);
  detectorCases('il_id', [['מספר תעודת הזהות שלי 056123474', '056123474']], ['מספר תעודת הזהות 056123475', 'הזמנה 056123474']);
  detectorCases('in_pan_lower_case', [['मेरा पैन aaapl1234c है', 'aaapl1234c']], ['मेरा पैन कार्ड खो गया', 'पैन aaaxl1234c']);
});

describe('home addresses in prose of round 23', () => {
  detectorCases(
    'cn_address',
    [
      ['请送到杭州市西湖区文二路88号3幢1单元502室，谢谢', '文二路88号3幢1单元502室'],
      ['地址是上海市徐汇区漕溪北路595弄6号1202室', '漕溪北路595弄6号1202室'],
    ],
    ['公司地址：北京市海淀区中关村大街1号', '第3号文件已下发至各室'],
  );
  detectorCases('he_address', [['אני גר ברחוב הנביאים 7 דירה 12 בירושלים', 'הנביאים 7 דירה 12']], ['משרדי החברה ברחוב הברזל 30, תל אביב']);
  detectorCases(
    'gr_address',
    [
      ['κατοικώ στην οδό Σόλωνος 42, Αθήνα', 'Σόλωνος 42'],
      ['ΔΙΕΥΘΥΝΣΗ: ΛΕΩΦΟΡΟΣ ΚΗΦΙΣΙΑΣ 200', 'ΚΗΦΙΣΙΑΣ 200'],
    ],
    ['η οδός ήταν κλειστή 3 ώρες', 'Λεωφορείο 42 καθυστερεί'],
  );
  detectorCases(
    'ar_address',
    [
      ['العنوان ٣ شارع الهرم، الجيزة', '٣ شارع الهرم'],
      ['يرجى الإرسال إلى صندوق بريد 11532 الرياض', 'صندوق بريد 11532'],
    ],
    ['شارع التحرير مزدحم اليوم', 'بريد إلكتروني 2026'],
  );
  detectorCases('jp_address', [['住所は横浜市中区本町2丁目5−10 グリーンハイツ105です', '本町2丁目5−10']], ['第2丁目の工事は5月に完了']);
});

describe('birth dates of round 23', () => {
  detectorCases(
    'date_of_birth_cyrillic_greek',
    [
      ['родилась 3 марта 1985 года в Казани', '3 марта 1985'],
      ['народився 21 грудня 1978', '21 грудня 1978'],
    ],
    ['оплата до 3 марта 2026', 'родилась 3 марта 2035'],
  );
  detectorCases('date_of_birth_local', [['γεννήθηκε 07/11/1990 στη Λάρισα', '07/11/1990']], ['παραγγελία 07/11/1990']);
  detectorCases('date_of_birth_cjk', [['生年月日 平成５年１２月３日', '平成５年１２月３日']], ['発行日 令和５年１２月３日']);
});

describe('names in prose of round 23', () => {
  detectorCases(
    'native_script_name',
    [
      ['Ответственный: Кузнецов Андрей Павлович', 'Кузнецов Андрей Павлович'],
      ['Підписала Мельник Оксана Іванівна', 'Мельник Оксана Іванівна'],
      ['我叫王小明，想问一下', '王小明'],
      ['将成员 赵敏 移出群聊', '赵敏'],
      ['尊敬的参保人李建国：您的医保', '李建国'],
      ['私は山本 花子です。よろしく', '山本 花子'],
      ['저는 박서연입니다', '박서연'],
      ['ดิฉันชื่อมาลัย ศรีสวัสดิ์ ค่ะ', 'ศรีสวัสดิ์'],
      ['إلى: فهد القحطاني', 'القحطاني'],
      ['باسم محمد العلي', 'العلي'],
      ['[user=李雷] 下单成功', '李雷'],
      ['Пациентка Соловьёва Н. жалуется', 'Соловьёва'],
    ],
    [
      'Улица Маршала Жукова 5',
      '我叫什么名字？',
      '成员登录成功',
      '私は会社員です',
      '저는 대학생입니다',
      '저는 개발자입니다',
      'باسم الشركة',
      'user=管理员',
    ],
  );
  detectorCases(
    'ar_transfer_payee_phone',
    [['تم تحويل 150 جنيه إلى 01112345678 (سامي فؤاد) بنجاح', '01112345678']],
    ['تم شحن 150 جنيه إلى 01112345678 بنجاح'],
  );
  detectorCases(
    'ar_transfer_payee_name',
    [['تم تحويل 150 جنيه إلى 01112345678 (سامي فؤاد) بنجاح', 'سامي فؤاد']],
    ['تم تحويل 150 جنيه إلى 01112345678 بنجاح.'],
  );
  detectorCases('phone', [['제 번호는 010 4321 8765예요', '010 4321 8765']], ['주문번호는 3000123456789']);
  detectorCases(
    'cjk_numeral_phone',
    [
      ['我的手机号是幺五零，幺二三四，八七六五', '幺五零，幺二三四，八七六五'],
      ['연락처는 공일공 사삼이일 팔칠육오 입니다', '공일공 사삼이일 팔칠육오'],
    ],
    ['일이삼사오육칠팔구십', '이사 일정은 오일 후', '第一二三四五六七八九十名'],
  );
});

describe('Japanese transfer instructions of round 23', () => {
  detectorCases('jp_bank_account', [['振込先 みずほ銀行 本店 普通 7654321', '7654321']], ['お問い合わせ番号 7654321', '普通 1111111']);
  detectorCases(
    'native_script_name',
    [['りそな銀行 新宿支店 当座 7654321 スズキ ハナコ', 'スズキ ハナコ']],
    ['振込先：三菱UFJ銀行 渋谷支店', '普通郵便でお送りします'],
  );
});

describe('a CJK name beside a phone in one object (round 23)', () => {
  it('masks a Hangul or Han name under a bare `name` beside a phone', () => {
    const out = JSON.stringify(engine.maskValue({ name: '최유진', email: 'yj@example.kr', phoneNo: '+82-10-2345-6789' }).value);
    expect(out).not.toContain('최유진');
    const han = JSON.stringify(engine.maskValue({ name: '陈 晓明', mobile: '+86 139 1234 5678' }).value);
    expect(han).not.toContain('晓明');
  });
  it('keeps a bare `name` without a person sibling, or under a thing, or longer than a name', () => {
    expect(engine.maskValue({ name: '测试环境', region: 'cn-hangzhou' }).value).toEqual({ name: '测试环境', region: 'cn-hangzhou' });
    const store = { store: { name: '星巴克', phone: '021-12345678' } };
    expect(JSON.stringify(engine.maskValue(structuredClone(store)).value)).toContain('星巴克');
    const firm = { name: '深圳市腾讯计算机系统有限公司', phone: '0755-86013388' };
    expect(JSON.stringify(engine.maskValue(structuredClone(firm)).value)).toContain('有限公司');
  });
});
