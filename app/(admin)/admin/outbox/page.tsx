import { type Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { InboxIcon } from "@/components/icons";
import {
  Badge,
  Button,
  EmptyState,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  cn,
  focusRing,
  type Tone,
} from "@/components/ui";
import { can, requirePermission } from "@/lib/auth";
import { db } from "@/lib/db";
import { countOutboxEmailsByStatus, findEmailBrand, listOutboxEmails } from "@/lib/mail";
import { OUTBOX_STATUSES, OutboxPageQuery, type OutboxStatusName } from "@/lib/mail/schemas";
import { CursorPagination } from "../_components/cursor-pagination";
import { PageHeader } from "../settings/_components/page-header";
import { RetryButton } from "./_components/retry-button";
import { retryOutboxEmailAction } from "./actions";

export const dynamic = "force-dynamic";

const PAGE_SIZE = 25;

const statusTone: Record<OutboxStatusName, Tone> = { QUEUED: "info", SENDING: "warning", SENT: "success", FAILED: "danger" };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.outbox");
  return { title: t("title") };
}

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("outbox:view");
  const query = OutboxPageQuery.parse(await searchParams);
  const [t, format, page, counts, { timeZone }] = await Promise.all([
    getTranslations("admin.outbox"),
    getFormatter(),
    listOutboxEmails(db, { status: query.status, cursor: query.cursor, limit: PAGE_SIZE }),
    countOutboxEmailsByStatus(db),
    findEmailBrand(db),
  ]);
  // The zone is named once, in the column header.
  const formatShort = (instant: Date) => format.dateTime(instant, { dateStyle: "medium", timeStyle: "short", timeZone });
  const mayRetry = can(actor.role, "outbox:retry");
  const total = OUTBOX_STATUSES.reduce((sum, status) => sum + counts[status], 0);
  const filterHref = (status?: OutboxStatusName) => (status ? `/admin/outbox?status=${status}` : "/admin/outbox");
  const filters: { status?: OutboxStatusName; label: string; count: number }[] = [
    { label: t("filters.all"), count: total },
    ...OUTBOX_STATUSES.map((status) => ({ status, label: t(`statuses.${status}`), count: counts[status] })),
  ];

  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} description={t("description")} breadcrumbLabel={t("breadcrumb")} crumbs={[]} />

      <nav aria-label={t("filters.label")}>
        <ul className="flex flex-wrap gap-2">
          {filters.map((filter) => (
            <li key={filter.status ?? "all"}>
              <Link
                href={filterHref(filter.status)}
                aria-current={filter.status === query.status ? "page" : undefined}
                className={cn(
                  "inline-flex min-h-11 items-center gap-2 rounded-full border border-slate-400 bg-white px-4 text-sm font-semibold text-slate-800 hover:bg-slate-50",
                  "aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white",
                  focusRing,
                )}
              >
                {filter.label}
                <span className="tabular-nums">{filter.count}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {page.emails.length === 0 ? (
        <EmptyState
          icon={<InboxIcon />}
          titleAs="h2"
          title={query.status ? t("emptyFilteredTitle", { status: t(`statuses.${query.status}`) }) : t("emptyTitle")}
          description={t("emptyDescription")}
          action={
            query.cursor || query.status ? (
              <Button href="/admin/outbox" variant="secondary">
                {t("showAll")}
              </Button>
            ) : undefined
          }
        />
      ) : (
        <Table caption={query.status ? t("captionFiltered", { status: t(`statuses.${query.status}`) }) : t("caption")}>
          <TableHead>
            <TableRow>
              <TableHeaderCell>{t("columns.createdInZone", { timeZone })}</TableHeaderCell>
              <TableHeaderCell>{t("columns.to")}</TableHeaderCell>
              <TableHeaderCell>{t("columns.subject")}</TableHeaderCell>
              <TableHeaderCell>{t("columns.template")}</TableHeaderCell>
              <TableHeaderCell>{t("columns.status")}</TableHeaderCell>
              <TableHeaderCell className="text-right">{t("columns.attempts")}</TableHeaderCell>
              <TableHeaderCell>{t("columns.lastError")}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {page.emails.map((email) => {
              const subjectId = `outbox-${email.id}-subject`;
              return (
                <TableRow key={email.id}>
                  <TableCell>{formatShort(email.createdAt)}</TableCell>
                  <TableCell wrap className="break-all">
                    {email.to.join(", ")}
                  </TableCell>
                  <TableCell wrap id={subjectId}>
                    {email.subject}
                  </TableCell>
                  <TableCell>
                    <code className="text-sm">{email.template}</code>
                  </TableCell>
                  <TableCell wrap>
                    <Badge tone={statusTone[email.status]} dot>
                      {t(`statuses.${email.status}`)}
                    </Badge>
                    {email.waitingForMailbox ? <span className="mt-1 block text-sm text-slate-600">{t("waitingForMailbox")}</span> : null}
                    {email.sentAt ? <span className="mt-1 block text-sm text-slate-600">{t("sentAt", { when: formatShort(email.sentAt) })}</span> : null}
                    {/* Beside the status, so the action shows without scrolling the table sideways. */}
                    {email.status === "FAILED" && mayRetry ? (
                      <span className="mt-2 block">
                        <RetryButton outboxEmailId={email.id} describedBy={subjectId} onRetry={retryOutboxEmailAction} />
                      </span>
                    ) : null}
                  </TableCell>
                  <TableCell className="text-right tabular-nums">{email.attempts}</TableCell>
                  <TableCell wrap className="break-words">
                    {email.lastError ? <span className="font-mono text-sm text-red-900">{email.lastError}</span> : <span className="text-slate-600">{t("noError")}</span>}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}

      <CursorPagination
        label={t("pagination.label")}
        firstHref={query.cursor ? filterHref(query.status) : null}
        firstLabel={t("pagination.first")}
        nextHref={page.nextCursor ? `/admin/outbox?${new URLSearchParams({ ...(query.status ? { status: query.status } : {}), cursor: page.nextCursor })}` : null}
        nextLabel={t("pagination.next")}
      />
    </div>
  );
}
