import { describe } from 'vitest';
import { leakCases } from '../../helpers/leak-checks.js';

/**
 * Leaks the forty-second red-team round found (fixtures/redteam42-corpus.ts: carrier APIs and
 * webhooks, customs declarations, proof of delivery and delivery notes, returns and bills of
 * lading), each closed where it happens, with the look-alike beside it that must stay. The values
 * here differ from the corpus'.
 */
const { masks, keeps } = leakCases();

describe('phones in delivery notes: French `appeler`, a UK mobile written 5 + 6', () => {
  masks('a French mobile after appelez', 'Si absent, appelez le 07 81 23 45 67 svp', ['07 81 23 45 67']);
  masks('a UK mobile of five and six digits after ring', 'please ring 07700 900733 when outside', ['07700 900733', '900733']);
  keeps('a number without a trunk 0 after ring', 'ring 2 rows of 12345 678901 each', ['12345']);
  keeps('a count after on', 'on 2024 123456 items were scanned', ['2024 123456']);
});

describe('access codes: a keypad letter after the digits, key safes', () => {
  masks('a digicode with its letter', 'Digicode 4417A, 2e étage à droite', ['4417A', '4417']);
  masks('a key safe code', 'Keysafe by the back door: 3391, please put the key back', ['3391']);
  masks('a key safe code in a record', { deliveryNote: 'key safe code is 0712, left of the porch' }, ['0712']);
  keeps('a year after in', 'the key safe was fitted in 2019 by the council', ['2019']);
  keeps('a date after the name', 'gate code changed on 12/03', ['12/03']);
});

describe('Korean personal customs clearance codes (PCCC)', () => {
  masks('under its name', { orderNo: 'KR-88120', receiverPccc: 'P190023456789' }, ['P190023456789']);
  masks('under its Korean name', { 개인통관고유부호: 'P190023456789' }, ['P190023456789']);
  masks('after 통관번호 in a memo', '통관번호 p190023456789 / 부재시 경비실', ['p190023456789']);
  masks('after PCCC in prose', 'buyer gave PCCC: P190023456789 for the order', ['P190023456789']);
  keeps('the same shape without its name', 'order P190023456789 shipped from ICN', ['P190023456789']);
});

describe('shipment parties: CJK names under their role, buyer names', () => {
  masks('a Hangul name under receiver', { receiver: '최민서', status: '배송완료' }, ['최민서']);
  masks('a Han name under buyerName', { orderNo: 'CB2026', buyerName: '陈静' }, ['陈静']);
  masks('a Latin name under purchaserName', { purchaserName: 'Tomoko Hayashi' }, ['Tomoko Hayashi']);
  keeps('a component under receiver', { receiver: 'kafka-sink', sender: 'orders-api' }, ['kafka-sink', 'orders-api']);
  keeps('a department under consignee', { consignee: '物流部' }, ['物流部']);
});

describe('Korean road addresses with a side road numbered without 번', () => {
  masks('a side road and a unit', '배송지: 서울특별시 송파구 올림픽로35길 10, 1203호', ['올림픽로35길 10']);
  masks('a side road alone', { address: '부산광역시 해운대구 해운대로570번길 12' }, ['해운대로570번길 12']);
  keeps('a road and a number alone', '올림픽로 35 앞 정류장', ['올림픽로 35']);
});

describe('tracking numbers under shipment identification names', () => {
  keeps('UPS ShipmentIdentificationNumber', { ShipmentIdentificationNumber: '1Z999AA10123456784' }, ['1Z999AA10123456784']);
  keeps('a package identification number', { PackageIdentificationNumber: '1ZX799610364146372' }, ['1ZX799610364146372']);
  masks('an identification number alone', { identificationNumber: '536-22-8721' }, ['536-22-8721']);
});

describe('GPS fixes joined by a slash', () => {
  masks('a driver app fix', 'pod.captured stop=9 loc=48.856613/2.352222 photo=ph_1', ['48.856613/2.352222']);
  keeps('a ratio of two fractions', 'split ratio=0.512345/0.498765', ['0.512345/0.498765']);
});

describe('street lines: Quay, a connective inside a Portuguese or Spanish street name', () => {
  masks('a Quay with its unit in prose', 'send the replacement to 55 Harbourfront Quay, Unit 807, Toronto.', ['55 Harbourfront Quay']);
  masks('an avenue with de inside its name', 'Endereço: Av. Quinze de Novembro 410, ap 12, Curitiba', ['Quinze de Novembro 410']);
  keeps('a Quay without a number', 'drinks at the Quay bar after the shift', ['Quay bar']);
});

describe('the parties of a label or a return link: from_name / to_name', () => {
  masks('in a prepaid return link', { labelUrl: 'https://returns.example.com/l.pdf?rma=RMA-1&from_name=Ines%20Duarte&zip=1000' }, [
    'Ines%20Duarte',
  ]);
  masks('as USPS members', { FromName: 'Ines Duarte', ToName: 'Rui Costa', FromZip5: '20260' }, ['Ines Duarte', 'Rui Costa']);
  keeps('the return number beside them', { labelUrl: 'https://returns.example.com/l.pdf?rma=RMA-1&from_name=Ines%20Duarte' }, [
    'rma=RMA-1',
  ]);
});

describe('Chinese names after 姓名 / 收件人 / 收货人 set apart by a blank', () => {
  masks('a name the customs push says does not match', 'ceb311: 订购人身份证号与姓名 陈静 不匹配 (code 2101)', ['陈静']);
  masks('a waybill recipient', '订单收件人 赵磊 电话待补', ['赵磊']);
  keeps('the verb after the name', 'ceb311: 订购人身份证号与姓名 陈静 不匹配 (code 2101)', ['不匹配']);
  keeps('the word as part of another', '姓名字段为空，收件人地址待补', ['姓名字段为空', '收件人地址待补']);
});

describe('a Korean mobile written with blanks in a Korean memo', () => {
  masks('after a slash in a shop memo', '요청사항: 문앞 / 010 3456 7890 부재시 경비실', ['010 3456 7890']);
  masks('after a name', '받는분 최민서 010 3456 7890', ['010 3456 7890']);
  keeps('a number a word names as another', '주문번호는 010 3456 7890 입니다', ['010 3456 7890']);
  keeps('the same digits in English text', 'batch 010 3456 7890 shipped', ['010 3456 7890']);
});

describe('a carrier account code under an account name', () => {
  keeps('a UPS shipper number', { carrier: 'ups', accountNo: 'R7K2W9', service: '03' }, ['R7K2W9']);
  masks('a bank account of digits under the same name', { payee: 'x', accountNo: '31926819' }, ['31926819']);
  masks('a short code under a banking name', { bankAccountNo: 'R7K2W9' }, ['R7K2W9']);
});

describe('leftovers, stop 34', () => {
  describe('a client key beside its pass in carrier settings', () => {
    masks('a mixed-case key beside pass', { carrier: 'fedex', key: 'r4TqW8zLm2XcV9bN7kPd3HsJ6yFa5GeU', pass: 'Lk9Zx2Qw7Rt4' }, [
      'r4TqW8zLm2XcV9bN7kPd3HsJ6yFa5GeU',
    ]);
    masks('a hex key beside a secret', { key: '9f3c2a7b1e6d4f8a0c5b7e2d9a1f4c6b', secret: 'x8Y2z5Q1w7E3' }, [
      '9f3c2a7b1e6d4f8a0c5b7e2d9a1f4c6b',
    ]);
    keeps('a cache key beside pass', { key: 'label-cache-entry-v2', pass: 'hunter22x' }, ['label-cache-entry-v2']);
    keeps('a constant-case key beside a password', { key: 'MANIFEST_UPLOAD_2026_DAILY', password: 'x9Lk2Pq7' }, [
      'MANIFEST_UPLOAD_2026_DAILY',
    ]);
    keeps('a generated key without a pass beside it', { key: 'r4TqW8zLm2XcV9bN7kPd3HsJ6yFa5GeU', ttl: 300 }, [
      'r4TqW8zLm2XcV9bN7kPd3HsJ6yFa5GeU',
    ]);
  });

  describe('a CPF as 11 bare digits under documento / doc', () => {
    masks('after documento in a broker e-mail', 'Favor enviar o documento do importador. Recebido: 39053344705, aguardamos.', [
      '39053344705',
    ]);
    masks('under a doc column within the context window', 'awb;destinatario;doc;ncm\n176-99120034;Joana Prado;39053344705;6109.10.00', [
      '39053344705',
    ]);
    keeps('11 digits failing the check digits under doc', 'awb;destinatario;doc;ncm\n176-99120034;Joana Prado;39053344706;6109.10.00', [
      '39053344706',
    ]);
    keeps('a valid CPF shape without a word for it', 'Recebemos 39053344705 caixas no armazém', ['39053344705']);
  });

  describe('a postal address object: city, region and country read by their own names', () => {
    keeps(
      'DHL postalAddress city and country',
      {
        receiverDetails: {
          postalAddress: { postalCode: '80331', cityName: 'München', countryCode: 'DE', addressLine1: 'Sendlinger Str. 9' },
        },
      },
      ['München', '"DE"'],
    );
    masks(
      'its street line and postcode still',
      {
        receiverDetails: {
          postalAddress: { postalCode: '80331', cityName: 'München', countryCode: 'DE', addressLine1: 'Sendlinger Str. 9' },
        },
      },
      ['Sendlinger Str. 9', '80331'],
    );
    masks('a home address object street', { homeAddress: { street: 'Lindenweg 4', city: 'Kassel', zip: '34117' } }, [
      'Lindenweg 4',
      '34117',
    ]);
  });
});

describe('leftovers, stop 34, second pass', () => {
  describe("a company sender's street lines and postcode stay; a person's and a recipient's go", () => {
    keeps(
      'a shipper naming its company in its contact',
      {
        shipment: {
          shipper: {
            contact: { personName: 'Dolores Havel', phoneNumber: '6125550147', companyName: 'Prairie Gear Co' },
            address: { streetLines: ['880 Tradeport Blvd'], city: 'Minneapolis', postalCode: '55413', countryCode: 'US' },
          },
        },
      },
      ['880 Tradeport Blvd', '55413'],
    );
    masks(
      "the contact person's name and phone at that shipper still",
      {
        shipment: {
          shipper: {
            contact: { personName: 'Dolores Havel', phoneNumber: '6125550147', companyName: 'Prairie Gear Co' },
            address: { streetLines: ['880 Tradeport Blvd'], city: 'Minneapolis', postalCode: '55413', countryCode: 'US' },
          },
        },
      },
      ['Dolores Havel', '6125550147'],
    );
    masks(
      'the same shipper shape with a person and no company',
      {
        shipment: {
          shipper: {
            contact: { personName: 'Jane Doe', phoneNumber: '6125550147' },
            address: { streetLines: ['880 Tradeport Blvd'], city: 'Minneapolis', postalCode: '55413', countryCode: 'US' },
          },
        },
      },
      ['880 Tradeport Blvd', '55413', 'Jane Doe'],
    );
    masks(
      "a sole trader's companyName that is their own name",
      {
        shipperDetails: {
          postalAddress: { postalCode: '04109', cityName: 'Leipzig', addressLine1: 'Karl-Heine-Str. 41' },
          contactInformation: { companyName: 'Jonas Weber', fullName: 'Jonas Weber', phone: '+49 341 2345678' },
        },
      },
      ['Karl-Heine-Str. 41', '04109', 'Jonas Weber'],
    );
    keeps(
      'a sender named with its legal form (DPD-style name1)',
      { sender: { name1: 'Alpen Versand GmbH', street: 'Industriestraße', houseNo: '12', zipCode: '86153', city: 'Augsburg' } },
      ['Industriestraße', '86153'],
    );
    keeps(
      'an address_from with a firm and a one-line address',
      { address_from: { firm: 'Cascade Roasters', address: '3100 Airport Way S, Seattle, WA 98134' } },
      ['3100 Airport Way S', '98134'],
    );
    keeps(
      "a returns centre's department under return_to",
      { return_to: { name: 'Customer Returns Dept', address1: 'Hamnvägen 14', zip: '211 20', city: 'Malmö' } },
      ['Hamnvägen 14', '211 20', 'Customer Returns Dept'],
    );
    keeps(
      "a bill of lading's shipper on one line, its company first",
      { blNumber: 'OOLU2710044', shipper: 'Harbourline Exports Pty Ltd, 22 Wharf Road, Port Melbourne VIC 3207' },
      ['22 Wharf Road', '3207'],
    );
    masks('a one-line shipper with a person first', { shipper: 'Mr Liam Walsh, 22 Wharf Road, Port Melbourne VIC 3207' }, [
      'Liam Walsh',
      '22 Wharf Road',
    ]);
    masks(
      'a one-line company shipper with a phone after it',
      { shipper: 'Harbourline Exports Pty Ltd, 22 Wharf Road, Port Melbourne VIC 3207, tel +61 3 9646 1234' },
      ['+61 3 9646 1234'],
    );
    // A recipient may be a person at a company's address (a home business, an attention name): a
    // shipTo, a consignee, a recipient keep masking whatever company they name.
    masks(
      'a shipTo naming a company',
      {
        ShipTo: {
          Name: 'Harbour Dental Ltd',
          AttentionName: 'Priya Raman',
          Address: { AddressLine: ['9 Quay Lane'], PostalCode: 'BS1 4RN' },
        },
      },
      ['9 Quay Lane', 'BS1 4RN', 'Priya Raman'],
    );
    masks(
      'a customer under return_from',
      { return_from: { name: 'Oskar Lind', company: 'Lind Design AB', address1: 'Storgatan 3', zip: '722 11' } },
      ['Storgatan 3', '722 11', 'Oskar Lind'],
    );
    masks("an e-mail under a company sender's address", { sender: { name: 'Northgate Ltd', address: 'dispatch.lead@example.com' } }, [
      'dispatch.lead@example.com',
    ]);
  });
});

describe('leftovers, stop 36', () => {
  describe('Cargo-IMP FWB / FHL party lines (SHP, CNE, NFY)', () => {
    const fhl =
      'FHL/4\nMBI/176-55512340DXBLHR/T2K8.1\nHBS/HX40021/DXBLHR/2/K8.1//GARMENTS\nCNE/OLUWASEUN ADEYEMI\n/27 HOLLOWAY ROAD\n/LONDON\n/GB/N7 8JT/TE/447700900412';
    masks("an FHL consignee's name, street and phone", fhl, ['OLUWASEUN ADEYEMI', '27 HOLLOWAY ROAD', '447700900412']);
    keeps('the waybill, routing and place lines', fhl, ['176-55512340DXBLHR', 'HX40021/DXBLHR', '/LONDON']);
    const fwb =
      'FWB/16\n057-88812345CDGORD/T1K4.0\nSHP/4711\n/MARCEL DUPUIS\n/14 RUE DES LILAS\n/LYON\n/FR/69003/TE/33478123456\nCNE\n/NORTHWIND TRADERS LLC\n/500 INDUSTRIAL PKWY\n/CHICAGO/IL\n/US/60601/FX/13125550188\nNFY\n/SAME AS CONSIGNEE';
    masks("an FWB shipper's name after its account line", { message: fwb }, ['MARCEL DUPUIS', '14 RUE DES LILAS', '33478123456']);
    masks("a company consignee's street and fax", { message: fwb }, ['500 INDUSTRIAL PKWY', '13125550188']);
    keeps('a company consignee, the account number and SAME AS CONSIGNEE', { message: fwb }, [
      'NORTHWIND TRADERS LLC',
      'SHP/4711',
      'SAME AS CONSIGNEE',
      '057-88812345CDGORD',
    ]);
    keeps(
      "a company shipper's street",
      'FHL/4\nSHP/ROTTERDAM DC\n/WAALHAVEN 12\n/ROTTERDAM\n/NL/3089JH\nCNE/ACME IMPORTS INC\n/1 DOCK ST\n/NEWARK/NJ',
      ['ROTTERDAM DC', 'WAALHAVEN 12', 'ACME IMPORTS INC'],
    );
    keeps('a slash path in a log line', 'copied cne/ship/ to /var/cache/cne\n/tmp/x 12', ['/var/cache/cne']);
  });

  describe("a ZPL shipping label's addressee after SHIP TO / DELIVER TO", () => {
    masks(
      'the name in the field after the label, and the street after it',
      '^XA^FO40,40^A0N,28,28^FDDELIVER TO:^FS^FO40,80^A0N,28,28^FDMargaret Ellison^FS^FO40,120^FD88 Harbor View Ln^FS^XZ',
      ['Margaret Ellison', '88 Harbor View Ln'],
    );
    masks('the name in the label field', '^XA^FO40,40^FDSHIP TO: Tomasz Wrobel^FS^FO40,80^FDWarsaw^FS^XZ', ['Tomasz Wrobel']);
    keeps(
      'a company addressee and the piece count',
      '^XA^FO40,40^FDSHIP TO:^FS^FO40,80^FDNorthwind Traders LLC^FS^FO40,120^FD3 PCS 12 KG^FS^XZ',
      ['Northwind Traders LLC', '3 PCS 12 KG'],
    );
    keeps('a sender block', '^XA^FO40,40^FDSHIP FROM:^FS^FO40,80^FDReturns Center^FS^XZ', ['Returns Center']);
  });

  describe('an e-mail spelled out with a mailbox name, and the number after it', () => {
    masks('a dotted mailbox at a domain dot com', 'Reach her at li.wong at example dot com or 07700 900 418.', [
      'li.wong at example dot com',
      '07700 900 418',
    ]);
    masks('an underscore mailbox at a co dot uk domain', { ticket: 'redeliver; contact p_singh42 at mail dot co dot uk' }, [
      'p_singh42 at mail dot co dot uk',
    ]);
    keeps('English with at and dot com', 'we looked at the site at example dot com yesterday', ['the site at example dot com']);
    keeps('a count after a spelled domain', 'the site at example dot com has 01234 567 890 visitors', ['01234 567 890']);
  });

  describe("a proof of delivery's signer in lower case", () => {
    masks('after signed by', { pod: 'signed by marcus okafor @ 51.507351,-0.127758 acc=6m' }, ['marcus okafor']);
    masks('after signed for by', 'Parcel signed for by aisha rahman at the door', ['aisha rahman']);
    keeps('a role after signed by', 'signed by customer at front door', ['customer at front door']);
    keeps('a signing key after signed by', 'commit signed by release bot key', ['release bot key']);
  });

  describe('a street line form-encoded under addr=', () => {
    masks('percent-encoded letters and a + for the blank', 'rma.created id=RMA-0001 addr=Drottninggatan%2071%20B reason=x', [
      'Drottninggatan%2071%20B',
    ]);
    masks('a + for each blank', 'return addr=Calle+Mayor+12%2C+3B ok', ['Calle+Mayor+12%2C+3B']);
    keeps('a listen address', 'srv addr=0.0.0.0%3A8080 ok', ['0.0.0.0%3A8080']);
    keeps('a socket path', 'srv addr=%2Fvar%2Frun%2Fapp.sock ok', ['%2Fvar%2Frun%2Fapp.sock']);
  });
});
