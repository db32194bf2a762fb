import { createHash } from 'node:crypto';
import type { MaterialItem } from '@yibao/contracts';
import { checkMaterialFile, DOCX_TYPE, sniffWordDocument } from '@yibao/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { fileTypeFromBuffer } from 'file-type';
import { imageSize } from 'image-size';
import { conflict, invalid, notFound } from '../../plugins/errors';
import { applicantOf, mayRead } from './access';
import type { BusinessRegistry } from './business';
import {
  deleteMaterial,
  findApplication,
  findMaterial,
  insertMaterial,
  pendingUploads,
} from './applications.repository';
import { materialItemOf } from './views';

/** The largest upload any checklist item allows; the multipart limit follows it. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

function pictureSize(bytes: Buffer, contentType: string) {
  if (!contentType.startsWith('image/')) return { width: null, height: null };
  try {
    const { width, height } = imageSize(bytes);
    return { width: width ?? null, height: height ?? null };
  } catch {
    return { width: null, height: null };
  }
}

/**
 * The type the bytes say the file is. A Word document must show its Word part (see
 * sniffWordDocument): the general sniffer alone would take any zip whose [Content_Types].xml
 * names a Word body for a .docx.
 */
async function contentTypeOf(bytes: Buffer): Promise<string | null> {
  const word = sniffWordDocument(bytes);
  if (word) return word;
  const sniffed = await fileTypeFromBuffer(bytes);
  return sniffed && sniffed.mime !== DOCX_TYPE ? sniffed.mime : null;
}

/** 材料 (X02): upload checked by content, download for those who may see the application. */
export function createMaterialsService(app: FastifyInstance, registry: BusinessRegistry) {
  return {
    async upload(
      request: FastifyRequest,
      input: { businessCode: string; itemCode: string; fileName: string; bytes: Buffer },
    ): Promise<MaterialItem> {
      const business = registry.get(input.businessCode);
      if (!business) throw invalid('业务类型不存在', 'businessCode');
      const rule = business.materials.find((m) => m.code === input.itemCode);
      if (!rule) throw invalid('该业务没有此项材料', 'itemCode');

      const contentType = await contentTypeOf(input.bytes);
      const { width, height } = pictureSize(input.bytes, contentType ?? '');
      const uploader = applicantOf(request.actor);
      const existing = await pendingUploads(app.db, uploader, business.code, rule.code);
      const problem = checkMaterialFile(
        rule,
        { contentType, bytes: input.bytes.length, width, height },
        existing,
      );
      if (problem) throw invalid(problem, 'file');

      const at = app.clock.now();
      // the file first: a failed insert leaves an orphan file, never a row without its file
      const storageKey = await app.storage.put(input.bytes, at);
      try {
        const row = await app.write(request, async (tx, audit) => {
          const m = await insertMaterial(tx, {
            businessCode: business.code,
            itemCode: rule.code,
            fileName: input.fileName.slice(0, 200) || '未命名',
            contentType: contentType as string,
            bytes: input.bytes.length,
            width,
            height,
            sha256: createHash('sha256').update(input.bytes).digest('hex'),
            storageKey,
            uploaderType: uploader.type,
            uploaderId: uploader.id,
            uploadedAt: at,
          });
          await audit({
            action: 'material.upload',
            entity: 'application_material',
            entityId: m.id,
            after: { businessCode: m.businessCode, itemCode: m.itemCode, bytes: m.bytes },
          });
          return m;
        });
        return materialItemOf(row);
      } catch (err) {
        await app.storage.remove(storageKey);
        throw err;
      }
    },

    /** The file's bytes and facts, for its uploader or whoever may read its application. */
    async content(request: FastifyRequest, id: number) {
      const m = await findMaterial(app.db, id);
      if (!m || m.onPaper) throw notFound('材料不存在');
      const uploader = applicantOf(request.actor);
      let allowed = m.uploaderType === uploader.type && m.uploaderId === uploader.id;
      if (!allowed && m.applicationId !== null) {
        const found = await findApplication(app.db, m.applicationId);
        allowed = !!found && mayRead(request.actor, found.application);
      }
      if (!allowed) throw notFound('材料不存在');
      return { material: m, bytes: await app.storage.get(m.storageKey) };
    },

    /** Removes an upload not yet attached to an application. */
    async remove(request: FastifyRequest, id: number) {
      const m = await findMaterial(app.db, id);
      const uploader = applicantOf(request.actor);
      if (!m || m.uploaderType !== uploader.type || m.uploaderId !== uploader.id) {
        throw notFound('材料不存在');
      }
      if (m.applicationId !== null) throw conflict('材料已随办件提交，不能删除');
      await app.write(request, async (tx, audit) => {
        await deleteMaterial(tx, id);
        await audit({ action: 'material.delete', entity: 'application_material', entityId: id });
      });
      await app.storage.remove(m.storageKey);
    },
  };
}
