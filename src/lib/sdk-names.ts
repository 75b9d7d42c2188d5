import type { CodeData, SdkKey } from './schema.ts';
import { SDK_KEYS } from './schema.ts';

/** What developers type before the bare name: Android and Flutter names mean nothing without their class. */
const QUALIFIER: Record<SdkKey, string> = {
  cpp: '',
  csharp: '',
  ios: '',
  android: 'ResponseCode.',
  flutter: 'NIMResultCode.',
  v2: '',
};

/** One SDK's name for a code. */
export interface SdkName {
  /** The SDK families that use this exact name (C++ and C# usually share theirs). */
  sdks: SdkKey[];
  /** The name as written in code: "kNIMResFrequently", "ResponseCode.RES_EFREQUENTLY". */
  name: string;
  /** True when that SDK gives the number another meaning than the server table. */
  differs: boolean;
}

/**
 * A code's constant names in table order, with SDKs that share a name (and its meaning) merged
 * into one row.
 */
export function sdkNames(constants: CodeData['constants']): SdkName[] {
  const rows: SdkName[] = [];
  for (const sdk of SDK_KEYS) {
    const value = constants[sdk];
    if (value === undefined) continue;
    const bare = typeof value === 'string' ? value : value.name;
    const differs = typeof value !== 'string';
    const name = QUALIFIER[sdk] + bare;
    const same = rows.find((row) => row.name === name && row.differs === differs);
    if (same) same.sdks.push(sdk);
    else rows.push({ sdks: [sdk], name, differs });
  }
  return rows;
}

/** A code's constants as published in codes.json: SDK → bare name, and the SDKs whose name means something else. */
export function publishedConstants(constants: CodeData['constants']): { constants: Record<string, string>; meaningDiffers: SdkKey[] } {
  const names: Record<string, string> = {};
  const meaningDiffers: SdkKey[] = [];
  for (const sdk of SDK_KEYS) {
    const value = constants[sdk];
    if (value === undefined) continue;
    names[sdk] = typeof value === 'string' ? value : value.name;
    if (typeof value !== 'string') meaningDiffers.push(sdk);
  }
  return { constants: names, meaningDiffers };
}

/** Every distinct bare constant name of a code, for uniqueness checks and search. */
export function bareConstantNames(constants: CodeData['constants']): string[] {
  return [...new Set(Object.values(publishedConstants(constants).constants))];
}

/**
 * Constant names that two codes share on purpose. A name on two codes fails the build unless it is
 * listed here with both codes. None is known today: every SDK name belongs to one code.
 */
export const KNOWN_CONFLICTS: readonly { name: string; codes: readonly number[] }[] = [];
