import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';
import { printedRecords } from '../../../../src/engine/structure/printed-records.js';

// structure/printed-records.ts: a structured value printed at the end (or in the middle) of a
// log line read as a record with paths and siblings, so the record walk's key and sibling rules
// decide its members; only the members' values change in the text.
const engine = testEngine();

/** The members of the records read in `text`, as `path=value`. */
function members(text: string): string[] {
  return printedRecords(text).flatMap((r) => r.leaves.map((l) => `${l.path.join('.')}=${text.slice(l.start, l.end)}`));
}

describe('printed records: reading', () => {
  it('reads each printer’s members with their parents, names and places', () => {
    expect(members('dispatch req={OrderID:SO-7 Contact:{Given:Mette Surname:Kragh} Retries:2} done')).toEqual([
      'req.OrderID=SO-7',
      'req.Contact.Given=Mette',
      'req.Contact.Surname=Kragh',
      'req.Retries=2',
    ]);
    expect(members("saving Member(id=9, fn='Oskar', ln='Wendt', at=datetime.date(2001, 2, 3))")).toEqual([
      'Member.id=9',
      'Member.fn=Oskar',
      'Member.ln=Wendt',
      'Member.at=datetime.date(2001, 2, 3)',
    ]);
    expect(members('Array ( [user] => Array ( [first] => Ilse [last] => Borg ) [n] => 3 )')).toEqual([
      'user.first=Ilse',
      'user.last=Borg',
      'n=3',
    ]);
    expect(members('object(App\\Payee)#7 (2) { ["holderFirst"]=> string(4) "Ilse" ["iban"]=> string(2) "xx" }')).toEqual([
      'Payee.holderFirst=Ilse',
      'Payee.iban=xx',
    ]);
    expect(members('#<Patient:0x00007f1e @given="Ilse", @family="Borg">')).toEqual(['Patient.given=Ilse', 'Patient.family=Borg']);
    expect(members('sub #{given => <<"Ilse">>,plan => basic}')).toEqual(['given=Ilse', 'plan=basic']);
    expect(members('User [Username=iborg, Password=[PROTECTED], Enabled=true]')).toEqual(['User.Username=iborg', 'User.Enabled=true']);
  });

  it('reads nothing where no member is named or the brackets do not close', () => {
    expect(printedRecords('retrying (attempt 3 of 5) after [timeout]')).toEqual([]);
    expect(printedRecords('member={Ilse Borg ilse@example.org 3}')).toEqual([]);
    expect(printedRecords('cut short {"first": "Ilse", "last": "Bo')).toEqual([]);
  });
});

describe('printed records: masking', () => {
  it('masks a first name beside its last name in a JSON object after the message, and nothing else of the line', () => {
    const out = engine.maskText('INFO enrolled {"member": {"first": "Oskar", "last": "Wendt"}, "plan": "basic", "n": 2} (3 ms)').value;
    expect(out).toMatch(
      /^INFO enrolled \{"member": \{"first": "<PERSON:[a-z]+>", "last": "<PERSON:[a-z]+>"\}, "plan": "basic", "n": 2\} \(3 ms\)$/,
    );
  });

  it('masks given / family members in Go, Python, Ruby, .NET and Erlang dumps', () => {
    for (const input of [
      'req={OrderID:SO-7 Contact:{given:mette surname:kragh-olsen} Retries:2}',
      "driver=Driver(person=Person(given='Mette', family='Kragh'), vehicles=2)",
      '#<Patient:0x00007f1e5c @given="Mette", @family="Kragh", @ward="C4">',
      'upsert { Contact = { Given = Mette, Surname = Kragh }, Source = webform }',
      'sub #{given => <<"Mette">>,surname => <<"Kragh">>,plan => basic}',
    ]) {
      const out = engine.maskText(input).value;
      expect(out, input).not.toMatch(/mette|Mette/);
      expect(out, input).not.toMatch(/kragh|Kragh/);
    }
  });

  it('masks members by their names in print_r, var_dump and Lombok dumps', () => {
    const printR = engine.maskText(
      'payload Array ( [order] => 5531 [billing] => Array ( [firstname] => Oskar [lastname] => Wendt [cc_number] => 4000056655665556 ) )',
    ).value;
    expect(printR).not.toMatch(/Oskar|Wendt|4000056655665556/);
    expect(printR).toContain('[order] => 5531 [billing] => Array ( [firstname] => <PERSON:');
    const lombok = engine.maskText('Saving Customer(id=null, nombre=Oskar, apellidos=Wendt Lund, dni=12345678Z, plan=PRO)').value;
    expect(lombok).not.toMatch(/Oskar|Wendt Lund|12345678Z/);
    expect(lombok).toContain('plan=PRO)');
  });

  it('ends a member at the next member where a detector would read across it (`FirstName:Oskar LastName:…`)', () => {
    const out = engine.maskText('created customer="&{ID:81 FirstName:Oskar LastName:Wendt Plan:gold}"').value;
    expect(out).toMatch(/^created customer="&\{ID:81 FirstName:<PERSON:[a-z]+> LastName:<PERSON:[a-z]+> Plan:gold\}"$/);
  });

  it('reads an empty Go field as empty: the next field keeps its name and value', () => {
    const out = engine.maskText('creds {Token: Source:EnvConfigCredentials Expires:false}').value;
    expect(out).toBe('creds {Token: Source:EnvConfigCredentials Expires:false}');
  });

  it('keeps ids, versions, hashes, job and product names, placeholders and commercial document numbers', () => {
    for (const [input, kept] of [
      [
        'job done {"job": {"name": "ledger-rollup", "owner": "svc-ledger"}, "version": "v3.1.4"}',
        ['ledger-rollup', 'svc-ledger', 'v3.1.4'],
      ],
      [
        "INFO:pipeline:finished Run(name='weekly-forecast', sha='da39a3ee5e6b4b0d3255bfef95601890afd80709', rows=912)",
        ['weekly-forecast', 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
      ],
      ['User [Username=svc-backup, Password=[PROTECTED], Enabled=true]', ['svc-backup', '[PROTECTED]']],
      ['rendered {"document":{"type":"receipt","number":"RC-2024-00417"},"status":"SENT"} []', ['RC-2024-00417', 'SENT']],
      ["restock {'sku': 'SKU-88', 'name': 'Alpine Trail Mix 500g', 'type': 'physical'}", ['Alpine Trail Mix 500g', 'physical']],
      ['Plugin(name=com.acme.sync.Exporter, version=2.0.1, state=ENABLED)', ['com.acme.sync.Exporter', '2.0.1', 'ENABLED']],
      ['client = Client(api_key=os.environ["ACME_API_KEY"], timeout=30)', ['os.environ["ACME_API_KEY"]']],
      ['Task(name=send-reminders, user=svc-mailer, state=RUNNING)', ['send-reminders', 'svc-mailer', 'RUNNING']],
      ["WHERE (name = 'Northwind Traders') AND (status = 'active')", ['Northwind Traders']],
    ] as const) {
      const out = engine.maskText(input).value;
      for (const k of kept) expect(out, input).toContain(k);
    }
  });

  it('masks a document number beside an identity card type but not beside a commercial one (records too)', () => {
    const invoice = engine.maskValue({ document: { type: 'invoice', number: 'INV-77120' } }).value as { document: { number: string } };
    expect(invoice.document.number).toBe('INV-77120');
    const card = engine.maskValue({ doc: { type: 'ID_CARD', number: 'LZ6311T47' } }).value as { doc: { number: string } };
    expect(card.doc.number).toMatch(/^<NATIONAL_ID:/);
    const flag = engine.maskValue({ card: { type: 'id_card', id: 'c_7781' } }).value as { card: { id: string } };
    expect(flag.card.id).toBe('c_7781');
    const out = engine.maskText('rejected subject=Subject[doc=IdentityDocument[type=ID_CARD, number=LZ6311T47, expires=2031-01-31]]').value;
    expect(out).not.toContain('LZ6311T47');
    expect(out).toContain('expires=2031-01-31');
  });

  it('masks a holder’s last name by its member name beside the first (`holderLast`)', () => {
    const out = engine.maskValue({ payee: { holderFirst: 'Oskar', holderLast: 'Wendt', currency: 'SEK' } }).value as Record<
      string,
      Record<string, string>
    >;
    expect(out.payee!.holderLast).toMatch(/^<PERSON:/);
    expect(out.payee!.currency).toBe('SEK');
  });

  it('is idempotent on what it masked', () => {
    for (const input of [
      'created customer="&{ID:81 FirstName:Oskar LastName:Wendt Plan:gold}"',
      'sub #{given => <<"Mette">>,surname => <<"Kragh">>,plan => basic}',
      "Person{firstName='Oskar', ssn=078-05-1120}",
    ]) {
      const once = engine.maskText(input).value;
      expect(engine.maskText(once).value).toBe(once);
    }
  });

  it('leaves what the text readers decide: prose in brackets, blankets of a name above, geo numbers, credential schemes', () => {
    // A parenthesis without a class name before it is prose, not a record.
    expect(members('identity check passed (passport=Z8841207, score 0.91)')).toEqual([]);
    expect(members('built Visit(passport=Z8841207, score=0.91)')).toEqual(['Visit.passport=Z8841207', 'Visit.score=0.91']);
    // Members under OCPP's `idTagInfo` are named by neither themselves nor a sibling: they stay.
    const ocpp = engine.maskText('ws OUT [3,"77410332",{"idTagInfo":{"status":"Blocked","expiryDate":"2026-06-30T00:00:00Z"}}]').value;
    expect(ocpp).toContain('"status":"Blocked"');
    // Coordinates in a request printed into a line stay (a test's or a place's).
    const geo = engine.maskText('curl -d \'{"seq":88,"where":{"latitude":47.37,"longitude":8.54}}\' http://192.0.2.10/ping').value;
    expect(geo).toContain('"latitude":47.37');
    expect(geo).toContain('"seq":88');
    // A credential the detectors mask inside a secret member keeps its scheme words.
    const header = engine.maskText(
      'DEBUG proxy {"headers": {"Authorization": ["Token token=\\"0f1e2d3c4b5a69780f1e2d3c4b5a6978\\""]}}',
    ).value;
    expect(header).not.toContain('0f1e2d3c4b5a69780f1e2d3c4b5a6978');
    expect(header).toContain('Token token=\\"<SECRET:');
    // A flag under `given` names no person: `family` is a product line.
    expect(engine.maskText('sku cfg={Product:{family:Nimbus given:yes} Qty:3}').value).toContain('family:Nimbus');
    expect(engine.maskText('patient req={Contact:{given:Ilse family:Vormbaum} Ward:B2}').value).not.toMatch(/Ilse|Vormbaum/);
  });
});
