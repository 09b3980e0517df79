import { type Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cn, focusRing } from "@/components/ui";
import { requireCustomer } from "@/lib/auth";
import { AppointmentId, findAppointmentForCustomer, zonedIso } from "@/lib/booking";
import { db } from "@/lib/db";
import { StatusBadge } from "../../_components/appointment-card";
import { formatInZone } from "../../_components/format";
import { ZonedTime } from "../../_components/zoned-time";
import { AppointmentActions } from "./_components/appointment-actions";
import { cancelAction, loadRescheduleSlotsAction, rescheduleAction } from "./actions";

type Params = { params: Promise<{ appointmentId: string }>; searchParams: Promise<{ booked?: string; rescheduled?: string; cancelled?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("portal.appointments");
  return { title: t("detailTitle") };
}

/** One of the customer's visits; someone else's (or a malformed id) is a 404. */
export default async function AppointmentPage({ params, searchParams }: Params) {
  const customer = await requireCustomer();
  const { appointmentId } = await params;
  const query = await searchParams;
  if (!AppointmentId.safeParse(appointmentId).success) notFound();
  const now = new Date();
  const appointment = await findAppointmentForCustomer(db, customer, appointmentId, now);
  if (!appointment) notFound();
  const [t, locale] = await Promise.all([getTranslations("portal.appointments"), getLocale()]);
  const zone = appointment.timeZone;
  const { choices } = appointment;
  const banner = query.booked ? t("bookedBanner") : query.rescheduled ? t("rescheduledBanner") : query.cancelled ? t("cancelledBanner") : null;

  return (
    <div className="space-y-6">
      <Link href="/portal" className={cn("inline-flex min-h-11 items-center rounded-lg text-brand-700 hover:underline", focusRing)}>
        ← {t("back")}
      </Link>
      {banner ? (
        <div role="status" className="rounded-lg border border-green-300 bg-green-50 p-4 text-green-950">
          {banner}
        </div>
      ) : null}
      <div className="space-y-2">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold tracking-tight text-slate-950 sm:text-3xl">{appointment.service.name}</h1>
          <StatusBadge status={appointment.status} />
        </div>
        <p className="text-slate-700">{t("number", { number: appointment.number })}</p>
      </div>

      <dl className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-[10rem_1fr] sm:p-5">
        <dt className="font-medium text-slate-700">{t("when")}</dt>
        <dd className="text-slate-950" data-testid="appointment-when">
          <ZonedTime iso={zonedIso(appointment.startsAt, zone)} timeZone={zone} />
        </dd>
        <dt className="font-medium text-slate-700">{t("technician")}</dt>
        <dd className="text-slate-950">{appointment.technician.displayName}</dd>
        {appointment.address ? (
          <>
            <dt className="font-medium text-slate-700">{t("address")}</dt>
            <dd className="text-slate-950">{appointment.address}</dd>
          </>
        ) : null}
        {appointment.comments ? (
          <>
            <dt className="font-medium text-slate-700">{t("comments")}</dt>
            <dd className="whitespace-pre-wrap text-slate-950">{appointment.comments}</dd>
          </>
        ) : null}
        {appointment.cancellationReason ? (
          <>
            <dt className="font-medium text-slate-700">{t("cancellationReason")}</dt>
            <dd className="whitespace-pre-wrap text-slate-950">{appointment.cancellationReason}</dd>
          </>
        ) : null}
      </dl>

      {appointment.status === "SCHEDULED" && (choices.canReschedule || choices.canCancel) ? (
        <p className="rounded-lg bg-sky-50 p-3 text-sm text-sky-950">
          {t("policy", {
            reschedule: formatInZone(choices.policy.rescheduleDeadline, zone, locale),
            cancel: formatInZone(choices.policy.cancelDeadline, zone, locale),
            zone,
            left: choices.policy.reschedulesLeft,
          })}
        </p>
      ) : null}
      {!choices.canReschedule && !choices.canCancel && appointment.status !== "CANCELLED" && appointment.status !== "COMPLETED" ? (
        <p className="text-sm text-slate-700">{t("cannotChange")}</p>
      ) : null}

      <AppointmentActions
        appointmentId={appointment.id}
        serviceId={appointment.service.id}
        canReschedule={choices.canReschedule}
        canCancel={choices.canCancel}
        loadSlots={loadRescheduleSlotsAction}
        reschedule={rescheduleAction}
        cancel={cancelAction}
      />
    </div>
  );
}
