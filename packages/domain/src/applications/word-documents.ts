/**
 * Word documents told by their bytes, for the unit portal's 点击上传 (guide 001: jpeg/jpg/png/
 * doc/docx/pdf). A general sniffer names every OLE2 file "cfb" and trusts a zip's
 * [Content_Types].xml; these checks want the Word part itself, so an Excel workbook or a bare
 * zip renamed .doc/.docx is refused.
 */

export const DOC_TYPE = 'application/msword';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export type WordDocumentType = typeof DOC_TYPE | typeof DOCX_TYPE;

const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_END = [0x50, 0x4b, 0x05, 0x06];
const ZIP_CENTRAL = 0x02014b50;

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0) =>
  magic.every((b, i) => bytes[at + i] === b);

// bytes past the end read as 0: a cut-short file then fails the checks that follow
const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/** The UTF-16LE bytes of a compound file's directory entry name. */
const utf16 = (name: string) => [...name].flatMap((c) => [c.charCodeAt(0), 0]);
const WORD_STREAM = utf16('WordDocument');

function indexOf(bytes: Uint8Array, needle: readonly number[]): number {
  const first = needle[0] ?? 0;
  for (let i = bytes.indexOf(first); i >= 0; i = bytes.indexOf(first, i + 1)) {
    if (i + needle.length > bytes.length) return -1;
    if (startsWith(bytes, needle, i)) return i;
  }
  return -1;
}

/** The names of a zip's entries from its central directory, or null when it has none readable. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  // the end record is the last 22 bytes, or up to 64 KB earlier when the zip has a comment
  const from = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let i = bytes.length - 22; i >= from; i--) {
    if (startsWith(bytes, ZIP_END, i)) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const names: string[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== ZIP_CENTRAL) return null;
    const nameLength = u16(bytes, at + 28);
    const rest = nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    if (at + 46 + nameLength > bytes.length) return null;
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + rest;
  }
  return names;
}

/**
 * DOC when the bytes are an OLE2 compound file (D0 CF 11 E0 A1 B1 1A E1) holding a WordDocument
 * stream; DOCX when they are a zip (PK 03 04) with [Content_Types].xml and a word/ part; else null.
 */
export function sniffWordDocument(bytes: Uint8Array): WordDocumentType | null {
  if (startsWith(bytes, OLE2_MAGIC)) {
    return indexOf(bytes.subarray(512), WORD_STREAM) >= 0 ? DOC_TYPE : null;
  }
  if (startsWith(bytes, ZIP_LOCAL)) {
    const names = zipEntryNames(bytes);
    if (!names?.includes('[Content_Types].xml')) return null;
    return names.some((n) => n.startsWith('word/')) ? DOCX_TYPE : null;
  }
  return null;
}
