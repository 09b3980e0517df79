import { getTranslations } from "next-intl/server";
import { LoadingRegion, Skeleton } from "@/components/ui";

export default async function PortalLoading() {
  const t = await getTranslations("common");
  return (
    <LoadingRegion label={t("loading")} className="space-y-8">
      <div className="space-y-3">
        <Skeleton className="h-8 w-56" />
        <Skeleton className="h-4 w-full max-w-md" />
      </div>
      {[0, 1, 2].map((section) => (
        <div key={section} className="space-y-3">
          <Skeleton className="h-6 w-28" />
          <Skeleton className="h-4 w-64" />
          <Skeleton className="h-36 w-full rounded-xl" />
        </div>
      ))}
    </LoadingRegion>
  );
}
