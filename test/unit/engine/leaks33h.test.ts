import { describe } from 'vitest';
import { leakCases } from '../../helpers/leak-checks.js';

/**
 * Leftovers of red-team rounds 31 (documents and files) and 27 (telecom, travel, mobility), each
 * closed as a general rule, with the look-alikes beside it that must stay. Values differ from the
 * corpora: other names, document numbers of the same shapes, Ofcom drama-range mobiles, made-up
 * RFID UIDs and eMAIDs.
 */
const { masks, keeps } = leakCases();

describe('identity-document short names read beside each other (sn / gn / no)', () => {
  masks(
    'a passport prediction relayed under sn / gn / no',
    { doc: { sn: 'WIŚNIEWSKA', gn: 'ZOFIA MARIA', no: 'ZS4471902', issued: 'POL' } },
    ['WIŚNIEWSKA', 'ZOFIA MARIA', 'ZS4471902'],
  );
  masks('an LDAP entry: sn beside givenName', { sn: 'Okonkwo', givenName: 'Chidi', uid: 'cokonkwo' }, ['Okonkwo']);
  keeps('a device serial under sn with no given name beside it', { sn: 'Router', no: 'RT448120', model: 'X1' }, ['Router', 'RT448120']);
  keeps('a serial with digits under sn beside gn', { sn: 'SN-4471', gn: 'eth0' }, ['SN-4471', 'eth0']);
  keeps('a short no beside names', { sn: 'Berger', gn: 'Lena', no: '12' }, ['"12"']);
});

describe('an identity parser naming its entity by type (Document AI `Document Id`)', () => {
  masks('type Document Id with mentionText', { entities: [{ type: 'Document Id', mentionText: 'S7730164', confidence: 0.9 }] }, [
    'S7730164',
  ]);
  keeps('a store record id under type document_id', { type: 'document_id', value: 'inv-2024-0042' }, ['inv-2024-0042']);
  keeps('a documentId member', { documentId: 'a8Fk20Lm', collection: 'orders' }, ['a8Fk20Lm']);
});

describe('quoted captions as key=value pairs (`"ID NO"="…"`)', () => {
  masks('an OCR pair with a blank in the caption', 'kv[4] "ID NO"="K0937215" conf=88.0 kv[5] "SEX"="F"', ['K0937215']);
  masks('an id_no member', { id_no: 'K0937215' }, ['K0937215']);
  masks('a passport caption', 'kv[1] "Passport No"="P5518203" conf=91.4', ['P5518203']);
  keeps('a page caption beside it', 'kv[4] "ID NO"="K0937215" conf=88.0 kv[5] "PAGE"="2"', ['"PAGE"="2"', 'conf=88.0']);
  keeps('a reference caption', 'kv[0] "Ref No"="R-44120" conf=90.0', ['R-44120']);
});

describe('codes read out in prose (PUK, Portuguese access codes)', () => {
  masks('a PUK an agent reads out', 'Agent: your PUK is 40918263, type it slowly.', ['40918263']);
  masks('a PUK after a colon', 'SIM blocked. PUK: 73310582', ['73310582']);
  masks('a Portuguese access code', 'Seu código de acesso é 731904', ['731904']);
  masks('without accents', 'Seu codigo de acesso: 408215', ['408215']);
  keeps('a PUK mentioned with no code', 'Customer asks how many PUK attempts remain: 10 left, ticket 55120934', ['55120934']);
  keeps('a Portuguese order number', 'Pedido 731904 enviado, codigo postal 1000-001', ['731904']);
});

describe('party numbers in the Ofcom drama range', () => {
  masks('an SMPP source_addr', { command: 'deliver_sm', source_addr: '447700900415', destination_addr: 'ACME' }, ['447700900415']);
  masks('a messages API to', { channel: 'sms', to: '447700900061', from: 'Acme' }, ['447700900061']);
  keeps('a number of the same length that is no phone under a non-party key', { order: '447700900415' }, ['447700900415']);
});

describe('an e-mobility token: uid and contract_id read beside each other (OCPI Tokens)', () => {
  masks(
    'an OCPI token with an eMAID written without separators',
    { country_code: 'NL', party_id: 'ALF', uid: '04B2C3D4E5F6A7', type: 'RFID', contract_id: 'NLALFC48291D731', issuer: 'Example' },
    ['04B2C3D4E5F6A7', 'NLALFC48291D731'],
  );
  masks('an OCPI token with a digit uid beside its printed number', { uid: '102938475', visual_number: 'NL-ALF-000123-4' }, ['102938475']);
  masks('a driver card list', { rfid_cards: [{ card_number: 'NL-ALF-004417-2', uid: '04C1D2E3F4A5B6', status: 'active' }] }, [
    '04C1D2E3F4A5B6',
  ]);
  keeps('a user uid beside a name', { uid: '10293847', name: 'build-bot' }, ['10293847']);
  keeps('a contract id of a sales system', { contract_id: 'CTR-2024-00417', uid: '5521' }, ['CTR-2024-00417', '5521']);
  keeps('a contract id alone', { contract_id: 'NLALFC48291D731', status: 'signed' }, ['NLALFC48291D731']);
});

describe("a person's folder under a folder of people or of personal documents", () => {
  masks('an applicant folder in an object key', '+ aws s3 cp "s3://hr-intake/applicants/Marta Kowalczyk/offer.pdf" ./', [
    'Marta Kowalczyk',
  ]);
  masks('a visa folder at the end of a relative URL', { SourceRelativeUrl: 'Shared Documents/Visas/Amara Okafor' }, ['Amara Okafor']);
  masks('a personnel folder in Polish, surname first', { path: '/Kadry/Zielinska Katarzyna/umowa.pdf' }, ['Zielinska Katarzyna']);
  masks('a lower-case candidate folder', { key: 'hr/candidates/anna-nowak/cv.pdf' }, ['anna-nowak']);
  keeps('a process folder under employees', { key: 'hr/employees/onboarding-checklists/intro.pdf' }, ['onboarding-checklists']);
  keeps('a place under patients', { key: '/patients/New York/intake.csv' }, ['New York']);
  keeps('a building under students', { key: '/students/Grace Hopper Building/map.png' }, ['Grace Hopper Building']);
  keeps('a name folder under a folder that names no people', { key: '/projects/Emily Tremblay/plan.pdf' }, ['Emily Tremblay']);
});

describe('the numbered fields of an EU driving licence read by OCR', () => {
  masks(
    'a UK licence front, line by line',
    '1. HUGHES\n2. DANIEL OWEN\n3. 02.09.1981 UNITED KINGDOM\n4a. 05.05.2015 4b. 04.05.2025 4c. DVLA\n5. HUGHE809021DO9AB 12\n8. 41 HARBOUR ROAD CARDIFF CF10 1AB',
    ['HUGHES', 'DANIEL OWEN', '02.09.1981', '41 HARBOUR ROAD'],
  );
  masks('a German licence with the fields in another order', '4c. Stadt Köln 4b. 01.02.2033\n1. Schulz\n2. Jonas\n3. 17.11.1990 Bonn', [
    'Schulz',
    'Jonas',
    '17.11.1990',
  ]);
  keeps('a numbered list of steps with a date', 'Steps:\n1. Open the app\n2. Tap settings\n3. 12.01.2024 release\n8. Done', [
    'Open the app',
    '12.01.2024',
  ]);
  keeps('a changelog that names sections 4b and 4c but no card', 'see 4b. and 4c. below\n1. Release notes\n2. Known issues', [
    'Release notes',
    'Known issues',
  ]);
});

describe("an owner's given name in a device or car name", () => {
  masks('a connected car display name', { vin: '5YJSA1E26HF000001', display_name: "Amelia's Model S" }, ['Amelia']);
  masks('a phone in an MDM inventory', { device_name: "Rahul's iPhone", os: 'iOS 17.5' }, ['Rahul']);
  masks('a laptop in prose', 'ticket: Oliver’s MacBook Pro will not boot after the update', ['Oliver']);
  keeps("a maker's own product", { title: "Apple's iPhone 15 event", note: "Tesla's Model 3 recall" }, ['Apple', 'Tesla']);
  keeps('a device word after no given name', { display_name: "Fleet's Model Y #12" }, ["Fleet's Model Y"]);
});

describe('membership and miles numbers after their names', () => {
  masks('a hotel folio membership with its tier', 'GUEST: Ms. Ana Ruiz\nMEMBERSHIP: PLATINUM 804512337\nROOM 712', ['804512337']);
  masks('a miles number with the airline code', 'and my miles number is LX 992007654321098 thanks', ['992007654321098']);
  masks('a miles number after a colon', 'Miles number: 992007654321098', ['992007654321098']);
  keeps('a group membership count', 'group membership changed for 1234567 users', ['1234567']);
  keeps('miles flown', 'flew 1250000 miles in 2023', ['1250000']);
});
