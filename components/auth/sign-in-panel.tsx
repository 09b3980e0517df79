import { type ReactNode } from "react";
import { Card } from "@/components/ui";

/** The centred card every sign-in page uses: title, one line of context, the form. */
export function SignInPanel({ title, lead, children }: { title: string; lead: string; children: ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-md py-6 sm:py-12">
      <Card className="p-6 sm:p-8">
        <h1 className="text-2xl font-bold tracking-tight text-slate-950">{title}</h1>
        <p className="mt-2 text-slate-700">{lead}</p>
        <div className="mt-6">{children}</div>
      </Card>
    </div>
  );
}
