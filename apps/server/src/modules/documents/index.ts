export { renderPdf, renderTablePdf, cellText, type TableColumn, type TableDocument } from './pdf';
export { writeTableXlsx, readTableXlsx, type SheetRow } from './excel';
export { replyList, parseColumns, MAX_SYNC_EXPORT_ROWS, type ExportParams } from './table-export';
