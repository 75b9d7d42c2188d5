/** What the cross-entry check needs to know about one entry. */
export interface EntryRef {
  /** Path of the source file, relative to the project root. */
  file: string;
  /** The entry's `code`. */
  code: number;
  /** The entry's `related` codes. */
  related: number[];
}

/**
 * The rules zod cannot express, because they span entries: `code` is unique and every
 * `related` code exists. Returns one message per problem, each naming file, field and problem.
 */
export function crossCheck(entries: EntryRef[]): string[] {
  const problems: string[] = [];
  const byCode = new Map<number, EntryRef>();
  for (const entry of entries) {
    const first = byCode.get(entry.code);
    if (first) {
      problems.push(
        `${entry.file}: field "code": ${entry.code} is already used by ${first.file}; each code needs exactly one file.`,
      );
    } else {
      byCode.set(entry.code, entry);
    }
  }
  for (const entry of entries) {
    for (const code of entry.related) {
      if (!byCode.has(code)) {
        problems.push(`${entry.file}: field "related": code ${code} does not exist.`);
      } else if (code === entry.code) {
        problems.push(`${entry.file}: field "related": a code cannot be related to itself.`);
      }
    }
  }
  return problems;
}
