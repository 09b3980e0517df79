import { type Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth";
import { db } from "@/lib/db";
import { findPortalSettings } from "@/lib/settings";
import { PageHeader } from "../_components/page-header";
import { PortalSettingsForm } from "./_components/portal-settings-form";
import { updatePortalSettingsAction } from "./actions";

export const dynamic = "force-dynamic";

/** The zones to pick from, the saved one included even if this runtime lists it under another name. */
function zoneChoices(current: string): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return zones.includes(current) ? zones : [current, ...zones];
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.portalSettings");
  return { title: t("title") };
}

/** Admin → Settings → Portal: company zone, booking rules, change cutoffs, reschedule limit, tracking. */
export default async function PortalSettingsPage() {
  await requirePermission("portal-settings:manage");
  const [t, tSettings, settings] = await Promise.all([getTranslations("admin.portalSettings"), getTranslations("admin.settings"), findPortalSettings(db)]);
  if (!settings) notFound();
  return (
    <div className="space-y-8">
      <PageHeader
        title={t("title")}
        description={t("description")}
        breadcrumbLabel={tSettings("breadcrumb")}
        crumbs={[{ href: "/admin/settings", label: tSettings("title") }]}
      />
      <PortalSettingsForm initial={settings} timeZones={zoneChoices(settings.timeZone)} onSubmit={updatePortalSettingsAction} />
    </div>
  );
}
