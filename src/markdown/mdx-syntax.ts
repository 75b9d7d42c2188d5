import { mdxToMdast } from 'satteri';

interface Node {
  type: string;
  children?: Node[];
}

/**
 * Whether an MDX body uses anything beyond Markdown (JSX, `{expressions}`, import/export).
 * An MDX syntax error is thrown here, naming the file, exactly as the MDX compiler would.
 */
export function usesMdxSyntax(body: string, file: string): boolean {
  // Without "<", "{" or import/export outside code, MDX reads the same as Markdown: skip the parse.
  const prose = body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
  if (!/[<{}]|^(?:import|export)\s/m.test(prose)) return false;
  let tree: Node;
  try {
    const parsed = mdxToMdast(body) as unknown as { tree?: Node } & Node;
    tree = parsed.tree ?? parsed;
  } catch (error) {
    throw new Error(`${file}: MDX syntax error: ${(error as Error).message}`);
  }
  const stack = [tree];
  while (stack.length) {
    const node = stack.pop() as Node;
    if (node.type.startsWith('mdx')) return true;
    if (node.children) stack.push(...node.children);
  }
  return false;
}
