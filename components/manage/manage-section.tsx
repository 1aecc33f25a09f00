/** One thing the reader can do on a Manage page, under a heading that names its region. */
export function ManageSection({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  /** What to know before using it, said quietly under the heading. */
  intro?: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="rounded-sm border border-line p-5">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {intro && <p className="mt-1 text-muted">{intro}</p>}
      {children}
    </section>
  );
}
