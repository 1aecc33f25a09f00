import Link from "next/link";

export default function DashboardNotFound() {
  return (
    <div>
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2">
        We couldn&apos;t find that customer or page in your account. Check the address, or find the customer in{" "}
        <Link href="/customers" className="text-brand hover:underline">
          Customers
        </Link>
        .
      </p>
    </div>
  );
}
