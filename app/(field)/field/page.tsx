import { TZDate } from "@date-fns/tz";
import { formatISO } from "date-fns";
import { type Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { CalendarIcon } from "@/components/icons";
import { EmptyState } from "@/components/ui";
import { requirePermission } from "@/lib/auth";
import { findCompanyProfile } from "@/lib/company";
import { db } from "@/lib/db";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("field.myDay");
  return { title: t("title") };
}

// My day (product.md §5). The day is the company's: a technician in Paris starts a new day
// at midnight Paris time, whatever the server's zone.
export default async function MyDayPage() {
  await requirePermission("field:use");
  const now = new Date();
  const [t, format, company] = await Promise.all([
    getTranslations("field.myDay"),
    getFormatter(),
    findCompanyProfile(db),
  ]);

  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-bold tracking-tight text-slate-950">{t("title")}</h1>
        <p className="mt-1 text-slate-700">
          <time dateTime={formatISO(new TZDate(now, company.timeZone), { representation: "date" })}>
            {format.dateTime(now, { dateStyle: "full", timeZone: company.timeZone })}
          </time>
        </p>
      </div>
      <EmptyState
        titleAs="h2"
        icon={<CalendarIcon />}
        title={t("emptyTitle")}
        description={t("emptyDescription")}
      />
    </div>
  );
}
