import Script from "next/script";

/**
 * zod 4 compiles object parsers with `new Function`, after probing whether the page allows it.
 * Our Content-Security-Policy does not (no 'unsafe-eval', lib/security), and the browser
 * reports the blocked probe as a violation even though zod catches it and parses without.
 * Its jitless mode skips the probe; zod reads its configuration from
 * `globalThis.__zod_globalConfig`, so setting it before any of the app's modules runs
 * (beforeInteractive) covers every schema created in the browser. The server keeps the JIT.
 */
export function ZodWithoutEval() {
  return (
    <Script id="zod-jitless" strategy="beforeInteractive">
      {"globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });"}
    </Script>
  );
}
