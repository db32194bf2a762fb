import { deflateSync } from 'node:zlib';
import type { APIRequestContext } from 'playwright-core';
import { makeCertNo18 } from '@yibao/domain';
import { outbox } from './fixtures';
import { until } from './outbox-flows';

/** The demo resident (README): verified, insured as a 城乡居民. */
export const DEMO_RESIDENT = '13800000003';
export const DEMO_PASSWORD = 'Yibao@2026';
const EVOUCHER_PASSWORD = '135790';

async function ok<T>(res: Awaited<ReturnType<APIRequestContext['post']>>): Promise<T> {
  if (!res.ok()) throw new Error(`${res.url()} answered ${res.status()}: ${await res.text()}`);
  return (await res.json()) as T;
}

/** 个人登录 through the API, the same call the login page makes (captcha read from the outbox). */
export async function personLogin(api: APIRequestContext, base: string, account: string) {
  const { id } = (await (await api.get('/api/captcha')).json()) as { id: string };
  const answer = await until(
    async () => (await outbox(base)).captcha.find((c) => c.id === id)?.answer,
    `captcha ${id}`,
  );
  await ok(
    await api.post('/api/auth/person/login', {
      data: { account, password: DEMO_PASSWORD, captchaId: id, captcha: answer },
    }),
  );
}

/**
 * 扫码登录 (004 §三): the phone (signed in, its 医保电子凭证 activated) confirms the code the portal
 * shows; the portal's session then carries the QR sign-in that 为他人办理 requires.
 */
export async function qrSignIn(phone: APIRequestContext, portal: APIRequestContext) {
  const activated = await phone.post('/api/evoucher/activate', {
    data: { password: EVOUCHER_PASSWORD, confirmPassword: EVOUCHER_PASSWORD },
  });
  if (![200, 409].includes(activated.status())) await ok(activated);
  const { ticket } = await ok<{ ticket: string }>(await portal.post('/api/auth/qr'));
  await ok(await phone.post(`/api/auth/qr/${ticket}/confirm`));
  const session = await ok<{ signInMethod: string }>(
    await portal.post(`/api/auth/qr/${ticket}/login`),
  );
  if (session.signInMethod !== 'qr-evoucher') throw new Error('not signed in by QR');
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Buffer) => {
  let c = 0xffffffff;
  for (const b of bytes) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer) => {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([head, body, crc]);
};

/**
 * A scanned page as a PNG (a pale sheet with ruled lines and a blue stamp), so the previews
 * show something a clerk would recognise as a document.
 */
export function scannedPagePng(width = 240, height = 320): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const stamp = (x - 170) ** 2 + (y - 250) ** 2 < 900 && (x - 170) ** 2 + (y - 250) ** 2 > 600;
      const line = y > 40 && y < 220 && y % 20 === 0 && x > 20 && x < width - 20;
      const title = y > 16 && y < 26 && x > 60 && x < width - 60;
      const [r, g, b] = stamp ? [40, 90, 200] : line || title ? [90, 90, 90] : [250, 248, 240];
      row.writeUInt8(r, 1 + x * 3);
      row.writeUInt8(g, 2 + x * 3);
      row.writeUInt8(b, 3 + x * 3);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.writeUInt8(8, 8); // bit depth
  ihdr.writeUInt8(2, 9); // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A one-page PDF, as a scanner would save 户口簿 pages. */
export function onePagePdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R >>',
  ];
  const stream = 'BT /F1 18 Tf 40 100 Td (Household register) Tj ET';
  objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) pdf += `${String(off).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

export interface MaterialUpload {
  itemCode: string;
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** POST /api/materials as the upload control sends it: businessCode and itemCode before the file. */
export async function uploadMaterial(
  api: APIRequestContext,
  businessCode: string,
  file: MaterialUpload,
): Promise<{ id: number }> {
  return ok(
    await api.post('/api/materials', {
      multipart: {
        businessCode,
        itemCode: file.itemCode,
        file: { name: file.name, mimeType: file.mimeType, buffer: file.buffer },
      },
    }),
  );
}

/** Someone the registry does not hold yet: a valid 居民身份证 number of a 朝阳区 birth. */
export function newResident(seq: number, name: string) {
  const day = String((seq % 28) + 1).padStart(2, '0');
  return {
    name,
    certNo: makeCertNo18('110105', `201905${day}`, String(700 + (seq % 300)).padStart(3, '0')),
    birthDate: `2019-05-${day}`,
  };
}

/** P21 居民参保登记 为他人办理 (a child of the household), as the form fills it. */
export const residentForOther = (p: ReturnType<typeof newResident>) => ({
  forWhom: 'other',
  name: p.name,
  certType: '01',
  certNo: p.certNo,
  localHousehold: true,
  admissionCategory: '23',
  sex: '2',
  birthDate: p.birthDate,
  ethnicity: '01',
  householdType: '10',
  householdDivisionCode: '110105',
  residenceDivisionCode: '110105',
  residenceAddress: '北京市朝阳区建国路88号院3号楼2单元501',
  phone: '13800000003',
  promise: true,
});

/** 提交 of a P21 application with its materials; answers the application. */
export async function submitResidentEnrolment(
  api: APIRequestContext,
  person: ReturnType<typeof newResident>,
  files: MaterialUpload[],
): Promise<{ id: number; applicationNo: string; status: string }> {
  const ids: number[] = [];
  for (const f of files) ids.push((await uploadMaterial(api, 'resident-enrolment', f)).id);
  return ok(
    await api.post('/api/applications', {
      data: {
        businessCode: 'resident-enrolment',
        channel: 'personal',
        payload: residentForOther(person),
        materialIds: ids,
      },
    }),
  );
}
