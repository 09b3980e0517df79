import { type Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { UsersIcon } from "@/components/icons";
import {
  Badge,
  Button,
  Card,
  EmptyState,
  Input,
  Label,
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
import { countContacts, findAutomaticInvitationsEnabled, listContacts, type ContactPage, type PortalAccess } from "@/lib/identity";
import { ContactListQuery } from "@/lib/identity/schemas";
import { PageHeader } from "../settings/_components/page-header";
import { AutomaticInvitationsSwitch } from "./_components/automatic-invitations-switch";
import { setAutomaticInvitationsAction } from "./actions";

export const dynamic = "force-dynamic";

const accessTone: Record<PortalAccess, Tone> = { profile: "success", invited: "info", none: "neutral" };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.contacts");
  return { title: t("title") };
}

/** Admin → Contacts: search, pages, the automatic-invitation setting, New contact. */
export default async function ContactsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("contacts:manage");
  const query = ContactListQuery.parse(await searchParams);
  const now = new Date();
  const [t, page, everyContact, automaticInvitations] = await Promise.all([
    getTranslations("admin.contacts"),
    listContacts(db, { query: query.q, page: query.page, now }),
    countContacts(db),
    findAutomaticInvitationsEnabled(db),
  ]);
  const mayChangeSetting = can(actor.role, "settings:manage");

  return (
    <div className="space-y-8">
      <PageHeader
        title={t("title")}
        description={t("description")}
        breadcrumbLabel={t("breadcrumb")}
        crumbs={[]}
        actions={<Button href="/admin/contacts/new">{t("new")}</Button>}
      />

      <Card className="p-4 sm:p-5">
        {mayChangeSetting ? (
          <AutomaticInvitationsSwitch enabled={automaticInvitations} onChange={setAutomaticInvitationsAction} />
        ) : (
          <div className="flex flex-wrap items-center justify-between gap-3">
            <div className="min-w-0">
              <p className="font-semibold text-slate-950">{t("automatic.label")}</p>
              <p className="mt-1 text-sm text-slate-700">{t("automatic.description")}</p>
            </div>
            <Badge tone={automaticInvitations ? "success" : "neutral"} dot>
              {automaticInvitations ? t("automatic.on") : t("automatic.off")}
            </Badge>
          </div>
        )}
      </Card>

      {everyContact === 0 ? (
        <EmptyState
          icon={<UsersIcon />}
          titleAs="h2"
          title={t("emptyTitle")}
          description={t("emptyDescription")}
          action={<Button href="/admin/contacts/new">{t("new")}</Button>}
        />
      ) : (
        <section aria-labelledby="contacts-results" className="space-y-4">
          <h2 id="contacts-results" className="sr-only">
            {t("resultsHeading")}
          </h2>
          <form role="search" action="/admin/contacts" className="flex flex-col gap-2 sm:flex-row sm:items-end">
            <div className="min-w-0 flex-1 space-y-1.5">
              <Label htmlFor="contact-search">{t("search.label")}</Label>
              <Input id="contact-search" type="search" name="q" defaultValue={query.q} placeholder={t("search.placeholder")} autoComplete="off" />
            </div>
            <Button type="submit" variant="secondary">
              {t("search.submit")}
            </Button>
          </form>
          {page.total === 0 ? (
            <EmptyState
              titleAs="h3"
              title={t("noMatchTitle", { query: query.q })}
              description={t("noMatchDescription")}
              action={
                <Button href="/admin/contacts" variant="secondary">
                  {t("search.clear")}
                </Button>
              }
            />
          ) : (
            <ContactResults page={page} query={query.q} t={t} />
          )}
          {page.pageCount > 1 ? <Pagination page={page} query={query.q} t={t} /> : null}
        </section>
      )}
    </div>
  );
}

type Translate = Awaited<ReturnType<typeof getTranslations<"admin.contacts">>>;

function AccessBadge({ access, t }: { access: PortalAccess; t: Translate }) {
  return (
    <Badge tone={accessTone[access]} dot>
      {t(`access.${access}`)}
    </Badge>
  );
}

const nameLinkClasses = cn("rounded font-semibold text-brand-800 underline-offset-2 hover:underline", focusRing);

function ContactResults({ page, query, t }: { page: ContactPage; query: string; t: Translate }) {
  const caption = query ? t("captionSearch", { query, count: page.total }) : t("caption", { count: page.total });
  return (
    <>
      {/* Phones: one card per contact; wider screens: the table. */}
      <div className="sm:hidden">
        <p className="mb-2 text-sm font-semibold text-slate-900">{caption}</p>
        <ul className="space-y-3">
          {page.contacts.map((contact) => (
            <li key={contact.id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
              <div className="flex items-start justify-between gap-3">
                <Link href={`/admin/contacts/${contact.id}`} className={cn(nameLinkClasses, "inline-flex min-h-11 items-center")}>
                  {contact.firstName} {contact.lastName}
                </Link>
                <AccessBadge access={contact.portalAccess} t={t} />
              </div>
              <dl className="mt-1 space-y-1 text-sm text-slate-700">
                {contact.email ? (
                  <div className="break-all">
                    <dt className="sr-only">{t("columns.email")}</dt>
                    <dd>{contact.email}</dd>
                  </div>
                ) : null}
                {contact.phone ? (
                  <div>
                    <dt className="sr-only">{t("columns.phone")}</dt>
                    <dd>{contact.phone}</dd>
                  </div>
                ) : null}
                {contact.city || contact.accountName ? (
                  <div>
                    <dt className="sr-only">{t("columns.accountAndCity")}</dt>
                    <dd>{[contact.accountName, contact.city].filter(Boolean).join(" · ")}</dd>
                  </div>
                ) : null}
              </dl>
            </li>
          ))}
        </ul>
      </div>
      <Table caption={caption} className="hidden sm:block">
        <TableHead>
          <TableRow>
            <TableHeaderCell>{t("columns.nameAndEmail")}</TableHeaderCell>
            <TableHeaderCell>{t("columns.phone")}</TableHeaderCell>
            <TableHeaderCell>{t("columns.accountAndCity")}</TableHeaderCell>
            <TableHeaderCell>{t("columns.portal")}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {page.contacts.map((contact) => (
            <TableRow key={contact.id}>
              <TableCell>
                <Link href={`/admin/contacts/${contact.id}`} className={nameLinkClasses}>
                  {contact.firstName} {contact.lastName}
                </Link>
                <span className="block text-slate-700">{contact.email ?? <span className="text-slate-600">{t("noEmail")}</span>}</span>
              </TableCell>
              <TableCell>{contact.phone ?? <span className="text-slate-600">{t("none")}</span>}</TableCell>
              <TableCell>
                {contact.accountName ?? <span className="text-slate-600">{t("noAccount")}</span>}
                <span className="block text-slate-700">{contact.city ?? <span className="text-slate-600">{t("none")}</span>}</span>
              </TableCell>
              <TableCell>
                <AccessBadge access={contact.portalAccess} t={t} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}

function Pagination({ page, query, t }: { page: ContactPage; query: string; t: Translate }) {
  const href = (target: number) => `/admin/contacts?${new URLSearchParams({ ...(query ? { q: query } : {}), page: String(target) })}`;
  return (
    <nav aria-label={t("pagination.label")} className="flex flex-wrap items-center justify-between gap-3">
      {page.page > 1 ? (
        <Button href={href(page.page - 1)} variant="secondary">
          {t("pagination.previous")}
        </Button>
      ) : (
        <span />
      )}
      <p className="text-sm text-slate-700">{t("pagination.status", { page: page.page, pageCount: page.pageCount })}</p>
      {page.page < page.pageCount ? (
        <Button href={href(page.page + 1)} variant="secondary">
          {t("pagination.next")}
        </Button>
      ) : (
        <span />
      )}
    </nav>
  );
}
