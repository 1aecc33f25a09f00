// Generated from the OpenAPI document by npm run api:client. Do not edit.

export interface paths {
    "/api/v1/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List customers
         * @description The partner's customers by company name. `search` keeps those where every word starts a word of the company name or domain. Continue with the `continuationToken` (or the `MS-ContinuationToken` header) of the previous page.
         */
        get: operations["listCustomers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{customerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a customer */
        get: operations["getCustomer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{customerId}/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a customer's subscriptions */
        get: operations["listSubscriptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{customerId}/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a customer's orders
         * @description Purchases, refunds (negative lines), exchanges and renewals, newest first. Money in integer cents.
         */
        get: operations["listOrders"];
        put?: never;
        /**
         * Create an order
         * @description Buys an Azure plan (offer DZH318Z0BPS6) or an Azure reservation (its catalog item id as the offer id). The same Idempotency-Key with the same body answers the first order again; with another body, 422.
         */
        post: operations["createOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{customerId}/reservations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a customer's reservations
         * @description Every reservation, whatever its state: active, cancelled, exchanged or expired.
         */
        get: operations["listReservations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{customerId}/reservations/{reservationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a reservation */
        get: operations["getReservation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a reservation's scope or auto-renew
         * @description Both changes apply together, or neither. No money moves.
         */
        patch: operations["updateReservation"];
        trace?: never;
    };
    "/api/v1/customers/{customerId}/reservations/{reservationId}/calculateRefund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Calculate a refund
         * @description What cancelling part of a reservation would give back and take from the USD 50,000 refund limit. Nothing is written.
         */
        post: operations["calculateRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{customerId}/reservations/{reservationId}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel (refund) part or all of a reservation */
        post: operations["returnReservation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{customerId}/reservations/{reservationId}/calculateExchange": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Calculate an exchange
         * @description What returning part of a reservation for another of its family would credit and cost. Nothing is written.
         */
        post: operations["calculateExchange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{customerId}/reservations/{reservationId}/exchange": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange part or all of a reservation */
        post: operations["exchangeReservation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/SelfServePolicy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a customer's purchase permissions
         * @description Partner Center's SelfServePolicy: the customer's policy, or none while every permission is off.
         */
        get: operations["listSelfServePolicies"];
        put?: never;
        /**
         * Turn on customer permissions
         * @description Allows the customer to purchase Azure reservations (AzureReservedInstances), Azure savings plans (AzureSavingsPlan), or both (Admin agents and full keys). 409 with code 600041 when the customer already has a policy (change it with PUT); 409 prerequisite_missing without an active Azure plan or Azure Global subscription.
         */
        post: operations["createSelfServePolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/SelfServePolicy/{policyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a purchase-permission policy */
        get: operations["getSelfServePolicy"];
        /**
         * Change a customer's permissions
         * @description The policy holds exactly the permissions given: add the second one, or turn one off. All of them change, or none.
         */
        put: operations["updateSelfServePolicy"];
        post?: never;
        /** Turn off every customer permission */
        delete: operations["deleteSelfServePolicy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{customerId}/purchaseControls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a customer's purchase controls
         * @description The monthly purchase limit and the approval amount that apply to the customer's own purchases (its own values or the partner's defaults), and what its purchases have committed this calendar month (UTC). The ETag header (also in attributes.etag) is the version to send back as If-Match.
         */
        get: operations["getPurchaseControls"];
        /**
         * Change a customer's purchase controls
         * @description Admin agents' keys only. `followsDefaults: true` returns the customer to the partner's defaults; otherwise its own values apply, null meaning no limit. Amounts in cents; the approval amount may not be above the limit. If-Match is required (428 without it); a version changed since is refused with 412 and nothing changes.
         */
        put: operations["updatePurchaseControls"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchaseApprovals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List purchases submitted for approval
         * @description Customers' own purchases above their approval amount, newest first (the latest 200): nothing is bought until approved. Pending ones carry the customer's month and what approving would leave of its limit.
         */
        get: operations["listPurchaseApprovals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchaseApprovals/{approvalId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a submitted purchase
         * @description Buys it as the customer user who submitted it (their permission and role must still hold), within the limit of this month: at the quoted price within 7 days of the submission, at today's price after. Refused with 409 purchase_limit_exceeded when it would pass the limit. The Idempotency-Key belongs to this approval: its retry answers the same order.
         */
        post: operations["approvePurchase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchaseApprovals/{approvalId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline a submitted purchase
         * @description Nothing is bought; the customer sees the reason in their Requests.
         */
        post: operations["declinePurchase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auditrecords": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List audit records
         * @description The Activity log in the shape of Partner Center's audit records, newest first; the last 30 days unless startDate and endDate say otherwise. `filter` is a JSON object: `{"Field":"CompanyName","Value":"Wingtip","Operator":"substring"}`, or Field CustomerId, ResourceType or OperationType with Operator equals.
         */
        get: operations["listAuditRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auditrecords/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an audit record
         * @description One audit record of the partner, by the id the list's records carry (a webhook event's AuditUri points here). Admin agents only.
         */
        get: operations["getAuditRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/permissionJobs/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Preview a bulk permission change
         * @description How many of the selected customers a job would change, how many already have the state asked for, and which cannot have it and why. Nothing is written. The selection is `{ "customerIds": [...] }` (1 to 1,000 customers picked by Microsoft ID) or `{ "search": "..." }` (every customer the customer list's search finds; `""` for all customers).
         */
        post: operations["previewPermissionJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/permissionJobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List bulk permission jobs
         * @description The partner's latest 100 jobs, newest first: who started each, when, for what, and its counts.
         */
        get: operations["listPermissionJobs"];
        put?: never;
        /**
         * Start a bulk permission change
         * @description Turns one permission on or off for every selected customer, as a job the server works through (Admin agents and full keys only). Each customer is decided again when its turn comes, changed at most once, with its own Activity log entry; the job carries on after a server restart. The Idempotency-Key header is required: the same key with the same request answers the job it started, with another request 422. The selection is `{ "customerIds": [...] }` (1 to 1,000 customers picked by Microsoft ID) or `{ "search": "..." }` (every customer the customer list's search finds; `""` for all customers).
         */
        post: operations["startPermissionJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/permissionJobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a bulk permission job and its progress */
        get: operations["getPermissionJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/permissionJobs/{jobId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a bulk permission job
         * @description Admin agents and full keys only. The customers already done keep their change; the waiting ones are left as they are. 409 when the job has already finished.
         */
        post: operations["cancelPermissionJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/permissionJobs/{jobId}/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List what a job did for each customer
         * @description Every customer of the job with its outcome (null while waiting), in a stable order. Continue with the `continuationToken` (or the `MS-ContinuationToken` header) of the previous page.
         */
        get: operations["listPermissionJobOutcomes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/expiringPurchases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List reservations and savings plans that expire soon
         * @description Every customer's active reservations and savings plans that end within 30, 60 or 90 days, with auto-renew and the price of renewing each at today's prices (what its renewal order would total now). Filter by kind, auto-renew and company name; sort by endDate, customer or renewalPrice; a page at a time (`page`, `size`).
         */
        get: operations["listExpiringPurchases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/registration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the webhook registration
         * @description Where the partner's events are posted, which ones, and whether it is on; never the signing secret. The ETag header (also in attributes.etag) is the version to send back as If-Match. 404 when the partner has none. Admin agents' keys only (a read-only key is refused changes).
         */
        get: operations["getWebhookRegistration"];
        /**
         * Change the webhook registration
         * @description Its URL, its events, on or off. Turning it on again after Partner Console turned it off for failing starts its health afresh. If-Match is required (428 without it): the ETag of the registration as read; a version changed since is refused with 412 and nothing changes. Admin agents' keys only (a read-only key is refused changes).
         */
        put: operations["updateWebhookRegistration"];
        /**
         * Register the webhook
         * @description Registers the partner's webhook: events are posted to webhookUrl, signed with the secret this answer carries — the one time it is shown. 409 when the partner already has one (change it with PUT). Admin agents' keys only (a read-only key is refused changes).
         */
        post: operations["createWebhookRegistration"];
        /**
         * Delete the webhook registration
         * @description Nothing more is sent, and the delivery log goes with it; a new registration gets a new secret. If-Match is required (428 without it): the ETag of the registration as read; a version changed since is refused with 412 and nothing changes. Admin agents' keys only (a read-only key is refused changes).
         */
        delete: operations["deleteWebhookRegistration"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/registration/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the signing secret
         * @description A new signing secret, shown in this answer only. The previous one keeps signing beside it for 24 hours (each event carries both signatures), so the receiver can switch over without losing an event. If-Match is required (428 without it): the ETag of the registration as read; a version changed since is refused with 412 and nothing changes. Admin agents' keys only (a read-only key is refused changes).
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/registration/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the events one can subscribe to
         * @description Every event name a registration may ask for (test-created is sent on request only). Admin agents' keys only (a read-only key is refused changes).
         */
        get: operations["listWebhookEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/registration/validationEvents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test event
         * @description Posts a test-created event to the webhook now, whether or not it is enabled, and answers its correlation id, which reads its delivery back. At most one each half-minute (2 a minute, as in Partner Center): 429 with Retry-After sooner. Admin agents' keys only (a read-only key is refused changes).
         */
        post: operations["sendWebhookValidationEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/registration/validationEvents/{correlationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a test event's delivery
         * @description Its status (pending, delivered or failed) and every attempt with the receiver's answer. Admin agents' keys only (a read-only key is refused changes).
         */
        get: operations["getWebhookValidationEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/registration/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the webhook's deliveries
         * @description The delivery log: every event sent or to be sent, newest first, 25 a page, with its attempts. A page past the last answers the last. 404 without a registration. Admin agents' keys only (a read-only key is refused changes).
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/registration/deliveries/{webhookId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a failed event again
         * @description Sends a failed event again now, with its original webhook-id (a receiver that had it drops the repeat), retried for another day if it fails. 409 when the event is waiting or was delivered. Admin agents' keys only (a read-only key is refused changes).
         */
        post: operations["redeliverWebhookEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Every refusal, whatever the endpoint: a code, a message, and field errors. */
        Error: {
            /** @constant */
            ok: false;
            /** @enum {string} */
            error: "invalid_input" | "unauthenticated" | "forbidden" | "not_found" | "conflict" | "prerequisite_missing" | "edit_conflict" | "precondition_failed" | "precondition_required" | "idempotency_key_reused" | "password_change_required" | "too_many_attempts" | "recent_mfa_required" | "purchase_limit_exceeded" | "approval_required" | "rate_limited" | "cross_origin" | "length_required" | "payload_too_large" | "unsupported_media_type" | "database_unavailable";
            message: string;
            fieldErrors?: {
                [key: string]: string[];
            };
            /** @description Partner Center's own error code, where it has one (600041: already exists). */
            code?: number;
            /** @description Partner Center's description beside its code. */
            description?: string;
        };
        CustomerCollection: {
            totalCount: number;
            items: components["schemas"]["Customer"][];
            continuationToken?: string;
            links?: {
                next?: {
                    uri: string;
                    /** @constant */
                    method: "GET";
                    headers: {
                        /** @constant */
                        key: "MS-ContinuationToken";
                        value: string;
                    }[];
                };
            };
            attributes: {
                /** @constant */
                objectType: "Collection";
            };
        };
        Customer: {
            /** Format: uuid */
            id: string;
            companyProfile: {
                /** Format: uuid */
                tenantId: string;
                domain: string;
                companyName: string;
            };
            billingProfile: {
                firstName: string;
                lastName: string;
                email: string;
                defaultAddress: {
                    country: string;
                    city: string;
                    state: string | null;
                    addressLine1: string;
                    postalCode: string;
                    phoneNumber: string | null;
                };
            };
            /** @constant */
            relationshipToPartner: "reseller";
            attributes: {
                /** @constant */
                objectType: "Customer";
            };
        };
        SubscriptionCollection: {
            totalCount: number;
            items: components["schemas"]["Subscription"][];
            continuationToken?: string;
            links?: {
                next?: {
                    uri: string;
                    /** @constant */
                    method: "GET";
                    headers: {
                        /** @constant */
                        key: "MS-ContinuationToken";
                        value: string;
                    }[];
                };
            };
            attributes: {
                /** @constant */
                objectType: "Collection";
            };
        };
        Subscription: {
            /** Format: uuid */
            id: string;
            offerId: string;
            offerName: string;
            /** @enum {string} */
            offerType: "azure_plan" | "azure_global" | "license_based";
            friendlyName: string;
            quantity: number | null;
            /** @enum {string} */
            unitType: "Licenses" | "Usage-based";
            /** Format: date-time */
            creationDate: string;
            /** @enum {string} */
            status: "active" | "suspended" | "disabled" | "deleted" | "expired" | "pending";
            attributes: {
                /** @constant */
                objectType: "Subscription";
            };
        };
        OrderCollection: {
            totalCount: number;
            items: components["schemas"]["Order"][];
            continuationToken?: string;
            links?: {
                next?: {
                    uri: string;
                    /** @constant */
                    method: "GET";
                    headers: {
                        /** @constant */
                        key: "MS-ContinuationToken";
                        value: string;
                    }[];
                };
            };
            attributes: {
                /** @constant */
                objectType: "Collection";
            };
        };
        Order: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            referenceCustomerId: string;
            /** Format: date-time */
            creationDate: string;
            /** @constant */
            status: "completed";
            channel: string;
            placedBy: string;
            currencyCode: string;
            total: components["schemas"]["Money"];
            lineItems: {
                lineItemNumber: number;
                offerId: string;
                offerName: string;
                quantity: number;
                termDuration: string | null;
                billingCycle: string | null;
                unitPriceMinor: number | null;
                subscriptionId: string | null;
            }[];
            attributes: {
                /** @constant */
                objectType: "Order";
            };
        };
        Money: {
            amountMinor: number;
            currency: string;
        };
        OrderRequest: {
            /** @enum {string} */
            billingCycle?: "one_time" | "monthly";
            lineItems: {
                lineItemNumber?: number;
                offerId: string;
                quantity: number;
                /** @enum {string} */
                termDuration?: "P1Y" | "P3Y";
                provisioningContext?: {
                    /** Format: uuid */
                    subscriptionId: string;
                    /** @enum {string} */
                    scope: "single" | "shared" | "resource_group";
                    region: string;
                    resourceGroup?: string;
                };
            }[];
        };
        ReservationCollection: {
            totalCount: number;
            items: components["schemas"]["Reservation"][];
            continuationToken?: string;
            links?: {
                next?: {
                    uri: string;
                    /** @constant */
                    method: "GET";
                    headers: {
                        /** @constant */
                        key: "MS-ContinuationToken";
                        value: string;
                    }[];
                };
            };
            attributes: {
                /** @constant */
                objectType: "Collection";
            };
        };
        Reservation: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            reservationOrderId: string;
            displayName: string;
            catalogItemId: string;
            productName: string;
            region: string;
            quantity: number;
            /** @enum {string} */
            term: "P1Y" | "P3Y";
            /** @enum {string} */
            billingPlan: "upfront" | "monthly";
            /** Format: uuid */
            billingSubscriptionId: string;
            /** @enum {string} */
            scope: "single" | "shared" | "resource_group";
            scopeSubscriptionId: string | null;
            resourceGroup: string | null;
            /** @enum {string} */
            status: "active" | "cancelled" | "exchanged" | "expired";
            autoRenew: boolean;
            /** Format: date-time */
            purchaseDate: string;
            /** Format: date-time */
            expiryDate: string;
            /** @description What it was bought for, for its whole term. */
            price: components["schemas"]["Money"];
            purchasedBy: string;
            channel: string;
            attributes: {
                /** @constant */
                objectType: "Reservation";
            };
        };
        ReservationUpdate: {
            /** @enum {string} */
            scope?: "single" | "shared" | "resource_group";
            /**
             * Format: uuid
             * @description For a single or resource_group scope: the subscription.
             */
            subscriptionId?: string;
            /** @description For a resource_group scope. */
            resourceGroup?: string;
            autoRenew?: boolean;
        };
        ReturnRequest: {
            quantity: number;
        };
        RefundCalculation: {
            /** Format: uuid */
            reservationId: string;
            companyName: string;
            quantity: number;
            quantityHeld: number;
            refundMinor: number;
            futurePaymentsCancelledMinor: number;
            cancelledCommitmentMinor: number;
            poolLeftMinor: number;
            currency: string;
        };
        Refund: {
            /** Format: uuid */
            orderId: string;
            refundMinor: number;
            futurePaymentsCancelledMinor: number;
            currency: string;
        };
        ExchangeRequest: {
            quantity: number;
            target: {
                catalogItemId: string;
                region: string;
                /** @enum {string} */
                term: "P1Y" | "P3Y";
                /** @enum {string} */
                billingPlan: "upfront" | "monthly";
                quantity: number;
                /** Format: uuid */
                billingSubscriptionId: string;
                /** @enum {string} */
                scope: "single" | "shared" | "resource_group";
                resourceGroup?: string;
            };
        };
        ExchangeCalculation: {
            returnedQuantity: number;
            creditMinor: number;
            futurePaymentsCancelledMinor: number;
            remainingCommitmentMinor: number;
            productName: string;
            newCommitmentMinor: number;
            netMinor: number;
            coversReturn: boolean;
            currency: string;
        };
        Exchange: {
            /** Format: uuid */
            orderId: string;
            /** Format: uuid */
            reservationId: string;
            netMinor: number;
            currency: string;
        };
        SelfServePolicyCollection: {
            totalCount: number;
            items: components["schemas"]["SelfServePolicy"][];
            continuationToken?: string;
            links?: {
                next?: {
                    uri: string;
                    /** @constant */
                    method: "GET";
                    headers: {
                        /** @constant */
                        key: "MS-ContinuationToken";
                        value: string;
                    }[];
                };
            };
            attributes: {
                /** @constant */
                objectType: "Collection";
            };
        };
        SelfServePolicy: {
            id: string;
            selfServeEntity: {
                /** @constant */
                selfServeEntityType: "customer";
                /** Format: uuid */
                tenantID: string;
            };
            grantor: {
                /** @constant */
                grantorType: "billToPartner";
                /** Format: uuid */
                tenantID: string;
            };
            permissions: {
                /** @enum {string} */
                resource: "AzureReservedInstances" | "AzureSavingsPlan";
                /** @constant */
                action: "Purchase";
            }[];
            attributes: {
                /** @constant */
                objectType: "SelfServePolicy";
            };
        };
        SelfServePolicyRequest: {
            selfServeEntity: {
                /** @constant */
                selfServeEntityType: "customer";
                /** Format: uuid */
                tenantID: string;
            };
            permissions: {
                /** @enum {string} */
                resource: "AzureReservedInstances" | "AzureSavingsPlan";
                /** @constant */
                action: "Purchase";
            }[];
        };
        SelfServePolicyUpdate: {
            permissions: {
                /** @enum {string} */
                resource: "AzureReservedInstances" | "AzureSavingsPlan";
                /** @constant */
                action: "Purchase";
            }[];
        };
        PurchaseControls: {
            /** Format: uuid */
            customerId: string;
            /** @description Whether the partner's defaults apply rather than the customer's own values. */
            followsDefaults: boolean;
            /** @description The most the customer's own purchases may commit in a calendar month (UTC). */
            monthlyLimitMinor: number | null;
            /** @description Above this commitment a customer's purchase waits for the partner's approval. */
            approvalAboveMinor: number | null;
            defaults: {
                /** @description The most the customer's own purchases may commit in a calendar month (UTC). */
                monthlyLimitMinor: number | null;
                /** @description Above this commitment a customer's purchase waits for the partner's approval. */
                approvalAboveMinor: number | null;
            };
            /** @description What applies now: the defaults, or the customer's own values. */
            applied: {
                /** @description The most the customer's own purchases may commit in a calendar month (UTC). */
                monthlyLimitMinor: number | null;
                /** @description Above this commitment a customer's purchase waits for the partner's approval. */
                approvalAboveMinor: number | null;
            };
            thisMonth: {
                /** @description What the customer's own purchases committed this calendar month (UTC). */
                usedMinor: number;
                /** @description What is left of the limit; null without a limit. */
                leftMinor: number | null;
            };
            currency: string;
            attributes: {
                /** @constant */
                objectType: "PurchaseControls";
                etag: string;
            };
        };
        PurchaseControlsUpdate: {
            followsDefaults: boolean;
            monthlyLimitMinor?: number | null;
            approvalAboveMinor?: number | null;
        };
        PurchaseApprovalCollection: {
            totalCount: number;
            items: components["schemas"]["PurchaseApproval"][];
            continuationToken?: string;
            links?: {
                next?: {
                    uri: string;
                    /** @constant */
                    method: "GET";
                    headers: {
                        /** @constant */
                        key: "MS-ContinuationToken";
                        value: string;
                    }[];
                };
            };
            attributes: {
                /** @constant */
                objectType: "Collection";
            };
        };
        PurchaseApproval: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            customerId: string;
            companyName: string;
            /** @enum {string} */
            kind: "reservation" | "savings_plan";
            /** @enum {string} */
            status: "pending" | "approved" | "declined";
            submittedBy: string;
            /** Format: date-time */
            submittedAt: string;
            decidedAt: string | null;
            declineReason: string | null;
            /** @description What was submitted: product, quantity, region (reservations) or hourlyCommitmentMills (savings plans); term, billingPlan. */
            item: {
                [key: string]: string | number;
            } | null;
            quotedTotal: {
                amountMinor: number;
                currency: string;
            };
            /** @description Approving now buys at the quoted total (within 7 days of the submission). */
            quoteHeld: boolean;
            orderId: string | null;
            /** @description Pending ones: the customer's month, and what approving now would leave (negative: it would be refused). */
            thisMonth: {
                usedMinor: number;
                limitMinor: number | null;
                leftAfterMinor: number | null;
            } | null;
            attributes: {
                /** @constant */
                objectType: "PurchaseApproval";
            };
        };
        ApprovedPurchase: {
            /** Format: uuid */
            approvalId: string;
            /** @enum {string} */
            kind: "reservation" | "savings_plan";
            /** Format: uuid */
            orderId: string;
            total: {
                amountMinor: number;
                currency: string;
            };
        };
        PurchaseDecline: {
            reason: string;
        };
        AuditRecordCollection: {
            totalCount: number;
            items: components["schemas"]["AuditRecord"][];
            continuationToken?: string;
            links?: {
                next?: {
                    uri: string;
                    /** @constant */
                    method: "GET";
                    headers: {
                        /** @constant */
                        key: "MS-ContinuationToken";
                        value: string;
                    }[];
                };
            };
            attributes: {
                /** @constant */
                objectType: "Collection";
            };
        };
        AuditRecord: {
            id: string;
            /** Format: uuid */
            partnerId: string;
            customerId: string | null;
            customerName: string | null;
            userPrincipalName: string;
            resourceType: string;
            /** @description The resource before the change, as a JSON string. */
            resourceOldValue: string | null;
            /** @description The resource after the change, as a JSON string. */
            resourceNewValue: string | null;
            operationType: string;
            /** Format: date-time */
            operationDate: string;
            /** @enum {string} */
            operationStatus: "succeeded" | "failed";
            customizedData: {
                key: string;
                value: string;
            }[];
            attributes: {
                /** @constant */
                objectType: "AuditRecord";
            };
        };
        PermissionJobRequest: {
            /** @enum {string} */
            resource: "AzureReservedInstances" | "AzureSavingsPlan";
            enabled: boolean;
            selection: {
                customerIds: string[];
            } | {
                search: string;
            };
        };
        PermissionJobPreview: {
            total: number;
            willChange: number;
            /** @description Already in the state asked for. */
            unchanged: number;
            cannot: {
                reason: {
                    /** @description noAzurePlan, azurePlanNotActive, starterMayNoLongerChange or unexpectedError. */
                    code: string;
                    description: string;
                };
                count: number;
                /** @description The first 50 customers with this reason. */
                customers: {
                    /** Format: uuid */
                    customerId: string;
                    companyName: string;
                }[];
            }[];
            attributes: {
                /** @constant */
                objectType: "PermissionJobPreview";
            };
        };
        PermissionJob: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            resource: "AzureReservedInstances" | "AzureSavingsPlan";
            /** @description true: the permission is turned on; false: off. */
            enabled: boolean;
            /** @description The search that chose the customers ("" for all customers); null when they were picked one by one. */
            search: string | null;
            /** @description How many customers were picked one by one; null for a search. */
            pickedCount: number | null;
            startedBy: {
                email: string;
                displayName: string;
            };
            /** Format: date-time */
            startedAt: string;
            finishedAt: string | null;
            /** @enum {string} */
            status: "running" | "completed" | "cancelled";
            cancelledBy: {
                email: string;
                displayName: string;
            } | null;
            /** @description Counted from the outcomes at each read. */
            counts: {
                total: number;
                changed: number;
                /** @description Already in the state asked for. */
                unchanged: number;
                /** @description Could not be changed (no active Azure plan…): see each customer's reason. */
                skipped: number;
                failed: number;
                /** @description Not done yet; in a cancelled job, left as they were. */
                waiting: number;
            };
            /** @description About how long the rest will take at the rate so far; null before the first is done and once finished. */
            secondsLeft: number | null;
            attributes: {
                /** @constant */
                objectType: "PermissionJob";
            };
        };
        PermissionJobCollection: {
            totalCount: number;
            items: components["schemas"]["PermissionJob"][];
            continuationToken?: string;
            links?: {
                next?: {
                    uri: string;
                    /** @constant */
                    method: "GET";
                    headers: {
                        /** @constant */
                        key: "MS-ContinuationToken";
                        value: string;
                    }[];
                };
            };
            attributes: {
                /** @constant */
                objectType: "Collection";
            };
        };
        PermissionJobOutcomeCollection: {
            totalCount: number;
            items: components["schemas"]["PermissionJobOutcome"][];
            continuationToken?: string;
            links?: {
                next?: {
                    uri: string;
                    /** @constant */
                    method: "GET";
                    headers: {
                        /** @constant */
                        key: "MS-ContinuationToken";
                        value: string;
                    }[];
                };
            };
            attributes: {
                /** @constant */
                objectType: "Collection";
            };
        };
        PermissionJobOutcome: {
            /** Format: uuid */
            customerId: string;
            companyName: string;
            /** @description null: not done yet (or never, in a cancelled job). */
            outcome: ("changed" | "unchanged" | "skipped" | "failed") | null;
            reason: {
                /** @description noAzurePlan, azurePlanNotActive, starterMayNoLongerChange or unexpectedError. */
                code: string;
                description: string;
            } | null;
            doneAt: string | null;
            attributes: {
                /** @constant */
                objectType: "PermissionJobOutcome";
            };
        };
        ExpiringPurchaseCollection: {
            /** @description How many match, over every page. */
            totalCount: number;
            page: number;
            pageCount: number;
            items: components["schemas"]["ExpiringPurchase"][];
            attributes: {
                /** @constant */
                objectType: "Collection";
            };
        };
        ExpiringPurchase: {
            /** @enum {string} */
            kind: "reservation" | "savings_plan";
            /**
             * Format: uuid
             * @description The reservation id or the savings plan id.
             */
            id: string;
            displayName: string;
            /** Format: uuid */
            customerId: string;
            companyName: string;
            /** @description What a reservation reserves; null for a savings plan. */
            reservation: {
                catalogItemId: string;
                productName: string;
                region: string;
                quantity: number;
            } | null;
            /** @description A savings plan's commitment; null for a reservation. */
            savingsPlan: {
                /** @description In the partner's currency an hour, e.g. 1.200. */
                hourlyCommitment: string;
            } | null;
            /** @enum {string} */
            term: "P1Y" | "P3Y";
            /** @enum {string} */
            billingPlan: "upfront" | "monthly";
            /** Format: date-time */
            expiresAt: string;
            autoRenew: boolean;
            /** @description What renewing it would cost today for its whole term, at the partner's current prices: what its renewal order would total. Null when it is no longer sold. */
            renewalPrice: {
                amountMinor: number;
                currency: string;
            } | null;
        };
        WebhookRegistration: {
            /** @description Where the events are posted (https). */
            webhookUrl: string;
            /** @description The events the partner is sent. */
            webhookEvents: ("test-created" | "customer-purchase-permission-created" | "customer-purchase-permission-deleted" | "subscription-created" | "subscription-updated" | "reservation-created" | "reservation-renewed" | "reservation-updated" | "reservation-refunded" | "reservation-exchanged" | "reservation-traded-in" | "savings-plan-created" | "savings-plan-renewed" | "savings-plan-updated" | "customer-request-created" | "customer-request-approved" | "customer-request-declined" | "purchase-controls-updated" | "purchase-approval-created" | "purchase-approval-approved" | "purchase-approval-declined")[];
            /** @description false: nothing is sent (events are not queued) until it is turned on again. */
            enabled: boolean;
            /** @description When Partner Console turned the webhook off after a day of failed deliveries; null if it did not. */
            disabledForFailuresAt: string | null;
            /** @description After a rotation: until when the previous secret still signs beside the new one. */
            previousSecretValidUntil: string | null;
            /** @description Since when deliveries have been failing; null while they succeed. */
            failingSince: string | null;
            /** Format: date-time */
            createdAt: string;
            attributes: {
                /** @constant */
                objectType: "WebhookRegistration";
                etag: string;
            };
        };
        WebhookRegistrationRequest: {
            /** @description https URL that receives the events. */
            webhookUrl: string;
            /** @description The events to send (GET …/registration/events lists them). */
            webhookEvents: ("customer-purchase-permission-created" | "customer-purchase-permission-deleted" | "subscription-created" | "subscription-updated" | "reservation-created" | "reservation-renewed" | "reservation-updated" | "reservation-refunded" | "reservation-exchanged" | "reservation-traded-in" | "savings-plan-created" | "savings-plan-renewed" | "savings-plan-updated" | "customer-request-created" | "customer-request-approved" | "customer-request-declined" | "purchase-controls-updated" | "purchase-approval-created" | "purchase-approval-approved" | "purchase-approval-declined")[];
            /** @description true when absent. */
            enabled?: boolean;
        };
        WebhookRegistrationWithSecret: {
            /** @description Where the events are posted (https). */
            webhookUrl: string;
            /** @description The events the partner is sent. */
            webhookEvents: ("test-created" | "customer-purchase-permission-created" | "customer-purchase-permission-deleted" | "subscription-created" | "subscription-updated" | "reservation-created" | "reservation-renewed" | "reservation-updated" | "reservation-refunded" | "reservation-exchanged" | "reservation-traded-in" | "savings-plan-created" | "savings-plan-renewed" | "savings-plan-updated" | "customer-request-created" | "customer-request-approved" | "customer-request-declined" | "purchase-controls-updated" | "purchase-approval-created" | "purchase-approval-approved" | "purchase-approval-declined")[];
            /** @description false: nothing is sent (events are not queued) until it is turned on again. */
            enabled: boolean;
            /** @description When Partner Console turned the webhook off after a day of failed deliveries; null if it did not. */
            disabledForFailuresAt: string | null;
            /** @description After a rotation: until when the previous secret still signs beside the new one. */
            previousSecretValidUntil: string | null;
            /** @description Since when deliveries have been failing; null while they succeed. */
            failingSince: string | null;
            /** Format: date-time */
            createdAt: string;
            attributes: {
                /** @constant */
                objectType: "WebhookRegistration";
                etag: string;
            };
            /** @description The secret that signs every event (Standard Webhooks: webhook-signature). Shown in this answer only: keep it now, or rotate it for a new one. */
            signingSecret: string;
        };
        WebhookRegistrationUpdate: {
            webhookUrl: string;
            webhookEvents: ("customer-purchase-permission-created" | "customer-purchase-permission-deleted" | "subscription-created" | "subscription-updated" | "reservation-created" | "reservation-renewed" | "reservation-updated" | "reservation-refunded" | "reservation-exchanged" | "reservation-traded-in" | "savings-plan-created" | "savings-plan-renewed" | "savings-plan-updated" | "customer-request-created" | "customer-request-approved" | "customer-request-declined" | "purchase-controls-updated" | "purchase-approval-created" | "purchase-approval-approved" | "purchase-approval-declined")[];
            enabled: boolean;
        };
        WebhookEventNameCollection: {
            totalCount: number;
            items: ("test-created" | "customer-purchase-permission-created" | "customer-purchase-permission-deleted" | "subscription-created" | "subscription-updated" | "reservation-created" | "reservation-renewed" | "reservation-updated" | "reservation-refunded" | "reservation-exchanged" | "reservation-traded-in" | "savings-plan-created" | "savings-plan-renewed" | "savings-plan-updated" | "customer-request-created" | "customer-request-approved" | "customer-request-declined" | "purchase-controls-updated" | "purchase-approval-created" | "purchase-approval-approved" | "purchase-approval-declined")[];
            attributes: {
                /** @constant */
                objectType: "Collection";
            };
        };
        WebhookValidationEvent: {
            /** @description The test event's webhook-id: read its delivery at …/registration/validationEvents/{correlationId}. */
            correlationId: string;
        };
        WebhookDelivery: {
            /** @description The event's webhook-id header (a test event's correlation id). */
            webhookId: string;
            /** @enum {string} */
            eventName: "test-created" | "customer-purchase-permission-created" | "customer-purchase-permission-deleted" | "subscription-created" | "subscription-updated" | "reservation-created" | "reservation-renewed" | "reservation-updated" | "reservation-refunded" | "reservation-exchanged" | "reservation-traded-in" | "savings-plan-created" | "savings-plan-renewed" | "savings-plan-updated" | "customer-request-created" | "customer-request-approved" | "customer-request-declined" | "purchase-controls-updated" | "purchase-approval-created" | "purchase-approval-approved" | "purchase-approval-declined";
            /**
             * @description pending (waiting or being retried), delivered, or failed.
             * @enum {string}
             */
            status: "pending" | "delivered" | "failed";
            payload: components["schemas"]["WebhookEventPayload"];
            attempts: {
                /** Format: date-time */
                attemptedAt: string;
                /** @description The receiver's HTTP status; null when it could not be reached. */
                statusCode: number | null;
                error: string | null;
                /** @description The start of the receiver's answer. */
                responseBody: string | null;
                durationMs: number;
            }[];
            /** @description While pending: when it is sent next. */
            nextAttemptAt: string | null;
            lastStatusCode: number | null;
            lastError: string | null;
            deliveredAt: string | null;
            /** Format: date-time */
            createdAt: string;
            attributes: {
                /** @constant */
                objectType: "WebhookDelivery";
            };
        };
        WebhookEventPayload: {
            /** @enum {string} */
            EventName: "test-created" | "customer-purchase-permission-created" | "customer-purchase-permission-deleted" | "subscription-created" | "subscription-updated" | "reservation-created" | "reservation-renewed" | "reservation-updated" | "reservation-refunded" | "reservation-exchanged" | "reservation-traded-in" | "savings-plan-created" | "savings-plan-renewed" | "savings-plan-updated" | "customer-request-created" | "customer-request-approved" | "customer-request-declined" | "purchase-controls-updated" | "purchase-approval-created" | "purchase-approval-approved" | "purchase-approval-declined";
            /** @description The API address that reads the resource as it is now. */
            ResourceUri: string;
            ResourceName: string;
            /** @description The audit record of the change (GET /api/v1/auditrecords/{id}). */
            AuditUri: string | null;
            /** Format: date-time */
            ResourceChangeUtcDate: string;
        };
        WebhookDeliveryCollection: {
            page: number;
            pageCount: number;
            /** @description Newest first, 25 a page. */
            items: components["schemas"]["WebhookDelivery"][];
            attributes: {
                /** @constant */
                objectType: "Collection";
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listCustomers: {
        parameters: {
            query?: {
                search?: string;
                size?: number;
                continuationToken?: string;
            };
            header?: {
                /** @description The previous page's continuation token, as Partner Center sends it. */
                "MS-ContinuationToken"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of customers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerCollection"];
                };
            };
            /** @description The request is not valid: see message and fieldErrors. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API key or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: a read-only key writing, a role without the right, or a request from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the key's requests a minute; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database cannot be reached for a moment (a restart, a failover); Retry-After says when to try again. */
            503: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The customer's Microsoft ID (tenant id). */
                customerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description No valid API key or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: a read-only key writing, a role without the right, or a request from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or another partner's. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the key's requests a minute; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database cannot be reached for a moment (a restart, a failover); Retry-After says when to try again. */
            503: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listSubscriptions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The customer's Microsoft ID (tenant id). */
                customerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer's subscriptions, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionCollection"];
                };
            };
            /** @description No valid API key or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: a read-only key writing, a role without the right, or a request from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or another partner's. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the key's requests a minute; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database cannot be reached for a moment (a restart, a failover); Retry-After says when to try again. */
            503: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listOrders: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The customer's Microsoft ID (tenant id). */
                customerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer's orders. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderCollection"];
                };
            };
            /** @description No valid API key or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: a read-only key writing, a role without the right, or a request from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or another partner's. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the key's requests a minute; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database cannot be reached for a moment (a restart, a failover); Retry-After says when to try again. */
            503: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createOrder: {
        parameters: {
            query?: never;
            header: {
                /** @description A new UUID per order or money-moving request, sent again with every retry of it. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description The customer's Microsoft ID (tenant id). */
                customerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "billingCycle": "one_time",
                 *       "lineItems": [
                 *         {
                 *           "offerId": "DZH318Z0BQ4P:0001",
                 *           "quantity": 1,
                 *           "termDuration": "P1Y",
                 *           "provisioningContext": {
                 *             "subscriptionId": "00000000-0000-4000-8000-000000000000",
                 *             "scope": "shared",
                 *             "region": "eastus"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["OrderRequest"];
            };
        };
        responses: {
            /** @description The order. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description The request is not valid: see message and fieldErrors. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API key or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: a read-only key writing, a role without the right, or a request from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or another partner's. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the state of things (already on, a prerequisite missing, over the refund limit). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 64 KiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the key's requests a minute; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database cannot be reached for a moment (a restart, a failover); Retry-After says when to try again. */
            503: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listReservations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The customer's Microsoft ID (tenant id). */
                customerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer's reservations, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReservationCollection"];
                };
            };
            /** @description No valid API key or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: a read-only key writing, a role without the right, or a request from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or another partner's. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the key's requests a minute; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database cannot be reached for a moment (a restart, a failover); Retry-After says when to try again. */
            503: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getReservation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The customer's Microsoft ID (tenant id). */
                customerId: string;
                /** @description The reservation id. */
                reservationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reservation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reservation"];
                };
            };
            /** @description No valid API key or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: a read-only key writing, a role without the right, or a request from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or another partner's. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the key's requests a minute; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database cannot be reached for a moment (a restart, a failover); Retry-After says when to try again. */
            503: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateReservation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The customer's Microsoft ID (tenant id). */
                customerId: string;
                /** @description The reservation id. */
                reservationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "autoRenew": true
                 *     }
                 */
                "application/json": components["schemas"]["ReservationUpdate"];
            };
        };
        responses: {
            /** @description The reservation as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reservation"];
                };
            };
            /** @description The request is not valid: see message and fieldErrors. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API key or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: a read-only key writing, a role without the right, or a request from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or another partner's. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the state of things (already on, a prerequisite missing, over the refund limit). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 64 KiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the key's requests a minute; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database cannot be reached for a moment (a restart, a failover); Retry-After says when to try again. */
            503: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    calculateRefund: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The customer's Microsoft ID (tenant id). */
                customerId: string;
                /** @description The reservation id. */
                reservationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "quantity": 1
                 *     }
                 */
                "application/json": components["schemas"]["ReturnRequest"];
            };
        };
        responses: {
            /** @description The calculation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundCalculation"];
                };
            };
            /** @description The request is not valid: see message and fieldErrors. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API key or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: a read-only key writing, a role without the right, or a request from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or another partner's. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the state of things (already on, a prerequisite missing, over the refund limit). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 64 KiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the key's requests a minute; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database cannot be reached for a moment (a restart, a failover); Retry-After says when to try again. */
            503: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    returnReservation: {
        parameters: {
            query?: never;
            header: {
                /** @description A new UUID per order or money-moving request, sent again with every retry of it. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description The customer's Microsoft ID (tenant id). */
                customerId: string;
                /** @description The reservation id. */
                reservationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "quantity": 1
                 *     }
                 */
                "application/json": components["schemas"]["ReturnRequest"];
            };
        };
        responses: {
            /** @description The refund order. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refund"];
                };
            };
            /** @description The request is not valid: see message and fieldErrors. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API key or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: a read-only key writing, a role without the right, or a request from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or another partner's. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the state of things (already on, a prerequisite missing, over the refund limit). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 64 KiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the key's requests a minute; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database cannot be reached for a moment (a restart, a failover); Retry-After says when to try again. */
            503: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    calculateExchange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The customer's Microsoft ID (tenant id). */
                customerId: string;
                /** @description The reservation id. */
                reservationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExchangeRequest"];
            };
        };
        responses: {
            /** @description The calculation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeCalculation"];
                };
            };
            /** @description The request is not valid: see message and fieldErrors. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API key or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: a read-only key writing, a role without the right, or a request from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or another partner's. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the state of things (already on, a prerequisite missing, over the refund limit). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 64 KiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the key's requests a minute; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database cannot be reached for a moment (a restart, a failover); Retry-After says when to try again. */
            503: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exchangeReservation: {
        parameters: {
            query?: never;
            header: {
                /** @description A new UUID per order or money-moving request, sent again with every retry of it. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description The customer's Microsoft ID (tenant id). */
                customerId: string;
                /** @description The reservation id. */
                reservationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExchangeRequest"];
            };
        };
        responses: {
            /** @description The exchange order and the new reservation. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Exchange"];
                };
            };
            /** @description The request is not valid: see message and fieldErrors. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API key or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: a read-only key writing, a role without the right, or a request from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or another partner's. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the state of things (already on, a prerequisite missing, over the refund limit). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 64 KiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the key's requests a minute; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database cannot be reached for a moment (a restart, a failover); Retry-After says when to try again. */
            503: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listSelfServePolicies: {
        parameters: {
            query: {
                /** @description The customer's Microsoft ID. */
                entity_id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer's policies (none or one). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelfServePolicyCollection"];
                };
            };
            /** @description The request is not valid: see message and fieldErrors. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API key or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: a read-only key writing, a role without the right, or a request from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or another partner's. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the key's requests a minute; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database cannot be reached for a moment (a restart, a failover); Retry-After says when to try again. */
            503: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createSelfServePolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "selfServeEntity": {
                 *         "selfServeEntityType": "customer",
                 *         "tenantID": "00000000-0000-4000-8000-000000000000"
                 *       },
                 *       "permissions": [
                 *         {
                 *           "resource": "AzureReservedInstances",
                 *           "action": "Purchase"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SelfServePolicyRequest"];
            };
        };
        responses: {
            /** @description The policy. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelfServePolicy"];
                };
            };
            /** @description The request is not valid: see message and fieldErrors. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API key or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: a read-only key writing, a role without the right, or a request from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or another partner's. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the state of things (already on, a prerequisite missing, over the refund limit). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 64 KiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the key's requests a minute; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database cannot be reached for a moment (a restart, a failover); Retry-After says when to try again. */
            503: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSelfServePolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description {partner tenant id}_{customer tenant id} */
                policyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelfServePolicy"];
                };
            };
            /** @description No valid API key or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: a read-only key writing, a role without the right, or a request from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or another partner's. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the key's requests a minute; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database cannot be reached for a moment (a restart, a failover); Retry-After says when to try again. */
            503: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateSelfServePolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description {partner tenant id}_{customer tenant id} */
                policyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "permissions": [
                 *         {
                 *           "resource": "AzureSavingsPlan",
                 *           "action": "Purchase"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SelfServePolicyUpdate"];
            };
        };
        responses: {
            /** @description The policy as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelfServePolicy"];
                };
            };
            /** @description The request is not valid: see message and fieldErrors. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API key or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: a read-only key writing, a role without the right, or a request from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or another partner's. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the state of things (already on, a prerequisite missing, over the refund limit). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 64 KiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the key's requests a minute; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database cannot be reached for a moment (a restart, a failover); Retry-After says when to try again. */
            503: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteSelfServePolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description {partner tenant id}_{customer tenant id} */
                policyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Turned off. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid API key or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: a read-only key writing, a role without the right, or a request from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or another partner's. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 64 KiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the key's requests a minute; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database cannot be reached for a moment (a restart, a failover); Retry-After says when to try again. */
            503: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPurchaseControls: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The customer's Microsoft ID (tenant id). */
                customerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The purchase controls. */
            200: {
                headers: {
                    /** @description The version, for If-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseControls"];
                };
            };
            /** @description No valid API key or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: a read-only key writing, a role without the right, or a request from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or another partner's. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the key's requests a minute; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database cannot be reached for a moment (a restart, a failover); Retry-After says when to try again. */
            503: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updatePurchaseControls: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the change is based on, as GET answered it. */
                "If-Match": string;
            };
            path: {
                /** @description The customer's Microsoft ID (tenant id). */
                customerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "followsDefaults": false,
                 *       "monthlyLimitMinor": 2000000,
                 *       "approvalAboveMinor": 500000
                 *     }
                 */
                "application/json": components["schemas"]["PurchaseControlsUpdate"];
            };
        };
        responses: {
            /** @description The purchase controls as they are now. */
            200: {
                headers: {
                    /** @description The version, for If-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseControls"];
                };
            };
            /** @description The request is not valid: see message and fieldErrors. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API key or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: a read-only key writing, a role without the right, or a request from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or another partner's. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match names a version that was changed since: read it again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 64 KiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match is required: send the ETag of the version read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the key's requests a minute; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database cannot be reached for a moment (a restart, a failover); Retry-After says when to try again. */
            503: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPurchaseApprovals: {
        parameters: {
            query?: {
                status?: "pending" | "approved" | "declined";
                customerId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Purchase approvals. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseApprovalCollection"];
                };
            };
            /** @description The request is not valid: see message and fieldErrors. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API key or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: a read-only key writing, a role without the right, or a request from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or another partner's. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the key's requests a minute; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database cannot be reached for a moment (a restart, a failover); Retry-After says when to try again. */
            503: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    approvePurchase: {
        parameters: {
            query?: never;
            header: {
                /** @description A new UUID per order or money-moving request, sent again with every retry of it. */
                "Idempotency-Key": string;
            };
            path: {
                /** @description The purchase approval's id. */
                approvalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Approved: the order bought. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovedPurchase"];
                };
            };
            /** @description The request is not valid: see message and fieldErrors. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API key or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: a read-only key writing, a role without the right, or a request from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or another partner's. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the state of things (already on, a prerequisite missing, over the refund limit). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 64 KiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the key's requests a minute; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database cannot be reached for a moment (a restart, a failover); Retry-After says when to try again. */
            503: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    declinePurchase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The purchase approval's id. */
                approvalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Please buy the 1-year term instead."
                 *     }
                 */
                "application/json": components["schemas"]["PurchaseDecline"];
            };
        };
        responses: {
            /** @description Declined. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        approvalId: string;
                    };
                };
            };
            /** @description The request is not valid: see message and fieldErrors. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API key or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: a read-only key writing, a role without the right, or a request from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or another partner's. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the state of things (already on, a prerequisite missing, over the refund limit). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 64 KiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the key's requests a minute; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database cannot be reached for a moment (a restart, a failover); Retry-After says when to try again. */
            503: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAuditRecords: {
        parameters: {
            query?: {
                startDate?: string;
                endDate?: string;
                size?: number;
                filter?: string;
                continuationToken?: string;
            };
            header?: {
                /** @description The previous page's continuation token, as Partner Center sends it. */
                "MS-ContinuationToken"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditRecordCollection"];
                };
            };
            /** @description The request is not valid: see message and fieldErrors. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API key or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: a read-only key writing, a role without the right, or a request from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the key's requests a minute; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database cannot be reached for a moment (a restart, a failover); Retry-After says when to try again. */
            503: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAuditRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The audit record's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The audit record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditRecord"];
                };
            };
            /** @description No valid API key or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: a read-only key writing, a role without the right, or a request from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or another partner's. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the key's requests a minute; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database cannot be reached for a moment (a restart, a failover); Retry-After says when to try again. */
            503: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    previewPermissionJob: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "resource": "AzureReservedInstances",
                 *       "enabled": true,
                 *       "selection": {
                 *         "customerIds": [
                 *           "00000000-0000-4000-8000-000000000000"
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["PermissionJobRequest"];
            };
        };
        responses: {
            /** @description What the job would do. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PermissionJobPreview"];
                };
            };
            /** @description The request is not valid: see message and fieldErrors. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API key or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: a read-only key writing, a role without the right, or a request from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or another partner's. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 64 KiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the key's requests a minute; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database cannot be reached for a moment (a restart, a failover); Retry-After says when to try again. */
            503: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPermissionJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The jobs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PermissionJobCollection"];
                };
            };
            /** @description No valid API key or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: a read-only key writing, a role without the right, or a request from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the key's requests a minute; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database cannot be reached for a moment (a restart, a failover); Retry-After says when to try again. */
            503: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    startPermissionJob: {
        parameters: {
            query?: never;
            header: {
                /** @description A new UUID per order or money-moving request, sent again with every retry of it. */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "resource": "AzureReservedInstances",
                 *       "enabled": true,
                 *       "selection": {
                 *         "customerIds": [
                 *           "00000000-0000-4000-8000-000000000000"
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["PermissionJobRequest"];
            };
        };
        responses: {
            /** @description The job, running. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PermissionJob"];
                };
            };
            /** @description The request is not valid: see message and fieldErrors. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API key or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: a read-only key writing, a role without the right, or a request from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or another partner's. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 64 KiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the key's requests a minute; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database cannot be reached for a moment (a restart, a failover); Retry-After says when to try again. */
            503: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPermissionJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The job's id, as starting it answered. */
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PermissionJob"];
                };
            };
            /** @description No valid API key or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: a read-only key writing, a role without the right, or a request from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or another partner's. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the key's requests a minute; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database cannot be reached for a moment (a restart, a failover); Retry-After says when to try again. */
            503: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    cancelPermissionJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The job's id, as starting it answered. */
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job, cancelled. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PermissionJob"];
                };
            };
            /** @description No valid API key or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: a read-only key writing, a role without the right, or a request from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or another partner's. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the state of things (already on, a prerequisite missing, over the refund limit). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 64 KiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the key's requests a minute; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database cannot be reached for a moment (a restart, a failover); Retry-After says when to try again. */
            503: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPermissionJobOutcomes: {
        parameters: {
            query?: {
                size?: number;
                continuationToken?: string;
            };
            header?: {
                /** @description The previous page's continuation token, as Partner Center sends it. */
                "MS-ContinuationToken"?: string;
            };
            path: {
                /** @description The job's id, as starting it answered. */
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of outcomes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PermissionJobOutcomeCollection"];
                };
            };
            /** @description The request is not valid: see message and fieldErrors. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API key or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: a read-only key writing, a role without the right, or a request from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or another partner's. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the key's requests a minute; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database cannot be reached for a moment (a restart, a failover); Retry-After says when to try again. */
            503: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listExpiringPurchases: {
        parameters: {
            query?: {
                /** @description Ends within this many days from now: 30, 60 or 90. */
                within?: (30 | 60 | 90) | ("30" | "60" | "90");
                /** @description Only reservations, or only savings plans. */
                kind?: "reservation" | "savings_plan";
                /** @description Only those with auto-renew on, or off. */
                autoRenew?: "on" | "off";
                /** @description Only customers whose company name contains this, ignoring case. */
                search?: string;
                sort?: "endDate" | "customer" | "renewalPrice";
                order?: "asc" | "desc";
                page?: number;
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpiringPurchaseCollection"];
                };
            };
            /** @description The request is not valid: see message and fieldErrors. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API key or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: a read-only key writing, a role without the right, or a request from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the key's requests a minute; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database cannot be reached for a moment (a restart, a failover); Retry-After says when to try again. */
            503: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWebhookRegistration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The registration. */
            200: {
                headers: {
                    /** @description The version, for If-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookRegistration"];
                };
            };
            /** @description No valid API key or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: a read-only key writing, a role without the right, or a request from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or another partner's. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the key's requests a minute; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database cannot be reached for a moment (a restart, a failover); Retry-After says when to try again. */
            503: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateWebhookRegistration: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the change is based on, as GET answered it. */
                "If-Match": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "webhookUrl": "https://example.com/partner-console/webhooks",
                 *       "webhookEvents": [
                 *         "customer-purchase-permission-created",
                 *         "reservation-created"
                 *       ],
                 *       "enabled": true
                 *     }
                 */
                "application/json": components["schemas"]["WebhookRegistrationUpdate"];
            };
        };
        responses: {
            /** @description The registration as it is now. */
            200: {
                headers: {
                    /** @description The version, for If-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookRegistration"];
                };
            };
            /** @description The request is not valid: see message and fieldErrors. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API key or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: a read-only key writing, a role without the right, or a request from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or another partner's. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match names a version that was changed since: read it again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 64 KiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match is required: send the ETag of the version read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the key's requests a minute; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database cannot be reached for a moment (a restart, a failover); Retry-After says when to try again. */
            503: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createWebhookRegistration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "webhookUrl": "https://example.com/partner-console/webhooks",
                 *       "webhookEvents": [
                 *         "customer-purchase-permission-created",
                 *         "reservation-created"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["WebhookRegistrationRequest"];
            };
        };
        responses: {
            /** @description The registration, with its signing secret (shown this once). */
            201: {
                headers: {
                    /** @description The version, for If-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookRegistrationWithSecret"];
                };
            };
            /** @description The request is not valid: see message and fieldErrors. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API key or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: a read-only key writing, a role without the right, or a request from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the state of things (already on, a prerequisite missing, over the refund limit). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 64 KiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the key's requests a minute; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database cannot be reached for a moment (a restart, a failover); Retry-After says when to try again. */
            503: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteWebhookRegistration: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the change is based on, as GET answered it. */
                "If-Match": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    /** @description The version, for If-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid API key or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: a read-only key writing, a role without the right, or a request from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or another partner's. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match names a version that was changed since: read it again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 64 KiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match is required: send the ETag of the version read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the key's requests a minute; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database cannot be reached for a moment (a restart, a failover); Retry-After says when to try again. */
            503: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the change is based on, as GET answered it. */
                "If-Match": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The registration, with its new signing secret (shown this once). */
            200: {
                headers: {
                    /** @description The version, for If-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookRegistrationWithSecret"];
                };
            };
            /** @description No valid API key or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: a read-only key writing, a role without the right, or a request from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or another partner's. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match names a version that was changed since: read it again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 64 KiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match is required: send the ETag of the version read. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the key's requests a minute; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database cannot be reached for a moment (a restart, a failover); Retry-After says when to try again. */
            503: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWebhookEvents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event names. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEventNameCollection"];
                };
            };
            /** @description No valid API key or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: a read-only key writing, a role without the right, or a request from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the key's requests a minute; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database cannot be reached for a moment (a restart, a failover); Retry-After says when to try again. */
            503: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sendWebhookValidationEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The test event, queued. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookValidationEvent"];
                };
            };
            /** @description No valid API key or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: a read-only key writing, a role without the right, or a request from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or another partner's. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 64 KiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the key's requests a minute; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database cannot be reached for a moment (a restart, a failover); Retry-After says when to try again. */
            503: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWebhookValidationEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The test event's correlation id, as sending it answered. */
                correlationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event's delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description The request is not valid: see message and fieldErrors. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API key or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: a read-only key writing, a role without the right, or a request from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or another partner's. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the key's requests a minute; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database cannot be reached for a moment (a restart, a failover); Retry-After says when to try again. */
            503: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description From 1; 1 when absent. */
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the delivery log. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryCollection"];
                };
            };
            /** @description No valid API key or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: a read-only key writing, a role without the right, or a request from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or another partner's. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the key's requests a minute; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database cannot be reached for a moment (a restart, a failover); Retry-After says when to try again. */
            503: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    redeliverWebhookEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The event's webhook-id, as the delivery log shows it. */
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event's delivery, pending again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description The request is not valid: see message and fieldErrors. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API key or session. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: a read-only key writing, a role without the right, or a request from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or another partner's. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the state of things (already on, a prerequisite missing, over the refund limit). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 64 KiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Over the key's requests a minute; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database cannot be reached for a moment (a restart, a failover); Retry-After says when to try again. */
            503: {
                headers: {
                    /** @description Seconds. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
