"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { differsInViewerZone, formatInZone } from "./format";

/** The browser's zone; null on the server and during hydration, so both render the same first. */
export function useViewerZone(): string | null {
  return useSyncExternalStore(subscribeNever, browserZone, noZone);
}

const subscribeNever = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || null;
const noZone = () => null;

/**
 * A visit's time at the address, the zone named (product.md failure 9), and the viewer's own
 * time beside it when their browser's zone reads differently.
 */
export function ZonedTime({ iso, timeZone, withDate = true }: { iso: string; timeZone: string; withDate?: boolean }) {
  const t = useTranslations("portal.time");
  const locale = useLocale();
  const viewerZone = useViewerZone();
  const instant = new Date(iso);
  const differs = differsInViewerZone(instant, timeZone, viewerZone);
  return (
    <span>
      <time dateTime={iso}>{formatInZone(instant, timeZone, locale, withDate)}</time> <span className="text-slate-600">({timeZone})</span>
      {differs && viewerZone ? (
        <span className="block text-sm text-slate-600">
          {t("yourTime", { time: formatInZone(instant, viewerZone, locale, withDate), zone: viewerZone })}
        </span>
      ) : null}
    </span>
  );
}
