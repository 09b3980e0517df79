import { CallToAction, EmailLayout, Greeting, Paragraph } from "../components";
import { type EmailContext } from "../context";
import { dateTimeInZone } from "../times";
import { AppointmentFacts, appointmentSample, type AppointmentDetails } from "./appointment-details";

export type VisitCompletedEmailProps = AppointmentDetails & {
  recipientName: string | null;
  technicianName: string;
  /** ISO instant the visit was marked completed. */
  completedAt: string;
  /** The visit's page on the portal. */
  appointmentUrl: string;
};

export const visitCompletedSample: VisitCompletedEmailProps = {
  ...appointmentSample,
  recipientName: "Claire Martin",
  technicianName: "Julien Moreau",
  completedAt: "2026-03-03T14:20:00.000Z",
  appointmentUrl: "https://fieldbook.example/portal/appointments/5b0e7d2c-0f1e-4c55-9d0a-6f1f2a9b1c42",
};

export function visitCompletedSubject(props: VisitCompletedEmailProps, ctx: EmailContext): string {
  return ctx.t("visitCompleted.subject", { service: props.serviceName });
}

export function VisitCompletedEmail({ ctx, ...props }: VisitCompletedEmailProps & { ctx: EmailContext }) {
  const { t } = ctx;
  return (
    <EmailLayout
      ctx={ctx}
      title={visitCompletedSubject(props, ctx)}
      preview={t("visitCompleted.preview")}
      heading={t("visitCompleted.heading")}
    >
      <Greeting ctx={ctx} name={props.recipientName} />
      <Paragraph>
        {t("visitCompleted.intro", {
          technician: props.technicianName,
          service: props.serviceName,
          when: dateTimeInZone(ctx, props.completedAt, props.timeZone),
        })}
      </Paragraph>
      <AppointmentFacts ctx={ctx} details={props} />
      <Paragraph>{t("visitCompleted.details")}</Paragraph>
      <CallToAction ctx={ctx} href={props.appointmentUrl} label={t("visitCompleted.button")} />
    </EmailLayout>
  );
}
