import type { BillingPlan, ReservationTerm } from "@/db/schema";

export const azureRegions = {
  eastus: "East US",
  westus2: "West US 2",
  westeurope: "West Europe",
  northeurope: "North Europe",
  uksouth: "UK South",
  southeastasia: "Southeast Asia",
} as const;
export type AzureRegion = keyof typeof azureRegions;

/** Each product category's code, by which the catalogues name it (reservationCatalog.category). */
export const categoryCodes = {
  "Virtual machines": "virtual_machines",
  "Azure SQL Database": "sql_database",
  "App Service": "app_service",
  "Azure Cosmos DB": "cosmos_db",
} as const;
export type ReservationCategory = keyof typeof categoryCodes;
export type CategoryCode = (typeof categoryCodes)[ReservationCategory];

/** What one unit of quantity buys; the catalogues put it into words (reservationCatalog.unit). */
export type ReservationUnit = "VM instance" | "vCore" | "instance" | "100 RU/s";

export type ReservationProduct = {
  catalogItemId: string;
  /** A product name, as Azure spells it (stored on reservations and order lines as it is). */
  name: string;
  category: ReservationCategory;
  /** What one unit of quantity buys. */
  unit: ReservationUnit;
  regions: readonly AzureRegion[];
  terms: readonly ReservationTerm[];
  billingPlans: readonly BillingPlan[];
  maxQuantity: number;
  /** The Web Direct (list) price of one unit for the whole term, in USD cents, for each term offered. */
  listPriceMinor: Partial<Record<ReservationTerm, number>>;
};

const everywhere: readonly AzureRegion[] = [
  "eastus",
  "westus2",
  "westeurope",
  "northeurope",
  "uksouth",
  "southeastasia",
];
const bothTerms: readonly ReservationTerm[] = ["P1Y", "P3Y"];
const bothPlans: readonly BillingPlan[] = ["upfront", "monthly"];

const vm = (
  catalogItemId: string,
  size: string,
  oneYear: number,
  threeYears: number,
  regions: readonly AzureRegion[] = everywhere,
): ReservationProduct => ({
  catalogItemId,
  name: `Virtual machine ${size}`,
  category: "Virtual machines",
  unit: "VM instance",
  regions,
  terms: bothTerms,
  billingPlans: bothPlans,
  maxQuantity: 1000,
  listPriceMinor: { P1Y: oneYear, P3Y: threeYears },
});

/** Azure reservation products a partner can sell, with where and how they are offered. */
export const reservationCatalog: readonly ReservationProduct[] = [
  vm("DZH318Z0BQ3Q:0001", "B2ms (burstable, 2 vCPU, 8 GiB)", 42_600, 81_900),
  vm("DZH318Z0BQ4P:0001", "D2s v5 (general purpose, 2 vCPU, 8 GiB)", 52_400, 102_000),
  vm("DZH318Z0BQ4P:0002", "D4s v5 (general purpose, 4 vCPU, 16 GiB)", 104_800, 204_000),
  vm("DZH318Z0BQ4P:0003", "D8s v5 (general purpose, 8 vCPU, 32 GiB)", 209_600, 408_000),
  vm("DZH318Z0BQ5K:0001", "E4s v5 (memory optimized, 4 vCPU, 32 GiB)", 138_700, 269_300),
  vm("DZH318Z0BQ6F:0001", "F4s v2 (compute optimized, 4 vCPU, 8 GiB)", 88_100, 171_300),
  vm("DZH318Z0BQ7B:0001", "NC6s v3 (GPU, 1 × V100)", 1_803_400, 3_502_300, ["eastus", "westus2", "westeurope"]),
  vm("DZH318Z0BQ8M:0001", "M64s (memory optimized, 64 vCPU, 1 TiB)", 3_412_000, 6_611_000, ["eastus", "westeurope"]),
  {
    catalogItemId: "DZH318Z0BQPS:0001",
    name: "SQL Database General Purpose, Gen5, 1 vCore",
    category: "Azure SQL Database",
    unit: "vCore",
    regions: everywhere,
    terms: bothTerms,
    billingPlans: bothPlans,
    maxQuantity: 500,
    listPriceMinor: { P1Y: 98_400, P3Y: 198_000 },
  },
  {
    catalogItemId: "DZH318Z0BQPS:0002",
    name: "SQL Database Business Critical, Gen5, 1 vCore",
    category: "Azure SQL Database",
    unit: "vCore",
    regions: ["eastus", "westus2", "westeurope", "northeurope", "uksouth"],
    terms: bothTerms,
    billingPlans: bothPlans,
    maxQuantity: 500,
    listPriceMinor: { P1Y: 264_600, P3Y: 532_100 },
  },
  {
    catalogItemId: "DZH318Z0BQ9C:0001",
    name: "App Service Premium v3, P1v3 instance",
    category: "App Service",
    unit: "instance",
    regions: everywhere,
    terms: bothTerms,
    billingPlans: bothPlans,
    maxQuantity: 100,
    listPriceMinor: { P1Y: 84_300, P3Y: 163_500 },
  },
  {
    catalogItemId: "DZH318Z0BQ9C:0002",
    name: "App Service Isolated v2, I1v2 instance",
    category: "App Service",
    unit: "instance",
    regions: ["eastus", "westus2", "westeurope"],
    // Offered for one year only.
    terms: ["P1Y"],
    billingPlans: bothPlans,
    maxQuantity: 100,
    listPriceMinor: { P1Y: 219_000 },
  },
  {
    catalogItemId: "DZH318Z0BQCD:0001",
    name: "Azure Cosmos DB provisioned throughput, 100 RU/s",
    category: "Azure Cosmos DB",
    unit: "100 RU/s",
    regions: everywhere,
    terms: bothTerms,
    // Throughput reservations are paid up front.
    billingPlans: ["upfront"],
    maxQuantity: 10_000,
    listPriceMinor: { P1Y: 5_600, P3Y: 12_000 },
  },
];

export function findProduct(catalogItemId: string): ReservationProduct | undefined {
  return reservationCatalog.find((p) => p.catalogItemId === catalogItemId);
}

export const termMonths: Record<ReservationTerm, number> = { P1Y: 12, P3Y: 36 };
