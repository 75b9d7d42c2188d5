/** @typedef {{ pattern: string, headers: Record<string, string> }} HeaderRule */

/**
 * Parses a Netlify / Cloudflare Pages `_headers` file into rules: a path pattern and its headers.
 * Only the syntax the build writes is needed: a path line, then indented "Name: value" lines.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeaders(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
    } else if (rules.length > 0) {
      const at = line.indexOf(':');
      const rule = rules[rules.length - 1];
      if (rule) rule.headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

/**
 * The headers that apply to a path: every rule whose pattern matches ("*" matches anything).
 * @param {HeaderRule[]} rules
 * @param {string} path
 * @returns {Record<string, string>}
 */
export function headersFor(rules, path) {
  /** @type {Record<string, string>} */
  const headers = {};
  for (const { pattern, headers: values } of rules) {
    const regex = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
    if (regex.test(path)) Object.assign(headers, values);
  }
  return headers;
}
