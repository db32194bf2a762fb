import type { Database, DatabaseHandle } from '@yibao/db';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config';
import type { ServerClock } from './clock';

/** Who is acting: every audit row and every permission check starts here. */
export interface Actor {
  type: 'anonymous' | 'person' | 'unit-operator' | 'staff' | 'institution' | 'system';
  id: string | null;
  name: string;
  /** the pooling regions whose data a staff member may see; '*' for every region */
  regions?: string[];
  /** staff roles: clerk, reviewer, admin */
  roles?: string[];
  /** staff rights granted by the roles; '*' for every right */
  rights?: string[];
  /** persons: the insured person behind the account, once real-name verified */
  personId?: number | null;
  /** persons: the account's phone */
  phone?: string;
  /** unit operators: the one unit they act for, once bound */
  unitId?: number | null;
}

export const anonymous: Actor = { type: 'anonymous', id: null, name: '' };
export const system: Actor = { type: 'system', id: null, name: '系统' };

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    db: Database;
    database: DatabaseHandle;
    clock: ServerClock;
  }
  interface FastifyRequest {
    actor: Actor;
  }
}

/** config → db → clock: the first plugins every module relies on. */
export const contextPlugin = fp(
  async (
    app: FastifyInstance,
    opts: { config: Config; database: DatabaseHandle; clock: ServerClock },
  ) => {
    app.decorate('config', opts.config);
    app.decorate('database', opts.database);
    app.decorate('db', opts.database.db);
    app.decorate('clock', opts.clock);
    app.decorateRequest('actor', null as unknown as Actor);
    app.addHook('onRequest', async (request) => {
      request.actor = anonymous;
    });
  },
);
