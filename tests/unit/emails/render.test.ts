import { render, toPlainText } from "@react-email/render";
import { describe, expect, it } from "vitest";
import { brandPalette } from "../../../emails/brand";
import { wallClock, wallClockWithYear } from "../../../emails/format";
import { EMAIL_TEMPLATE_NAMES, emailElement, renderEmail, sampleProps, type EmailTemplateName } from "../../../emails/render";

const brand = { companyName: "Brightwater Services", brandColor: "#0E7490" };
const locales = ["en", "fr"] as const;

/** What the text part must carry for each template, per language: the facts a reader acts on. */
const keyFacts: Record<EmailTemplateName, Record<(typeof locales)[number], string[]>> = {
  invitation: {
    en: ["K7QD-M2XP-9HTA", "https://fieldbook.example/portal/sign-in?tab=invitation", "Tuesday, 17 March 2026, 18:00 (Europe/Paris)"],
    fr: ["K7QD-M2XP-9HTA", "https://fieldbook.example/portal/sign-in?tab=invitation", "mardi 17 mars 2026 à 18:00 (Europe/Paris)"],
  },
  "booking-confirmation": {
    en: ["Tuesday 3 March, 14:00–15:30 (Europe/Paris)", "12 Rue des Lilas, 75011 Paris", "A-1042", "/portal/appointments/"],
    fr: ["mardi 3 mars, de 14:00 à 15:30 (Europe/Paris)", "12 Rue des Lilas, 75011 Paris", "A-1042", "/portal/appointments/"],
  },
  "appointment-rescheduled": {
    en: ["New time: Tuesday 3 March, 14:00–15:30 (Europe/Paris)", "Previous time: Monday 2 March, 09:00–10:30 (Europe/Paris)"],
    fr: ["Nouvel horaire : mardi 3 mars, de 14:00 à 15:30 (Europe/Paris)", "Ancien horaire : lundi 2 mars, de 09:00 à 10:30 (Europe/Paris)"],
  },
  "appointment-cancelled": {
    en: ["Tuesday 3 March, 14:00–15:30 (Europe/Paris)", "Reason: The heat pump was replaced last week", "https://fieldbook.example/portal/book"],
    fr: ["mardi 3 mars, de 14:00 à 15:30 (Europe/Paris)", "Motif : The heat pump was replaced last week", "https://fieldbook.example/portal/book"],
  },
  "appointment-reminder": {
    en: ["Tuesday 3 March, 14:00–15:30 (Europe/Paris)", "Julien Moreau", "/portal/appointments/"],
    fr: ["mardi 3 mars, de 14:00 à 15:30 (Europe/Paris)", "Julien Moreau", "/portal/appointments/"],
  },
  "technician-on-the-way": {
    en: ["When: Tuesday 3 March, 14:00–15:30 (Europe/Paris)", "Expected arrival: Tuesday 3 March, 13:55 (Europe/Paris)", "/portal/appointments/", "Julien Moreau"],
    fr: ["Date et heure : mardi 3 mars, de 14:00 à 15:30 (Europe/Paris)", "Arrivée prévue : mardi 3 mars à 13:55 (Europe/Paris)", "/portal/appointments/", "Julien Moreau"],
  },
  "visit-completed": {
    en: ["Tuesday 3 March, 15:20 (Europe/Paris)", "A-1042", "https://fieldbook.example/portal/appointments/"],
    fr: ["mardi 3 mars à 15:20 (Europe/Paris)", "A-1042", "https://fieldbook.example/portal/appointments/"],
  },
  "password-reset": {
    en: ["https://fieldbook.example/portal/reset-password?token=", "30 minutes", "Tuesday 3 March, 10:30 (Europe/Paris)"],
    fr: ["https://fieldbook.example/portal/reset-password?token=", "30 minutes", "mardi 3 mars à 10:30 (Europe/Paris)"],
  },
  "mailbox-test": {
    en: ["bookings@brightwater.example", "smtp.brightwater.example", "Tuesday 3 March, 09:15 (Europe/Paris)"],
    fr: ["bookings@brightwater.example", "smtp.brightwater.example", "mardi 3 mars à 09:15 (Europe/Paris)"],
  },
};

describe.each(EMAIL_TEMPLATE_NAMES)("the %s email", (template) => {
  it.each(locales)("renders a subject, an HTML part and a text part in %s", async (locale) => {
    const email = await renderEmail(template, sampleProps(template), { locale, brand });

    expect(email.subject.trim()).not.toBe("");
    expect(email.subject).not.toMatch(/emails\.|\{/); // no raw key, no unfilled placeholder
    expect(email.html).toContain(`lang="${locale}"`);
    expect(email.html).toContain("Brightwater Services");
    expect(email.html.toLowerCase()).toContain("#0e7490");
    expect(email.html).toContain('name="viewport"'); // readable on a phone without zooming
    expect(email.text).toContain("Brightwater Services");
    for (const fact of keyFacts[template][locale]) expect(email.text).toContain(fact);
    expect(email.text).not.toMatch(/<[a-z]/i);
  });

  it.each(locales)("has as text part what react-email's toPlainText makes of its HTML in %s", async (locale) => {
    const email = await renderEmail(template, sampleProps(template), { locale, brand });
    expect(email.text).toBe(toPlainText(email.html));
  });

  it("reads differently in English and French", async () => {
    const english = await renderEmail(template, sampleProps(template), { locale: "en", brand });
    const french = await renderEmail(template, sampleProps(template), { locale: "fr", brand });
    expect(french.subject).not.toBe(english.subject);
    expect(french.text).not.toBe(english.text);
  });
});

describe("renderEmail", () => {
  it("falls back to English for a language without a catalogue", async () => {
    const email = await renderEmail("invitation", sampleProps("invitation"), { locale: "xx", brand });
    expect(email.subject).toBe("Your invitation to the Brightwater Services customer portal");
    expect(email.html).toContain('lang="en"');
  });

  it("uses the company's own colour and name", async () => {
    const email = await renderEmail("password-reset", sampleProps("password-reset"), {
      locale: "en",
      brand: { companyName: "Acme Heating", brandColor: "#b91c1c" },
    });
    expect(email.subject).toBe("Reset your Acme Heating portal password");
    expect(email.html).toContain("#b91c1c");
  });
});

describe("wallClock", () => {
  it("writes each instant in its own zone and language, whatever was formatted before", () => {
    const instant = "2026-03-03T13:00:00Z";
    expect(wallClock(instant, "Europe/Paris", "en")).toEqual({ date: "Tuesday 3 March", time: "14:00" });
    expect(wallClock(instant, "Asia/Kolkata", "en")).toEqual({ date: "Tuesday 3 March", time: "18:30" });
    expect(wallClock(instant, "Europe/Paris", "fr")).toEqual({ date: "mardi 3 mars", time: "14:00" });
    expect(wallClock("2026-03-03T23:30:00Z", "Asia/Kolkata", "fr")).toEqual({ date: "mercredi 4 mars", time: "05:00" });
    expect(wallClockWithYear(instant, "America/New_York", "en")).toEqual({ date: "Tuesday, 3 March 2026", time: "08:00" });
    expect(wallClock(instant, "Europe/Paris", "en")).toEqual({ date: "Tuesday 3 March", time: "14:00" });
  });
});

describe("brandPalette", () => {
  it("writes white on a dark brand colour and near-black on a pale one", () => {
    expect(brandPalette({ companyName: "x", brandColor: "#0e7490" }).onBackground).toBe("#ffffff");
    expect(brandPalette({ companyName: "x", brandColor: "#fde047" }).onBackground).toBe("#111827");
  });

  it("keeps links dark enough to read on white", () => {
    expect(brandPalette({ companyName: "x", brandColor: "#fde047" }).link).toBe("#111827");
    expect(brandPalette({ companyName: "x", brandColor: "#0e7490" }).link).toBe("#0e7490");
  });

  it("falls back to the default colour when Settings holds something else", () => {
    expect(brandPalette({ companyName: "x", brandColor: "teal" }).background).toBe("#0e7490");
    expect(brandPalette({ companyName: "x", brandColor: "#abc" }).background).toBe("#aabbcc");
  });
});

describe("the HTML part", () => {
  // The streaming renderer's hydration markers: <!--$-->, <!--/$-->, <!-- --> between texts, <!--html--> and the like.
  const withoutStreamingMarkers = (html: string) => html.replace(/<!--(\$|\/\$| |html|head|body)-->/g, "");

  it.each(EMAIL_TEMPLATE_NAMES.flatMap((template) => locales.map((locale) => [template, locale] as const)))(
    "of %s in %s is react-email's render() without its streaming markers",
    async (template, locale) => {
      const options = { locale, brand };
      const email = await renderEmail(template, sampleProps(template), options);
      const reference = await render((await emailElement(template, sampleProps(template), options)).element);
      expect(email.html).toBe(withoutStreamingMarkers(reference));
      expect(email.html).not.toMatch(/<link[^>]+rel="preload"/);
    },
  );
});
