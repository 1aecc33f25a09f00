import { useTranslations } from "next-intl";
import Link from "next/link";

export default function DashboardNotFound() {
  const t = useTranslations("notFound");
  return (
    <div>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2">
        {t.rich("customerOrPage", {
          link: (chunks) => (
            <Link href="/customers" className="text-brand underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </div>
  );
}
