import { DOC_TYPE, DOCX_TYPE, type MaterialRule } from '@yibao/domain';

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

/**
 * A document the unit portal's 点击上传 takes (guide 001: jpeg/jpg/png/doc/docx/pdf), 5 MB a file
 * like a scan at the window.
 */
export const portalDocument = (
  code: string,
  name: string,
  required: boolean,
  maxFiles = 5,
): MaterialRule => ({
  ...scannedDocument(code, name, required, maxFiles),
  types: ['image/jpeg', 'image/png', DOC_TYPE, DOCX_TYPE, 'application/pdf'],
});
