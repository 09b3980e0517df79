import { Body, Button, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import { type CSSProperties, type ReactNode } from "react";
import { type EmailContext } from "./context";

// Inline styles only: most mail clients drop <style> blocks. 16px text, 1.5 line height and a
// fluid single column keep the message readable on a phone without zooming.
const FONT_STACK = '-apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const INK = "#111827";
const MUTED = "#374151";

const paragraphStyle: CSSProperties = { color: INK, fontSize: "16px", lineHeight: "24px", margin: "0 0 16px" };

type EmailLayoutProps = {
  ctx: EmailContext;
  /** The document title: the subject. */
  title: string;
  /** Inbox preview line; hidden in the message and skipped in the text part. */
  preview: string;
  heading: string;
  children: ReactNode;
};

/** The frame of every email: the company's name on its colour, one heading, a footer. */
export function EmailLayout({ ctx, title, preview, heading, children }: EmailLayoutProps) {
  const { palette, brand, t, locale } = ctx;
  return (
    <Html lang={locale} dir="ltr">
      <Head>
        <title>{title}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        <meta name="supported-color-schemes" content="light" />
      </Head>
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#f3f4f6", margin: 0, padding: "24px 8px", fontFamily: FONT_STACK }}>
        <Container
          style={{ backgroundColor: "#ffffff", borderRadius: "12px", maxWidth: "560px", width: "100%", overflow: "hidden" }}
        >
          <Section style={{ backgroundColor: palette.background, padding: "20px 24px" }}>
            <Text style={{ color: palette.onBackground, fontSize: "20px", fontWeight: 700, lineHeight: "28px", margin: 0 }}>
              {brand.companyName}
            </Text>
          </Section>
          <Section style={{ padding: "24px" }}>
            <Heading as="h1" style={{ color: INK, fontSize: "24px", lineHeight: "32px", fontWeight: 700, margin: "0 0 16px" }}>
              {heading}
            </Heading>
            {children}
          </Section>
          <Hr style={{ borderColor: "#e5e7eb", margin: 0 }} />
          <Section style={{ padding: "16px 24px" }}>
            <Text style={{ color: MUTED, fontSize: "14px", lineHeight: "20px", margin: 0 }}>
              {t("common.footer", { company: brand.companyName })}
            </Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

export function Paragraph({ children }: { children: ReactNode }) {
  return <Text style={paragraphStyle}>{children}</Text>;
}

export function Greeting({ ctx, name }: { ctx: EmailContext; name?: string | null }) {
  return <Paragraph>{name ? ctx.t("common.greeting", { name }) : ctx.t("common.greetingWithoutName")}</Paragraph>;
}

export type Fact = { label: string; value: string };

/** Key facts, one per line: "When: Tuesday 3 March, 14:00–15:00 (Europe/Paris)". */
export function Facts({ ctx, facts }: { ctx: EmailContext; facts: Fact[] }) {
  return (
    <Section style={{ backgroundColor: "#f9fafb", border: "1px solid #e5e7eb", borderRadius: "8px", padding: "12px 16px", margin: "0 0 20px" }}>
      {facts.map((fact) => (
        <Text key={fact.label} style={{ ...paragraphStyle, margin: "4px 0" }}>
          <strong>{ctx.t("common.factLabel", { label: fact.label })}</strong> {fact.value}
        </Text>
      ))}
    </Section>
  );
}

/**
 * The one action of the message, as a big button, with the address written out below it for
 * clients that block buttons (and so the text part has it too).
 */
export function CallToAction({ ctx, href, label }: { ctx: EmailContext; href: string; label: string }) {
  return (
    <Section style={{ margin: "8px 0 20px" }}>
      <Button
        href={href}
        style={{
          backgroundColor: ctx.palette.background,
          color: ctx.palette.onBackground,
          borderRadius: "8px",
          fontSize: "16px",
          fontWeight: 700,
          lineHeight: "24px",
          padding: "12px 20px",
          textDecoration: "none",
          display: "inline-block",
        }}
      >
        {label}
      </Button>
      <Text style={{ color: MUTED, fontSize: "14px", lineHeight: "20px", margin: "16px 0 0" }}>
        {ctx.t("common.linkFallback")}{" "}
        <Link href={href} style={{ color: ctx.palette.link, textDecoration: "underline", wordBreak: "break-all" }}>
          {href}
        </Link>
      </Text>
    </Section>
  );
}

/** A code to copy (invitation code): large, monospaced, spaced out. */
export function CodeBox({ label, code }: { label: string; code: string }) {
  return (
    <Section style={{ border: "2px dashed #9ca3af", borderRadius: "8px", padding: "12px 16px", margin: "0 0 20px", textAlign: "center" }}>
      <Text style={{ color: MUTED, fontSize: "14px", lineHeight: "20px", margin: "0 0 4px" }}>{label}</Text>
      <Text
        style={{
          color: INK,
          fontFamily: '"SFMono-Regular", Menlo, Consolas, monospace',
          fontSize: "22px",
          fontWeight: 700,
          letterSpacing: "2px",
          lineHeight: "32px",
          margin: 0,
          wordBreak: "break-all",
        }}
      >
        {code}
      </Text>
    </Section>
  );
}
