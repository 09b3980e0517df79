import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ArrowRightIcon } from "@/components/icons";
import { Badge, cn, focusRing, type Tone } from "@/components/ui";
import { zonedIso, type AppointmentStatusName, type AppointmentSummary } from "@/lib/booking";
import { ZonedTime } from "./zoned-time";

export const STATUS_TONES: Record<AppointmentStatusName, Tone> = {
  SCHEDULED: "info",
  TRAVELING: "warning",
  IN_PROGRESS: "warning",
  COMPLETED: "success",
  CANCELLED: "neutral",
};

export async function StatusBadge({ status }: { status: AppointmentStatusName }) {
  const t = await getTranslations("portal.appointments.status");
  return (
    <Badge tone={STATUS_TONES[status]} dot>
      {t(status)}
    </Badge>
  );
}

/** One visit in a portal home list; the whole card links to its detail page. */
export async function AppointmentCard({ appointment }: { appointment: AppointmentSummary }) {
  const t = await getTranslations("portal.appointments");
  return (
    <li className="rounded-xl border border-slate-200 bg-white shadow-sm">
      <Link
        href={`/portal/appointments/${appointment.id}`}
        className={cn("flex items-start justify-between gap-3 rounded-xl p-4 hover:bg-slate-50", focusRing)}
        aria-label={t("openVisit", { service: appointment.service.name, number: appointment.number })}
      >
        <span className="min-w-0 space-y-1">
          <span className="flex flex-wrap items-center gap-2">
            <span className="font-semibold text-slate-950">{appointment.service.name}</span>
            <StatusBadge status={appointment.status} />
          </span>
          <span className="block text-slate-800">
            <ZonedTime iso={zonedIso(appointment.startsAt, appointment.timeZone)} timeZone={appointment.timeZone} />
          </span>
          <span className="block text-sm text-slate-600">
            {t("number", { number: appointment.number })} · {appointment.technician.displayName}
          </span>
        </span>
        <ArrowRightIcon className="mt-1 size-5 shrink-0 text-slate-500" />
      </Link>
    </li>
  );
}
