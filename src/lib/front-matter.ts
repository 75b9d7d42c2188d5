/** An MDX file split into its YAML front matter (without the fences) and its body. */
export function splitFrontMatter(text: string): { frontMatter: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  return match ? { frontMatter: match[1] ?? '', body: text.slice(match[0].length) } : { frontMatter: '', body: text };
}
