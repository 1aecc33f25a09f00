/**
 * A table's column headers, in the one style every table here shares. Falsy entries are left out. `first` is a
 * header cell before the columns whose content names itself (a select-all checkbox).
 */
export function TableHead({
  columns,
  first,
}: {
  columns: (string | false | null | undefined)[];
  first?: React.ReactNode;
}) {
  return (
    <thead>
      <tr className="border-b border-line text-muted">
        {first && (
          <th scope="col" className="py-2 pr-3">
            {first}
          </th>
        )}
        {columns.filter(Boolean).map((column) => (
          <th key={column as string} scope="col" className="py-2 pr-4 font-semibold">
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}
