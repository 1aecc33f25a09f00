"use client";

import { useTranslations } from "next-intl";
import { createContext, useContext, useEffect, useRef, useState } from "react";
import type { PermissionJobSelection } from "@/lib/permission-jobs/permission-job-input";
import {
  ChangePermissionsDialog,
  type BulkPermissionActions,
} from "@/components/permission-jobs/change-permissions-dialog";

type PageCustomer = { tenantId: string; companyName: string };

type Selection = {
  pageCustomers: PageCustomer[];
  picked: Set<string>;
  /** "All N customers matching this search" rather than the rows picked on this page. */
  allMatching: boolean;
  toggle: (tenantId: string, on: boolean) => void;
  togglePage: (on: boolean) => void;
  chooseAllMatching: () => void;
  clear: () => void;
};

const SelectionContext = createContext<Selection | null>(null);

function useSelection(): Selection {
  const selection = useContext(SelectionContext);
  if (!selection) throw new Error("A customer selection control must be inside <CustomerSelection>.");
  return selection;
}

/**
 * The rows picked on this page of the server-rendered customer list, or all customers matching its search (as Gmail
 * offers once a whole page is picked). Only the checkboxes and the toolbar are client components; the rows are the
 * server's. A new page or search starts a new selection (the page is rendered afresh with a new key).
 */
export function CustomerSelection({
  pageCustomers,
  children,
}: {
  pageCustomers: PageCustomer[];
  children: React.ReactNode;
}) {
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [allMatching, setAllMatching] = useState(false);
  const selection: Selection = {
    pageCustomers,
    picked,
    allMatching,
    toggle: (tenantId, on) => {
      setAllMatching(false);
      setPicked((previous) => {
        const next = new Set(previous);
        if (on) next.add(tenantId);
        else next.delete(tenantId);
        return next;
      });
    },
    togglePage: (on) => {
      setAllMatching(false);
      setPicked(new Set(on ? pageCustomers.map((customer) => customer.tenantId) : []));
    },
    chooseAllMatching: () => setAllMatching(true),
    clear: () => {
      setAllMatching(false);
      setPicked(new Set());
    },
  };
  return <SelectionContext.Provider value={selection}>{children}</SelectionContext.Provider>;
}

/** A row's checkbox, named after its customer. */
export function SelectCustomer({ tenantId, companyName }: PageCustomer) {
  const t = useTranslations("customers.selection");
  const { picked, allMatching, toggle } = useSelection();
  return (
    <input
      type="checkbox"
      aria-label={t("selectRow", { companyName })}
      checked={allMatching || picked.has(tenantId)}
      onChange={(event) => toggle(tenantId, event.target.checked)}
      className="size-4 accent-brand"
    />
  );
}

/** The header's checkbox: every row of this page, mixed when only some are picked. */
export function SelectPage() {
  const t = useTranslations("customers.selection");
  const { pageCustomers, picked, allMatching, togglePage } = useSelection();
  const box = useRef<HTMLInputElement>(null);
  const all = allMatching || (picked.size > 0 && picked.size === pageCustomers.length);
  const some = !all && picked.size > 0;
  useEffect(() => {
    if (box.current) box.current.indeterminate = some;
  }, [some]);
  return (
    <input
      ref={box}
      type="checkbox"
      aria-label={t("selectPage")}
      checked={all}
      onChange={(event) => togglePage(event.target.checked)}
      className="size-4 accent-brand"
    />
  );
}

/**
 * What is selected, the offer to widen it to every customer matching the search, and the bulk action. `total` is how
 * many customers the list found, or null for more than the list counts (the preview then says how many exactly);
 * `search` is the search it found them by, or null when the list is narrowed by more
 * than a search (a filter a job's selection cannot carry), in which case only rows picked one by one can be changed.
 */
export function SelectionToolbar({
  total,
  search,
  bulkActions,
}: {
  total: number | null;
  search: string | null;
  /** The bulk change's server actions, for Admin agents only: others are not offered it (the server refuses them). */
  bulkActions?: BulkPermissionActions;
}) {
  const t = useTranslations("customers.selection");
  const { pageCustomers, picked, allMatching, chooseAllMatching, clear } = useSelection();
  const pageFullyPicked = picked.size > 0 && picked.size === pageCustomers.length;
  const selection: PermissionJobSelection | null =
    allMatching && search !== null ? { search } : picked.size > 0 ? { customerIds: [...picked] } : null;
  return (
    <div role="toolbar" aria-label={t("toolbar")} className="mt-3 flex min-h-9 flex-wrap items-center gap-3">
      {bulkActions && <ChangePermissionsDialog selection={selection} {...bulkActions} />}
      <p role="status" className="text-muted">
        {allMatching
          ? total === null
            ? search
              ? t("allMatchingSelectedUncounted")
              : t("allSelectedUncounted")
            : search
              ? t("allMatchingSelected", { count: total })
              : t("allSelected", { count: total })
          : pageFullyPicked
            ? t("pageSelected", { count: picked.size })
            : picked.size > 0
              ? t("picked", { count: picked.size })
              : ""}
      </p>
      {pageFullyPicked && !allMatching && search !== null && (total === null || total > pageCustomers.length) && (
        <button type="button" onClick={chooseAllMatching} className="text-brand hover:underline">
          {total === null
            ? search
              ? t("selectAllMatchingUncounted")
              : t("selectAllUncounted")
            : search
              ? t("selectAllMatching", { count: total })
              : t("selectAll", { count: total })}
        </button>
      )}
      {selection && (
        <button type="button" onClick={clear} className="text-brand hover:underline">
          {t("clear")}
        </button>
      )}
    </div>
  );
}
