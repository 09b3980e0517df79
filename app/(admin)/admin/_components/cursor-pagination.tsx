import { Button } from "@/components/ui";

/**
 * "Newest" / "Older" links under a list read newest first by cursor: the first when the page
 * is not the newest (`firstHref`), the second when older entries follow (`nextHref`).
 */
export function CursorPagination({
  label,
  firstHref,
  firstLabel,
  nextHref,
  nextLabel,
}: {
  label: string;
  firstHref: string | null;
  firstLabel: string;
  nextHref: string | null;
  nextLabel: string;
}) {
  if (!firstHref && !nextHref) return null;
  return (
    <nav aria-label={label} className="flex flex-wrap justify-between gap-3">
      {firstHref ? (
        <Button href={firstHref} variant="secondary">
          {firstLabel}
        </Button>
      ) : (
        <span />
      )}
      {nextHref ? (
        <Button href={nextHref} variant="secondary">
          {nextLabel}
        </Button>
      ) : null}
    </nav>
  );
}
