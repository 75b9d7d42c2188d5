import type { CodeData } from './schema.ts';

/** Badge text and one-line advice for each retry value. */
export const RETRY: Record<CodeData['retry'], { label: string; advice: string }> = {
  no: { label: 'no', advice: 'Sending the same request again will not succeed.' },
  'after-fix': { label: 'after fix', advice: 'Change the request, token, role or setting first, then send it again.' },
  backoff: {
    label: 'with backoff',
    advice:
      'Transient: retry with exponential backoff and jitter, after checking whether a non-idempotent call already took effect.',
  },
  'not-applicable': { label: 'not needed', advice: 'The call did what it was asked to; there is nothing to retry.' },
};

/** Badge text for each outcome. */
export const OUTCOME: Record<CodeData['outcome'], string> = {
  error: 'Error',
  success: 'Success',
  info: 'Information',
};
