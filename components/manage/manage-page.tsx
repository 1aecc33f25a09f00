import Link from "next/link";

/** One line of a Manage page's details: what it is, then its value. */
export type Detail = [term: string, value: React.ReactNode];

/**
 * The Manage page of what a customer bought, a reservation or a savings plan: the way back to its list, its name and
 * details, what else the product keeps about it, then the sections that change it, or why there are none.
 */
export function ManagePage({
  back,
  title,
  details,
  history,
  ended,
  readOnly,
  children,
}: {
  back: { href: string; label: string };
  title: string;
  details: Detail[];
  /** What it went through since it was bought, where the product keeps that. */
  history?: React.ReactNode;
  /** Why nothing is left to change, once it has ended; null while it runs. */
  ended: string | null;
  /** Why the reader may only look, when their role may not change it; null when it may. */
  readOnly: string | null;
  children: React.ReactNode;
}) {
  const nothingToDo = ended ?? readOnly;
  return (
    <>
      <Link href={back.href} className="text-brand hover:underline">
        {back.label}
      </Link>
      <h1 className="mt-2 text-xl font-semibold">{title}</h1>
      <dl className="mt-4 grid max-w-3xl grid-cols-[14rem_1fr] gap-x-4 gap-y-1">
        {details.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-muted">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {history}
      {nothingToDo ? (
        <p className="mt-6 text-muted">{nothingToDo}</p>
      ) : (
        <div className="mt-6 grid max-w-4xl gap-6">{children}</div>
      )}
    </>
  );
}
