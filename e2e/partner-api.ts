import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import createClient, { type Middleware } from "openapi-fetch";
import type { paths } from "./generated/partner-api";

type Described = { responses: Record<string, { content?: { "application/json"?: { schema: object } } }> };
type OpenApiDocument = { paths: Record<string, Record<string, Described>>; components: object };

/** Points the document's component references at the copy of the components ajv holds. */
function againstComponents(schema: object): object {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"partner-api#/components/'));
}

/**
 * The partner API as a program sees it: a client generated from the OpenAPI document (openapi-typescript types,
 * openapi-fetch), authenticated with an API key, that fails any answer the document does not describe — a status
 * it does not list, or a body its schema refuses. A handler that drifts from the document fails the suite.
 */
export async function partnerApi(baseURL: string, apiKey?: string) {
  const document = (await (await fetch(`${baseURL}/api/v1/openapi.json`)).json()) as OpenApiDocument;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: "partner-api", components: document.components });
  const validators = new Map<string, ValidateFunction>();

  const conformsToDocument: Middleware = {
    async onResponse({ request, response, schemaPath }) {
      const method = request.method.toLowerCase();
      const where = `${request.method} ${schemaPath} → ${response.status}`;
      const operation = document.paths[schemaPath]?.[method];
      if (!operation) throw new Error(`${request.method} ${schemaPath} is not in the OpenAPI document`);
      const described = operation.responses[String(response.status)];
      if (!described) throw new Error(`${where}: a status the OpenAPI document does not list`);
      const schema = described.content?.["application/json"]?.schema;
      if (!schema) {
        if ((await response.clone().text()) !== "") throw new Error(`${where}: a body the document does not describe`);
        return;
      }
      const key = `${where}`;
      if (!validators.has(key)) validators.set(key, ajv.compile(againstComponents(schema)));
      const validate = validators.get(key)!;
      const body = await response.clone().json();
      if (!validate(body)) {
        throw new Error(`${where}: the body does not match the document: ${ajv.errorsText(validate.errors)}`);
      }
    },
  };

  const client = createClient<paths>({
    baseUrl: baseURL,
    headers: apiKey ? { Authorization: `Bearer ${apiKey}` } : {},
  });
  client.use(conformsToDocument);
  return client;
}
