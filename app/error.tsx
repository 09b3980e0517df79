"use client";

import { RouteError } from "@/components/feedback/route-error";

// Catches what the surfaces' own boundaries cannot: errors in their layouts.
export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <main id="main" className="flex min-h-dvh items-center px-4 py-10">
      <RouteError error={error} retry={retry} homeHref="/" />
    </main>
  );
}
