import { type Prisma } from "@prisma/client";
import { type Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HistoryIcon } from "@/components/icons";
import {
  Button,
  EmptyState,
  Field,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui";
import { listAuditLog, listAuditLogFacets } from "@/lib/audit";
import { AuditLogPageQuery } from "@/lib/audit/schemas";
import { requirePermission } from "@/lib/auth";
import { findCompanyProfile } from "@/lib/company";
import { db } from "@/lib/db";
import { dateTimeInZoneFormatter } from "../settings/_components/format-in-zone";
import { CursorPagination } from "../_components/cursor-pagination";
import { PageHeader } from "../settings/_components/page-header";

export const dynamic = "force-dynamic";

const PAGE_SIZE = 50;
const AUDIT_LOG_PATH = "/admin/audit-log";
/** Long values (a pasted address, an error) are cut in the table; the row keeps everything. */
const DETAIL_MAX_CHARACTERS = 160;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.auditLog");
  return { title: t("title") };
}

function pageHref(filters: { action?: string; entityType?: string; cursor?: string }): string {
  const query = new URLSearchParams(Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1])));
  return query.size > 0 ? `${AUDIT_LOG_PATH}?${query}` : AUDIT_LOG_PATH;
}

/** `data` as "key: value" lines: audit rows hold before/after values, never secrets. */
function detailLines(data: Prisma.JsonValue): { key: string; value: string }[] {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return [];
  return Object.entries(data).map(([key, value]) => {
    const text = typeof value === "string" ? value : JSON.stringify(value);
    return { key, value: text.length > DETAIL_MAX_CHARACTERS ? `${text.slice(0, DETAIL_MAX_CHARACTERS)}…` : text };
  });
}

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission("audit-log:view");
  const query = AuditLogPageQuery.parse(await searchParams);
  const [t, page, facets, { timeZone }] = await Promise.all([
    getTranslations("admin.auditLog"),
    listAuditLog(db, { action: query.action, entityType: query.entityType, cursor: query.cursor, limit: PAGE_SIZE }),
    listAuditLogFacets(db),
    findCompanyProfile(db),
  ]);
  const formatInZone = await dateTimeInZoneFormatter(timeZone);
  const filtered = Boolean(query.action || query.entityType);
  const entityTypeLabel = (entityType: string) =>
    t.has(`entityTypes.${entityType}` as Parameters<typeof t.has>[0]) ? t(`entityTypes.${entityType}` as Parameters<typeof t>[0]) : entityType;
  // A filter value that no entry has any more still shows as selected.
  const actions = query.action && !facets.actions.includes(query.action) ? [query.action, ...facets.actions] : facets.actions;
  const entityTypes =
    query.entityType && !facets.entityTypes.includes(query.entityType) ? [query.entityType, ...facets.entityTypes] : facets.entityTypes;

  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} description={t("description")} breadcrumbLabel={t("title")} crumbs={[]} />

      <form method="get" action={AUDIT_LOG_PATH} aria-label={t("filters.label")} className="grid gap-4 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end sm:p-5">
        <Field label={t("filters.action")}>
          <Select name="action" defaultValue={query.action ?? ""}>
            <option value="">{t("filters.allActions")}</option>
            {actions.map((action) => (
              <option key={action} value={action}>
                {action}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("filters.entityType")}>
          <Select name="entityType" defaultValue={query.entityType ?? ""}>
            <option value="">{t("filters.allEntityTypes")}</option>
            {entityTypes.map((entityType) => (
              <option key={entityType} value={entityType}>
                {entityTypeLabel(entityType)}
              </option>
            ))}
          </Select>
        </Field>
        <div className="flex flex-wrap gap-2">
          <Button type="submit">{t("filters.apply")}</Button>
          {filtered ? (
            <Button href={AUDIT_LOG_PATH} variant="secondary">
              {t("filters.clear")}
            </Button>
          ) : null}
        </div>
      </form>

      {page.entries.length === 0 ? (
        <EmptyState
          icon={<HistoryIcon />}
          titleAs="h2"
          title={filtered ? t("emptyFilteredTitle") : t("emptyTitle")}
          description={filtered ? t("emptyFilteredDescription") : t("emptyDescription")}
          action={
            filtered || query.cursor ? (
              <Button href={AUDIT_LOG_PATH} variant="secondary">
                {filtered ? t("filters.clear") : t("pagination.first")}
              </Button>
            ) : undefined
          }
        />
      ) : (
        <Table caption={filtered ? t("captionFiltered") : t("caption")}>
          <TableHead>
            <TableRow>
              <TableHeaderCell>{t("columns.when")}</TableHeaderCell>
              <TableHeaderCell>{t("columns.actor")}</TableHeaderCell>
              <TableHeaderCell>{t("columns.action")}</TableHeaderCell>
              <TableHeaderCell>{t("columns.entity")}</TableHeaderCell>
              <TableHeaderCell>{t("columns.details")}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {page.entries.map((entry) => {
              const details = detailLines(entry.data);
              return (
                <TableRow key={entry.id}>
                  <TableCell>
                    <time dateTime={entry.createdAt.toISOString()}>{formatInZone(entry.createdAt)}</time>
                  </TableCell>
                  <TableCell>
                    {entry.actor ? (
                      <>
                        <span className="block font-medium">{entry.actor.name ?? entry.actor.email}</span>
                        {entry.actor.name ? <span className="block text-slate-600">{entry.actor.email}</span> : null}
                      </>
                    ) : (
                      <span className="text-slate-600">{t("system")}</span>
                    )}
                  </TableCell>
                  <TableCell>
                    <code className="text-sm">{entry.action}</code>
                  </TableCell>
                  <TableCell>
                    <span className="block">{entityTypeLabel(entry.entityType)}</span>
                    {entry.entityId ? <code className="block text-xs text-slate-600">{entry.entityId}</code> : null}
                  </TableCell>
                  <TableCell wrap className="min-w-64">
                    {details.length > 0 ? (
                      <dl className="space-y-0.5">
                        {details.map(({ key, value }) => (
                          <div key={key} className="flex flex-wrap gap-x-1.5">
                            <dt className="font-medium text-slate-600">{key}:</dt>
                            <dd className="break-all">{value}</dd>
                          </div>
                        ))}
                      </dl>
                    ) : (
                      <span className="text-slate-600">{t("noDetails")}</span>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}

      <CursorPagination
        label={t("pagination.label")}
        firstHref={query.cursor ? pageHref({ action: query.action, entityType: query.entityType }) : null}
        firstLabel={t("pagination.first")}
        nextHref={page.nextCursor ? pageHref({ action: query.action, entityType: query.entityType, cursor: page.nextCursor }) : null}
        nextLabel={t("pagination.next")}
      />
    </div>
  );
}
