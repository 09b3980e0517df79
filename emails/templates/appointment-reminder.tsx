import { CallToAction, EmailLayout, Greeting, Paragraph } from "../components";
import { type EmailContext } from "../context";
import { wallClock } from "../format";
import { dateTimeInZone } from "../times";
import { AppointmentFacts, appointmentSample, type AppointmentDetails } from "./appointment-details";

/** Sent 24 hours before the visit (product.md §4). */
export type AppointmentReminderEmailProps = AppointmentDetails & {
  recipientName: string | null;
  appointmentUrl: string;
};

export const appointmentReminderSample: AppointmentReminderEmailProps = {
  ...appointmentSample,
  recipientName: "Claire Martin",
  appointmentUrl: "https://fieldbook.example/portal/appointments/5b0e7d2c-0f1e-4c55-9d0a-6f1f2a9b1c42",
};

export function appointmentReminderSubject(props: AppointmentReminderEmailProps, ctx: EmailContext): string {
  const { date, time } = wallClock(props.startsAt, props.timeZone, ctx.locale);
  return ctx.t("appointmentReminder.subject", { service: props.serviceName, date, time, timeZone: props.timeZone });
}

export function AppointmentReminderEmail({ ctx, ...props }: AppointmentReminderEmailProps & { ctx: EmailContext }) {
  const { t } = ctx;
  return (
    <EmailLayout
      ctx={ctx}
      title={appointmentReminderSubject(props, ctx)}
      preview={t("appointmentReminder.preview", { when: dateTimeInZone(ctx, props.startsAt, props.timeZone) })}
      heading={t("appointmentReminder.heading")}
    >
      <Greeting ctx={ctx} name={props.recipientName} />
      <Paragraph>{t("appointmentReminder.intro")}</Paragraph>
      <AppointmentFacts ctx={ctx} details={props} />
      <Paragraph>{t("appointmentReminder.changes")}</Paragraph>
      <CallToAction ctx={ctx} href={props.appointmentUrl} label={t("appointmentReminder.button")} />
    </EmailLayout>
  );
}
