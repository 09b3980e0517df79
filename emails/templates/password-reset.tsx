import { CallToAction, EmailLayout, Greeting, Paragraph } from "../components";
import { type EmailContext } from "../context";
import { dateTimeInZone } from "../times";

export type PasswordResetEmailProps = {
  recipientName: string | null;
  /** Carries the single-use token; only its hash is stored. */
  resetUrl: string;
  /** How long the link works (30 minutes, product.md §1). */
  validForMinutes: number;
  /** ISO instant the link stops working. */
  expiresAt: string;
  /** The company's zone, in which the expiry is written. */
  timeZone: string;
};

export const passwordResetSample: PasswordResetEmailProps = {
  recipientName: "Claire Martin",
  resetUrl: "https://fieldbook.example/portal/reset-password?token=Zk3q8mW1xR7pT2vN5bY9cL4d",
  validForMinutes: 30,
  expiresAt: "2026-03-03T09:30:00.000Z",
  timeZone: "Europe/Paris",
};

export function passwordResetSubject(_props: PasswordResetEmailProps, ctx: EmailContext): string {
  return ctx.t("passwordReset.subject", { company: ctx.brand.companyName });
}

export function PasswordResetEmail({ ctx, ...props }: PasswordResetEmailProps & { ctx: EmailContext }) {
  const { t } = ctx;
  return (
    <EmailLayout ctx={ctx} title={passwordResetSubject(props, ctx)} preview={t("passwordReset.preview")} heading={t("passwordReset.heading")}>
      <Greeting ctx={ctx} name={props.recipientName} />
      <Paragraph>{t("passwordReset.intro")}</Paragraph>
      <CallToAction ctx={ctx} href={props.resetUrl} label={t("passwordReset.button")} />
      <Paragraph>
        {t("passwordReset.validity", {
          minutes: props.validForMinutes,
          when: dateTimeInZone(ctx, props.expiresAt, props.timeZone),
        })}
      </Paragraph>
      <Paragraph>{t("passwordReset.ignore")}</Paragraph>
    </EmailLayout>
  );
}
