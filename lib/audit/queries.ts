/** Reading the audit log (Admin → Audit log). */
import "server-only";
import { type Prisma } from "@prisma/client";
import { type Db } from "@/lib/db";

export interface AuditLogEntryView {
  id: string;
  createdAt: Date;
  action: string;
  entityType: string;
  entityId: string | null;
  data: Prisma.JsonValue;
  /** Null for changes made by the system, or by a staff member since deleted. */
  actor: { id: string; name: string | null; email: string } | null;
}

export interface ListAuditLog {
  action?: string;
  entityType?: string;
  /** The id of the last entry of the previous page. */
  cursor?: string;
  limit: number;
}

export interface AuditLogPage {
  entries: AuditLogEntryView[];
  /** Pass as `cursor` for the next page; null on the last one. */
  nextCursor: string | null;
}

/**
 * Newest first (createdAt, then id: a stable order even for entries of one transaction),
 * optionally one action and/or one entity type. Keyset pagination: an unknown cursor starts over.
 */
export async function listAuditLog(db: Db, query: ListAuditLog): Promise<AuditLogPage> {
  const limit = Math.max(1, Math.min(200, Math.floor(query.limit)));
  const where: Prisma.AuditLogWhereInput = {
    ...(query.action ? { action: query.action } : {}),
    ...(query.entityType ? { entityType: query.entityType } : {}),
  };
  const after = query.cursor
    ? await db.auditLog.findUnique({ where: { id: query.cursor }, select: { id: true, createdAt: true } })
    : null;
  const rows = await db.auditLog.findMany({
    where: after
      ? {
          AND: [
            where,
            { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] },
          ],
        }
      : where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: {
      id: true,
      createdAt: true,
      action: true,
      entityType: true,
      entityId: true,
      data: true,
      actor: { select: { id: true, name: true, email: true } },
    },
  });
  const entries = rows.slice(0, limit);
  return { entries, nextCursor: rows.length > limit ? entries.at(-1)!.id : null };
}

/** The actions and entity types present, for the filter menus (sorted). */
export async function listAuditLogFacets(db: Db): Promise<{ actions: string[]; entityTypes: string[] }> {
  const [actions, entityTypes] = await Promise.all([
    db.auditLog.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
    db.auditLog.findMany({ distinct: ["entityType"], select: { entityType: true }, orderBy: { entityType: "asc" } }),
  ]);
  return { actions: actions.map((row) => row.action), entityTypes: entityTypes.map((row) => row.entityType) };
}
