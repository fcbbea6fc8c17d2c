/**
 * One input per masking mechanism of issue 13, for docs/detectors.md: the generator masks each with
 * the documentation key, so the output shown is what the code does (a test fails when they drift).
 * `record` inputs are JSON records, the others text.
 */
export interface MechanismExample {
  mechanism: string;
  /** How the mechanism works, in one or two sentences. */
  explanation: string;
  input: string;
  record?: boolean;
}

export const MECHANISM_EXAMPLES: readonly MechanismExample[] = [
  {
    mechanism: 'Command lines: a table of tools and their password flags',
    explanation:
      'Shell history, CI steps and agent tool calls are read word by word (quotes, escapes, pipes); the values of the password flags of the tools in the table, and of any --long-flag the key rules call sensitive, are masked.',
    input: "mysql -u root -phunter2 shop; curl -u admin:changeme https://api.example.com; sshpass -p 'letmein' ssh deploy@build",
  },
  {
    mechanism: 'Command lines: positional passwords and piped passwords',
    explanation: 'htpasswd -b and rabbitmqctl add_user take the password as an argument; echo X | sudo -S pipes it in.',
    input: 'htpasswd -b /etc/nginx/.htpasswd alice wonderland1 && echo hunter2 | sudo -S systemctl restart nginx',
  },
  {
    mechanism: 'Command lines: Windows and sudo logs',
    explanation:
      'Windows command lines keep their backslashes (a quoted program path as event 4688 logs it); net use / net user take the password as a positional word; sudo logs the program glued to COMMAND=; the text of an XML element is read as a command line.',
    input:
      '"C:\\Program Files\\Microsoft SQL Server\\Client SDK\\ODBC\\170\\Tools\\Binn\\SQLCMD.EXE" -S db -U SA -P "yourStrong(!)Password"\n<Data Name="CommandLine">net use Z: \\\\fs01\\finance /user:CONTOSO\\dadmin Pa$$w0rd</Data>\nsudo:  alice : TTY=pts/0 ; PWD=/home/alice ; USER=root ; COMMAND=/usr/bin/mysql -uroot -pmy-secret-pw',
  },
  {
    mechanism: 'Environment assignments and configuration lines',
    explanation:
      'export X=…, VAR=… cmd, .env, INI and TOML key = value, YAML key: value: the value of a key the key rules call sensitive is masked as that key’s entity.',
    input: 'export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n[db]\npassword = "s3cr3t"\nfirst_name: Jane',
  },
  {
    mechanism: 'XML elements and attributes',
    explanation: 'An element or attribute whose name the key rules call sensitive has its text masked.',
    input: '<server><username>deployer</username><password>d3pl0yM3</password></server>',
  },
  {
    mechanism: 'Passwords stated in prose',
    explanation: 'Short passwords have no entropy to find them by; the sentence (password is …, PIN is …, Passwort ist …) is the evidence.',
    input: 'Reset done, the new password is Autumn42 and your PIN is 7316.',
  },
  {
    mechanism: 'Percent-encoded and HTML-escaped emails',
    explanation: 'jane%40example.com and jane&#64;example.com are decoded to find the address; the token is the plain address’s.',
    input: 'GET /api/users/jane%40example.com/profile?cc=bob&#64;example.org',
  },
  {
    mechanism: 'Internationalised emails, lower-case IBANs, dotted cards',
    explanation:
      'Unicode local parts and domains; IBANs and NINOs in lower case (checksum, or a keyword for NINOs); card numbers grouped by dots (Luhn).',
    input: 'josé@exämple.com paid from gb82west12345698765432 with 4111.1111.1111.1111',
  },
  {
    mechanism: 'Credentials in base64 where a format defines them',
    explanation:
      'A whole value that decodes to user:password (Docker config.json auth, .npmrc _auth, Kubernetes Secret data), to text assigning a secret, or to a private key.',
    input: '{"auths":{"registry.example.com":{"auth":"QWxhZGRpbjpvcGVuIHNlc2FtZQ=="}},"data":{"creds":"YWRtaW46Y2hhbmdlbWU="}}',
    record: true,
  },
  {
    mechanism: 'Key-flagged values take the specific type',
    explanation:
      'Under a generic name (authorization, api_key, national_id) a value that value detectors cover is masked as what they find, with the token it gets anywhere else; otherwise as the key’s type. A URI under a database URL name keeps host and path.',
    input:
      '{"authorization":"Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U","password":"hunter2","db_uri":"postgres://db.example.com:5432/app","database_url":"postgres://app:pa55word@db.example.com/app"}',
    record: true,
  },
  {
    mechanism: 'Display labels and secret-store names beside values',
    explanation:
      'A display label (Microsoft Graph modifiedProperties displayName, Personio label, GitLab target_details) names its sibling values like name or key do; the resource name of a secret-store entry (GCP Secret Manager, Azure Key Vault, AWS Secrets Manager) names a secret, so its payload is masked.',
    input:
      '{"modifiedProperties":[{"displayName":"extension_9f2c_SocialSecurityNumber","oldValue":null,"newValue":"[\\"078-05-1120\\"]"}],"details":{"target_details":"AWS_SECRET_ACCESS_KEY","from":"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"},"response":{"name":"projects/p/secrets/stripe/versions/1","payload":{"data":"bXkgc3VwZXIgc2VjcmV0IGRhdGE=","dataCrc32c":"3447419394"}}}',
    record: true,
  },
  {
    mechanism: 'FHIR searches on a person resource',
    explanation:
      'On /Patient, /Person, /RelatedPerson and /Practitioner searches, the parameters that hold the person (family, given, name, birthdate, address, telecom, identifier) are masked; of an identifier system|value only the value.',
    input: 'GET /fhir/Patient?family=Chalmers&birthdate=1974-12-25&identifier=http://hl7.org/fhir/sid/us-mbi%7C1EG4TE5MK73&_count=10',
  },
  {
    mechanism: 'Look-alikes that stay',
    explanation:
      'An scp-style SSH remote is not an email; a UPS tracking number is not a secret; codes and dates beside sensitive names (phone_country, ssn_last_updated) are not the entity; an IPv6 address with an IPv4 tail is masked whole; a date-time under a secret name (AWS STS Credentials.Expiration) is no secret; a GraphQL type declaration ($password: String!) is no value; in a form-encoded line a value ends at the next &name=.',
    input:
      '{"remote":"git@github.com:octocat/Hello-World.git","tracking":"1Z999AA10123456784","phone_country":"US","ssn_last_updated":"2024-01-02","client":"::ffff:192.0.2.128","Credentials":{"SessionToken":"AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j","Expiration":"2011-07-15T23:28:33.359Z"},"query":"mutation Login($password: String!) { login(password: $password) { token } }","form":"SAMLResponse=PHNhbWxwOlJlc3BvbnNlPg%3D%3D&RelayState=%2Fdashboard"}',
    record: true,
  },
  {
    mechanism: 'Idempotence: masked output masked again is unchanged',
    explanation:
      'Tokens are never evidence for a detector: spans inside tokens are dropped, context windows ignore tokens and the names they were assigned to, and a name whose value is a token is not taken for a secret.',
    input:
      'password = "<SECRET:ilynyasmfsbs>", db postgres://<DB_CREDENTIALS:higufkclekve>@db.example.com/app, addr <IP_ADDRESS:jjevqrljegoj>',
  },
];
