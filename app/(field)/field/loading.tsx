import { getTranslations } from "next-intl/server";
import { LoadingRegion, Skeleton } from "@/components/ui";

export default async function FieldLoading() {
  const t = await getTranslations("common");
  return (
    <LoadingRegion label={t("loading")} className="space-y-5">
      <div className="space-y-2">
        <Skeleton className="h-8 w-40" />
        <Skeleton className="h-5 w-56" />
      </div>
      {[0, 1, 2].map((row) => (
        <Skeleton key={row} className="h-24 w-full rounded-xl" />
      ))}
    </LoadingRegion>
  );
}
