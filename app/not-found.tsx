import Link from "next/link";

export default function NotFound() {
  return (
    <main className="p-8">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2">
        This page doesn&apos;t exist. Go to{" "}
        <Link href="/customers" className="text-brand hover:underline">
          Customers
        </Link>
        .
      </p>
    </main>
  );
}
