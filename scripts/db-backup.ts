import { closeDb } from "@/db/client";
import { backupDatabase } from "@/db/backup";

// npm run db:backup -- FILE    a consistent copy of the SQLite database in FILE (new), while the server runs
async function main() {
  const [file, ...rest] = process.argv.slice(2);
  if (!file || rest.length > 0) {
    console.error("Usage: npm run db:backup -- FILE   (FILE must not exist yet)");
    process.exitCode = 1;
    return;
  }
  try {
    const outcome = await backupDatabase(file);
    if (outcome.ok) {
      console.log(`Backed up the database to ${outcome.file} (${outcome.pages} pages, readable by its owner only).`);
    } else if (outcome.reason === "exists") {
      console.error(`${outcome.file} already exists: name a new file, nothing is overwritten.`);
      process.exitCode = 1;
    } else {
      console.error(
        "DATABASE_URL names a PostgreSQL database: back it up with pg_dump, or with your managed service's backups " +
          "(Azure Database for PostgreSQL keeps automatic ones).",
      );
      process.exitCode = 1;
    }
  } finally {
    await closeDb();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
