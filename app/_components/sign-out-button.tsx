import { getTranslations } from "next-intl/server";
import { cn, focusRing, focusRingOnDark } from "@/components/ui";
import { signOutAction } from "../_actions/sign-out";

/** "Signed in as …" and a Sign out button (a form: works without JavaScript). */
export async function SignOutButton({
  surface,
  name,
  appearance = "light",
}: {
  surface: "admin" | "field" | "portal";
  name: string;
  appearance?: "light" | "dark";
}) {
  const t = await getTranslations("auth.signOut");
  return (
    <form action={signOutAction} className="flex min-w-0 items-center gap-2">
      <input type="hidden" name="surface" value={surface} />
      <span className={cn("min-w-0 truncate text-sm", appearance === "dark" ? "text-slate-200" : "text-slate-700")}>
        <span className="sr-only">{t("signedInAs", { name })}</span>
        <span aria-hidden="true">{name}</span>
      </span>
      <button
        type="submit"
        className={cn(
          "inline-flex min-h-11 shrink-0 items-center rounded-lg px-3 text-sm font-semibold",
          appearance === "dark"
            ? `text-white hover:bg-white/10 ${focusRingOnDark}`
            : `text-brand-800 hover:bg-slate-100 ${focusRing}`,
        )}
      >
        {t("action")}
      </button>
    </form>
  );
}
