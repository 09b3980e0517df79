import { type Metadata, type Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { type ReactNode } from "react";
import { ToastProvider } from "@/components/ui";
import { ZodWithoutEval } from "./_components/zod-without-eval";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("metadata");
  return {
    title: { default: t("title"), template: t("titleTemplate") },
    description: t("description"),
    applicationName: t("appName"),
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  viewportFit: "cover",
  themeColor: "#15547b",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("common")]);
  return (
    <html lang={locale}>
      <body className="min-h-dvh">
        <ZodWithoutEval />
        {/* Rendered from a Server Component, the provider passes the request's locale,
            messages and time zone on to Client Components. */}
        <NextIntlClientProvider>
          <ToastProvider regionLabel={t("notifications")} dismissLabel={t("dismiss")}>
            {children}
          </ToastProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
