// The audit log's public face: every domain writes its staff changes through writeAuditLog
// inside its own transaction (product.md §4); Admin → Audit log reads them.
export { writeAuditLog, type AuditLogEntry } from "./write-audit-log";
export { listAuditLog, listAuditLogFacets, type AuditLogEntryView, type AuditLogPage, type ListAuditLog } from "./queries";
