import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Where uploaded and generated files live: one interface, a local folder today (DATA_DIR/files);
 * an S3-compatible store is the scale-out step. Keys are opaque; callers keep them in the
 * database next to the file's facts.
 */
export interface FileStorage {
  put(bytes: Buffer, at: Date): Promise<string>;
  get(key: string): Promise<Buffer>;
  remove(key: string): Promise<void>;
}

const KEY = /^\d{4}\/\d{2}\/[0-9a-f-]{36}$/;

export function localFolderStorage(root: string): FileStorage {
  const fileOf = (key: string) => {
    // keys come from our own put(); anything else could walk out of the folder
    if (!KEY.test(key)) throw new Error(`invalid storage key: ${key}`);
    return path.join(root, key);
  };
  return {
    async put(bytes, at) {
      const month = `${at.getUTCFullYear()}/${String(at.getUTCMonth() + 1).padStart(2, '0')}`;
      const key = `${month}/${randomUUID()}`;
      await mkdir(path.join(root, month), { recursive: true });
      await writeFile(fileOf(key), bytes, { flag: 'wx' });
      return key;
    },
    get: (key) => readFile(fileOf(key)),
    remove: (key) => rm(fileOf(key), { force: true }),
  };
}

declare module 'fastify' {
  interface FastifyInstance {
    storage: FileStorage;
  }
}

export const storagePlugin = fp(async (app: FastifyInstance) => {
  app.decorate('storage', localFolderStorage(path.join(app.config.dataDir, 'files')));
});
