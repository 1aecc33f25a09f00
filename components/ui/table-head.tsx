/** A table's column headers, in the one style every table here shares. Falsy entries are left out. */
export function TableHead({ columns }: { columns: (string | false | null | undefined)[] }) {
  return (
    <thead>
      <tr className="border-b border-line text-muted">
        {columns.filter(Boolean).map((column) => (
          <th key={column as string} scope="col" className="py-2 pr-4 font-semibold">
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}
