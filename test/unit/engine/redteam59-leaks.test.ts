import { describe } from 'vitest';
import { leakCases } from '../../helpers/leak-checks.js';

/**
 * Red-team round 59 (what AI agents' tools send and return: shell results, config reads, edits,
 * business tool results, framework traces): the shapes that leaked or were over-masked, each fixed
 * by a general rule, with positives other than the corpus values and look-alikes that must stay.
 * Values: plausible passwords and names, key layouts filled with random characters.
 */

const { masks, keeps } = leakCases();

describe('red-team 59: reads of the environment or a secret store are references, not values', () => {
  keeps(
    'edits that read a key from the environment',
    {
      old_string: 'const token = process.env.GITLAB_TOKEN;',
      new_string: "api_key = os.getenv('MAPBOX_API_KEY')",
      patch: "-SECRET = os.environ['APP_SECRET']\n+password = ENV.fetch('SMTP_PASSWORD')",
    },
    ['process.env.GITLAB_TOKEN', "os.getenv('MAPBOX_API_KEY')", "os.environ['APP_SECRET']", "ENV.fetch('SMTP_PASSWORD')"],
  );
  keeps(
    'a GitHub Actions secret expression under a token name',
    'env:\n  NPM_TOKEN: ${{ secrets.NPM_PUBLISH_TOKEN }}\n  API_KEY: ${{ secrets.STAGING_API_KEY }}\n',
    ['${{ secrets.NPM_PUBLISH_TOKEN }}', '${{ secrets.STAGING_API_KEY }}'],
  );
  masks('a literal that replaces the read', { new_string: "const token = 'Zq4-Lm9!Tx27-Wb';" }, ['Zq4-Lm9!Tx27-Wb']);
  masks('a password that merely starts like env', 'DB_PASSWORD=envy-Rq82!zt', ['envy-Rq82!zt']);
});

describe('red-team 59: a YAML value named by the `- name:` line above it', () => {
  masks(
    'a Kubernetes container env list',
    'containers:\n- name: api\n  env:\n  - name: SMTP_PASSWORD\n    value: "Mq7!xR2-vLp"\n  - name: STRIPE_API_KEY\n    value: rk9Xc2Lm4Qp7Tz1Vb8Nw\n',
    ['Mq7!xR2-vLp', 'rk9Xc2Lm4Qp7Tz1Vb8Nw'],
  );
  keeps(
    'values of names that say nothing, and a container name',
    'env:\n- name: LOG_LEVEL\n  value: warn\n- name: REPLICAS\n  value: "3"\n- name: api\n  image: registry.example.com/api:1.4.2\n',
    ['warn', '"3"', 'registry.example.com/api:1.4.2'],
  );
});

describe('red-team 59: a bare `key` member read with its parent’s name', () => {
  masks(
    'ASP.NET Jwt:Key and an encryption key',
    {
      Jwt: { Issuer: 'https://id.example.org', Key: 'Hq3vN8xTk2Lm5Rz9Wp4Yb7Cd' },
      Encryption: { Key: 'c2VjcmV0LWtleS0zMi1ieXRlcy1sb25nISE=' },
    },
    ['Hq3vN8xTk2Lm5Rz9Wp4Yb7Cd', 'c2VjcmV0LWtleS0zMi1ieXRlcy1sb25nISE='],
  );
  keeps(
    'S3 object keys, tag keys, sort and cache keys',
    {
      Bucket: 'invoices-eu',
      Key: 'exports/2025/06/invoices.csv',
      Tags: [{ Key: 'team', Value: 'billing' }],
      sort: { key: 'created_at' },
      cache: { key: 'user:4411' },
      Jwt: { Issuer: 'https://id.example.org' },
    },
    ['exports/2025/06/invoices.csv', 'team', 'created_at', 'user:4411', 'https://id.example.org'],
  );
});

describe('red-team 59: WordPress keys and salts, Azure storage keys by name', () => {
  masks(
    'wp-config.php define() lines',
    "define('LOGGED_IN_SALT', 'p9#Lx2!vQ7m@Zr4$Wt8^Ky1&Nb6*Hc3(Jd0)Fs5_Ge');\ndefine( 'NONCE_KEY', 'A]k7-Zq2{Lm9}Tx4|Wb8<Rc1>Vn6~Ys3+Hd0=Jf5' );",
    ['p9#Lx2!vQ7m@Zr4$Wt8^Ky1&Nb6*Hc3(Jd0)Fs5_Ge', 'A]k7-Zq2{Lm9}Tx4|Wb8<Rc1>Vn6~Ys3+Hd0=Jf5'],
  );
  masks('a storage key app setting', { AZURE_STORAGE_KEY: 'Qm9vYmFyLXN0b3JhZ2Uta2V5LWZvci10ZXN0aW5nLW9ubHk=' }, [
    'Qm9vYmFyLXN0b3JhZ2Uta2V5LWZvci10ZXN0aW5nLW9ubHk=',
  ]);
  keeps('WordPress settings that are not secrets', "define('DB_CHARSET', 'utf8mb4');\ndefine('WP_DEBUG', false);", ['utf8mb4']);
});

describe('red-team 59: a tag whose key or name attribute names its value attribute', () => {
  masks(
    'web.config appSettings, a Spring bean property and an HTML form',
    '<appSettings><add key="SmtpPassword" value="Sm7p!Relay-44" /></appSettings>\n<bean id="ds"><property name="password" value="Ds-Pw!9921"/></bean>\n<input type="text" name="last_name" value="Okonkwo"><input name="email" value="t.okonkwo@example.org">',
    ['Sm7p!Relay-44', 'Ds-Pw!9921', 'Okonkwo', 't.okonkwo@example.org'],
  );
  keeps(
    'settings that say nothing, options, placeholders',
    '<add key="Environment" value="Staging" /><add key="MaxRetries" value="5" /><option value="DE">Germany</option><property name="password" value="${db.password}"/><input name="country" value="PT">',
    ['Staging', '"5"', 'DE', '${db.password}', 'PT'],
  );
});

describe('red-team 59: form fields of an accessibility snapshot', () => {
  masks(
    'a Playwright MCP snapshot of a filled form',
    '- form "Shipping" [ref=e4]:\n  - textbox "Surname" [ref=e9]: Lindqvist\n  - textbox "Phone number" [ref=e10]: 0612345678\n  - textbox "Password" [ref=e11]: Tr4vel-Pw!\n',
    ['Lindqvist', '0612345678', 'Tr4vel-Pw!'],
  );
  keeps(
    'search boxes, quantities and coupon fields',
    '- searchbox "Search products" [ref=e2]: trail running shoes\n- spinbutton "Quantity" [ref=e7]: 2\n- textbox "Coupon code" [ref=e8]: SPRING10\n- combobox "Country" [ref=e12]: Portugal',
    ['trail running shoes', 'SPRING10', 'Portugal', '[ref=e7]'],
  );
});

describe('red-team 59: a bare name in a Python repr beside a phone', () => {
  masks('a tool result printed with repr()', "lookup -> {'name': 'Ingrid Solberg', 'tel': '+47 412 34 567', 'tier': 'gold'}", [
    'Ingrid Solberg',
  ]);
  keeps('a product or a team beside no person field', "{'name': 'Trail Runner Mk2', 'sku': 'TR-2', 'qty': 3}", ['Trail Runner Mk2']);
});

describe('red-team 59: a name after an account page greeting', () => {
  masks('`Welcome back,` then the name', 'Orders\nWelcome back, Tamsin Achterberg\nSign out', ['Tamsin Achterberg']);
  keeps('`Welcome back` before an ordinary phrase', 'Welcome back to the Dashboard. Welcome Back Offer ends soon.', [
    'Welcome back to the Dashboard',
    'Welcome Back Offer',
  ]);
});

describe('red-team 59: a connection string keeps its endpoints, loses its secret settings', () => {
  masks(
    'an Azure Storage and an ADO.NET connection string in .env lines',
    'STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=acmefiles;AccountKey=Wk3mPq8Rt2Vw6Xy0Ab4Cd8Ef2Gh6Ij0Kl4Mn8Op2Qr6St0Uv4Wx8Yz2Ab6Cd0Ef4Gh8Ij2Kl6Mn0Op4Qr8==;EndpointSuffix=core.windows.net\nSQL_CONNECTION_STRING=Server=tcp:sql-7.example.net,1433;Database=Billing;User ID=billing_app;Password=B1ll!ng-Sql-Pw;\n',
    ['Wk3mPq8Rt2Vw6Xy0Ab4Cd8Ef2Gh6Ij0Kl4Mn8Op2Qr6St0Uv4Wx8Yz2Ab6Cd0Ef4Gh8Ij2Kl6Mn0Op4Qr8==', 'B1ll!ng-Sql-Pw'],
  );
  keeps(
    'the endpoints and names of those connection strings',
    'STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=acmefiles;AccountKey=Wk3mPq8Rt2Vw6Xy0Ab4Cd8Ef2Gh6Ij0Kl4Mn8Op2Qr6St0Uv4Wx8Yz2Ab6Cd0Ef4Gh8Ij2Kl6Mn0Op4Qr8==;EndpointSuffix=core.windows.net',
    ['core.windows.net', 'AccountName=acmefiles'],
  );
  masks('a connection string without a secret setting stays masked whole', 'DB_CONNECTION_STRING=Server=db9;Database=hr;Trusted=1', [
    'Server=db9;Database=hr',
  ]);
});

describe('red-team 59: references in text with double quotes', () => {
  keeps('a diff line reading os.environ with double quotes', '-SECRET = os.environ["APP_SECRET"]\n+password = ENV.fetch("SMTP_PASSWORD")', [
    'os.environ["APP_SECRET"]',
    'ENV.fetch("SMTP_PASSWORD")',
  ]);
});
