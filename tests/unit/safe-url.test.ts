import { describe, expect, it } from 'vitest';
import { checkServerUrl } from '../../src/domain/safe-url';

const api = 'https://team.wordbee-translator.com/api';

describe('server URLs', () => {
  it('accepts http(s) on the API origin', () => {
    const url = 'https://team.wordbee-translator.com/api/resources/assets/27665601?locale=en&scope=pr7214&filename=a.jpg&v=1';
    expect(checkServerUrl(url, api)?.href).toBe(url);
  });

  it('refuses other schemes, other origins and credentials in the URL', () => {
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'blob:https://team.wordbee-translator.com/x',
      'https://evil.example/api/resources/assets/1',
      'http://team.wordbee-translator.com/api/x',
      'https://user:pw@team.wordbee-translator.com/api/x',
      '//evil.example/x',
      '/api/relative',
      42,
      null,
    ]) {
      expect(checkServerUrl(bad, api), String(bad)).toBeNull();
    }
  });
});
