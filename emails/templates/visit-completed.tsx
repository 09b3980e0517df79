import { CallToAction, EmailLayout, Greeting, Paragraph } from "../components";
import { type EmailContext } from "../context";
import { dateTimeInZone } from "../times";

export type VisitCompletedEmailProps = {
  recipientName: string | null;
  technicianName: string;
  serviceName: string;
  /** ISO instant the visit was marked completed. */
  completedAt: string;
  /** IANA zone of the service address. */
  timeZone: string;
  /** The optional feedback survey on the portal. */
  surveyUrl: string;
};

export const visitCompletedSample: VisitCompletedEmailProps = {
  recipientName: "Claire Martin",
  technicianName: "Julien Moreau",
  serviceName: "Heat pump annual maintenance",
  completedAt: "2026-03-03T14:20:00.000Z",
  timeZone: "Europe/Paris",
  surveyUrl: "https://fieldbook.example/portal/surveys/8e1c1f5a-3d7b-4a8e-9c2f-0d6b5a4e3f21",
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
      <Paragraph>{t("visitCompleted.survey")}</Paragraph>
      <CallToAction ctx={ctx} href={props.surveyUrl} label={t("visitCompleted.button")} />
    </EmailLayout>
  );
}
