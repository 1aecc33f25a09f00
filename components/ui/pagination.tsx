import Link from "next/link";
import { useTranslations } from "next-intl";

type PageLinksProps = {
  previousHref: string | null;
  nextHref: string | null;
  label: string;
  /** What stands between the links, such as the page's position. */
  children?: React.ReactNode;
};

/** Previous / next links, shown unavailable where there is no such page; server-side paging through the URL. */
export function PageLinks({ previousHref, nextHref, label, children }: PageLinksProps) {
  const t = useTranslations("common");
  if (!previousHref && !nextHref) return null;
  const linkClass = "rounded-sm border border-[#8a8886] px-3 py-1 hover:bg-nav";
  const pageLink = (href: string | null, text: string) =>
    href ? (
      <Link href={href} className={linkClass}>
        {text}
      </Link>
    ) : (
      <span className={`${linkClass} opacity-40`} aria-disabled="true">
        {text}
      </span>
    );
  return (
    <nav aria-label={label} className="mt-4 flex items-center gap-3">
      {pageLink(previousHref, t("previous"))}
      {children}
      {pageLink(nextHref, t("next"))}
    </nav>
  );
}

type PaginationProps = { page: number; pageCount: number; hrefFor: (page: number) => string; label: string };

/** Numbered pages: previous / next links with the position between them. */
export function Pagination({ page, pageCount, hrefFor, label }: PaginationProps) {
  const t = useTranslations("common");
  if (pageCount <= 1) return null;
  return (
    <PageLinks
      previousHref={page > 1 ? hrefFor(page - 1) : null}
      nextHref={page < pageCount ? hrefFor(page + 1) : null}
      label={label}
    >
      <span>{t("pageOf", { page, pageCount })}</span>
    </PageLinks>
  );
}
