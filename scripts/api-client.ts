// npm run api:client — writes the e2e suite's API types from the OpenAPI document the app serves
// (lib/api/openapi.ts), so the tests drive the API through a client generated from the document. A unit test fails
// when the committed types and the document part ways (lib/api/api-client.test.ts).
import fs from "node:fs";
import path from "node:path";
import { apiClientTypes, apiClientTypesPath } from "@/lib/api/api-client-types";

const target = path.resolve(apiClientTypesPath);
void apiClientTypes().then((types) => {
  fs.writeFileSync(target, types);
  console.log(`Wrote ${path.relative(process.cwd(), target)}.`);
});
