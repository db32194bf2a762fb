import type { MaterialRule } from '@yibao/domain';

/** A paper document received at the window and scanned: a picture or a PDF, 5 MB a file. */
export const scannedDocument = (
  code: string,
  name: string,
  required: boolean,
  maxFiles = 5,
): MaterialRule => ({
  code,
  name,
  required,
  types: ['image/jpeg', 'image/png', 'application/pdf'],
  maxBytes: 5 * 1024 * 1024,
  maxFiles,
});
