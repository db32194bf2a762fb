/**
 * The 41 service items (服务事项) of the Yuxi window-console guide (002) as typed data: the
 * console shows each item's guide, checks its materials and tracks its time limit.
 */
import { ITEMS_01_10 } from './items-01-10';
import { ITEMS_11_12 } from './items-11-12';
import { ITEMS_13_20 } from './items-13-20';
import { ITEMS_21_30 } from './items-21-30';
import { ITEMS_31_41 } from './items-31-41';
import type { ServiceHandling, ServiceItem } from './types';

export type {
  PhoneDirectoryEntry,
  ServiceAnnex,
  ServiceHandling,
  ServiceItem,
  ServiceItemKind,
  ServiceItemPart,
  ServiceMaterial,
  ServiceOperationGroup,
  ServiceTimeLimit,
} from './types';
export { ANNEXES, PHONE_DIRECTORY, PHONE_DIRECTORY_COLUMNS } from './annexes';

/** The 41 items, in the guide's order: SERVICE_ITEMS[i].no === i + 1. */
export const SERVICE_ITEMS: readonly ServiceItem[] = [
  ...ITEMS_01_10,
  ...ITEMS_11_12,
  ...ITEMS_13_20,
  ...ITEMS_21_30,
  ...ITEMS_31_41,
];

/** The item numbered `no` (1..41) in the guide, or undefined. */
export function serviceItemByNo(no: number): ServiceItem | undefined {
  const item = SERVICE_ITEMS[no - 1];
  return item?.no === no ? item : undefined;
}

/** Where an item's handling is written: its parts (一)、(二)… if it has any, else the item itself. */
export function serviceItemSections(item: ServiceItem): readonly ServiceHandling[] {
  return item.parts ?? [item];
}
