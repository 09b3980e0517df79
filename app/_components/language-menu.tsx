import { getLocale, getTranslations } from "next-intl/server";
import { LanguageSwitcher, type LanguageSwitcherProps } from "@/components/locale/language-switcher";
import { languageOptions } from "@/lib/i18n";
import { setLocaleAction } from "../_actions/set-locale";

type LanguageMenuProps = Pick<LanguageSwitcherProps, "appearance" | "placement" | "align">;

/** The language switcher with the request's locale, every catalogue and the action. */
export async function LanguageMenu(props: LanguageMenuProps) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("common")]);
  return (
    <LanguageSwitcher
      {...props}
      action={setLocaleAction}
      currentLocale={locale}
      options={languageOptions()}
      label={t("language")}
    />
  );
}
