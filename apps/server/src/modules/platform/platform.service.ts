import type { Executor } from '@yibao/db';
import { pingDatabase } from './platform.repository';

/** Healthy means the database answers; a failure becomes the handler's 500. */
export const checkDatabase = (db: Executor): Promise<void> => pingDatabase(db);
