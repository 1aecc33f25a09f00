import { useTranslations } from "next-intl";
import Link from "next/link";

export default function NotFound() {
  const t = useTranslations("notFound");
  return (
    <main className="p-8">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2">
        {t.rich("page", {
          link: (chunks) => (
            <Link href="/customers" className="text-brand underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </main>
  );
}
