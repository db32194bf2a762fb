import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMaterialFile, missingMaterials, type MaterialRule } from './materials';

const photo: MaterialRule = {
  code: 'photo',
  name: '照片',
  required: true,
  types: ['image/jpeg'],
  minBytes: 9 * 1024,
  maxBytes: 20 * 1024,
  picture: { width: 358, height: 441 },
  maxFiles: 1,
};
const images: MaterialRule = {
  code: 'images',
  name: '证明材料',
  required: false,
  types: ['image/jpeg', 'image/png'],
  minBytes: 120 * 1024,
  maxBytes: 200 * 1024,
  maxFiles: 10,
  maxTotalBytes: 1024 * 1024,
};

describe('material rules', () => {
  it("checks U01's photo: type by content, 9–20 KB, 358×441 px, one file", () => {
    const good = { contentType: 'image/jpeg', bytes: 15 * 1024, width: 358, height: 441 };
    expect(checkMaterialFile(photo, good)).toBeNull();
    expect(checkMaterialFile(photo, { ...good, contentType: 'image/png' })).toBe(
      '照片只能上传JPG格式的文件',
    );
    expect(checkMaterialFile(photo, { ...good, contentType: null })).toBe(
      '照片只能上传JPG格式的文件',
    );
    expect(checkMaterialFile(photo, { ...good, bytes: 8 * 1024 })).toBe('照片的文件不能小于9KB');
    expect(checkMaterialFile(photo, { ...good, bytes: 21 * 1024 })).toBe('照片的文件不能超过20KB');
    expect(checkMaterialFile(photo, { ...good, width: 360 })).toBe('照片的尺寸应为358×441像素');
    expect(checkMaterialFile(photo, good, [{ bytes: 10_000 }])).toBe('照片最多上传1个文件');
  });

  it("checks U20's images: 120–200 KB each, 1 MB in all", () => {
    const f = { contentType: 'image/png', bytes: 190 * 1024 };
    const five = Array.from({ length: 5 }, () => ({ bytes: 200 * 1024 }));
    expect(checkMaterialFile(images, f, five.slice(0, 4))).toBeNull();
    expect(checkMaterialFile(images, f, five)).toBe('证明材料的文件合计不能超过1MB');
  });

  it('accepts a file exactly when every limit holds (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('image/jpeg', 'image/png', 'application/pdf', null),
        fc.integer({ min: 0, max: 400 * 1024 }),
        fc.array(fc.integer({ min: 1, max: 300 * 1024 }), { maxLength: 12 }),
        (contentType, bytes, others) => {
          const existing = others.map((b) => ({ bytes: b }));
          const total = others.reduce((a, b) => a + b, 0) + bytes;
          const ok =
            (contentType === 'image/jpeg' || contentType === 'image/png') &&
            bytes >= 120 * 1024 &&
            bytes <= 200 * 1024 &&
            others.length < 10 &&
            total <= 1024 * 1024;
          expect(checkMaterialFile(images, { contentType, bytes }, existing) === null).toBe(ok);
        },
      ),
    );
  });

  it('lists the required items without a file', () => {
    expect(missingMaterials([photo, images], new Set()).map((r) => r.code)).toEqual(['photo']);
    expect(missingMaterials([photo, images], new Set(['photo']))).toEqual([]);
  });
});
