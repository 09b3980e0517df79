import { type ReactNode } from "react";
import { Card } from "@/components/ui";

/**
 * Nothing in a previewed message may run or load: no scripts, no remote images (tracking
 * pixels), fonts or frames; inline styles only. Put first in <head> so it governs everything.
 */
const PREVIEW_CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; form-action 'none'";

function lockedDown(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${PREVIEW_CONTENT_SECURITY_POLICY}">`;
  if (/<head(\s[^>]*)?>/i.test(html)) return html.replace(/<head(\s[^>]*)?>/i, (head) => head + meta);
  if (/<html(\s[^>]*)?>/i.test(html)) return html.replace(/<html(\s[^>]*)?>/i, (tag) => `${tag}<head>${meta}</head>`);
  return meta + html;
}

/**
 * An email's two parts side by side (stacked on phones): the HTML in a sandboxed iframe and
 * the text. The frame has an opaque origin (no allow-same-origin: it cannot reach the back
 * office, its cookies or its DOM), no forms, popups or top navigation, and a CSP that stops
 * every script and remote load. `allow-scripts` is there only because browsers refuse
 * tooling (the axe accessibility scan) into a frame without it; the CSP still runs none.
 */
export function EmailPreview({
  title,
  meta,
  html,
  text,
  htmlLabel,
  textLabel,
  frameTitle,
  noHtml,
}: {
  title: string;
  meta?: ReactNode;
  html: string | null;
  text: string | null;
  htmlLabel: string;
  textLabel: string;
  frameTitle: string;
  noHtml: string;
}) {
  return (
    <Card as="article" aria-labelledby="email-preview-title" padding="none" className="overflow-hidden">
      <div className="space-y-2 border-b border-slate-200 p-4 sm:p-5">
        <h2 id="email-preview-title" className="text-lg font-semibold break-words text-slate-950">
          {title}
        </h2>
        {meta}
      </div>
      <div className="grid grid-cols-1 gap-0 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section aria-labelledby="email-preview-html" className="border-b border-slate-200 xl:border-r xl:border-b-0">
          <h3 id="email-preview-html" className="px-4 pt-4 text-sm font-semibold text-slate-700 sm:px-5">
            {htmlLabel}
          </h3>
          {html ? (
            <iframe
              title={frameTitle}
              sandbox="allow-scripts"
              srcDoc={lockedDown(html)}
              referrerPolicy="no-referrer"
              className="mt-3 h-[36rem] w-full border-0 bg-slate-100"
            />
          ) : (
            <p className="p-4 text-slate-600 sm:p-5">{noHtml}</p>
          )}
        </section>
        <section aria-labelledby="email-preview-text" className="min-w-0">
          <h3 id="email-preview-text" className="px-4 pt-4 text-sm font-semibold text-slate-700 sm:px-5">
            {textLabel}
          </h3>
          <pre
            tabIndex={0}
            aria-labelledby="email-preview-text"
            className="m-4 max-h-[36rem] overflow-auto rounded-lg bg-slate-50 p-4 font-mono text-sm break-words whitespace-pre-wrap text-slate-900 sm:m-5"
          >
            {text ?? ""}
          </pre>
        </section>
      </div>
    </Card>
  );
}
