import { type Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Badge, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui";
import { can, requirePermission } from "@/lib/auth";
import { db } from "@/lib/db";
import { listWebRoles } from "@/lib/identity";
import { PageHeader } from "../settings/_components/page-header";
import { AddWebRoleButton } from "./_components/add-web-role-dialog";
import { webRoleLabel } from "./_components/web-role-label";
import { createWebRoleAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.webRoles");
  return { title: t("title") };
}

/** Admin → Web roles: the built-in roles and the custom ones, with how many contacts hold each. */
export default async function WebRolesPage() {
  const actor = await requirePermission("web-roles:manage");
  const [t, roles] = await Promise.all([getTranslations("admin.webRoles"), listWebRoles(db)]);
  const label = webRoleLabel(t);

  return (
    <div className="space-y-8">
      <PageHeader
        title={t("title")}
        description={t("description")}
        breadcrumbLabel={t("breadcrumb")}
        crumbs={[]}
        actions={can(actor.role, "web-roles:define") ? <AddWebRoleButton onSubmit={createWebRoleAction} /> : undefined}
      />
      <Table caption={t("caption")}>
        <TableHead>
          <TableRow>
            <TableHeaderCell>{t("columns.name")}</TableHeaderCell>
            <TableHeaderCell>{t("columns.description")}</TableHeaderCell>
            <TableHeaderCell>{t("columns.grants")}</TableHeaderCell>
            <TableHeaderCell className="text-right">{t("columns.contacts")}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {roles.map((role) => {
            const shown = label(role);
            return (
              <TableRow key={role.id}>
                <TableHeaderCell scope="row" className="font-semibold text-slate-950">
                  <span className="flex flex-wrap items-center gap-2">
                    {shown.name}
                    {role.builtIn ? <Badge tone="info">{t("builtIn")}</Badge> : null}
                  </span>
                </TableHeaderCell>
                <TableCell wrap>{shown.description ?? <span className="text-slate-600">—</span>}</TableCell>
                <TableCell wrap>{shown.grants}</TableCell>
                <TableCell className="text-right tabular-nums">{role.contactCount}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
