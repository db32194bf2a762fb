import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export interface Right {
  code: string;
  name: string;
  module: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The rights catalogue: each module declares the rights its routes check. */
    rights: {
      declare(module: string, rights: { code: string; name: string }[]): void;
      list(): Right[];
      has(code: string): boolean;
    };
  }
}

export const rightsPlugin = fp(async (app: FastifyInstance) => {
  const catalogue = new Map<string, Right>();
  app.decorate('rights', {
    declare(module, rights) {
      for (const r of rights) {
        if (catalogue.has(r.code)) throw new Error(`right ${r.code} declared twice`);
        catalogue.set(r.code, { ...r, module });
      }
    },
    list: () => [...catalogue.values()],
    has: (code) => catalogue.has(code),
  });
});
