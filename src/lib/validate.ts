/** What the cross-entry check needs to know about one entry. */
export interface EntryRef {
  /** Path of the source file, relative to the project root. */
  file: string;
  /** The entry's `code`. */
  code: number;
  /** The entry's `related` codes. */
  related: number[];
  /** The entry's SDK constant names (bare, each once). */
  constants?: string[];
}

/** Constant names that two codes may share, from src/lib/sdk-names.ts. */
type Conflicts = readonly { name: string; codes: readonly number[] }[];

/**
 * The rules zod cannot express, because they span entries: `code` is unique, every `related` code
 * exists, and no SDK constant name belongs to two codes unless listed as a known conflict.
 * Returns one message per problem, each naming file, field and problem.
 */
export function crossCheck(entries: EntryRef[], conflicts: Conflicts = []): string[] {
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
  const owner = new Map<string, EntryRef>();
  for (const entry of entries) {
    for (const name of entry.constants ?? []) {
      const first = owner.get(name.toLowerCase());
      if (!first) {
        owner.set(name.toLowerCase(), entry);
        continue;
      }
      const allowed = conflicts.some(
        (conflict) => conflict.name === name && conflict.codes.includes(entry.code) && conflict.codes.includes(first.code),
      );
      if (!allowed) {
        problems.push(
          `${entry.file}: field "constants": ${name} is already the constant of ${first.code} (${first.file}); ` +
            'a name belongs to one code, unless both codes are listed in KNOWN_CONFLICTS in src/lib/sdk-names.ts.',
        );
      }
    }
  }
  return problems;
}

/**
 * YAML turns `2026-13-45` into a valid Date (it rolls over to 2027), so a malformed `updated`
 * never reaches zod as an error. Returns a message when the date as written is not a real day.
 */
export function checkWrittenDate(file: string, frontMatter: string): string | undefined {
  const written = /^updated:\s*["']?([^"'\n#]*?)["']?\s*(?:#.*)?$/m.exec(frontMatter)?.[1];
  if (written === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(written);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!date || date.toISOString().slice(0, 10) !== written) {
    return `${file}: field "updated": "${written}" is not a real date; write it as YYYY-MM-DD.`;
  }
  return undefined;
}

/** What the V1 ↔ V2 check needs of a V1 entry. */
export interface V1Ref {
  /** Path of the source file, relative to the project root. */
  file: string;
  /** The V1 code. */
  code: number;
  /** Its V2 constant, when V2 keeps the same number; `differs` when V2 gives it another meaning. */
  v2?: { name: string; differs: boolean };
}

/** What the V1 ↔ V2 check needs of a V2 entry. */
export interface V2Ref {
  /** Path of the source file, relative to the project root. */
  file: string;
  /** The V2 code. */
  code: number;
  /** The V2 constant. */
  constant: string;
  /** Its V1 counterparts. */
  v1: number[];
}

/**
 * The rules that span the two families: every V1 counterpart has a page, and a three-digit V2 code
 * that a V1 page already names with the same meaning has no page of its own (its V2 URL redirects
 * to the V1 page). One message per problem, naming file, field and problem.
 */
export function crossFamilyCheck(v2: V2Ref[], v1: V1Ref[]): string[] {
  const problems: string[] = [];
  const v1ByCode = new Map(v1.map((entry) => [entry.code, entry]));
  for (const entry of v2) {
    for (const code of entry.v1) {
      if (!v1ByCode.has(code)) problems.push(`${entry.file}: field "v1": V1 code ${code} has no page in content/codes/.`);
    }
    const same = v1ByCode.get(entry.code);
    if (same?.v2 && !same.v2.differs) {
      problems.push(
        `${entry.file}: V2 code ${entry.code} means what V1 ${entry.code} means (${same.file} names ${same.v2.name} without differs), ` +
          'so its V2 URL redirects to the V1 page; delete this file, or mark the V1 constant { name, differs: true } if the meanings differ.',
      );
    }
    if (same?.v2 && same.v2.name !== entry.constant) {
      problems.push(`${entry.file}: field "constant": ${entry.constant}, but ${same.file} names V2 ${entry.code} ${same.v2.name}.`);
    }
  }
  return problems;
}
