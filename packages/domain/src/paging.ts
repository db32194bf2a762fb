/** Page arithmetic for list queries; pages are numbered from 1. */

export interface PageWindow {
  offset: number;
  limit: number;
}

export function pageWindow(page: number, pageSize: number): PageWindow {
  requirePositiveInteger(page, 'page');
  requirePositiveInteger(pageSize, 'pageSize');
  return { offset: (page - 1) * pageSize, limit: pageSize };
}

/** Number of pages needed for `total` rows; 0 rows need 0 pages. */
export function totalPages(total: number, pageSize: number): number {
  if (!Number.isSafeInteger(total) || total < 0) {
    throw new RangeError(`total must be a non-negative integer: ${total}`);
  }
  requirePositiveInteger(pageSize, 'pageSize');
  return Math.ceil(total / pageSize);
}

function requirePositiveInteger(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(`${name} must be a positive integer: ${value}`);
  }
}
