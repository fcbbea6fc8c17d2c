import { describe, expect, it } from 'vitest';
import { BUILTIN_KEY_RULES, KeyClassifier } from '../../../src/engine/detect/keys.js';
import { maskText, testEngine } from '../../helpers/engine.js';

// Red-team round 18 (application logs): the structure handlers, detectors and field names its
// fixes touched. Each message is in its library's documented format (Spring FieldError, pydantic
// v2, Joi, GraphQL-js, SQL Server 2628, Ruby Hash#inspect, Symfony VarDumper, C# record
// ToString, Go %#v, ioredis debug, Ecto and Sentry redaction markers); values from public test
// vectors (python-stdnum doctests, NANPA 555 numbers, RFC examples). Look-alikes: the same
// shapes holding ids, counts, statuses, labels and the markers frameworks write in a secret's place.

const engine = testEngine();
const masked = (text: string) => maskText(engine, text).text;

function expectMasked(input: string, secrets: readonly string[], kept: readonly string[]): void {
  const out = masked(input);
  for (const s of secrets) expect(out, input).not.toContain(s);
  for (const k of kept) expect(out, input).toContain(k);
}

describe('errors that echo a rejected value beside its field (structure/error-echo.ts)', () => {
  it.each([
    [
      'Spring FieldError on a password',
      "Field error in object 'signupForm' on field 'password': rejected value [hunter2]; codes [Size.signupForm.password]; default message [size must be between 8 and 64]",
      ['hunter2'],
      ['Size.signupForm.password'],
    ],
    [
      'Spring FieldError on a nested last name',
      "Field error in object 'order' on field 'customer.lastName': rejected value [Okonkwo-Baptiste]; codes []",
      ['Okonkwo-Baptiste'],
      ["on field 'customer.lastName'"],
    ],
    [
      'pydantic v2 on an ssn (a published sample, named here)',
      "1 validation error for Applicant\nssn\n  String should match pattern '^\\d{3}-\\d{2}-\\d{4}$' [type=string_pattern_mismatch, input_value='078-05-1120 ', input_type=str]",
      ['078-05-1120'],
      ['string_pattern_mismatch', "input_value='<"],
    ],
    [
      'pydantic v2 on a dotted location',
      '2 validation errors for Signup\nuser.password\n  String should have at least 12 characters [type=string_too_short, input_value="Sup3r!", input_type=str]',
      ['Sup3r!'],
      ['user.password'],
    ],
    [
      'Joi on a password',
      '"password" with value "ilovejoi" fails to match the required pattern: /^(?=.*[A-Z])/',
      ['ilovejoi'],
      ['fails to match the required pattern'],
    ],
    [
      'GraphQL-js variable without a path',
      'Variable "$password" got invalid value "abc"; String must be at least 8 characters.',
      ['"abc"'],
      ['Variable "$password"'],
    ],
    [
      'GraphQL-js path naming the field',
      'Variable "$input" got invalid value "Mensah" at "input.lastName"; Expected type "Name".',
      ['Mensah'],
      ['at "input.lastName"'],
    ],
    [
      'SQL Server 2628',
      "String or binary data would be truncated in table 'Shop.dbo.Customers', column 'LastName'. Truncated value: 'Vanderheyden-Lefebv'.",
      ['Vanderheyden-Lefebv'],
      ["column 'LastName'"],
    ],
  ])('%s', (_, input, secrets, kept) => expectMasked(input, secrets, kept));

  it.each([
    [
      'PostgreSQL unique violation on two name columns',
      'DETAIL:  Key (last_name, first_name)=(Okafor, Chidi) already exists.',
      ['Okafor', 'Chidi'],
      ['Key (last_name, first_name)=(', ') already exists.'],
    ],
    [
      'PostgreSQL unique violation on a hash',
      'DETAIL:  Key (password_hash)=(5f4dcc3b5aa765d61d8327deb882cf99) already exists.',
      ['5f4dcc3b5aa765d61d8327deb882cf99'],
      ['Key (password_hash)=('],
    ],
    [
      'PostgreSQL unique index on an expression',
      'DETAIL:  Key (lower(last_name::text))=(vandersloot) already exists.',
      ['vandersloot'],
      ['already exists.'],
    ],
    [
      'PostgreSQL key lists of different lengths are masked whole',
      'DETAIL:  Key (tenant_id, last_name)=(7, Okafor, Jr.) already exists.',
      ['Okafor'],
      ['already exists.'],
    ],
  ])('%s', (_, input, secrets, kept) => expectMasked(input, secrets, kept));

  it.each([
    [
      'Jackson InvalidFormatException with its reference chain',
      'com.fasterxml.jackson.databind.exc.InvalidFormatException: Cannot deserialize value of type `java.time.LocalDate` from String "12/31/1985": Failed to deserialize java.time.LocalDate\n at [Source: (PushbackInputStream); line: 1, column: 42] (through reference chain: com.example.Patient["dateOfBirth"])',
      ['12/31/1985'],
      ['com.example.Patient["dateOfBirth"]'],
    ],
    [
      'Mongoose ValidatorError',
      'ValidationError: User validation failed: lastName: Validator failed for path `lastName` with value `Okafor`',
      ['`Okafor`'],
      ['for path `lastName`'],
    ],
    [
      'Mongoose CastError',
      'CastError: Cast to Number failed for value "hunter2!" (type string) at path "password" for model "User"',
      ['hunter2!'],
      ['at path "password"'],
    ],
    [
      'MySQL 1292 incorrect date value',
      "ER_TRUNCATED_WRONG_VALUE: Incorrect date value: '31/12/1985' for column 'date_of_birth' at row 1",
      ['31/12/1985'],
      ["for column 'date_of_birth' at row 1"],
    ],
    [
      'Elasticsearch mapper_parsing_exception',
      "failed to parse field [date_of_birth] of type [date] in document with id '1'. Preview of field's value: '31/12/1985'",
      ['31/12/1985'],
      ['failed to parse field [date_of_birth]'],
    ],
  ])('%s', (_, input, secrets, kept) => expectMasked(input, secrets, kept));

  it.each([
    [
      'MySQL 1062 on a name index',
      "ER_DUP_ENTRY: Duplicate entry 'Okafor-Chidi' for key 'users.last_name_idx'",
      ['Okafor-Chidi'],
      ["for key 'users.last_name_idx'"],
    ],
    [
      'SQL Server 2601 on an SSN index',
      "Cannot insert duplicate key row in object 'dbo.Employees' with unique index 'IX_Employees_Ssn'. The duplicate key value is (219-09-9999).",
      ['219-09-9999'],
      ["with unique index 'IX_Employees_Ssn'"],
    ],
  ])('%s', (_, input, secrets, kept) => expectMasked(input, secrets, kept));

  it.each([
    "Duplicate entry 'ORD-1042' for key 'orders.uniq_order_number'",
    "Violation of PRIMARY KEY constraint 'PK_Orders'. Cannot insert duplicate key in object 'dbo.Orders'. The duplicate key value is (1042).",
    'Cannot deserialize value of type `int` from String "ten": not a valid Integer value (through reference chain: com.example.Cart["quantity"])',
    'ValidationError: Order validation failed: status: Validator failed for path `status` with value `lost`',
    'CastError: Cast to ObjectId failed for value "abc" (type string) at path "_id" for model "Order"',
    "Incorrect integer value: 'ten' for column 'quantity' at row 1",
    "failed to parse field [price] of type [float] in document with id '7'. Preview of field's value: 'free'",
    'DETAIL:  Key (order_id, sku)=(1042, WIDGET-BLUE) already exists.',
    'DETAIL:  Key (tenant_id)=(7) is not present in table "tenants".',
    "Field error in object 'cart' on field 'quantity': rejected value [-1]; codes [Min.cart.quantity]",
    "Field error in object 'form' on field 'password': rejected value [null]; codes [NotNull.form.password]",
    '1 validation error for Page\npage\n  Input should be greater than 0 [type=greater_than, input_value=-1, input_type=int]',
    '"status" with value "archived" fails to match the required pattern: /^(open|closed)$/',
    'Variable "$first" got invalid value "-5"; Int cannot represent negative.',
    "String or binary data would be truncated in table 'Shop.dbo.Items', column 'Sku'. Truncated value: 'WIDGET-BLUE-XL-2'.",
  ])('leaves %s', (input) => {
    expect(masked(input)).toBe(input);
  });
});

describe('object dumps of application logs (structure/object-dumps.ts)', () => {
  it.each([
    [
      'Ruby Hash#inspect in Rails Parameters',
      'Parameters: {"authenticity_token"=>"[FILTERED]", "user"=>{"password"=>"s3cr3t-Rails", "last_name"=>"Okafor"}}',
      ['s3cr3t-Rails', 'Okafor'],
      ['"authenticity_token"=>"[FILTERED]"'],
    ],
    [
      'a name in a person hash beside a date of birth',
      'Parameters: {"customer"=>{"name"=>"Wiremu Tane", "date_of_birth"=>"1975-09-21"}, "commit"=>"Save"}',
      ['Wiremu Tane'],
      ['"commit"=>"Save"'],
    ],
    ['Symfony VarDumper array', 'array:2 [\n  "_username" => "bob"\n  "_password" => "ilovesymfony"\n]', ['ilovesymfony'], ['array:2']],
    [
      'C# record ToString',
      'Upserted Customer { Id = 1042, FirstName = Margarethe, LastName = Vandersloot, Password = hunter2!, Age = 41 }',
      ['Margarethe', 'Vandersloot', 'hunter2!'],
      ['Id = 1042', 'Age = 41 }'],
    ],
    [
      'Go %#v with quoted fields',
      '&main.User{ID:42, Name:"Aleksandra Wiśniewska", Email:"a.wisniewska@example.pl", Password:"Tr0ub4dor&3"}',
      ['Aleksandra Wiśniewska', 'Tr0ub4dor&3'],
      ['ID:42, Name:"<PERSON:', 'Password:"<SECRET:'],
    ],
    [
      'Go %#v escaped again in a logfmt value',
      'msg="created user" user="&main.User{ID:42, Name:\\"Aleksandra Wiśniewska\\", Email:\\"a.w@example.pl\\"}"',
      ['Aleksandra Wiśniewska'],
      ['Name:\\"<PERSON:'],
    ],
    [
      'Ecto **redacted** under a hash name stays',
      '%App.User{id: 17, hashed_password: "**redacted**", confirmed_at: nil}',
      [],
      ['"**redacted**"'],
    ],
  ])('%s', (_, input, secrets, kept) => expectMasked(input, secrets, kept));

  it.each([
    'Parameters: {"service"=>{"name"=>"checkout", "region"=>"eu-west-1"}, "commit"=>"Deploy"}',
    'Parameters: {"customer"=>{"name"=>"Northwind Traders", "plan"=>"gold"}}',
    'Order { Id = 5, Status = Shipped, Total = 12.50 }',
    'Shipment { Id = 7, Address = Address { City = Paris }, Carrier = DHL }',
    'if (retries = 3) { reset(); }',
    '&main.Service{ID:42, Name:"checkout", Port:8080}',
    'password: "**redacted**" and token=[FILTERED]',
  ])('leaves %s', (input) => {
    expect(masked(input)).toBe(input);
  });

  it('class-validator names a dumped value by its property', () => {
    const out = masked(
      "ValidationError { target: SignupDto { email: 'x@example.com' }, value: 'hunter2', property: 'password', children: [], constraints: { minLength: 'too short' } }",
    );
    expect(out).not.toContain('hunter2');
    expect(out).toContain("property: 'password'");
  });

  it.each([
    "ValidationError { target: Cart { qty: 0 }, value: 'none', property: 'qty', constraints: { min: 'qty must not be less than 1' } }",
    "[ { name: 'LOG_LEVEL', value: 'debug' }, { name: 'REGION', value: 'eu-west-1' } ]",
    "{ value: 'shipped', target: Order { name: 'password reset kit' } }",
  ])('a dumped value named by a field that says nothing stays: %s', (input) => {
    expect(masked(input)).toBe(input);
  });

  it('a connection URI in a Go config dump loses only its password', () => {
    const out = masked('config: {Addr::8080 DBURL:postgres://app:Sup3rS3cret!@db.internal:5432/app?sslmode=disable LogLevel:debug}');
    expect(out).not.toContain('Sup3rS3cret!');
    expect(out).toContain('@db.internal:5432/app?sslmode=disable LogLevel:debug}');
  });

  it('a team dumped with its mailbox keeps its name', () => {
    const out = masked('&main.Team{Name:"Platform Core", Email:"platform@example.com"}');
    expect(out).toContain('Name:"Platform Core"');
    expect(out).not.toContain('platform@example.com');
  });
});

describe('bound parameters printed after a statement (structure/sql-params.ts)', () => {
  it.each([
    [
      'Sequelize logQueryParameters',
      'Executing (default): INSERT INTO "Users" ("id","email","password") VALUES (DEFAULT,$1,$2) RETURNING *; ["okafor@example.com","hunter2!"]',
      ['hunter2!', 'okafor@example.com'],
      ['VALUES (DEFAULT,$1,$2)'],
    ],
    [
      'TypeORM PARAMETERS',
      'query: INSERT INTO "user"("firstName", "lastName", "password") VALUES ($1, $2, $3) -- PARAMETERS: ["Chidi","Okafor","hunter2!"]',
      ['"Chidi"', 'Okafor', 'hunter2!'],
      ['-- PARAMETERS: ["<'],
    ],
    [
      'Prisma with a schema-qualified table',
      'prisma:query INSERT INTO "public"."User" ("lastName","password") VALUES ($1,$2) RETURNING "id" -- ["Okafor","hunter2!"]',
      ['Okafor', 'hunter2!'],
      ['RETURNING "id"'],
    ],
    [
      'Laravel query log with ? placeholders',
      'local.INFO: select * from `users` where `email` = ? and `password` = ? limit 1 ["okafor@example.com","hunter2!"]',
      ['hunter2!'],
      ['limit 1 ["<'],
    ],
    [
      'ActiveRecord binds name their columns',
      '  User Update (0.9ms)  UPDATE "users" SET "last_name" = $1 WHERE "users"."id" = $2  [["last_name", "Okafor"], ["id", 7]]',
      ['Okafor'],
      ['["id", 7]]'],
    ],
  ])('%s', (_, input, secrets, kept) => expectMasked(input, secrets, kept));

  it.each([
    'Executing (default): SELECT "id" FROM "Orders" WHERE "status" = $1 AND "total" > $2; ["shipped",100]',
    'query: SELECT * FROM "user" WHERE "id" = $1 -- PARAMETERS: [42]',
    'select * from `users` where `email` = ? limit 1 [] and later ["not","params"] here',
  ])('leaves %s', (input) => {
    expect(masked(input)).toBe(input);
  });
});

describe('redaction markers under secret names (key-flagged.ts)', () => {
  it.each([
    [{ password: "'[Filtered]'" }, "'[Filtered]'"],
    [{ hashed_password: '**redacted**' }, '**redacted**'],
    [{ token: '"[REDACTED]"' }, '"[REDACTED]"'],
  ])('%j stays', (input, marker) => {
    expect(JSON.stringify(engine.maskValue(structuredClone(input)).value)).toContain(JSON.stringify(marker).slice(1, -1));
  });

  it.each([[{ password: "'hunter2'" }], [{ hashed_password: '$2y$10$.vGA1O9wmRjrwAVXD98HNOgsNpDczlqm3Jq7KnEd1rVAGv3Fykk1a' }]])(
    '%j is masked',
    (input) => {
      const raw = Object.values(input)[0]!;
      expect(JSON.stringify(engine.maskValue(structuredClone(input)).value)).not.toContain(raw);
    },
  );
});

describe('ioredis debug lines (structure/redis-monitor.ts)', () => {
  const head = 'ioredis:redis write command[redis.internal:6379]: 0 -> ';
  it.each([
    ['AUTH user password', "auth([ 'default', 'foobared' ])", 'foobared', "'default'"],
    ['AUTH password', "auth([ 'foobared' ])", 'foobared', 'auth(['],
    ['CONFIG SET requirepass', "config([ 'set', 'requirepass', 'foobared' ])", 'foobared', "'requirepass'"],
    ['HELLO AUTH', "hello([ '3', 'AUTH', 'default', 'foobared' ])", 'foobared', "'default'"],
  ])('%s', (_, args, secret, kept) => {
    const out = masked(head + args);
    expect(out).not.toContain(secret);
    expect(out).toContain(kept);
  });

  it.each([`${head}get([ 'session:abc' ])`, `${head}hset([ 'user:1', 'auth', 'token-cache-key' ])`, `${head}info([])`])(
    'leaves %s',
    (input) => {
      expect(masked(input)).toBe(input);
    },
  );
});

describe('values that leaked from application logs (detectors)', () => {
  it.each([
    ['an E.164 number as a URL path segment', 'GET /api/v2/lookup/+14155550100/carrier 404', '+14155550100'],
    ['the same before a query', 'GET /v1/PhoneNumbers/+15017122661?Type=carrier', '+15017122661'],
    ['a NIR after a comma', 'imported Employee(Manuela Ricci,2 95 10 99 126 111 93,Milano)', '2 95 10 99 126 111 93'],
  ])('%s', (_, input, secret) => {
    expect(masked(input)).not.toContain(secret);
  });

  it.each([
    'GET /api/v1/items/+1/ 200',
    'GET /static/app/+123456/bundle.js',
    'total 1,295109912611193 bytes',
    'imported Employee(Ricci,295109912611199,Milano)',
  ])('leaves %s', (input) => {
    expect(masked(input)).toBe(input);
  });
});

describe('field names of round 18', () => {
  const keys = new KeyClassifier(BUILTIN_KEY_RULES, []);
  it.each([
    ['ird_number', 'NATIONAL_ID'],
    ['ird', 'NATIONAL_ID'],
    ['IRDNumber', 'NATIONAL_ID'],
  ])('%s is %s', (name, entity) => {
    expect(keys.classify(name)?.entity).toBe(entity);
  });
  it.each(['bird_count', 'third_party', 'irdx'])('%s is not a national id', (name) => {
    expect(keys.classify(name)?.entity).not.toBe('NATIONAL_ID');
  });
});

describe('a PHP error page environment table, `NAME   "value"` a line (structure/env-table.ts)', () => {
  it('masks the values of sensitive names (Whoops / Ignition)', () => {
    expectMasked(
      'Environment Variables\nAPP_ENV            "production"\nAPP_KEY            "base64:c2VjcmV0LWtleS1mb3ItYS10ZXN0LWFwcDAwMDA="\nDB_PASSWORD        "Tr0ub4dor-3-db"\nMAIL_MAILER        "smtp"',
      ['base64:c2VjcmV0LWtleS1mb3ItYS10ZXN0LWFwcDAwMDA=', 'Tr0ub4dor-3-db'],
      ['APP_ENV            "production"', 'MAIL_MAILER        "smtp"', 'APP_KEY', 'DB_PASSWORD'],
    );
    expectMasked('REDIS_PASSWORD\t"s3cr3t-redis-pw"', ['s3cr3t-redis-pw'], ['REDIS_PASSWORD']);
  });
  it.each([
    'APP_DEBUG          "false"\nQUEUE_CONNECTION   "redis"\nRETRIES            "3"',
    'DB_PASSWORD        "null"',
    'DB_PASSWORD        "${DB_PASSWORD}"',
    'said "hello"  "world"',
  ])('leaves %s', (input) => {
    expect(masked(input)).toBe(input);
  });
});

describe('a one-time token under a one-letter parameter of an account link (structure/url.ts)', () => {
  it.each([
    ['https://app.example.com/reset-password?email=x&t=Zm9yZ290LXBhc3N3b3JkLTQ0NTU2Ng', 'Zm9yZ290LXBhc3N3b3JkLTQ0NTU2Ng'],
    ['GET /verify?k=7c1e9a0b3d5f42e6a8 200', '7c1e9a0b3d5f42e6a8'],
    ['GET /account/activate?u=42&c=YWN0aXZhdGUtbWUtOTg3NjU0 ok', 'YWN0aXZhdGUtbWUtOTg3NjU0'],
    ['magic link sent: https://example.org/auth/magic?m=mgc_81d0f2b6c4e3a597 (expires 15m)', 'mgc_81d0f2b6c4e3a597'],
    ['POST /invitations/confirm?i=inv-3b8f1c2d9e0a7654', 'inv-3b8f1c2d9e0a7654'],
  ])('%s', (input, token) => {
    expect(masked(input)).not.toContain(token);
  });
  it.each([
    'GET /verify?t=1710166927 200',
    'GET /invite?l=en-US',
    'GET /search?t=Zm9yZ290LXBhc3N3b3JkLTQ0NTU2Ng',
    'GET https://reset.example.com/search?q=abcdefghijklmnop1234',
    'GET /reset-password?s=successfully_changed',
  ])('leaves %s', (input) => {
    expect(masked(input)).toBe(input);
  });
});

describe('a bare NAME= in capitals beside a person field (structure/bare-name-pair.ts)', () => {
  it.each([
    ['CUSTOMER-REC NAME=GIULIA ROSSI EMAIL=GIULIA.ROSSI@EXAMPLE.IT STATUS=A', 'GIULIA ROSSI'],
    ['REC 17 NAME=MARIA GARCIA LOPEZ PHONE=+1 415 555 0100', 'MARIA GARCIA LOPEZ'],
    ['name=JAMES O’NEILL dob=1980-01-02 ok', 'JAMES O’NEILL'],
  ])('%s', (input, name) => {
    const out = masked(input);
    expect(out).not.toContain(name);
    expect(out).toContain('<PERSON:');
  });
  it.each([
    'NAME=PROD CLUSTER EMAIL=ops@example.com',
    'NAME=BILLING API EMAIL=ops@example.com',
    'APP_NAME=BILLING API OWNER_EMAIL=ops@example.com',
    'NAME=GIULIA ROSSI STATUS=A REGION=EU',
    'NAME=GIULIA EMAIL=ops@example.com',
  ])('leaves the name in %s', (input) => {
    const name = /NAME=([A-Z ]+?) [A-Z_]+=/.exec(input)![1]!;
    expect(masked(input)).toContain(`NAME=${name} `);
  });
});

describe("a person's name beside a contact in a job's argument list (structure/argument-lists.ts)", () => {
  it.each([
    ['Failed job: (Job{mailers} | SignupMailer | ["Emre Yilmaz", "emre.yilmaz@example.com.tr"])', 'Emre Yilmaz'],
    ['enqueued WelcomeJob args: ["Sarah Connor", "+1 415 555 0132"]', 'Sarah Connor'],
    ["ActiveJob perform('Hiroshi Tanaka', 'h.tanaka@example.jp', 3)", 'Hiroshi Tanaka'],
    // Not in the gazetteer: both words are in the mailbox of the same list.
    ['args: ["Zorvath Quellin", "zorvath.quellin@example.com"]', 'Zorvath Quellin'],
  ])('%s', (input, name) => {
    const out = masked(input);
    expect(out).not.toContain(name);
    expect(out).toContain('<PERSON:');
  });
  it.each([
    ['args: ["Billing Team", "ops@example.com"]', 'Billing Team'],
    ['args: ["Emre Yilmaz"]', 'Emre Yilmaz'],
    ['args: ["Emre Yilmaz", "1299.00"]', 'Emre Yilmaz'],
    ['Mailer.deliver("Welcome Email", "team@example.com")', 'Welcome Email'],
  ])('leaves the string in %s', (input, kept) => {
    expect(masked(input)).toContain(kept);
  });
});

describe('Hibernate bind lines after their statement, in one record (structure/sql-params.ts)', () => {
  const binder = '2024-03-11 14:22:07.118 TRACE 1 --- [exec-3] o.h.type.descriptor.sql.BasicBinder : ';
  it('masks a parameter as the column its placeholder stands for (Hibernate 5)', () => {
    const out = masked(
      `Hibernate: insert into patient (given_name, surname, tier, id) values (?, ?, ?, ?)\n${binder}binding parameter [1] as [VARCHAR] - [Chinwe]\n${binder}binding parameter [2] as [VARCHAR] - [Eze-Nwosu]\n${binder}binding parameter [3] as [VARCHAR] - [gold]\n${binder}binding parameter [4] as [BIGINT] - [9001]`,
    );
    expect(out).not.toContain('[Chinwe]');
    expect(out).not.toContain('[Eze-Nwosu]');
    expect(out).toContain('[gold]');
    expect(out).toContain('[9001]');
  });
  it('masks a password bound in an UPDATE (Hibernate 6)', () => {
    const out = masked(
      'org.hibernate.SQL - update app_user set password=?, login_count=? where id=?\norg.hibernate.orm.jdbc.bind - binding parameter (1:VARCHAR) <- [Gr4ssh0pper#77]\norg.hibernate.orm.jdbc.bind - binding parameter (2:INTEGER) <- [12]\norg.hibernate.orm.jdbc.bind - binding parameter (3:BIGINT) <- [31]',
    );
    expect(out).not.toContain('Gr4ssh0pper#77');
    expect(out).toContain('(2:INTEGER) <- [12]');
  });
  it.each([
    'Hibernate: update orders set status=? where id=?\nbinding parameter [1] as [VARCHAR] - [SHIPPED]\nbinding parameter [2] as [BIGINT] - [77]',
    'Hibernate: insert into customer (last_name, id) values (?, ?)\nbinding parameter [1] as [VARCHAR] - [null]',
    'o.h.type.descriptor.sql.BasicBinder - binding parameter [1] as [VARCHAR] - [SHIPPED]',
  ])('leaves %s', (input) => {
    expect(masked(input)).toBe(input);
  });
});

describe('a value rich wrapped inside its box onto the next line (structure/box-wrap.ts)', () => {
  it.each([
    [
      "│ │ headers = {'Authorization': 'Bearer 9f8e7d6c5b4a3928170655aa │ │\n│ │           44bb33cc22dd11ee00ff'}           │ │",
      ['9f8e7d6c5b4a3928170655aa', '44bb33cc22dd11ee00ff'],
    ],
    ["│ │ api_token = 'tk_live_Q2hhbmdlTWVQ │ │\n│ │ bGVhc2UtOTk4ODc3' │ │", ['tk_live_Q2hhbmdlTWVQ', 'bGVhc2UtOTk4ODc3']],
  ])('%s', (input, pieces) => {
    const out = masked(input);
    for (const piece of pieces) expect(out).not.toContain(piece);
  });
  it.each([
    "│ │ message = 'a long message that the box wraps │ │\n│ │ onto the next line' │ │",
    "│ │ token = '***' │ │\n│ │ retry = 3 │ │",
  ])('leaves %s', (input) => {
    expect(masked(input)).toBe(input);
  });
});

describe("PostgreSQL's failing row read with the INSERT of the same message (structure/error-echo.ts)", () => {
  it('masks the values of sensitive columns by position', () => {
    const out = masked(
      'ERROR:  null value in column "email" of relation "staff" violates not-null constraint\nDETAIL:  Failing row contains (77, Nakamura, 123-45-6789, null).\nSTATEMENT:  INSERT INTO staff (id, last_name, ssn, email) VALUES ($1, $2, $3, $4)',
    );
    expect(out).not.toContain('Nakamura');
    expect(out).not.toContain('123-45-6789');
    expect(out).toContain('(77, <');
  });
  it.each([
    // No INSERT in the message: the row names no column (a published sample SSN stays unless labelled).
    'ERROR:  new row for relation "employees" violates check constraint "c"\nDETAIL:  Failing row contains (1042, Kowalski, 219-09-9999, -1).',
    // As many values as columns, none sensitive.
    'ERROR: x\nDETAIL:  Failing row contains (7, shipped, 12).\nSTATEMENT: insert into orders (id, status, qty) values (7, $1, 12)',
    // Fewer columns than values: positions are not known.
    'ERROR: x\nDETAIL:  Failing row contains (7, Kowalski, 219-09-9999).\nSTATEMENT: insert into staff (id, last_name) values ($1, $2)',
  ])('leaves %s', (input) => {
    expect(masked(input)).toBe(input);
  });
});
