import { z } from 'zod';
import { zhCN } from 'zod/locales';

// Every validation message a person may read is Chinese; schemas add their own where it matters.
z.config(zhCN());

export * from './common';
export * from './platform';
export * from './auth';
export * from './dictionaries';
export * from './calendar';
export * from './notifications';
export * from './unit-operators';
export * from './staff';
export * from './sso';
export * from './applications';
export * from './registry';
export * from './person-query';
export * from './registry-window';
export * from './registry-flexible-window';
export * from './registry-batch';
export * from './flexible';
export * from './unit-query';
export * from './service-guide';
export * from './settlement';
export * from './account-security';
export * from './mutual-aid';
export * from './account-ledger';
export * from './benefits';
export * from './withdrawal';
export * from './registry-resident';
export * from './registry-contribution-base';
export * from './registry-info-change';
