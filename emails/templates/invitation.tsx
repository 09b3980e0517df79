import { CallToAction, CodeBox, EmailLayout, Greeting, Paragraph } from "../components";
import { type EmailContext } from "../context";
import { dateTimeWithYearInZone } from "../times";

export type InvitationEmailProps = {
  recipientName: string | null;
  /** The portal's sign-in page, where "Use an invitation" takes the code. */
  portalUrl: string;
  /** The code in clear: only the email carries it; the database keeps its hash. */
  code: string;
  /** ISO instant. */
  expiresAt: string;
  /** The company's zone, in which the expiry is written. */
  timeZone: string;
};

export const invitationSample: InvitationEmailProps = {
  recipientName: "Claire Martin",
  portalUrl: "https://fieldbook.example/portal/sign-in?tab=invitation",
  code: "K7QD-M2XP-9HTA",
  expiresAt: "2026-03-17T17:00:00.000Z",
  timeZone: "Europe/Paris",
};

export function invitationSubject(_props: InvitationEmailProps, ctx: EmailContext): string {
  return ctx.t("invitation.subject", { company: ctx.brand.companyName });
}

export function InvitationEmail({ ctx, ...props }: InvitationEmailProps & { ctx: EmailContext }) {
  const { t } = ctx;
  return (
    <EmailLayout
      ctx={ctx}
      title={invitationSubject(props, ctx)}
      preview={t("invitation.preview", { code: props.code })}
      heading={t("invitation.heading")}
    >
      <Greeting ctx={ctx} name={props.recipientName} />
      <Paragraph>{t("invitation.intro", { company: ctx.brand.companyName })}</Paragraph>
      <CodeBox label={t("invitation.codeLabel")} code={props.code} />
      <Paragraph>{t("invitation.steps")}</Paragraph>
      <CallToAction ctx={ctx} href={props.portalUrl} label={t("invitation.button")} />
      <Paragraph>{t("invitation.expires", { when: dateTimeWithYearInZone(ctx, props.expiresAt, props.timeZone) })}</Paragraph>
    </EmailLayout>
  );
}
