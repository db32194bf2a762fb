import { describe, expect, it } from 'vitest';
import { checkMaterialFile, type MaterialRule } from './materials';
import { DOC_TYPE, DOCX_TYPE, sniffWordDocument, zipEntryNames } from './word-documents';
import {
  sampleCompoundFile,
  sampleDocx,
  sampleZipWithoutWord,
  storedZip,
} from './word-documents.test-support';

describe('Word documents by their bytes', () => {
  it('knows a .doc by the OLE2 signature and its WordDocument stream', () => {
    expect(sniffWordDocument(sampleCompoundFile())).toBe(DOC_TYPE);
    // an Excel workbook is the same container without the Word stream
    expect(sniffWordDocument(sampleCompoundFile('Workbook'))).toBeNull();
    expect(sniffWordDocument(sampleCompoundFile().subarray(1))).toBeNull();
  });

  it('knows a .docx by the zip signature, [Content_Types].xml and a word/ part', () => {
    expect(zipEntryNames(sampleDocx())).toEqual(['[Content_Types].xml', 'word/document.xml']);
    expect(sniffWordDocument(sampleDocx())).toBe(DOCX_TYPE);
    expect(sniffWordDocument(sampleZipWithoutWord())).toBeNull();
    expect(sniffWordDocument(storedZip({ 'word/document.xml': '<w/>' }))).toBeNull();
    // a zip cut short has no central directory to read
    expect(sniffWordDocument(sampleDocx().subarray(0, 60))).toBeNull();
  });

  it('takes nothing else for a Word document', () => {
    expect(sniffWordDocument(Buffer.from('%PDF-1.4\n'))).toBeNull();
    expect(sniffWordDocument(new Uint8Array())).toBeNull();
  });

  it('lets a checklist item accept DOC and DOCX next to pictures and PDF', () => {
    const rule: MaterialRule = {
      code: 'death-certificate',
      name: '死亡证明',
      required: true,
      types: ['image/jpeg', 'image/png', DOC_TYPE, DOCX_TYPE, 'application/pdf'],
      maxBytes: 5 * 1024 * 1024,
    };
    expect(checkMaterialFile(rule, { contentType: DOCX_TYPE, bytes: 2048 })).toBeNull();
    expect(checkMaterialFile(rule, { contentType: DOC_TYPE, bytes: 2048 })).toBeNull();
    expect(checkMaterialFile(rule, { contentType: 'application/zip', bytes: 2048 })).toBe(
      '死亡证明只能上传JPG、PNG、DOC、DOCX、PDF格式的文件',
    );
    expect(checkMaterialFile(rule, { contentType: DOCX_TYPE, bytes: 6 * 1024 * 1024 })).toBe(
      '死亡证明的文件不能超过5MB',
    );
  });
});
