import { describe, expect, it } from 'vitest';
import { maskText, testEngine } from '../../../helpers/engine.js';

// API keys as a URL's user name (RFC 3986 §3.2.1 user-info): Mixpanel's ingestion API takes the
// project secret as the Basic-auth user with an empty password (`https://API_SECRET:@…`), and git
// remotes carry a personal access token as the user (`https://<token>@dev.azure.com/…`, Azure
// DevOps docs); the secret is trufflehog's mixpanel_test.go value. Look-alikes from RFC 3986
// (§1.1.2 `mailto:John.Doe@example.com`, §7.6 `ftp://cnn.example.com&story=breaking_news@10.0.0.1/`)
// and the git and ssh URL forms of git-clone(1).
const engine = testEngine();
const SECRET = 'M0UXRQ2DBF5rEJ1qlJTgJvwGqUJ7D8TQ';

describe('API keys as the user of a URL', () => {
  it('names the entity of the empty-password form', () => {
    expect(maskText(engine, `https://${SECRET}:@api.mixpanel.com/track`).entities).toEqual(['URL_CREDENTIALS']);
  });

  it.each([
    [
      'an empty password',
      `POST https://${SECRET}:@api.mixpanel.com/import?strict=1&project_id=3156271`,
      'api.mixpanel.com/import?strict=1&project_id=3156271',
    ],
    ['no password', `git remote add origin https://${SECRET}@dev.azure.com/fabrikam/project/_git/repo`, '/fabrikam/project/_git/repo'],
    ['inside a JSON member', `{"request_url":"https://${SECRET}:@api.mixpanel.com/track"}`, 'api.mixpanel.com/track'],
  ])('masks the key: %s', (_, input, kept) => {
    // Without a password, `key@host.example` also reads as an address: the e-mail detector may take
    // the span (its token then covers the host), which leaves nothing either.
    const { text } = maskText(engine, input);
    expect(text).not.toContain(SECRET);
    expect(text).toContain(kept);
  });
});

describe('user names of URLs that are not keys', () => {
  it.each([
    'ssh://git@github.com/org/repo.git',
    'git@github.com:org/repo.git',
    'ftp://anonymous:@ftp.example.org/pub',
    'ftp://cnn.example.com&story=breaking_news@10.0.0.1/top_story.htm',
    'https://build-agent-01@ci.example.org/job/42',
    'https://releasemanager2024@ci.example.org/job/42',
    'see https://example.com/a then write to ops-team@example.org',
  ])('finds no key in %s', (input) => {
    expect(maskText(engine, input).entities).not.toContain('URL_CREDENTIALS');
  });

  it.each(['ftp://anonymous:@ftp.example.org/pub', 'https://releases.example.org:@cdn.example.net/v1.2.3/'])('leaves %s', (input) => {
    expect(maskText(engine, input).text).toBe(input);
  });
});
