import { z } from "zod";
import { errorCatalog } from "@/lib/result";
import { documentedAsInteger } from "@/lib/validation";
import { apiOperations, type ApiOperation } from "./operations";
import { apiError } from "./resources";

type JsonSchema = Record<string, unknown>;

/** Points zod's local `$defs` references at the document's shared components instead. */
function toComponentRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toComponentRefs);
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      key === "$ref" && typeof inner === "string"
        ? inner.replace("#/$defs/", "#/components/schemas/")
        : toComponentRefs(inner),
    ]),
  );
}

/**
 * Turns zod schemas into the document's JSON Schemas (OpenAPI 3.1 is JSON Schema 2020-12): schemas with an id
 * become shared components, referred to by $ref.
 */
class SchemaSet {
  readonly components: Record<string, JsonSchema> = {};

  of(schema: z.ZodType, io: "input" | "output"): JsonSchema {
    const converted = z.toJSONSchema(schema, {
      target: "draft-2020-12",
      io,
      unrepresentable: "any",
      // A whole number (lib/validation.ts) also takes a form's string of digits; to a program it is an integer.
      override: ({ zodSchema, jsonSchema }) => {
        const integer = documentedAsInteger.get(zodSchema);
        if (!integer) return;
        delete jsonSchema.anyOf;
        Object.assign(jsonSchema, { type: "integer", ...integer });
      },
    }) as JsonSchema;
    const { $schema: _, $defs, ...rest } = converted;
    for (const [id, definition] of Object.entries(($defs ?? {}) as Record<string, JsonSchema>)) {
      this.components[id] ??= toComponentRefs(definition) as JsonSchema;
    }
    const id = z.globalRegistry.get(schema)?.id;
    const body = toComponentRefs(rest) as JsonSchema;
    if (!id) return body;
    const { id: _id, ...definition } = body;
    this.components[id] ??= definition;
    return { $ref: `#/components/schemas/${id}` };
  }
}

const statusWords: Record<number, string> = {
  400: "The request is not valid: see message and fieldErrors.",
  401: "No valid API key or session.",
  403: "Not allowed: a read-only key writing, a role without the right, or a request from another site.",
  404: "Not found, or another partner's.",
  409: "Conflicts with the state of things (already on, a prerequisite missing, over the refund limit).",
  412: "If-Match names a version that was changed since: read it again.",
  413: "The body is over 64 KiB.",
  415: "The body is not JSON.",
  422: "The Idempotency-Key was used for a different request.",
  428: "If-Match is required: send the ETag of the version read.",
  429: "Over the key's requests a minute; Retry-After says when to try again.",
  503: "The database cannot be reached for a moment (a restart, a failover); Retry-After says when to try again.",
};

function parametersOf(operation: ApiOperation, schemas: SchemaSet) {
  const path = Object.entries(operation.pathParameters ?? {}).map(([name, { schema, description }]) => ({
    name,
    in: "path",
    required: true,
    description,
    schema: schemas.of(schema, "input"),
  }));
  const query = Object.entries(operation.query?.shape ?? {}).map(([name, schema]) => {
    const field = schema as z.ZodType;
    return {
      name,
      in: "query",
      required: !field.safeParse(undefined).success,
      ...(field.description && { description: field.description }),
      schema: schemas.of(field, "input"),
    };
  });
  const headers = [
    ...(operation.idempotent
      ? [
          {
            name: "Idempotency-Key",
            in: "header",
            required: true,
            description: "A new UUID per order or money-moving request, sent again with every retry of it.",
            schema: { type: "string", minLength: 8, maxLength: 255 },
          },
        ]
      : []),
    ...(operation.etag === "requires"
      ? [
          {
            name: "If-Match",
            in: "header",
            required: true,
            description: "The ETag of the version the change is based on, as GET answered it.",
            schema: { type: "string" },
          },
        ]
      : []),
    ...(operation.query?.shape.continuationToken
      ? [
          {
            name: "MS-ContinuationToken",
            in: "header",
            required: false,
            description: "The previous page's continuation token, as Partner Center sends it.",
            schema: { type: "string" },
          },
        ]
      : []),
  ];
  return [...path, ...query, ...headers];
}

const errorResponse = (status: number) => ({
  description: statusWords[status],
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
  ...((status === 429 || status === 503) && {
    headers: { "Retry-After": { schema: { type: "integer" }, description: "Seconds." } },
  }),
});

/** The OpenAPI 3.1 document of the partner API, generated from the schemas the handlers validate with. */
export function openApiDocument() {
  const schemas = new SchemaSet();
  schemas.of(apiError, "output");
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of apiOperations) {
    const writes = operation.method !== "get";
    const refusals = [...new Set([...operation.refusals, 401, 429, 503, ...(writes ? [413, 415] : [])])].sort();
    paths[operation.path] ??= {};
    paths[operation.path][operation.method] = {
      operationId: operation.operationId,
      summary: operation.summary,
      ...(operation.description && { description: operation.description }),
      tags: [operation.tag],
      parameters: parametersOf(operation, schemas),
      ...(operation.body && {
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: schemas.of(operation.body, "input"),
              ...(operation.example !== undefined && { example: operation.example }),
            },
          },
        },
      }),
      responses: {
        [operation.success.status]: {
          description: operation.success.description,
          ...(operation.etag && {
            headers: { ETag: { schema: { type: "string" }, description: "The version, for If-Match." } },
          }),
          ...(operation.success.schema && {
            content: { "application/json": { schema: schemas.of(operation.success.schema, "output") } },
          }),
        },
        ...Object.fromEntries(refusals.map((status) => [status, errorResponse(status)])),
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Partner Console API",
      version: "1.0.0",
      description:
        "Partner Center–shaped API of Partner Console: customers, their purchase permissions (SelfServePolicy, and bulk permission jobs over many customers), purchase controls and approvals, orders, reservations, what expires soon, audit records, and the webhook that tells a receiver of changes as they happen. Authenticate with an API key from Settings (`Authorization: Bearer <key>`); a read-only key is refused writes with 403. Money is in integer minor units (cents). Every refusal has the Error shape. Error codes: " +
        Object.keys(errorCatalog).join(", ") +
        ".",
    },
    servers: [{ url: "/" }],
    security: [{ apiKey: [] }, { session: [] }],
    tags: [
      "Customers",
      "Customer permissions",
      "Bulk permission jobs",
      "Purchase controls",
      "Orders",
      "Reservations",
      "Expiring soon",
      "Audit records",
      "Webhooks",
    ].map((name) => ({ name })),
    paths,
    components: {
      schemas: schemas.components,
      securitySchemes: {
        apiKey: { type: "http", scheme: "bearer", description: "An API key created in Settings → API keys." },
        session: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description: "The dashboard's own session (signed in in a browser).",
        },
      },
    },
  };
}
