import { useId, type ReactNode } from "react";
import { Card } from "@/components/ui";

/** One section of an account page (profile, password, sessions…): a card named by its heading. */
export function AccountSection({ title, lead, children }: { title: ReactNode; lead?: ReactNode; children: ReactNode }) {
  const titleId = useId();
  return (
    <Card as="section" aria-labelledby={titleId} padding="lg" className="space-y-4">
      <div className="space-y-1">
        <h2 id={titleId} className="text-lg font-semibold text-slate-950">
          {title}
        </h2>
        {lead ? <p className="text-slate-700">{lead}</p> : null}
      </div>
      {children}
    </Card>
  );
}
