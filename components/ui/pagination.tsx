import Link from "next/link";
import { useTranslations } from "next-intl";

type PaginationProps = { page: number; pageCount: number; hrefFor: (page: number) => string; label: string };

/** Previous / next links with the position between them; server-side paging through the URL. */
export function Pagination({ page, pageCount, hrefFor, label }: PaginationProps) {
  const t = useTranslations("common");
  if (pageCount <= 1) return null;
  const linkClass = "rounded-sm border border-[#8a8886] px-3 py-1 hover:bg-nav";
  return (
    <nav aria-label={label} className="mt-4 flex items-center gap-3">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} className={linkClass}>
          {t("previous")}
        </Link>
      ) : (
        <span className={`${linkClass} opacity-40`} aria-disabled="true">
          {t("previous")}
        </span>
      )}
      <span>{t("pageOf", { page, pageCount })}</span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} className={linkClass}>
          {t("next")}
        </Link>
      ) : (
        <span className={`${linkClass} opacity-40`} aria-disabled="true">
          {t("next")}
        </span>
      )}
    </nav>
  );
}
