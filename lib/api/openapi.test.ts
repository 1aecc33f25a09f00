import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";
import { apiOperations } from "./operations";

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document, by a well-known validator", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(openApiDocument()));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("describes every operation with its auth, every refusal in the one error shape, and its request body", () => {
    const document = openApiDocument();
    for (const operation of apiOperations) {
      const described = document.paths[operation.path][operation.method] as {
        responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }>;
        requestBody?: unknown;
      };
      expect(Object.keys(described.responses), operation.operationId).toEqual(
        expect.arrayContaining(["401", "429", "503", String(operation.success.status)]),
      );
      // A database restart or failover: any operation may meet one, and is told when to come back.
      expect(described.responses["503"], operation.operationId).toMatchObject({ headers: { "Retry-After": {} } });
      for (const status of operation.refusals) {
        expect(described.responses[status].content!["application/json"].schema.$ref).toBe("#/components/schemas/Error");
      }
      expect(Boolean(described.requestBody), operation.operationId).toBe(Boolean(operation.body));
    }
    expect(document.components.securitySchemes.apiKey).toMatchObject({ type: "http", scheme: "bearer" });
  });

  it("describes quantities and page sizes as the integers they are, though forms may send digits", () => {
    const document = openApiDocument();
    const schemas = document.components.schemas as Record<string, { properties: Record<string, unknown> }>;
    expect(schemas.ReturnRequest.properties.quantity).toEqual({
      type: "integer",
      minimum: 1,
      maximum: 9007199254740991,
    });
    expect(schemas.ExchangeRequest.properties.quantity).toEqual(schemas.ReturnRequest.properties.quantity);
    const size = (path: string) =>
      (document.paths[path].get as { parameters: { name: string; schema: unknown }[] }).parameters.find(
        (p) => p.name === "size",
      )!.schema;
    for (const path of ["/api/v1/customers", "/api/v1/auditrecords"]) {
      expect(size(path)).toEqual({ type: "integer", minimum: 1, maximum: 500, default: 100 });
    }
    expect(JSON.stringify(document)).not.toContain("[0-9]{1,15}");
  });

  it("names every component it refers to", () => {
    const document = openApiDocument();
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
    for (const ref of new Set(refs)) expect(document.components.schemas, ref).toHaveProperty(ref);
  });
});
