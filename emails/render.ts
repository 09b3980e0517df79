/**
 * Turns a template and its props into the subject and the two parts of a message, in the
 * recipient's language and the company's colours. No `server-only`: the outbox worker and
 * scripts call it outside Next.js too.
 *
 *   const { subject, html, text } = await renderEmail("invitation", props, { locale: "fr", brand });
 */
import { plainTextSelectors } from "@react-email/render";
import { compile } from "html-to-text";
import { createTranslator, type Messages } from "next-intl";
import { createElement, type ReactElement } from "react";
import { brandPalette, type EmailBrand } from "./brand";
import { type EmailContext } from "./context";
import { EMAIL_TEMPLATES, type EmailTemplateDefinition, type EmailTemplateName, type EmailTemplateProps } from "./templates";

export type RenderedEmail = { subject: string; html: string; text: string };

export type RenderEmailOptions = {
  /** The recipient's language; an unknown one falls back to English, the source catalogue. */
  locale: string;
  brand: EmailBrand;
};

const SOURCE_LOCALE = "en";
const catalogues = new Map<string, Promise<Messages | null>>();
/**
 * One translator per language for the process: next-intl compiles each message the first time a
 * translator formats it, and a fresh translator per email made rendering ~3× slower (bench:booking).
 */
const translators = new Map<string, EmailContext["t"]>();

/**
 * The text part: exactly react-email's `toPlainText(html)` (html-to-text with its selectors, no
 * word wrap), with the options compiled once for the process. `toPlainText` compiles them on
 * every call, which cost more than converting the email itself (bench:booking).
 */
const toPlainText = compile({ wordwrap: false, selectors: [...plainTextSelectors] });

/**
 * The catalogue of `locale` from lib/i18n/messages/ (a language is one file there), or null.
 * The tag is checked before it becomes part of a path.
 */
function loadCatalogue(locale: string): Promise<Messages | null> {
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(locale)) return Promise.resolve(null);
  let loading = catalogues.get(locale);
  if (!loading) {
    loading = import(`../lib/i18n/messages/${locale}.json`).then(
      (module: { default: Messages }) => module.default,
      () => null,
    );
    catalogues.set(locale, loading);
  }
  return loading;
}

async function resolveCatalogue(locale: string): Promise<{ locale: string; messages: Messages }> {
  const messages = await loadCatalogue(locale);
  if (messages) return { locale, messages };
  const source = await loadCatalogue(SOURCE_LOCALE);
  if (!source) throw new Error(`lib/i18n/messages/${SOURCE_LOCALE}.json could not be loaded`);
  return { locale: SOURCE_LOCALE, messages: source };
}

function translatorFor(locale: string, messages: Messages): EmailContext["t"] {
  let translator = translators.get(locale);
  if (!translator) {
    translator = createTranslator({ locale, messages, namespace: "emails" });
    translators.set(locale, translator);
  }
  return translator;
}

/** A template's element and subject, in the recipient's language and the company's colours. */
export async function emailElement<Name extends EmailTemplateName>(
  template: Name,
  props: EmailTemplateProps[Name],
  options: RenderEmailOptions,
): Promise<{ element: ReactElement; subject: string }> {
  const { locale, messages } = await resolveCatalogue(options.locale);
  const ctx: EmailContext = {
    locale,
    t: translatorFor(locale, messages),
    brand: options.brand,
    palette: brandPalette(options.brand),
  };
  // One template's definition and props; TypeScript cannot follow the correlation through
  // the generic index, so the component is called through a widened type.
  const definition = EMAIL_TEMPLATES[template] as unknown as EmailTemplateDefinition<EmailTemplateProps[Name]>;
  const Template = definition.Component as unknown as (props: Record<string, unknown>) => ReactElement;
  return { element: createElement(Template, { ...props, ctx }), subject: definition.subject(props, ctx) };
}

export async function renderEmail<Name extends EmailTemplateName>(
  template: Name,
  props: EmailTemplateProps[Name],
  options: RenderEmailOptions,
): Promise<RenderedEmail> {
  const { element, subject } = await emailElement(template, props, options);
  // Rendered once: the text part is the same conversion render(…, { plainText: true }) makes.
  const html = await renderHtml(element);
  return { subject, html, text: toPlainText(bodyOf(html)) };
}

/**
 * From <body> on: the head (meta, style) adds nothing to the text part but costs html-to-text
 * ~40% of its time (tests/unit/emails/render.test.ts checks the text is toPlainText(html)'s).
 */
function bodyOf(html: string): string {
  const body = html.indexOf("<body");
  return body < 0 ? html : html.slice(body);
}

const XHTML_DOCTYPE = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">`;

type ReactDomServer = { renderToStaticMarkup(element: ReactElement): string };
let reactDomServer: Promise<ReactDomServer> | undefined;

/**
 * react-email's `render(element)` (@react-email/render 2.3: the XHTML doctype, image preload
 * links removed) without its streaming: the templates are synchronous, so one
 * renderToStaticMarkup call gives the same markup minus the streaming renderer's hydration
 * comments (tests/unit/emails/render.test.ts compares the two for every template). react-dom's
 * server renderer is imported once — react-email's `render` imports it on every call, and
 * under a loader hook (tsx: npm start's workers, the benchmarks' API server) each import() is
 * a round trip to the hooks thread (bench:booking). Imported, not `import`ed at the top: Next.js
 * refuses a static import of react-dom/server in modules that server components reach.
 */
async function renderHtml(element: ReactElement): Promise<string> {
  reactDomServer ??= import("react-dom/server") as Promise<ReactDomServer>;
  const markup = (await reactDomServer).renderToStaticMarkup(element);
  return `${XHTML_DOCTYPE}${withoutImagePreloads(markup).replace(/<!DOCTYPE.*?>/, "")}`;
}

/** React adds <link rel="preload" as="image"> for every image; an email has no use for them. */
function withoutImagePreloads(html: string): string {
  return html.replace(/<link\b[^>]*\/?>/gi, (tag) => (/\brel=["']?preload\b/i.test(tag) && /\bas=["']?image\b/i.test(tag) ? "" : tag));
}

export { EMAIL_TEMPLATE_NAMES, isEmailTemplateName, sampleProps, type EmailTemplateName, type EmailTemplateProps } from "./templates";
export { type EmailBrand } from "./brand";
