import { getTranslations } from "next-intl/server";
import { LoadingRegion, Skeleton } from "@/components/ui";

export default async function AdminLoading() {
  const t = await getTranslations("common");
  return (
    <LoadingRegion label={t("loading")} className="space-y-10">
      <div className="space-y-3">
        <Skeleton className="h-8 w-48" />
        <Skeleton className="h-4 w-72" />
      </div>
      {[3, 2].map((cards, group) => (
        <div key={group} className="space-y-4">
          <Skeleton className="h-6 w-40" />
          <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
            {Array.from({ length: cards }, (_, card) => (
              <Skeleton key={card} className="h-40 rounded-xl" />
            ))}
          </div>
        </div>
      ))}
    </LoadingRegion>
  );
}
