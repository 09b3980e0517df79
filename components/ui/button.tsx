import Link from "next/link";
import { type ComponentPropsWithRef, type ReactNode } from "react";
import { cn } from "./cn";
import { focusRing } from "./focus-ring";
import { Spinner } from "./spinner";

export type ButtonVariant = "primary" | "secondary" | "danger" | "ghost";
/** `sm` (36px) is for dense desktop screens; phone surfaces use `md` or `lg` (44px+). */
export type ButtonSize = "sm" | "md" | "lg";

const variantClasses: Record<ButtonVariant, string> = {
  primary:
    "bg-brand-700 text-white shadow-sm hover:bg-brand-800 active:bg-brand-900 disabled:bg-slate-300 disabled:text-slate-700 disabled:shadow-none",
  secondary:
    "border border-slate-400 bg-white text-slate-900 shadow-sm hover:bg-slate-50 active:bg-slate-100 disabled:bg-slate-100 disabled:text-slate-600",
  danger:
    "bg-red-700 text-white shadow-sm hover:bg-red-800 active:bg-red-900 disabled:bg-slate-300 disabled:text-slate-700 disabled:shadow-none",
  ghost: "text-brand-700 hover:bg-brand-50 active:bg-brand-100 disabled:text-slate-600",
};

const sizeClasses: Record<ButtonSize, string> = {
  sm: "min-h-9 px-3 text-sm",
  md: "min-h-11 px-4 text-base",
  lg: "min-h-12 px-6 text-lg",
};

export function buttonClasses({
  variant = "primary",
  size = "md",
  fullWidth = false,
}: { variant?: ButtonVariant; size?: ButtonSize; fullWidth?: boolean } = {}): string {
  return cn(
    "inline-flex items-center justify-center gap-2 rounded-lg font-semibold leading-tight transition-colors",
    "disabled:cursor-not-allowed",
    focusRing,
    variantClasses[variant],
    sizeClasses[size],
    fullWidth && "w-full",
  );
}

type StyleProps = {
  variant?: ButtonVariant;
  size?: ButtonSize;
  fullWidth?: boolean;
  /** Icon before the label; decorative (give it aria-hidden). */
  icon?: ReactNode;
  className?: string;
  children: ReactNode;
};

type ButtonAsButton = StyleProps &
  Omit<ComponentPropsWithRef<"button">, keyof StyleProps> & {
    href?: undefined;
    /** Disables the button, shows a spinner and sets aria-busy; the label stays. */
    loading?: boolean;
  };

type ButtonAsLink = StyleProps &
  Omit<ComponentPropsWithRef<typeof Link>, keyof StyleProps> & { loading?: never };

export type ButtonProps = ButtonAsButton | ButtonAsLink;

/** A button, or a link that looks like one when given `href` (navigation is a link). */
export function Button(props: ButtonProps) {
  if (props.href !== undefined) {
    const { variant, size, fullWidth, icon, className, children, ...linkProps } = props;
    return (
      <Link {...linkProps} className={cn(buttonClasses({ variant, size, fullWidth }), className)}>
        {icon}
        {children}
      </Link>
    );
  }
  const {
    variant,
    size,
    fullWidth,
    icon,
    className,
    children,
    loading = false,
    disabled,
    type = "button",
    ...buttonProps
  } = props;
  return (
    <button
      {...buttonProps}
      type={type}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
      className={cn(buttonClasses({ variant, size, fullWidth }), className)}
    >
      {loading ? <Spinner /> : icon}
      {children}
    </button>
  );
}
