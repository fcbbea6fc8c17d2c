import { describe } from 'vitest';
import { leakCases } from '../../helpers/leak-checks.js';

/**
 * Leaks and over-masking the forty-ninth red-team round found (fixtures/redteam49-corpus.ts: LLM
 * observability spans and runs, agent protocols and coding-agent logs, RAG stores and agent
 * memories), each closed where it happens, with the look-alike beside it that must stay. The
 * values here differ from the corpus': plausible names, Ofcom's drama range 07700 900xxx, RFC 7636's
 * PKCE example verifier and challenge.
 */
const { masks, keeps } = leakCases();

describe('names with lower-case particles whose joined form is a census surname', () => {
  masks('a Dutch name in a prompt', { prompt: 'Kunt u de polis van Ilse de Vries opzoeken?' }, ['Ilse de Vries']);
  masks('two particles', 'Bel Femke van den Berg terug over de offerte.', ['Femke van den Berg']);
  masks('a Portuguese name in a tool result', { content: 'Titular: conta aberta por Joaquim dos Santos em 2021' }, ['Joaquim dos Santos']);
  keeps('a place with a particle', 'Weekend trip to Puerto del Rosario and the Museo del Prado', ['Puerto del Rosario', 'Museo del Prado']);
  keeps('a square named after a date', 'Crowds gathered in the Plaza de Mayo', ['Plaza de Mayo']);
  keeps('a race', 'Stage 4 of the Tour de France', ['Tour de France']);
});

describe('a capitalised surname after "surname is"', () => {
  masks('in a memory', { memory: 'Her surname is Gallagher and she prefers email' }, ['Gallagher']);
  keeps('a lower-case word after it', 'the surname is required for the booking', ['surname is required']);
});

describe('Spanish and Portuguese birth words without their preposition', () => {
  masks('nacido then a date', { output: 'Titular: Andrés Molina, nacido 23/11/1984' }, ['23/11/1984']);
  masks('nascida then a date', 'Paciente nascida 05/08/1979, sem alergias', ['05/08/1979']);
  keeps('a date without a birth word', 'pedido 23/11/1984 enviado', ['23/11/1984']);
});

describe('a national mobile right after a person and a comma', () => {
  masks('in an agent task', { text: 'Please book it, I am Hamish Grant, 07700 900123' }, ['07700 900123']);
  masks('unspaced', 'Contact for the viewing is Morag Reid, 07700900456', ['07700900456']);
  keeps('after the label of a number', 'Order Number, 07700 900123', ['07700 900123']);
  keeps('a short serial after two words', 'Batch Run, 01234 567', ['01234 567']);
});

describe('relatives named in lower case in memories and chat', () => {
  masks('my daughter', { memory: 'remember that my daughter sophie turner starts school in september' }, ['sophie turner']);
  masks('my husband', 'my husband david miller will pick it up', ['david miller']);
  keeps('a relative and an everyday word', 'my sister will call you back tomorrow', ['my sister will call']);
  keeps('a relative and a verb', 'my mother was admitted last week', ['my mother was admitted']);
  keeps('a relative with a given name alone', 'my wife kavya is allergic to nuts', ['kavya']);
});

describe('OAuth PKCE verifiers (MCP authorization, OAuth 2.1)', () => {
  const verifier = 'dBjftJeZ4CVP-mJ0DyjBh5FGAaXPfuPnU3m-cK1zqQM';
  masks('code_verifier in a JSON token request', { grant_type: 'authorization_code', code_verifier: verifier }, [verifier]);
  masks('codeVerifier of an SDK state', { oauth: { codeVerifier: verifier, state: 'af0ifjsldkj' } }, [verifier]);
  masks(
    'code_verifier in a form body',
    `grant_type=authorization_code&redirect_uri=http%3A%2F%2Flocalhost%3A6274%2Fcb&code_verifier=${verifier}`,
    [verifier],
  );
  keeps(
    'the code challenge, a public digest',
    { code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', code_challenge_method: 'S256' },
    ['E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM'],
  );
});

describe('MCP progress tokens and LLM gateway key labels', () => {
  keeps(
    'an MCP progressToken',
    { jsonrpc: '2.0', method: 'tools/call', params: { name: 'search', _meta: { progressToken: 'req-77a1' } } },
    ['req-77a1'],
  );
  keeps(
    'a notifications/progress token',
    { method: 'notifications/progress', params: { progressToken: 'prog-5', progress: 50, total: 100 } },
    ['prog-5'],
  );
  masks('a token beside it', { params: { _meta: { progressToken: 'req-77a1' }, token: 'Zq8vN3kP7rT1wX5yB9cD' } }, ['Zq8vN3kP7rT1wX5yB9cD']);
  keeps(
    'LiteLLM spend-log key labels',
    { metadata: { user_api_key_alias: 'growth-team-key', user_api_key_team_id: 'team-growth-02', user_api_key_org_id: 'org-emea' } },
    ['growth-team-key', 'team-growth-02', 'org-emea'],
  );
  masks('the api_key beside them', { api_key: 'sk-9vT3qLm7Zx2Wk5Rb8Nc4', metadata: { user_api_key_alias: 'growth-team-key' } }, [
    'sk-9vT3qLm7Zx2Wk5Rb8Nc4',
  ]);
});
