// Generated from the API's OpenAPI document by `npm run api:types`; do not edit.
export interface paths {
  '/api/v1/admin/assistant/insights': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The assistant's last days in figures: conversations, intents, languages, hand-overs by reason and inbox */
    get: {
      parameters: {
        query?: {
          /** @description The period: the last this many days, up to now (1–365, default 30) */
          days?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              byLang: {
                count: number;
                /** @enum {string} */
                lang: 'bn' | 'en';
              }[];
              /** @description Conversations with at least one user message in the period */
              conversations: number;
              days: number;
              /** @description Start of the period (ISO 8601, inclusive) */
              from: string;
              handoffInboxes: {
                count: number;
                /** @enum {string} */
                inbox: 'shop' | 'admin';
              }[];
              /** @description Share of the conversations handed to a person (0 when none) */
              handoffRate: number;
              handoffReasons: {
                count: number;
                /** @description asked, payment, complaint, medical, low_confidence, repeated_failure */
                reason: string;
              }[];
              /** @description Support threads the assistant opened in the period */
              handoffs: number;
              /** @description User messages by understood intent, most frequent first */
              intents: {
                avgConfidence: number | null;
                count: number;
                intent: string;
                /** @description Of the user messages */
                share: number;
              }[];
              /** @description Share of the user messages understood with less confidence than the hand-over threshold */
              lowConfidenceShare: number;
              /** @description End of the period (ISO 8601, now) */
              to: string;
              /** @description Unanswered questions not yet dismissed (any age) */
              unansweredOpen: number;
              /** @description Messages users wrote in the period */
              userMessages: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Search the audit log, newest first (from inclusive, to exclusive) */
    get: {
      parameters: {
        query?: {
          action?: string;
          actorId?: string;
          /** @description Opaque: the `nextCursor` of the previous page */
          cursor?: string;
          from?: string;
          limit?: number;
          targetId?: string;
          targetType?: string;
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                action: string;
                actorId: string | null;
                actorRole: string | null;
                createdAt: string;
                details: {
                  [key: string]: unknown;
                };
                id: string;
                ip: string | null;
                targetId: string | null;
                targetType: string | null;
                userAgent: string | null;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/cod-advances': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Advances risky COD orders paid by bKash (flagged ones carry flaggedReason) */
    get: {
      parameters: {
        query?: {
          /** @description Opaque: the `nextCursor` of the previous page */
          cursor?: string;
          limit?: number;
          status?:
            | 'pending'
            | 'paid'
            | 'failed'
            | 'cancelled'
            | 'refund_pending'
            | 'refunded'
            | 'refund_manual';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                amount: number;
                capturedAt: string | null;
                createdAt: string;
                flaggedReason: string | null;
                flags: {
                  /** @enum {string} */
                  code:
                    | 'paid_while_closed'
                    | 'no_provider_transaction'
                    | 'no_refund_api'
                    | 'refund_failed'
                    | 'other';
                  detail?: string;
                  orderStatus?: string;
                }[];
                id: string;
                merchantTxnId: string;
                orderId: string;
                orderNumber: string;
                /** @enum {string} */
                provider: 'bkash';
                providerRef: string | null;
                providerTxnId: string | null;
                refundRef: string | null;
                /** @enum {string} */
                status:
                  | 'pending'
                  | 'paid'
                  | 'failed'
                  | 'cancelled'
                  | 'refund_pending'
                  | 'refunded'
                  | 'refund_manual';
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/commission-rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Commission rules: platform default, per shop type, per category, per shop */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              rules: {
                categoryId: string | null;
                effectiveFrom: string;
                effectiveTo: string | null;
                fixedFee: number;
                /** Format: uuid */
                id: string;
                rateBp: number;
                /** @enum {string} */
                scope: 'default' | 'shop_type' | 'category' | 'shop';
                shopId: string | null;
                shopType: string | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Replace the commission rule set (audited); orders already placed keep their rate */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            rules: {
              categoryId?: string | null;
              /**
               * Format: date-time
               * @description ISO 8601 time with offset
               */
              effectiveFrom: string;
              effectiveTo?: string | null;
              /**
               * @description poisha per order line
               * @default 0
               */
              fixedFee?: number;
              /** @description basis points of the line total */
              rateBp: number;
              /** @enum {string} */
              scope: 'default' | 'shop_type' | 'category' | 'shop';
              shopId?: string | null;
              shopType?:
                | (
                    | 'grocery'
                    | 'pharmacy'
                    | 'restaurant'
                    | 'electronics'
                    | 'hardware'
                    | 'fashion'
                    | 'other'
                  )
                | null;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              rules: {
                categoryId: string | null;
                effectiveFrom: string;
                effectiveTo: string | null;
                fixedFee: number;
                /** Format: uuid */
                id: string;
                rateBp: number;
                /** @enum {string} */
                scope: 'default' | 'shop_type' | 'category' | 'shop';
                shopId: string | null;
                shopType: string | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/coupons': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The platform's coupons, newest first */
    get: {
      parameters: {
        query?: {
          /** @description Opaque: the `nextCursor` of the previous page */
          cursor?: string;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                active: boolean;
                code: string;
                createdAt: string;
                endsAt: string;
                firstOrderOnly: boolean;
                /** @enum {string} */
                fundedBy: 'shop' | 'platform';
                id: string;
                /** @enum {string} */
                kind: 'percent' | 'fixed';
                maxDiscount: number | null;
                maxUses: number | null;
                minBag: number;
                paymentMethods: string[] | null;
                perCustomer: number | null;
                shopId: string | null;
                startsAt: string;
                /** @description a time of day the coupon works in each day: 'iftar' = from 1 hour before the day's iftar (Dhaka) to 30 minutes after it; null: any time between startsAt and endsAt */
                timeWindow: 'iftar' | null;
                used: number;
                value: number;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Make a coupon the platform pays for (valid at every shop) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default true */
            active?: boolean;
            code: string;
            /** Format: date-time */
            endsAt: string;
            /** @default false */
            firstOrderOnly?: boolean;
            /** @enum {string} */
            kind: 'percent' | 'fixed';
            /**
             * @description a cap on a percent discount, poisha
             * @default null
             */
            maxDiscount?: number | null;
            /** @default null */
            maxUses?: number | null;
            /**
             * @description poisha of goods
             * @default 0
             */
            minBag?: number;
            /**
             * @description only these payment methods (e.g. ["bkash"]); null: any
             * @default null
             */
            paymentMethods?: ('cod' | 'bkash' | 'nagad' | 'sslcommerz')[] | null;
            /** @default null */
            perCustomer?: number | null;
            /** Format: date-time */
            startsAt: string;
            /**
             * @description a time of day the coupon works in each day: 'iftar' = from 1 hour before the day's iftar (Dhaka) to 30 minutes after it; null: any time between startsAt and endsAt
             * @default null
             */
            timeWindow?: 'iftar' | null;
            /** @description percent: basis points (1000 = 10 %, at most 10000); fixed: poisha */
            value: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              active: boolean;
              code: string;
              createdAt: string;
              endsAt: string;
              firstOrderOnly: boolean;
              /** @enum {string} */
              fundedBy: 'shop' | 'platform';
              id: string;
              /** @enum {string} */
              kind: 'percent' | 'fixed';
              maxDiscount: number | null;
              maxUses: number | null;
              minBag: number;
              paymentMethods: string[] | null;
              perCustomer: number | null;
              shopId: string | null;
              startsAt: string;
              /** @description a time of day the coupon works in each day: 'iftar' = from 1 hour before the day's iftar (Dhaka) to 30 minutes after it; null: any time between startsAt and endsAt */
              timeWindow: 'iftar' | null;
              used: number;
              value: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/coupons/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Switch a platform coupon off */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              active: boolean;
              code: string;
              createdAt: string;
              endsAt: string;
              firstOrderOnly: boolean;
              /** @enum {string} */
              fundedBy: 'shop' | 'platform';
              id: string;
              /** @enum {string} */
              kind: 'percent' | 'fixed';
              maxDiscount: number | null;
              maxUses: number | null;
              minBag: number;
              paymentMethods: string[] | null;
              perCustomer: number | null;
              shopId: string | null;
              startsAt: string;
              /** @description a time of day the coupon works in each day: 'iftar' = from 1 hour before the day's iftar (Dhaka) to 30 minutes after it; null: any time between startsAt and endsAt */
              timeWindow: 'iftar' | null;
              used: number;
              value: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Edit a platform coupon's rules, or switch it off or on */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      /** @description the code, kind and value of a coupon are fixed once made */
      requestBody: {
        content: {
          'application/json': {
            active?: boolean;
            /** Format: date-time */
            endsAt?: string;
            firstOrderOnly?: boolean;
            maxDiscount?: number | null;
            maxUses?: number | null;
            minBag?: number;
            paymentMethods?: ('cod' | 'bkash' | 'nagad' | 'sslcommerz')[] | null;
            perCustomer?: number | null;
            /** Format: date-time */
            startsAt?: string;
            /** @description a time of day the coupon works in each day: 'iftar' = from 1 hour before the day's iftar (Dhaka) to 30 minutes after it; null: any time between startsAt and endsAt */
            timeWindow?: 'iftar' | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              active: boolean;
              code: string;
              createdAt: string;
              endsAt: string;
              firstOrderOnly: boolean;
              /** @enum {string} */
              fundedBy: 'shop' | 'platform';
              id: string;
              /** @enum {string} */
              kind: 'percent' | 'fixed';
              maxDiscount: number | null;
              maxUses: number | null;
              minBag: number;
              paymentMethods: string[] | null;
              perCustomer: number | null;
              shopId: string | null;
              startsAt: string;
              /** @description a time of day the coupon works in each day: 'iftar' = from 1 hour before the day's iftar (Dhaka) to 30 minutes after it; null: any time between startsAt and endsAt */
              timeWindow: 'iftar' | null;
              used: number;
              value: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/admin/delivery-rates/{zone}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Change the courier rates of one route */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          zone: 'inside_dhaka' | 'dhaka_suburb' | 'outside_dhaka';
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            perExtraKg: number;
            upTo1kg: number;
            upTo2kg: number;
            upTo500g: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              perExtraKg: number;
              upTo1kg: number;
              upTo2kg: number;
              upTo500g: number;
              /** @enum {string} */
              zone: 'inside_dhaka' | 'dhaka_suburb' | 'outside_dhaka';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/dev/mail': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mail kept in the dev mailbox, newest first */
    get: {
      parameters: {
        query?: {
          /** @description Opaque: the `nextCursor` of the previous page */
          cursor?: string;
          limit?: number;
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                createdAt: string;
                html: string | null;
                id: number;
                subject: string;
                text: string;
                to: string;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/dev/sms': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** SMS kept in the dev outbox, newest first */
    get: {
      parameters: {
        query?: {
          /** @description Opaque: the `nextCursor` of the previous page */
          cursor?: string;
          limit?: number;
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                body: string;
                createdAt: string;
                id: number;
                to: string;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/festivals/{key}/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set a moon-dependent festival's dates for a year (audited) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          key: string;
          year: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            endsOn: string;
            mainDay: string;
            note?: string | null;
            startsOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description sellers are offered a campaign for it */
              campaign: boolean;
              daysUntil: number;
              endsOn: string;
              /** @description the dates are a rule or an estimate, not yet announced */
              estimated: boolean;
              /** @enum {string} */
              key:
                | 'shab_e_barat'
                | 'ekushey'
                | 'ramadan'
                | 'shab_e_qadr'
                | 'eid_ul_fitr'
                | 'independence_day'
                | 'pohela_boishakh'
                | 'buddha_purnima'
                | 'eid_ul_adha'
                | 'ashura'
                | 'july_uprising'
                | 'janmashtami'
                | 'eid_e_miladunnabi'
                | 'durga_puja'
                | 'victory_day'
                | 'christmas';
              /** @enum {string} */
              kind: 'religious' | 'national' | 'cultural';
              mainDay: string;
              moonDependent: boolean;
              nameBn: string;
              nameEn: string;
              note: string | null;
              /** @enum {string} */
              source: 'calendar' | 'admin';
              startsOn: string;
              /** @enum {string} */
              theme: 'eid' | 'ramadan' | 'boishakh' | 'puja' | 'national' | 'general';
              year: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    /** Drop an admin's dates: the built-in calendar applies again (audited) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          key: string;
          year: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/finance/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The marketplace's commission, delivery fees, refunds and shops' balances */
    get: {
      parameters: {
        query: {
          /** @description start of the period, inclusive: YYYY-MM-DD (Dhaka) or ISO time */
          from: string;
          /** @description end of the period, exclusive: YYYY-MM-DD (Dhaka) or ISO time */
          to: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description commission in the period, net of reversals */
              commissionEarned: number;
              /** @enum {string} */
              currency: 'BDT';
              /** @description courier delivery fees kept in the period */
              deliveryFees: number;
              from: string;
              /** @description refunds that became due in the period */
              refundsDue: number;
              /** @description refunds owed to customers and not yet paid, at `to` */
              refundsOwed: number;
              /** @description refunds paid in the period */
              refundsPaid: number;
              shops: {
                /** @description customers' cash all shops hold, at `to` */
                codCash: number;
                net: number;
                /** @description what the platform owes all shops, at `to` */
                payable: number;
                receivable: number;
              };
              to: string;
              topShops: {
                codCash: number;
                nameBn: string;
                nameEn: string;
                net: number;
                payable: number;
                receivable: number;
                /** Format: uuid */
                shopId: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/jobs/{queue}/{id}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Run a failed job again with a fresh set of attempts */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          /** @description Queue name, e.g. events or scheduled.<name> */
          queue: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              queue: string;
              /** @enum {boolean} */
              retried: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/jobs/failed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Jobs that failed every attempt (newest first) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          /** @description Queue name, e.g. events or scheduled.<name> */
          queue?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                attemptsMade: number;
                data: unknown;
                failedAt: string | null;
                failedReason: string;
                id: string;
                name: string;
              }[];
              queue: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/kb/articles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every help article, drafts too, most recently edited first */
    get: {
      parameters: {
        query?: {
          /** @description Opaque: the `nextCursor` of the previous page */
          cursor?: string;
          limit?: number;
          topic?: 'payment' | 'cod' | 'return' | 'delivery' | 'refund' | 'account' | 'other';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                bodyBn: string;
                bodyEn: string;
                createdAt: string;
                id: string;
                published: boolean;
                titleBn: string;
                titleEn: string;
                /** @enum {string} */
                topic: 'payment' | 'cod' | 'return' | 'delivery' | 'refund' | 'account' | 'other';
                updatedAt: string;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Write a help article (Bengali and English) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            bodyBn: string;
            bodyEn: string;
            /** @default false */
            published?: boolean;
            titleBn: string;
            titleEn: string;
            /** @enum {string} */
            topic: 'payment' | 'cod' | 'return' | 'delivery' | 'refund' | 'account' | 'other';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bodyBn: string;
              bodyEn: string;
              createdAt: string;
              id: string;
              published: boolean;
              titleBn: string;
              titleEn: string;
              /** @enum {string} */
              topic: 'payment' | 'cod' | 'return' | 'delivery' | 'refund' | 'account' | 'other';
              updatedAt: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/kb/articles/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One help article, draft or published */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bodyBn: string;
              bodyEn: string;
              createdAt: string;
              id: string;
              published: boolean;
              titleBn: string;
              titleEn: string;
              /** @enum {string} */
              topic: 'payment' | 'cod' | 'return' | 'delivery' | 'refund' | 'account' | 'other';
              updatedAt: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a help article */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Deleted */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Edit, publish or unpublish a help article */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            bodyBn?: string;
            bodyEn?: string;
            published?: boolean;
            titleBn?: string;
            titleEn?: string;
            /** @enum {string} */
            topic?: 'payment' | 'cod' | 'return' | 'delivery' | 'refund' | 'account' | 'other';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bodyBn: string;
              bodyEn: string;
              createdAt: string;
              id: string;
              published: boolean;
              titleBn: string;
              titleEn: string;
              /** @enum {string} */
              topic: 'payment' | 'cod' | 'return' | 'delivery' | 'refund' | 'account' | 'other';
              updatedAt: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/admin/kb/unanswered': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Questions the assistant could not answer, most recent first, with how often */
    get: {
      parameters: {
        query?: {
          /** @description Opaque: the `nextCursor` of the previous page */
          cursor?: string;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                count: number;
                firstSeenAt: string;
                id: string;
                /** @enum {string} */
                lang: 'bn' | 'en';
                lastSeenAt: string;
                text: string;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/kb/unanswered/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Dismiss a question (answered by an article, or not worth one) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Dismissed */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/medicines/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Set an entry's prescription class with a reason (kept by later imports; linked products follow) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description otc: over the counter; rx: needs a prescription; rx_strict: antibiotics, controlled drugs
             * @enum {string}
             */
            prescriptionClass: 'otc' | 'rx' | 'rx_strict';
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Other brands with the same generic, strength and form, cheapest first */
              alternatives: {
                brand: string;
                dosageForm: string;
                genericName: string;
                id: string;
                manufacturer: string;
                mrp: {
                  /** @description poisha, the MRP of a pack of packQty units */
                  packPrice: number | null;
                  packQty: number | null;
                  /** @description "unit" (one tablet/capsule) or a container, "100 ml bottle" */
                  priceBasis: string | null;
                  /** @description poisha */
                  unitPrice: number | null;
                };
                /**
                 * @description otc: over the counter; rx: needs a prescription; rx_strict: antibiotics, controlled drugs
                 * @enum {string}
                 */
                prescriptionClass: 'otc' | 'rx' | 'rx_strict';
                prescriptionRequired: boolean;
                strength: string;
              }[];
              brand: string;
              classOverridden: boolean;
              classReason: string | null;
              dosageForm: string;
              drugClass: string | null;
              genericName: string;
              id: string;
              manufacturer: string;
              medicineType: string;
              mrp: {
                /** @description poisha, the MRP of a pack of packQty units */
                packPrice: number | null;
                packQty: number | null;
                /** @description "unit" (one tablet/capsule) or a container, "100 ml bottle" */
                priceBasis: string | null;
                /** @description poisha */
                unitPrice: number | null;
              };
              /**
               * @description otc: over the counter; rx: needs a prescription; rx_strict: antibiotics, controlled drugs
               * @enum {string}
               */
              prescriptionClass: 'otc' | 'rx' | 'rx_strict';
              prescriptionRequired: boolean;
              strength: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/admin/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** All orders */
    get: {
      parameters: {
        query?: {
          /** @description Opaque: the `nextCursor` of the previous page */
          cursor?: string;
          limit?: number;
          /** @description one order by its number: any case, ASCII or Bengali digits, with or without # */
          number?: string;
          shopId?: string;
          status?:
            | 'pending_payment'
            | 'placed'
            | 'accepted'
            | 'packed'
            | 'out_for_delivery'
            | 'delivered'
            | 'cancelled'
            | 'rejected'
            | 'returned'
            | 'refunded';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                address: {
                  addressLine: string;
                  label: string;
                  landmark: string | null;
                  lat: number;
                  lng: number;
                  phone: string;
                  placeId: number | null;
                  recipientName: string;
                };
                /** @description the advance a risky COD order paid by bKash (docs/risk.md); null for most orders */
                advance: {
                  /** @description poisha paid before delivery */
                  amount: number;
                  /** @description poisha still to collect at the door: total − advance */
                  dueAtDoor: number;
                  /** @enum {string} */
                  provider: 'bkash';
                  /** @description bKash's page, while the order waits for it */
                  redirectUrl: string | null;
                  /** @enum {string} */
                  status:
                    | 'pending'
                    | 'paid'
                    | 'failed'
                    | 'cancelled'
                    | 'refund_pending'
                    | 'refunded'
                    | 'refund_manual';
                } | null;
                /** @description poisha */
                codCharge: number;
                createdAt: string;
                customerId: string;
                delivery: {
                  distanceM: number | null;
                  /** @enum {string} */
                  method: 'own' | 'courier';
                  weightGrams: number;
                  zone: string | null;
                };
                /** @description poisha */
                deliveryCharge: number;
                /** @description poisha: the delivery charge waived (free delivery) */
                deliveryDiscount: number;
                /** @description poisha: the coupon's discount on the goods */
                discount: number;
                /** @description when an unpaid online order lets its stock go */
                expiresAt: string | null;
                id: string;
                /** @description Human-readable, e.g. HT-2612-000042 */
                number: string;
                payment: {
                  amount: number;
                  id: string;
                  /** @enum {string} */
                  provider: 'cod' | 'bkash' | 'nagad' | 'sslcommerz';
                  redirectUrl: string | null;
                  /** @enum {string} */
                  status:
                    | 'pending'
                    | 'paid'
                    | 'failed'
                    | 'cancelled'
                    | 'refund_pending'
                    | 'refunded'
                    | 'refund_manual';
                } | null;
                /** @enum {string} */
                paymentMethod: 'cod' | 'bkash' | 'nagad' | 'sslcommerz';
                /** @description null: no prescription needed; otherwise the order cannot be accepted until it is approved */
                prescriptionStatus: ('required' | 'submitted' | 'approved' | 'rejected') | null;
                shopId: string;
                shopName: string;
                /** @enum {string} */
                status:
                  | 'pending_payment'
                  | 'placed'
                  | 'accepted'
                  | 'packed'
                  | 'out_for_delivery'
                  | 'delivered'
                  | 'cancelled'
                  | 'rejected'
                  | 'returned'
                  | 'refunded';
                /** @description poisha */
                subtotal: number;
                /** @description poisha */
                total: number;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/payables': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What each shop may be paid now and what is pending; commission earned */
    get: {
      parameters: {
        query?: {
          /** @description one shop only */
          shopId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description poisha credited to the commission account */
              commissionEarned: number;
              items: {
                available: number;
                inFlight: number;
                method: ('bkash' | 'bank') | null;
                pending: number;
                /** Format: uuid */
                shopId: string;
                shopName: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** All payments (flagged ones carry flaggedReason) */
    get: {
      parameters: {
        query?: {
          /** @description Opaque: the `nextCursor` of the previous page */
          cursor?: string;
          limit?: number;
          /** @description one order by its number: any case, ASCII or Bengali digits, with or without # */
          orderNumber?: string;
          provider?: 'cod' | 'bkash' | 'nagad' | 'sslcommerz';
          status?:
            | 'pending'
            | 'paid'
            | 'failed'
            | 'cancelled'
            | 'refund_pending'
            | 'refunded'
            | 'refund_manual';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                amount: number;
                capturedAt: string | null;
                createdAt: string;
                flaggedReason: string | null;
                flags: {
                  /** @enum {string} */
                  code:
                    | 'paid_while_closed'
                    | 'no_provider_transaction'
                    | 'no_refund_api'
                    | 'refund_failed'
                    | 'other';
                  detail?: string;
                  orderStatus?: string;
                }[];
                id: string;
                merchantTxnId: string;
                orderId: string;
                orderNumber: string;
                /** @enum {string} */
                provider: 'cod' | 'bkash' | 'nagad' | 'sslcommerz';
                providerRef: string | null;
                providerTxnId: string | null;
                refundRef: string | null;
                /** @enum {string} */
                status:
                  | 'pending'
                  | 'paid'
                  | 'failed'
                  | 'cancelled'
                  | 'refund_pending'
                  | 'refunded'
                  | 'refund_manual';
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/payout-runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Payout runs, newest first */
    get: {
      parameters: {
        query?: {
          /** @description Opaque: the `nextCursor` of the previous page */
          cursor?: string;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                counts: {
                  [key: string]: number;
                };
                createdAt: string;
                /** Format: uuid */
                id: string;
                key: string;
                minimum: number;
                shopIds: string[] | null;
                skipped: {
                  available: number;
                  reason: string;
                  /** Format: uuid */
                  shopId: string;
                }[];
                total: number;
                /** @enum {string} */
                trigger: 'manual' | 'schedule';
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Start a payout run (the same key again: the same run, never a second payment) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description idempotency key: the same key is the same run */
            key: string;
            /** @description poisha */
            minimum?: number;
            /** @description only these shops */
            shopIds?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              counts: {
                [key: string]: number;
              };
              createdAt: string;
              /** Format: uuid */
              id: string;
              key: string;
              minimum: number;
              payouts: {
                /** @description poisha */
                amount: number;
                createdAt: string;
                /** @description the wallet or account, masked */
                destination: string;
                failureReason: string | null;
                fee: number | null;
                /** Format: uuid */
                id: string;
                invoice: string;
                /** @enum {string} */
                method: 'bkash' | 'bank';
                providerTxnId: string | null;
                /** Format: uuid */
                runId: string;
                settledAt: string | null;
                /** Format: uuid */
                shopId: string;
                shopName: string | null;
                /** @enum {string} */
                status: 'pending' | 'processing' | 'sent' | 'paid' | 'failed';
              }[];
              replayed?: boolean;
              shopIds: string[] | null;
              skipped: {
                available: number;
                reason: string;
                /** Format: uuid */
                shopId: string;
              }[];
              total: number;
              /** @enum {string} */
              trigger: 'manual' | 'schedule';
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              counts: {
                [key: string]: number;
              };
              createdAt: string;
              /** Format: uuid */
              id: string;
              key: string;
              minimum: number;
              payouts: {
                /** @description poisha */
                amount: number;
                createdAt: string;
                /** @description the wallet or account, masked */
                destination: string;
                failureReason: string | null;
                fee: number | null;
                /** Format: uuid */
                id: string;
                invoice: string;
                /** @enum {string} */
                method: 'bkash' | 'bank';
                providerTxnId: string | null;
                /** Format: uuid */
                runId: string;
                settledAt: string | null;
                /** Format: uuid */
                shopId: string;
                shopName: string | null;
                /** @enum {string} */
                status: 'pending' | 'processing' | 'sent' | 'paid' | 'failed';
              }[];
              replayed?: boolean;
              shopIds: string[] | null;
              skipped: {
                available: number;
                reason: string;
                /** Format: uuid */
                shopId: string;
              }[];
              total: number;
              /** @enum {string} */
              trigger: 'manual' | 'schedule';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/payout-runs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A payout run and its payouts */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              counts: {
                [key: string]: number;
              };
              createdAt: string;
              /** Format: uuid */
              id: string;
              key: string;
              minimum: number;
              payouts: {
                /** @description poisha */
                amount: number;
                createdAt: string;
                /** @description the wallet or account, masked */
                destination: string;
                failureReason: string | null;
                fee: number | null;
                /** Format: uuid */
                id: string;
                invoice: string;
                /** @enum {string} */
                method: 'bkash' | 'bank';
                providerTxnId: string | null;
                /** Format: uuid */
                runId: string;
                settledAt: string | null;
                /** Format: uuid */
                shopId: string;
                shopName: string | null;
                /** @enum {string} */
                status: 'pending' | 'processing' | 'sent' | 'paid' | 'failed';
              }[];
              replayed?: boolean;
              shopIds: string[] | null;
              skipped: {
                available: number;
                reason: string;
                /** Format: uuid */
                shopId: string;
              }[];
              total: number;
              /** @enum {string} */
              trigger: 'manual' | 'schedule';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/payout-runs/{id}/beftn.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The run's bank transfers as a BEFTN-style CSV file */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/payouts/{id}/settlement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A bank transfer's outcome: paid, or failed (the amount is credited back) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            outcome: 'paid' | 'failed';
            /** @description why it failed (returned by the bank…) */
            reason?: string;
            /** @description the bank's reference for the transfer */
            reference?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              counts: {
                [key: string]: number;
              };
              createdAt: string;
              /** Format: uuid */
              id: string;
              key: string;
              minimum: number;
              payouts: {
                /** @description poisha */
                amount: number;
                createdAt: string;
                /** @description the wallet or account, masked */
                destination: string;
                failureReason: string | null;
                fee: number | null;
                /** Format: uuid */
                id: string;
                invoice: string;
                /** @enum {string} */
                method: 'bkash' | 'bank';
                providerTxnId: string | null;
                /** Format: uuid */
                runId: string;
                settledAt: string | null;
                /** Format: uuid */
                shopId: string;
                shopName: string | null;
                /** @enum {string} */
                status: 'pending' | 'processing' | 'sent' | 'paid' | 'failed';
              }[];
              replayed?: boolean;
              shopIds: string[] | null;
              skipped: {
                available: number;
                reason: string;
                /** Format: uuid */
                shopId: string;
              }[];
              total: number;
              /** @enum {string} */
              trigger: 'manual' | 'schedule';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every product of every shop, newest first, by name/SKU, shop or hidden state */
    get: {
      parameters: {
        query?: {
          /** @description Opaque: the `nextCursor` of the previous page */
          cursor?: string;
          /** @description true: only hidden products; false: only not hidden; unset: all */
          hidden?: 'true' | 'false';
          limit?: number;
          /** @description A piece of the name (bn/en) or SKU */
          q?: string;
          shopId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                createdAt: string;
                hidden: boolean;
                hiddenAt: string | null;
                hiddenReason: string | null;
                id: string;
                /** @description Lowest variant price, poisha */
                minPrice: number | null;
                nameBn: string | null;
                nameEn: string | null;
                shop: {
                  id: string;
                  nameBn: string;
                  nameEn: string;
                  /** @enum {string} */
                  status: 'pending' | 'approved' | 'rejected' | 'suspended';
                };
                sku: string;
                /** @enum {string} */
                status: 'draft' | 'active' | 'archived';
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/products/{id}/hide': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Hide a product with a reason: gone from public pages, search and checkout; its shop sees the reason */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              attributes: {
                [key: string]: unknown;
              };
              categoryId: string | null;
              createdAt: string;
              descriptionBn: string | null;
              descriptionEn: string | null;
              /** @description Hidden by an admin: only its shop and admins see it */
              hidden: boolean;
              hiddenAt: string | null;
              /** @description The admin's reason, shown to the seller */
              hiddenReason: string | null;
              id: string;
              images: {
                height: number | null;
                id: string;
                position: number;
                /** @enum {string} */
                status: 'processing' | 'ready' | 'failed';
                /** @description Set once the image is ready */
                urls: {
                  large: string;
                  medium: string;
                  thumb: string;
                } | null;
                width: number | null;
              }[];
              /** @enum {string} */
              kind: 'medicine' | 'grocery' | 'electronics' | 'food' | 'general';
              nameBn: string | null;
              nameEn: string | null;
              shopId: string;
              sku: string;
              /** @enum {string} */
              status: 'draft' | 'active' | 'archived';
              /** @enum {string} */
              unit: 'piece' | 'kg' | 'g' | 'litre' | 'ml' | 'dozen' | 'pack' | 'strip' | 'box';
              updatedAt: string;
              variants: {
                /**
                 * @description in_stock: more than 5 on hand; few_left: 1 to 5; out_of_stock: none
                 * @enum {string}
                 */
                availability: 'in_stock' | 'few_left' | 'out_of_stock';
                compareAtPrice: number | null;
                id: string;
                label: string | null;
                /** @description The owning seller and admins only */
                lowStock?: boolean;
                /** @description The owning seller and admins only */
                lowStockThreshold?: number;
                /** @description Exact stock: the owning seller and admins only */
                onHand?: number;
                price: number;
                sku: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/products/{id}/unhide': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Show a hidden product again */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              attributes: {
                [key: string]: unknown;
              };
              categoryId: string | null;
              createdAt: string;
              descriptionBn: string | null;
              descriptionEn: string | null;
              /** @description Hidden by an admin: only its shop and admins see it */
              hidden: boolean;
              hiddenAt: string | null;
              /** @description The admin's reason, shown to the seller */
              hiddenReason: string | null;
              id: string;
              images: {
                height: number | null;
                id: string;
                position: number;
                /** @enum {string} */
                status: 'processing' | 'ready' | 'failed';
                /** @description Set once the image is ready */
                urls: {
                  large: string;
                  medium: string;
                  thumb: string;
                } | null;
                width: number | null;
              }[];
              /** @enum {string} */
              kind: 'medicine' | 'grocery' | 'electronics' | 'food' | 'general';
              nameBn: string | null;
              nameEn: string | null;
              shopId: string;
              sku: string;
              /** @enum {string} */
              status: 'draft' | 'active' | 'archived';
              /** @enum {string} */
              unit: 'piece' | 'kg' | 'g' | 'litre' | 'ml' | 'dozen' | 'pack' | 'strip' | 'box';
              updatedAt: string;
              variants: {
                /**
                 * @description in_stock: more than 5 on hand; few_left: 1 to 5; out_of_stock: none
                 * @enum {string}
                 */
                availability: 'in_stock' | 'few_left' | 'out_of_stock';
                compareAtPrice: number | null;
                id: string;
                label: string | null;
                /** @description The owning seller and admins only */
                lowStock?: boolean;
                /** @description The owning seller and admins only */
                lowStockThreshold?: number;
                /** @description Exact stock: the owning seller and admins only */
                onHand?: number;
                price: number;
                sku: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/reconciliation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The ledger's clearing account against the provider's settlement report */
    get: {
      parameters: {
        query: {
          from: string;
          provider: 'bkash' | 'nagad' | 'sslcommerz';
          /** @description an uploaded report instead of the provider’s own */
          reportId?: string;
          to: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              differences: {
                /** @enum {string} */
                kind: 'missing_in_ledger' | 'missing_in_report' | 'amount_mismatch';
                ledgerAmount: number | null;
                orderId?: string | null;
                providerTxnId: string;
                reportAmount: number | null;
                /** @description payment, refund or payout */
                type: string;
              }[];
              from: string;
              ledgerTotal: number;
              matched: number;
              provider: string;
              reportTotal: number;
              /** @enum {string} */
              source: 'provider' | 'upload';
              to: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/reconciliation/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Upload a provider's settlement report (CSV from its merchant portal) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            csv: string;
            fileName?: string;
            /** @enum {string} */
            provider: 'bkash' | 'nagad' | 'sslcommerz';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              /** Format: uuid */
              id: string;
              lines: number;
              provider: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/refunds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Partial refunds (?status=manual|failed: to pay by hand) */
    get: {
      parameters: {
        query?: {
          status?: 'pending' | 'refunded' | 'manual' | 'failed';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                amount: number;
                createdAt: string;
                failure: string | null;
                id: string;
                method: string;
                msisdn: string | null;
                orderId: string;
                paymentId: string;
                provider: string;
                providerRef: string | null;
                refundedAt: string | null;
                returnId: string | null;
                /** @enum {string} */
                status: 'pending' | 'refunded' | 'manual' | 'failed';
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/refunds/{id}/mark-paid': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A manual or failed refund was paid by hand, with its reference (audited) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reference: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              amount: number;
              createdAt: string;
              failure: string | null;
              id: string;
              method: string;
              msisdn: string | null;
              orderId: string;
              paymentId: string;
              provider: string;
              providerRef: string | null;
              refundedAt: string | null;
              returnId: string | null;
              /** @enum {string} */
              status: 'pending' | 'refunded' | 'manual' | 'failed';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/return-windows': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Return window hours per shop type */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              windows: {
                hours: number;
                shopType: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Change return window hours of shop types (audited; 0: no returns) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            windows: {
              hours: number;
              /** @enum {string} */
              shopType:
                | 'grocery'
                | 'pharmacy'
                | 'restaurant'
                | 'electronics'
                | 'hardware'
                | 'fashion'
                | 'other';
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              windows: {
                hours: number;
                shopType: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/returns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** All returns (?status=&shopId=) */
    get: {
      parameters: {
        query?: {
          /** @description Opaque: the `nextCursor` of the previous page */
          cursor?: string;
          limit?: number;
          shopId?: string;
          status?:
            | 'requested'
            | 'accepted'
            | 'refused'
            | 'cancelled'
            | 'picked_up'
            | 'checked'
            | 'refunded'
            | 'refund_manual'
            | 'refund_failed';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                createdAt: string;
                customerId: string;
                events: {
                  actorRole: string;
                  createdAt: string;
                  from: string | null;
                  reason: string | null;
                  to: string;
                }[];
                id: string;
                lines: {
                  amount: number;
                  id: number;
                  name: string;
                  orderItemId: number;
                  quantity: number;
                  resellable: boolean | null;
                  unitPrice: number;
                  variantLabel: string | null;
                }[];
                /** @description poisha */
                linesAmount: number;
                nextSteps: (
                  | 'requested'
                  | 'accepted'
                  | 'refused'
                  | 'cancelled'
                  | 'picked_up'
                  | 'checked'
                  | 'refunded'
                  | 'refund_manual'
                  | 'refund_failed'
                )[];
                note: string | null;
                orderId: string;
                orderNumber: string;
                photos: {
                  id: string;
                  thumbUrl: string;
                  url: string;
                }[];
                /** @enum {string} */
                reason:
                  | 'damaged'
                  | 'wrong_item'
                  | 'not_as_described'
                  | 'expired'
                  | 'missing_parts'
                  | 'changed_mind'
                  | 'other';
                refund: {
                  amount: number;
                  id: string;
                  method: string;
                  providerRef: string | null;
                  refundedAt: string | null;
                  /** @enum {string} */
                  status: 'pending' | 'refunded' | 'manual' | 'failed';
                } | null;
                /** @description poisha, set when checked */
                refundAmount: number | null;
                /** @enum {string} */
                refundMethod: 'provider' | 'manual' | 'bkash_number';
                /** @description masked for the seller */
                refundMsisdn: string | null;
                shopId: string;
                /** @enum {string} */
                status:
                  | 'requested'
                  | 'accepted'
                  | 'refused'
                  | 'cancelled'
                  | 'picked_up'
                  | 'checked'
                  | 'refunded'
                  | 'refund_manual'
                  | 'refund_failed';
                updatedAt: string;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Reviews to moderate, newest first (hidden=true: the hidden ones) */
    get: {
      parameters: {
        query?: {
          /** @description Opaque: the `nextCursor` of the previous page */
          cursor?: string;
          /** @description true: only hidden reviews; false: only visible ones; unset: all */
          hidden?: 'true' | 'false';
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                createdAt: string;
                hidden: boolean;
                hiddenReason: string | null;
                id: string;
                orderItemId: number;
                photos: {
                  height: number;
                  id: string;
                  large: string;
                  thumb: string;
                  width: number;
                }[];
                productId: string;
                rating: number;
                reply: {
                  createdAt: string;
                  text: string;
                } | null;
                shopId: string;
                text: string | null;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/reviews/{id}/hide': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Hide an abusive review */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              hidden: boolean;
              hiddenReason: string | null;
              id: string;
              orderItemId: number;
              photos: {
                height: number;
                id: string;
                large: string;
                thumb: string;
                width: number;
              }[];
              productId: string;
              rating: number;
              reply: {
                createdAt: string;
                text: string;
              } | null;
              shopId: string;
              text: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/reviews/{id}/unhide': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Show a hidden review again */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              hidden: boolean;
              hiddenReason: string | null;
              id: string;
              orderItemId: number;
              photos: {
                height: number;
                id: string;
                large: string;
                thumb: string;
                width: number;
              }[];
              productId: string;
              rating: number;
              reply: {
                createdAt: string;
                text: string;
              } | null;
              shopId: string;
              text: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/risk/blocks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The block list of phones whose cash-on-delivery orders are refused */
    get: {
      parameters: {
        query?: {
          /** @description also the lifted entries */
          all?: 'true' | 'false';
          /** @description Opaque: the `nextCursor` of the previous page */
          cursor?: string;
          limit?: number;
          phone?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                createdAt: string;
                createdBy: string | null;
                /** Format: uuid */
                id: string;
                liftedAt: string | null;
                liftedBy: string | null;
                phone: string;
                reason: string;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Blocks a phone from cash on delivery on every shop (audited) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            phone: string;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              createdBy: string | null;
              /** Format: uuid */
              id: string;
              liftedAt: string | null;
              liftedBy: string | null;
              phone: string;
              reason: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/risk/blocks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Lifts a block (audited; the entry stays as history) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              createdBy: string | null;
              /** Format: uuid */
              id: string;
              liftedAt: string | null;
              liftedBy: string | null;
              phone: string;
              reason: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/shops': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Shops by status with their owners, oldest first */
    get: {
      parameters: {
        query?: {
          /** @description Opaque: the `nextCursor` of the previous page */
          cursor?: string;
          limit?: number;
          /** @description A piece of the name (bn/en), phone or slug */
          q?: string;
          status?: 'pending' | 'approved' | 'rejected' | 'suspended';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                address: string;
                /** @description 13 digits, or null */
                bin: string | null;
                createdAt: string;
                deliveryRadiusM: number;
                drugLicence: string | null;
                id: string;
                lat: number;
                lng: number;
                nameBn: string;
                nameEn: string;
                openingHours: {
                  /** @description HH:MM, after open */
                  close: string;
                  /** @description 0 = Sunday */
                  day: number;
                  /** @description HH:MM, Asia/Dhaka */
                  open: string;
                }[];
                owner: {
                  email: string | null;
                  id: string;
                  name: string;
                  phone: string | null;
                };
                /** @description The owner and admins only; absent in public answers */
                ownerId?: string;
                phone: string;
                placeId: number | null;
                rejectionReason: string | null;
                slug: string;
                /** @enum {string} */
                status: 'pending' | 'approved' | 'rejected' | 'suspended';
                suspendedAt: string | null;
                /** @description Why an admin suspended the shop (set while suspended) */
                suspensionReason: string | null;
                tradeLicence: string | null;
                /** @enum {string} */
                type:
                  | 'grocery'
                  | 'pharmacy'
                  | 'restaurant'
                  | 'electronics'
                  | 'hardware'
                  | 'fashion'
                  | 'other';
                updatedAt: string;
                vatRate: number | null;
                vatRegistered: boolean;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/shops/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve a shop; the seller is told by SMS and email */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Shop */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: string;
              /** @description 13 digits, or null */
              bin: string | null;
              createdAt: string;
              deliveryRadiusM: number;
              drugLicence: string | null;
              id: string;
              lat: number;
              lng: number;
              nameBn: string;
              nameEn: string;
              openingHours: {
                /** @description HH:MM, after open */
                close: string;
                /** @description 0 = Sunday */
                day: number;
                /** @description HH:MM, Asia/Dhaka */
                open: string;
              }[];
              /** @description The owner and admins only; absent in public answers */
              ownerId?: string;
              phone: string;
              placeId: number | null;
              rejectionReason: string | null;
              slug: string;
              /** @enum {string} */
              status: 'pending' | 'approved' | 'rejected' | 'suspended';
              suspendedAt: string | null;
              /** @description Why an admin suspended the shop (set while suspended) */
              suspensionReason: string | null;
              tradeLicence: string | null;
              /** @enum {string} */
              type:
                | 'grocery'
                | 'pharmacy'
                | 'restaurant'
                | 'electronics'
                | 'hardware'
                | 'fashion'
                | 'other';
              updatedAt: string;
              vatRate: number | null;
              vatRegistered: boolean;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/shops/{id}/ledger/adjustments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A manual adjustment of a shop's balance, with a reason (audited) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description poisha: positive credits the shop, negative charges it */
            amount: number;
            /** @description idempotency key: the same key posts once */
            key?: string;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              balance: {
                /** @description poisha of customers’ cash the shop holds */
                codCash: number;
                /** @enum {string} */
                currency: 'BDT';
                /** @description payable − receivable − codCash: positive, the platform pays */
                net: number;
                /** @description poisha the platform owes the shop */
                payable: number;
                /** @description poisha the shop owes the platform (charges) */
                receivable: number;
                /** Format: uuid */
                shopId: string;
              };
              replayed: boolean;
              transactionId: number;
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              balance: {
                /** @description poisha of customers’ cash the shop holds */
                codCash: number;
                /** @enum {string} */
                currency: 'BDT';
                /** @description payable − receivable − codCash: positive, the platform pays */
                net: number;
                /** @description poisha the platform owes the shop */
                payable: number;
                /** @description poisha the shop owes the platform (charges) */
                receivable: number;
                /** Format: uuid */
                shopId: string;
              };
              replayed: boolean;
              transactionId: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/shops/{id}/reinstate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reinstate a suspended shop; the seller is told */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Shop */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: string;
              /** @description 13 digits, or null */
              bin: string | null;
              createdAt: string;
              deliveryRadiusM: number;
              drugLicence: string | null;
              id: string;
              lat: number;
              lng: number;
              nameBn: string;
              nameEn: string;
              openingHours: {
                /** @description HH:MM, after open */
                close: string;
                /** @description 0 = Sunday */
                day: number;
                /** @description HH:MM, Asia/Dhaka */
                open: string;
              }[];
              /** @description The owner and admins only; absent in public answers */
              ownerId?: string;
              phone: string;
              placeId: number | null;
              rejectionReason: string | null;
              slug: string;
              /** @enum {string} */
              status: 'pending' | 'approved' | 'rejected' | 'suspended';
              suspendedAt: string | null;
              /** @description Why an admin suspended the shop (set while suspended) */
              suspensionReason: string | null;
              tradeLicence: string | null;
              /** @enum {string} */
              type:
                | 'grocery'
                | 'pharmacy'
                | 'restaurant'
                | 'electronics'
                | 'hardware'
                | 'fashion'
                | 'other';
              updatedAt: string;
              vatRate: number | null;
              vatRegistered: boolean;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/shops/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reject a pending shop with a reason; the seller is told by SMS and email */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Shop */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: string;
              /** @description 13 digits, or null */
              bin: string | null;
              createdAt: string;
              deliveryRadiusM: number;
              drugLicence: string | null;
              id: string;
              lat: number;
              lng: number;
              nameBn: string;
              nameEn: string;
              openingHours: {
                /** @description HH:MM, after open */
                close: string;
                /** @description 0 = Sunday */
                day: number;
                /** @description HH:MM, Asia/Dhaka */
                open: string;
              }[];
              /** @description The owner and admins only; absent in public answers */
              ownerId?: string;
              phone: string;
              placeId: number | null;
              rejectionReason: string | null;
              slug: string;
              /** @enum {string} */
              status: 'pending' | 'approved' | 'rejected' | 'suspended';
              suspendedAt: string | null;
              /** @description Why an admin suspended the shop (set while suspended) */
              suspensionReason: string | null;
              tradeLicence: string | null;
              /** @enum {string} */
              type:
                | 'grocery'
                | 'pharmacy'
                | 'restaurant'
                | 'electronics'
                | 'hardware'
                | 'fashion'
                | 'other';
              updatedAt: string;
              vatRate: number | null;
              vatRegistered: boolean;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/shops/{id}/suspend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Suspend an approved shop with a reason: hidden from search, nearby, its page and checkout; the seller is told */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Shop */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: string;
              /** @description 13 digits, or null */
              bin: string | null;
              createdAt: string;
              deliveryRadiusM: number;
              drugLicence: string | null;
              id: string;
              lat: number;
              lng: number;
              nameBn: string;
              nameEn: string;
              openingHours: {
                /** @description HH:MM, after open */
                close: string;
                /** @description 0 = Sunday */
                day: number;
                /** @description HH:MM, Asia/Dhaka */
                open: string;
              }[];
              /** @description The owner and admins only; absent in public answers */
              ownerId?: string;
              phone: string;
              placeId: number | null;
              rejectionReason: string | null;
              slug: string;
              /** @enum {string} */
              status: 'pending' | 'approved' | 'rejected' | 'suspended';
              suspendedAt: string | null;
              /** @description Why an admin suspended the shop (set while suspended) */
              suspensionReason: string | null;
              tradeLicence: string | null;
              /** @enum {string} */
              type:
                | 'grocery'
                | 'pharmacy'
                | 'restaurant'
                | 'electronics'
                | 'hardware'
                | 'fashion'
                | 'other';
              updatedAt: string;
              vatRate: number | null;
              vatRegistered: boolean;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Users, newest first; q matches name, phone (any form) or email */
    get: {
      parameters: {
        query?: {
          /** @description Opaque: the `nextCursor` of the previous page */
          cursor?: string;
          limit?: number;
          q?: string;
          role?: 'customer' | 'seller' | 'admin';
          status?: 'active' | 'blocked' | 'deleted';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                createdAt: string;
                email: string | null;
                id: string;
                lastLoginAt: string | null;
                name: string;
                phone: string | null;
                /** @enum {string} */
                role: 'customer' | 'seller' | 'admin';
                /** @enum {string} */
                status: 'active' | 'blocked' | 'deleted';
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One user, with the shops they own and how many orders they placed */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              email: string | null;
              id: string;
              lastLoginAt: string | null;
              name: string;
              orderCount: number;
              phone: string | null;
              /** @enum {string} */
              role: 'customer' | 'seller' | 'admin';
              shops: {
                id: string;
                name: string;
                status: string;
              }[];
              /** @enum {string} */
              status: 'active' | 'blocked' | 'deleted';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/users/{id}/block': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Block a user: their tokens stop working at once and their streams close */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              email: string | null;
              id: string;
              lastLoginAt: string | null;
              name: string;
              phone: string | null;
              /** @enum {string} */
              role: 'customer' | 'seller' | 'admin';
              /** @enum {string} */
              status: 'active' | 'blocked' | 'deleted';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/users/{id}/role': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set a user's role; it applies from their next request */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            role: 'customer' | 'seller' | 'admin';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              email: string | null;
              id: string;
              lastLoginAt: string | null;
              name: string;
              phone: string | null;
              /** @enum {string} */
              role: 'customer' | 'seller' | 'admin';
              /** @enum {string} */
              status: 'active' | 'blocked' | 'deleted';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/users/{id}/unblock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Lift a block (the user signs in again) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              email: string | null;
              id: string;
              lastLoginAt: string | null;
              name: string;
              phone: string | null;
              /** @enum {string} */
              role: 'customer' | 'seller' | 'admin';
              /** @enum {string} */
              status: 'active' | 'blocked' | 'deleted';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/assistant/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Talk to the assistant (guests: keep the X-Guest-Token it returns). Accept: text/event-stream streams the reply: `chunk` events, then `done` with the whole answer */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            lat?: number;
            lng?: number;
            /** Format: uuid */
            sessionId?: string;
            text: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              handoff: {
                /** @enum {string} */
                inbox: 'shop' | 'admin';
                threadId: string;
              } | null;
              reply: {
                actions: (
                  | {
                      href: string;
                      label: string;
                      /** @enum {string} */
                      type: 'link';
                    }
                  | {
                      label: string;
                      text: string;
                      /** @enum {string} */
                      type: 'reply';
                    }
                  | {
                      label: string;
                      name: string;
                      price: number;
                      productId: string;
                      quantity: number;
                      shopId: string;
                      shopName: string;
                      /** @enum {string} */
                      type: 'add_to_bag';
                      variantId: string;
                      variantLabel: string | null;
                    }
                )[];
                cards: (
                  | {
                      distanceM: number | null;
                      inStock: boolean;
                      name: string;
                      prescriptionRequired: boolean;
                      price: number;
                      productId: string;
                      rating: number | null;
                      shopId: string;
                      shopName: string;
                      /** @enum {string} */
                      type: 'product';
                      variantId: string;
                    }
                  | {
                      distanceM: number | null;
                      name: string;
                      openNow: boolean | null;
                      rating: number | null;
                      shopId: string;
                      /** @enum {string} */
                      type: 'shop';
                    }
                  | {
                      number: string;
                      orderId: string;
                      shopName: string;
                      status: string;
                      total: number;
                      /** @enum {string} */
                      type: 'order';
                    }
                  | {
                      articleId: string;
                      title: string;
                      /** @enum {string} */
                      type: 'article';
                    }
                )[];
                confidence: number;
                intent: string;
                /** @enum {string} */
                lang: 'bn' | 'en';
                text: string;
              };
              sessionId: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/assistant/sessions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A conversation with its messages and people's answers (only its owner: the account, or the guest's X-Guest-Token) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              id: string;
              /** @enum {string} */
              lang: 'bn' | 'en';
              messages: {
                actions: (
                  | {
                      href: string;
                      label: string;
                      /** @enum {string} */
                      type: 'link';
                    }
                  | {
                      label: string;
                      text: string;
                      /** @enum {string} */
                      type: 'reply';
                    }
                  | {
                      label: string;
                      name: string;
                      price: number;
                      productId: string;
                      quantity: number;
                      shopId: string;
                      shopName: string;
                      /** @enum {string} */
                      type: 'add_to_bag';
                      variantId: string;
                      variantLabel: string | null;
                    }
                )[];
                cards: (
                  | {
                      distanceM: number | null;
                      inStock: boolean;
                      name: string;
                      prescriptionRequired: boolean;
                      price: number;
                      productId: string;
                      rating: number | null;
                      shopId: string;
                      shopName: string;
                      /** @enum {string} */
                      type: 'product';
                      variantId: string;
                    }
                  | {
                      distanceM: number | null;
                      name: string;
                      openNow: boolean | null;
                      rating: number | null;
                      shopId: string;
                      /** @enum {string} */
                      type: 'shop';
                    }
                  | {
                      number: string;
                      orderId: string;
                      shopName: string;
                      status: string;
                      total: number;
                      /** @enum {string} */
                      type: 'order';
                    }
                  | {
                      articleId: string;
                      title: string;
                      /** @enum {string} */
                      type: 'article';
                    }
                )[];
                confidence: number | null;
                createdAt: string;
                id: number;
                intent: string | null;
                /** @enum {string} */
                lang: 'bn' | 'en';
                /** @enum {string} */
                role: 'user' | 'assistant' | 'agent';
                text: string;
              }[];
              threads: {
                createdAt: string;
                id: string;
                /** @enum {string} */
                inbox: 'shop' | 'admin';
                messages: {
                  /** @enum {string} */
                  authorRole: 'customer' | 'seller' | 'admin' | 'assistant';
                  createdAt: string;
                  id: number;
                  text: string;
                }[];
                /** @enum {string} */
                status: 'open' | 'answered' | 'closed';
                subject: string;
              }[];
              updatedAt: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in with phone or email and password */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            identifier: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              accessToken: string;
              expiresIn: number;
              refreshToken: string;
              user: {
                createdAt: string;
                email: string | null;
                emailVerified: boolean;
                id: string;
                /** @enum {string} */
                locale: 'bn' | 'en';
                name: string;
                phone: string | null;
                phoneVerified: boolean;
                /** @enum {string} */
                role: 'customer' | 'seller' | 'admin';
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End this session (its refresh-token family) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            refreshToken?: string;
          } | null;
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password/forgot': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a reset link (email) or 6-digit code (phone); always 202 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            identifier: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password/reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set a new password with the emailed token or the SMS code */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json':
            | {
                newPassword: string;
                token: string;
              }
            | {
                code: string;
                newPassword: string;
                phone: string;
              };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Rotate the refresh token (body or haat_rt cookie) for a new session */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            refreshToken?: string;
          } | null;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              accessToken: string;
              expiresIn: number;
              refreshToken: string;
              user: {
                createdAt: string;
                email: string | null;
                emailVerified: boolean;
                id: string;
                /** @enum {string} */
                locale: 'bn' | 'en';
                name: string;
                phone: string | null;
                phoneVerified: boolean;
                /** @enum {string} */
                role: 'customer' | 'seller' | 'admin';
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/register': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start a customer or seller registration: a 6-digit code goes to the phone (else the email). Always 202 with the same shape, whether or not the phone or email already has an account (its owner is told instead). */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            accountType?: 'customer' | 'seller';
            email?: string;
            /** @enum {string} */
            locale?: 'bn' | 'en';
            name: string;
            password: string;
            phone?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              channel: 'phone' | 'email';
              expiresIn: number;
              registrationId: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/register/resend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a new registration code (60 s cooldown, SMS caps) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            registrationId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/register/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Finish a registration with its code: creates the account and signs in */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
            /** Format: uuid */
            registrationId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              accessToken: string;
              expiresIn: number;
              refreshToken: string;
              user: {
                createdAt: string;
                email: string | null;
                emailVerified: boolean;
                id: string;
                /** @enum {string} */
                locale: 'bn' | 'en';
                name: string;
                phone: string | null;
                phoneVerified: boolean;
                /** @enum {string} */
                role: 'customer' | 'seller' | 'admin';
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/unlock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in with the one-time link token or SMS code; clears the login lockout */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json':
            | {
                token: string;
              }
            | {
                code: string;
                phone: string;
              };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              accessToken: string;
              expiresIn: number;
              refreshToken: string;
              user: {
                createdAt: string;
                email: string | null;
                emailVerified: boolean;
                id: string;
                /** @enum {string} */
                locale: 'bn' | 'en';
                name: string;
                phone: string | null;
                phoneVerified: boolean;
                /** @enum {string} */
                role: 'customer' | 'seller' | 'admin';
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/unlock/send': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a one-time sign-in link (email) or code (phone) that also lifts a login lockout; always 202 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            identifier: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/verify/email': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Verify an email address with the token from the link */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            token: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              user: {
                createdAt: string;
                email: string | null;
                emailVerified: boolean;
                id: string;
                /** @enum {string} */
                locale: 'bn' | 'en';
                name: string;
                phone: string | null;
                phoneVerified: boolean;
                /** @enum {string} */
                role: 'customer' | 'seller' | 'admin';
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/verify/email/send': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a new email verification link */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/verify/phone': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Verify the phone number with the 6-digit code */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              user: {
                createdAt: string;
                email: string | null;
                emailVerified: boolean;
                id: string;
                /** @enum {string} */
                locale: 'bn' | 'en';
                name: string;
                phone: string | null;
                phoneVerified: boolean;
                /** @enum {string} */
                role: 'customer' | 'seller' | 'admin';
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/verify/phone/send': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a new 6-digit phone code (60 s cooldown) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bag-reminders/opt-out': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Turn bag reminders off from the reminder's link (no sign-in) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            token: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cart': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The cart with current prices and what changed */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description what changed since the customer last saw each line */
              changes: {
                /** @enum {string} */
                kind: 'price_changed' | 'quantity_reduced' | 'unavailable';
                now?: number;
                variantId: string;
                was?: number;
              }[];
              items: {
                available: boolean;
                compareAtPrice: number | null;
                lineTotal: number;
                name: string;
                onHand: number;
                productId: string;
                quantity: number;
                shopId: string;
                shopName: string;
                /** @description poisha */
                unitPrice: number;
                variantId: string;
                variantLabel: string | null;
              }[];
              subtotal: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Replace the whole cart (quantities capped to stock are reported) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            items: {
              quantity: number;
              /** Format: uuid */
              variantId: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adjustments: {
                quantity: number;
                /** @enum {string} */
                result: 'added' | 'reduced' | 'dropped';
                variantId: string;
              }[];
              /** @description what changed since the customer last saw each line */
              changes: {
                /** @enum {string} */
                kind: 'price_changed' | 'quantity_reduced' | 'unavailable';
                now?: number;
                variantId: string;
                was?: number;
              }[];
              items: {
                available: boolean;
                compareAtPrice: number | null;
                lineTotal: number;
                name: string;
                onHand: number;
                productId: string;
                quantity: number;
                shopId: string;
                shopName: string;
                /** @description poisha */
                unitPrice: number;
                variantId: string;
                variantLabel: string | null;
              }[];
              subtotal: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    /** Empty the cart */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cart/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a quantity of a variant (checked against stock and the per-item limit) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            quantity: number;
            /** Format: uuid */
            variantId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description what changed since the customer last saw each line */
              changes: {
                /** @enum {string} */
                kind: 'price_changed' | 'quantity_reduced' | 'unavailable';
                now?: number;
                variantId: string;
                was?: number;
              }[];
              items: {
                available: boolean;
                compareAtPrice: number | null;
                lineTotal: number;
                name: string;
                onHand: number;
                productId: string;
                quantity: number;
                shopId: string;
                shopName: string;
                /** @description poisha */
                unitPrice: number;
                variantId: string;
                variantLabel: string | null;
              }[];
              subtotal: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cart/items/{variantId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set a line's quantity */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          variantId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            quantity: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description what changed since the customer last saw each line */
              changes: {
                /** @enum {string} */
                kind: 'price_changed' | 'quantity_reduced' | 'unavailable';
                now?: number;
                variantId: string;
                was?: number;
              }[];
              items: {
                available: boolean;
                compareAtPrice: number | null;
                lineTotal: number;
                name: string;
                onHand: number;
                productId: string;
                quantity: number;
                shopId: string;
                shopName: string;
                /** @description poisha */
                unitPrice: number;
                variantId: string;
                variantLabel: string | null;
              }[];
              subtotal: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    /** Remove a line */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          variantId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description what changed since the customer last saw each line */
              changes: {
                /** @enum {string} */
                kind: 'price_changed' | 'quantity_reduced' | 'unavailable';
                now?: number;
                variantId: string;
                was?: number;
              }[];
              items: {
                available: boolean;
                compareAtPrice: number | null;
                lineTotal: number;
                name: string;
                onHand: number;
                productId: string;
                quantity: number;
                shopId: string;
                shopName: string;
                /** @description poisha */
                unitPrice: number;
                variantId: string;
                variantLabel: string | null;
              }[];
              subtotal: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cart/merge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Merge the browser's guest cart at login */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            items: {
              quantity: number;
              /** Format: uuid */
              variantId: string;
            }[];
            /** @default false */
            replace?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adjustments: {
                quantity: number;
                /** @enum {string} */
                result: 'added' | 'reduced' | 'dropped';
                variantId: string;
              }[];
              /** @description what changed since the customer last saw each line */
              changes: {
                /** @enum {string} */
                kind: 'price_changed' | 'quantity_reduced' | 'unavailable';
                now?: number;
                variantId: string;
                was?: number;
              }[];
              items: {
                available: boolean;
                compareAtPrice: number | null;
                lineTotal: number;
                name: string;
                onHand: number;
                productId: string;
                quantity: number;
                shopId: string;
                shopName: string;
                /** @description poisha */
                unitPrice: number;
                variantId: string;
                variantLabel: string | null;
              }[];
              subtotal: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/categories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The whole category tree */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['CategoryNode'][];
            };
          };
        };
      };
    };
    put?: never;
    /** Create a category (admin) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            icon?: string | null;
            nameBn: string;
            nameEn: string;
            parentId?: string | null;
            slug: string;
            sortOrder?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              icon: string | null;
              id: string;
              nameBn: string;
              nameEn: string;
              parentId: string | null;
              slug: string;
              sortOrder: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/categories/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete an empty category (admin); CATEGORY_NOT_EMPTY says what is in the way */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Rename or move a category (admin); products stay in it and their search documents follow */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            icon?: string | null;
            nameBn?: string;
            nameEn?: string;
            parentId?: string | null;
            slug?: string;
            sortOrder?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              icon: string | null;
              id: string;
              nameBn: string;
              nameEn: string;
              parentId: string | null;
              slug: string;
              sortOrder: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/categories/{idOrSlug}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One category with its ancestors and children */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          idOrSlug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description From the root down to the parent */
              ancestors: {
                icon: string | null;
                id: string;
                nameBn: string;
                nameEn: string;
                parentId: string | null;
                slug: string;
                sortOrder: number;
              }[];
              children: {
                icon: string | null;
                id: string;
                nameBn: string;
                nameEn: string;
                parentId: string | null;
                slug: string;
                sortOrder: number;
              }[];
              icon: string | null;
              id: string;
              nameBn: string;
              nameEn: string;
              parentId: string | null;
              slug: string;
              sortOrder: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/categories/reorder': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Put the children of one parent in a new order (admin); answers the whole tree */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Every child, in the new order */
            ids: string[];
            /** @description Whose children these are; null for the top level */
            parentId: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['CategoryNode'][];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/checkout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Place one order per shop from the cart; Idempotency-Key required */
    post: {
      parameters: {
        query?: never;
        header: {
          'idempotency-key': string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            addressId: string;
            /** @description pay by bKash the advance a shop asks of a risky COD order (409 COD_ADVANCE_REQUIRED otherwise); the rest is paid at the door */
            codAdvance?: boolean;
            /** @description a coupon code (a shop's or the platform's); spaces and case do not matter */
            couponCode?: string;
            /** @description grand total in poisha from POST /checkout/quote; another total → 409 QUOTE_CHANGED */
            expectedTotal?: number;
            /**
             * @description default payment method for every shop
             * @enum {string}
             */
            payment: 'cod' | 'bkash' | 'nagad' | 'sslcommerz';
            shops?: {
              /** @enum {string} */
              delivery?: 'own' | 'courier';
              /** @enum {string} */
              payment?: 'cod' | 'bkash' | 'nagad' | 'sslcommerz';
              /** Format: uuid */
              shopId: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              checkoutId: string;
              orders: {
                address: {
                  addressLine: string;
                  label: string;
                  landmark: string | null;
                  lat: number;
                  lng: number;
                  phone: string;
                  placeId: number | null;
                  recipientName: string;
                };
                /** @description the advance a risky COD order paid by bKash (docs/risk.md); null for most orders */
                advance: {
                  /** @description poisha paid before delivery */
                  amount: number;
                  /** @description poisha still to collect at the door: total − advance */
                  dueAtDoor: number;
                  /** @enum {string} */
                  provider: 'bkash';
                  /** @description bKash's page, while the order waits for it */
                  redirectUrl: string | null;
                  /** @enum {string} */
                  status:
                    | 'pending'
                    | 'paid'
                    | 'failed'
                    | 'cancelled'
                    | 'refund_pending'
                    | 'refunded'
                    | 'refund_manual';
                } | null;
                /** @description poisha */
                codCharge: number;
                createdAt: string;
                customerId: string;
                delivery: {
                  distanceM: number | null;
                  /** @enum {string} */
                  method: 'own' | 'courier';
                  weightGrams: number;
                  zone: string | null;
                };
                /** @description poisha */
                deliveryCharge: number;
                /** @description poisha: the delivery charge waived (free delivery) */
                deliveryDiscount: number;
                /** @description poisha: the coupon's discount on the goods */
                discount: number;
                /** @description when an unpaid online order lets its stock go */
                expiresAt: string | null;
                id: string;
                /** @description Human-readable, e.g. HT-2612-000042 */
                number: string;
                payment: {
                  amount: number;
                  id: string;
                  /** @enum {string} */
                  provider: 'cod' | 'bkash' | 'nagad' | 'sslcommerz';
                  redirectUrl: string | null;
                  /** @enum {string} */
                  status:
                    | 'pending'
                    | 'paid'
                    | 'failed'
                    | 'cancelled'
                    | 'refund_pending'
                    | 'refunded'
                    | 'refund_manual';
                } | null;
                /** @enum {string} */
                paymentMethod: 'cod' | 'bkash' | 'nagad' | 'sslcommerz';
                /** @description null: no prescription needed; otherwise the order cannot be accepted until it is approved */
                prescriptionStatus: ('required' | 'submitted' | 'approved' | 'rejected') | null;
                shopId: string;
                shopName: string;
                /** @enum {string} */
                status:
                  | 'pending_payment'
                  | 'placed'
                  | 'accepted'
                  | 'packed'
                  | 'out_for_delivery'
                  | 'delivered'
                  | 'cancelled'
                  | 'rejected'
                  | 'returned'
                  | 'refunded';
                /** @description poisha */
                subtotal: number;
                /** @description poisha */
                total: number;
              }[];
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              checkoutId: string;
              orders: {
                address: {
                  addressLine: string;
                  label: string;
                  landmark: string | null;
                  lat: number;
                  lng: number;
                  phone: string;
                  placeId: number | null;
                  recipientName: string;
                };
                /** @description the advance a risky COD order paid by bKash (docs/risk.md); null for most orders */
                advance: {
                  /** @description poisha paid before delivery */
                  amount: number;
                  /** @description poisha still to collect at the door: total − advance */
                  dueAtDoor: number;
                  /** @enum {string} */
                  provider: 'bkash';
                  /** @description bKash's page, while the order waits for it */
                  redirectUrl: string | null;
                  /** @enum {string} */
                  status:
                    | 'pending'
                    | 'paid'
                    | 'failed'
                    | 'cancelled'
                    | 'refund_pending'
                    | 'refunded'
                    | 'refund_manual';
                } | null;
                /** @description poisha */
                codCharge: number;
                createdAt: string;
                customerId: string;
                delivery: {
                  distanceM: number | null;
                  /** @enum {string} */
                  method: 'own' | 'courier';
                  weightGrams: number;
                  zone: string | null;
                };
                /** @description poisha */
                deliveryCharge: number;
                /** @description poisha: the delivery charge waived (free delivery) */
                deliveryDiscount: number;
                /** @description poisha: the coupon's discount on the goods */
                discount: number;
                /** @description when an unpaid online order lets its stock go */
                expiresAt: string | null;
                id: string;
                /** @description Human-readable, e.g. HT-2612-000042 */
                number: string;
                payment: {
                  amount: number;
                  id: string;
                  /** @enum {string} */
                  provider: 'cod' | 'bkash' | 'nagad' | 'sslcommerz';
                  redirectUrl: string | null;
                  /** @enum {string} */
                  status:
                    | 'pending'
                    | 'paid'
                    | 'failed'
                    | 'cancelled'
                    | 'refund_pending'
                    | 'refunded'
                    | 'refund_manual';
                } | null;
                /** @enum {string} */
                paymentMethod: 'cod' | 'bkash' | 'nagad' | 'sslcommerz';
                /** @description null: no prescription needed; otherwise the order cannot be accepted until it is approved */
                prescriptionStatus: ('required' | 'submitted' | 'approved' | 'rejected') | null;
                shopId: string;
                shopName: string;
                /** @enum {string} */
                status:
                  | 'pending_payment'
                  | 'placed'
                  | 'accepted'
                  | 'packed'
                  | 'out_for_delivery'
                  | 'delivered'
                  | 'cancelled'
                  | 'rejected'
                  | 'returned'
                  | 'refunded';
                /** @description poisha */
                subtotal: number;
                /** @description poisha */
                total: number;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/checkout/quote': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Price the cart before ordering: per shop current items, delivery options with charges, COD, totals */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            addressId: string;
            /** @description a coupon code (a shop's or the platform's); spaces and case do not matter */
            couponCode?: string;
            /**
             * @description default payment method for every shop
             * @enum {string}
             */
            payment: 'cod' | 'bkash' | 'nagad' | 'sslcommerz';
            shops?: {
              /** @enum {string} */
              delivery?: 'own' | 'courier';
              /** @enum {string} */
              payment?: 'cod' | 'bkash' | 'nagad' | 'sslcommerz';
              /** Format: uuid */
              shopId: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              canPlace: boolean;
              cartChanged: boolean;
              /** @description the coupon code sent, and what it gave or why not */
              coupon: {
                applied: boolean;
                code: string;
                discount: number;
                fundedBy: ('shop' | 'platform') | null;
                problem: {
                  code: string;
                  message: string;
                } | null;
              } | null;
              shops: {
                changes: {
                  /** @enum {string} */
                  kind: 'price_changed' | 'quantity_reduced' | 'unavailable';
                  now?: number;
                  variantId: string;
                  was?: number;
                }[];
                cod: {
                  available: boolean;
                  chargeIfCashPoisha: number;
                  chargePoisha: number;
                };
                delivery: {
                  chargePoisha: number;
                  distanceM: number;
                  /** @enum {string} */
                  method: 'own' | 'courier';
                  /** @description how long this delivery typically takes once it leaves the shop */
                  typicalTime: {
                    maxMinutes: number;
                    minMinutes: number;
                  };
                  zone: string | null;
                } | null;
                deliveryOptions: {
                  available: boolean;
                  chargePoisha?: number;
                  distanceM?: number;
                  /** @enum {string} */
                  method: 'own' | 'courier';
                  /** @enum {string} */
                  reason?: 'disabled' | 'outside_radius' | 'no_rate';
                  zone?: string | null;
                }[];
                items: {
                  available: boolean;
                  lineTotal: number;
                  name: string;
                  onHand: number;
                  priceSeen: number;
                  productId: string;
                  quantity: number;
                  unitPrice: number;
                  variantId: string;
                  variantLabel: string | null;
                }[];
                /** @enum {string} */
                payment: 'cod' | 'bkash' | 'nagad' | 'sslcommerz';
                /** @description a prescription-only medicine: upload a prescription after ordering */
                prescriptionRequired: boolean;
                problem: {
                  code: string;
                  message: string;
                } | null;
                promotions: {
                  /** @description delivery charge waived (free delivery over a threshold) */
                  deliveryDiscount: number;
                  /** @description the coupon's discount on this shop's goods, poisha */
                  discount: number;
                  flashSales: {
                    /** @description false: the line is over the limit and pays the regular price */
                    applied: boolean;
                    endsAt: string;
                    listPrice: number;
                    /** @description units this customer may still buy at the flash price */
                    maxQuantity: number;
                    price: number;
                    variantId: string;
                  }[];
                  /** @description the shop's free-delivery threshold on the goods, poisha */
                  freeDeliveryFrom: number | null;
                  fundedBy: ('shop' | 'platform') | null;
                };
                shopId: string;
                shopName: string;
                /** @description the shop is closed now and opens then (it takes the order when it opens) */
                shopOpensAt: string | null;
                subtotal: number;
                total: number;
                weightGrams: number;
              }[];
              total: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/config': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Public settings the web app needs */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              defaultLocale: string;
              locales: string[];
              mapTileUrl: string;
              /** @description payment methods this installation can take, in the order to offer them */
              paymentProviders: ('cod' | 'bkash' | 'nagad' | 'sslcommerz')[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/delivery-rates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Courier rates by route (poisha) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                perExtraKg: number;
                upTo1kg: number;
                upTo2kg: number;
                upTo500g: number;
                /** @enum {string} */
                zone: 'inside_dhaka' | 'dhaka_suburb' | 'outside_dhaka';
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/favorites': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Favorite products and shops, newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                compareAtPrice: number | null;
                createdAt: string;
                id: string;
                inStock: boolean | null;
                /** @enum {string} */
                kind: 'product' | 'shop';
                name: string;
                nameEn: string | null;
                /** @description poisha: the cheapest variant (products on sale) */
                price: number | null;
                shopId: string | null;
                /** @description a product's shop */
                shopName: string | null;
                thumbUrl: string | null;
                /** @description what the price is for (kg, piece, …) */
                unit: string | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/favorites/{kind}/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Add a favorite (idempotent) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          kind: 'product' | 'shop';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    /** Remove a favorite */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          kind: 'product' | 'shop';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/festivals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The festival calendar (a year, or what is under way or coming), the storefront theme */
    get: {
      parameters: {
        query?: {
          /** @description festivals under way or starting within this many days (Asia/Dhaka) */
          upcoming?: number;
          year?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description today's approximate iftar time during Ramadan */
              iftar: {
                at: string;
                date: string;
                /** @description approximate iftar (Dhaka sunset), 'HH:MM' Asia/Dhaka */
                time: string;
              } | null;
              items: {
                /** @description sellers are offered a campaign for it */
                campaign: boolean;
                daysUntil: number;
                endsOn: string;
                /** @description the dates are a rule or an estimate, not yet announced */
                estimated: boolean;
                /** @enum {string} */
                key:
                  | 'shab_e_barat'
                  | 'ekushey'
                  | 'ramadan'
                  | 'shab_e_qadr'
                  | 'eid_ul_fitr'
                  | 'independence_day'
                  | 'pohela_boishakh'
                  | 'buddha_purnima'
                  | 'eid_ul_adha'
                  | 'ashura'
                  | 'july_uprising'
                  | 'janmashtami'
                  | 'eid_e_miladunnabi'
                  | 'durga_puja'
                  | 'victory_day'
                  | 'christmas';
                /** @enum {string} */
                kind: 'religious' | 'national' | 'cultural';
                mainDay: string;
                moonDependent: boolean;
                nameBn: string;
                nameEn: string;
                note: string | null;
                /** @enum {string} */
                source: 'calendar' | 'admin';
                startsOn: string;
                /** @enum {string} */
                theme: 'eid' | 'ramadan' | 'boishakh' | 'puja' | 'national' | 'general';
                year: number;
              }[];
              /** @description the festival the storefront dresses for today, if any */
              theme: {
                /** @enum {string} */
                key:
                  | 'shab_e_barat'
                  | 'ekushey'
                  | 'ramadan'
                  | 'shab_e_qadr'
                  | 'eid_ul_fitr'
                  | 'independence_day'
                  | 'pohela_boishakh'
                  | 'buddha_purnima'
                  | 'eid_ul_adha'
                  | 'ashura'
                  | 'july_uprising'
                  | 'janmashtami'
                  | 'eid_e_miladunnabi'
                  | 'durga_puja'
                  | 'victory_day'
                  | 'christmas';
                mainDay: string;
                nameBn: string;
                nameEn: string;
                /** @enum {string} */
                theme: 'eid' | 'ramadan' | 'boishakh' | 'puja' | 'national' | 'general';
                year: number;
              } | null;
              today: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/festivals/iftar': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Approximate iftar time in Dhaka on a date (computed sunset) */
    get: {
      parameters: {
        query: {
          date: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              at: string;
              date: string;
              /** @description approximate iftar (Dhaka sunset), 'HH:MM' Asia/Dhaka */
              time: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/geo/nearest': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Nearest area or upazila to a point in Bangladesh */
    get: {
      parameters: {
        query: {
          lat: number;
          lng: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              ancestors: {
                id: number;
                lat: number | null;
                /** @enum {string} */
                level: 'division' | 'district' | 'upazila' | 'area';
                lng: number | null;
                nameBn: string;
                nameEn: string;
                parentId: number | null;
              }[];
              distanceM: number;
              /** @description Place */
              place: {
                id: number;
                lat: number | null;
                /** @enum {string} */
                level: 'division' | 'district' | 'upazila' | 'area';
                lng: number | null;
                nameBn: string;
                nameEn: string;
                parentId: number | null;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/geo/places': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Places by level and/or parent, sorted by English name */
    get: {
      parameters: {
        query?: {
          level?: 'division' | 'district' | 'upazila' | 'area';
          parentId?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: number;
                lat: number | null;
                /** @enum {string} */
                level: 'division' | 'district' | 'upazila' | 'area';
                lng: number | null;
                nameBn: string;
                nameEn: string;
                parentId: number | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/geo/places/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One place with its ancestors (division first) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              ancestors: {
                id: number;
                lat: number | null;
                /** @enum {string} */
                level: 'division' | 'district' | 'upazila' | 'area';
                lng: number | null;
                nameBn: string;
                nameEn: string;
                parentId: number | null;
              }[];
              id: number;
              lat: number | null;
              /** @enum {string} */
              level: 'division' | 'district' | 'upazila' | 'area';
              lng: number | null;
              nameBn: string;
              nameEn: string;
              parentId: number | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/geo/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Places by name in Bengali, English or Banglish ("rongpur", "রংপুর", "Chittagong") */
    get: {
      parameters: {
        query: {
          level?: 'division' | 'district' | 'upazila' | 'area';
          limit?: number;
          q: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                ancestors: {
                  id: number;
                  lat: number | null;
                  /** @enum {string} */
                  level: 'division' | 'district' | 'upazila' | 'area';
                  lng: number | null;
                  nameBn: string;
                  nameEn: string;
                  parentId: number | null;
                }[];
                id: number;
                lat: number | null;
                /** @enum {string} */
                level: 'division' | 'district' | 'upazila' | 'area';
                lng: number | null;
                nameBn: string;
                nameEn: string;
                parentId: number | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/kb/articles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Published help articles (policies): by topic, or the best matches of a question */
    get: {
      parameters: {
        query?: {
          /** @description Opaque: the `nextCursor` of the previous page */
          cursor?: string;
          /** @description Language of title and body (default: Accept-Language) */
          lang?: 'bn' | 'en';
          limit?: number;
          /** @description Words of a question in Bengali, English or Banglish: best matches first */
          q?: string;
          topic?: 'payment' | 'cod' | 'return' | 'delivery' | 'refund' | 'account' | 'other';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                body: string;
                id: string;
                /** @enum {string} */
                lang: 'bn' | 'en';
                title: string;
                /** @enum {string} */
                topic: 'payment' | 'cod' | 'return' | 'delivery' | 'refund' | 'account' | 'other';
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/kb/articles/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One published help article */
    get: {
      parameters: {
        query?: {
          lang?: 'bn' | 'en';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              body: string;
              id: string;
              /** @enum {string} */
              lang: 'bn' | 'en';
              title: string;
              /** @enum {string} */
              topic: 'payment' | 'cod' | 'return' | 'delivery' | 'refund' | 'account' | 'other';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              user: {
                createdAt: string;
                email: string | null;
                emailVerified: boolean;
                id: string;
                /** @enum {string} */
                locale: 'bn' | 'en';
                name: string;
                phone: string | null;
                phoneVerified: boolean;
                /** @enum {string} */
                role: 'customer' | 'seller' | 'admin';
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete your account (password required): personal data erased, orders kept without it */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change name or language */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            locale?: 'bn' | 'en';
            name?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              user: {
                createdAt: string;
                email: string | null;
                emailVerified: boolean;
                id: string;
                /** @enum {string} */
                locale: 'bn' | 'en';
                name: string;
                phone: string | null;
                phoneVerified: boolean;
                /** @enum {string} */
                role: 'customer' | 'seller' | 'admin';
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/me/addresses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Saved delivery addresses */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                addressLine: string;
                createdAt: string;
                id: string;
                label: string;
                landmark: string | null;
                lat: number;
                lng: number;
                phone: string;
                placeId: number | null;
                recipientName: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Save an address (pin, gazetteer place, landmark) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            addressLine: string;
            label: string;
            landmark?: string | null;
            lat: number;
            lng: number;
            phone: string;
            placeId?: number | null;
            recipientName: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              addressLine: string;
              createdAt: string;
              id: string;
              label: string;
              landmark: string | null;
              lat: number;
              lng: number;
              phone: string;
              placeId: number | null;
              recipientName: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/addresses/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Replace an address (owner only) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            addressLine: string;
            label: string;
            landmark?: string | null;
            lat: number;
            lng: number;
            phone: string;
            placeId?: number | null;
            recipientName: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              addressLine: string;
              createdAt: string;
              id: string;
              label: string;
              landmark: string | null;
              lat: number;
              lng: number;
              phone: string;
              placeId: number | null;
              recipientName: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    /** Delete an address (owner only) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/bag-reminders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Bag reminders: on or off, and the quiet hours */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description an abandoned bag gets one reminder */
              enabled: boolean;
              /** @description Asia/Dhaka; no reminder goes out between them (it waits until they end) */
              quietHours: {
                from: string;
                to: string;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Turn bag reminders on or off, set the quiet hours */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description an abandoned bag gets one reminder */
            enabled?: boolean;
            /** @description Asia/Dhaka; no reminder goes out between them (it waits until they end) */
            quietHours?: {
              from: string;
              to: string;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description an abandoned bag gets one reminder */
              enabled: boolean;
              /** @description Asia/Dhaka; no reminder goes out between them (it waits until they end) */
              quietHours: {
                from: string;
                to: string;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/delivery-phones/otp': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Texts a code to a phone to verify it for cash-on-delivery orders */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            phone: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              expiresInMinutes: number;
              phone: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/delivery-phones/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Verifies a phone for cash-on-delivery orders with the texted code */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
            phone: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              phone: string;
              verifiedAt: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Everything Haat holds about you, as a JSON download */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/notification-preferences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Which channels each kind of notification goes to */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                channels: {
                  email: boolean;
                  inApp: boolean;
                  sms: boolean;
                };
                /** @enum {string} */
                group: 'orders' | 'payments' | 'shop' | 'stock' | 'account' | 'marketing';
                /** @description Orders, payments and shop decisions: in-app cannot be switched off */
                transactional: boolean;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Change channels per kind (marketing is opt-in; transactional in-app stays on) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      /** @description Only the groups and channels to change; the rest stay as they are */
      requestBody: {
        content: {
          'application/json': {
            account?: {
              email?: boolean;
              inApp?: boolean;
              sms?: boolean;
            };
            marketing?: {
              email?: boolean;
              inApp?: boolean;
              sms?: boolean;
            };
            orders?: {
              email?: boolean;
              inApp?: boolean;
              sms?: boolean;
            };
            payments?: {
              email?: boolean;
              inApp?: boolean;
              sms?: boolean;
            };
            shop?: {
              email?: boolean;
              inApp?: boolean;
              sms?: boolean;
            };
            stock?: {
              email?: boolean;
              inApp?: boolean;
              sms?: boolean;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                channels: {
                  email: boolean;
                  inApp: boolean;
                  sms: boolean;
                };
                /** @enum {string} */
                group: 'orders' | 'payments' | 'shop' | 'stock' | 'account' | 'marketing';
                /** @description Orders, payments and shop decisions: in-app cannot be switched off */
                transactional: boolean;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change password; other sessions are signed out */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            currentPassword: string;
            newPassword: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/push-subscriptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The browsers that show your order updates as notifications */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                createdAt: string;
                id: string;
                lastSentAt: string | null;
                /** @description the push service's host (the browser's vendor) */
                service: string;
                userAgent: string | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Show this browser your order updates (after the browser's permission) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uri */
            endpoint: string;
            expirationTime?: number | null;
            keys: {
              auth: string;
              p256dh: string;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Stop notifications in this browser (on sign-out too) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uri */
            endpoint: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/shops/waiting-orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in seller's shops with orders waiting for them (to accept, pack, hand over) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                shopId: string;
                waiting: {
                  accepted: number;
                  packed: number;
                  placed: number;
                };
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/medicines': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Search the medicine master catalog by brand or generic (Latin or Bengali script) */
    get: {
      parameters: {
        query?: {
          /** @description Opaque: the `nextCursor` of the previous page */
          cursor?: string;
          limit?: number;
          /** @description Brand or generic, Latin or Bengali script */
          q?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                brand: string;
                dosageForm: string;
                genericName: string;
                id: string;
                manufacturer: string;
                mrp: {
                  /** @description poisha, the MRP of a pack of packQty units */
                  packPrice: number | null;
                  packQty: number | null;
                  /** @description "unit" (one tablet/capsule) or a container, "100 ml bottle" */
                  priceBasis: string | null;
                  /** @description poisha */
                  unitPrice: number | null;
                };
                /**
                 * @description otc: over the counter; rx: needs a prescription; rx_strict: antibiotics, controlled drugs
                 * @enum {string}
                 */
                prescriptionClass: 'otc' | 'rx' | 'rx_strict';
                prescriptionRequired: boolean;
                strength: string;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/medicines/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One master entry: prescription class, MRP, and other brands of the same generic, strength and form */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Other brands with the same generic, strength and form, cheapest first */
              alternatives: {
                brand: string;
                dosageForm: string;
                genericName: string;
                id: string;
                manufacturer: string;
                mrp: {
                  /** @description poisha, the MRP of a pack of packQty units */
                  packPrice: number | null;
                  packQty: number | null;
                  /** @description "unit" (one tablet/capsule) or a container, "100 ml bottle" */
                  priceBasis: string | null;
                  /** @description poisha */
                  unitPrice: number | null;
                };
                /**
                 * @description otc: over the counter; rx: needs a prescription; rx_strict: antibiotics, controlled drugs
                 * @enum {string}
                 */
                prescriptionClass: 'otc' | 'rx' | 'rx_strict';
                prescriptionRequired: boolean;
                strength: string;
              }[];
              brand: string;
              classOverridden: boolean;
              classReason: string | null;
              dosageForm: string;
              drugClass: string | null;
              genericName: string;
              id: string;
              manufacturer: string;
              medicineType: string;
              mrp: {
                /** @description poisha, the MRP of a pack of packQty units */
                packPrice: number | null;
                packQty: number | null;
                /** @description "unit" (one tablet/capsule) or a container, "100 ml bottle" */
                priceBasis: string | null;
                /** @description poisha */
                unitPrice: number | null;
              };
              /**
               * @description otc: over the counter; rx: needs a prescription; rx_strict: antibiotics, controlled drugs
               * @enum {string}
               */
              prescriptionClass: 'otc' | 'rx' | 'rx_strict';
              prescriptionRequired: boolean;
              strength: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user's in-app notifications, newest first */
    get: {
      parameters: {
        query?: {
          /** @description Opaque: the `nextCursor` of the previous page */
          cursor?: string;
          limit?: number;
          unread?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                body: string;
                /** @description ISO 8601 */
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind:
                  | 'order_placed'
                  | 'order_accepted'
                  | 'order_shipped'
                  | 'order_rider'
                  | 'order_delivered'
                  | 'order_cancelled'
                  | 'prescription_submitted'
                  | 'prescription_approved'
                  | 'prescription_rejected'
                  | 'prescription_request_submitted'
                  | 'prescription_request_proposed'
                  | 'refill_due'
                  | 'payment_received'
                  | 'payment_failed'
                  | 'payment_refunded'
                  | 'return_update'
                  | 'shop_approved'
                  | 'shop_rejected'
                  | 'shop_suspended'
                  | 'shop_reinstated'
                  | 'product_hidden'
                  | 'shop_review'
                  | 'low_stock'
                  | 'batch_expiring'
                  | 'daily_summary'
                  | 'password_reset'
                  | 'phone_otp'
                  | 'email_verification'
                  | 'registration_code'
                  | 'registration_attempt'
                  | 'account_unlock'
                  | 'welcome'
                  | 'support_answered'
                  | 'bag_reminder';
                /** @description Web-app path to open, e.g. /orders/… */
                link: string | null;
                read: boolean;
                title: string;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark one of your notifications read */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              body: string;
              /** @description ISO 8601 */
              createdAt: string;
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind:
                | 'order_placed'
                | 'order_accepted'
                | 'order_shipped'
                | 'order_rider'
                | 'order_delivered'
                | 'order_cancelled'
                | 'prescription_submitted'
                | 'prescription_approved'
                | 'prescription_rejected'
                | 'prescription_request_submitted'
                | 'prescription_request_proposed'
                | 'refill_due'
                | 'payment_received'
                | 'payment_failed'
                | 'payment_refunded'
                | 'return_update'
                | 'shop_approved'
                | 'shop_rejected'
                | 'shop_suspended'
                | 'shop_reinstated'
                | 'product_hidden'
                | 'shop_review'
                | 'low_stock'
                | 'batch_expiring'
                | 'daily_summary'
                | 'password_reset'
                | 'phone_otp'
                | 'email_verification'
                | 'registration_code'
                | 'registration_attempt'
                | 'account_unlock'
                | 'welcome'
                | 'support_answered'
                | 'bag_reminder';
              /** @description Web-app path to open, e.g. /orders/… */
              link: string | null;
              read: boolean;
              title: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/read-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark all your notifications read */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              updated: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/stream': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Server-sent events: `unread` ({count}) on connect, `notification` for each new one. Open with a ticket from POST /notifications/stream-ticket. */
    get: {
      parameters: {
        query: {
          ticket: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/stream-ticket': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A one-use ticket (valid 60 s) to open the notification stream */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              expiresIn: number;
              ticket: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/unread-count': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How many notifications are unread */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              count: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The customer's orders, newest first */
    get: {
      parameters: {
        query?: {
          /** @description Opaque: the `nextCursor` of the previous page */
          cursor?: string;
          limit?: number;
          /** @description one order by its number: any case, ASCII or Bengali digits, with or without # */
          number?: string;
          status?:
            | 'pending_payment'
            | 'placed'
            | 'accepted'
            | 'packed'
            | 'out_for_delivery'
            | 'delivered'
            | 'cancelled'
            | 'rejected'
            | 'returned'
            | 'refunded';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                address: {
                  addressLine: string;
                  label: string;
                  landmark: string | null;
                  lat: number;
                  lng: number;
                  phone: string;
                  placeId: number | null;
                  recipientName: string;
                };
                /** @description the advance a risky COD order paid by bKash (docs/risk.md); null for most orders */
                advance: {
                  /** @description poisha paid before delivery */
                  amount: number;
                  /** @description poisha still to collect at the door: total − advance */
                  dueAtDoor: number;
                  /** @enum {string} */
                  provider: 'bkash';
                  /** @description bKash's page, while the order waits for it */
                  redirectUrl: string | null;
                  /** @enum {string} */
                  status:
                    | 'pending'
                    | 'paid'
                    | 'failed'
                    | 'cancelled'
                    | 'refund_pending'
                    | 'refunded'
                    | 'refund_manual';
                } | null;
                /** @description poisha */
                codCharge: number;
                createdAt: string;
                customerId: string;
                delivery: {
                  distanceM: number | null;
                  /** @enum {string} */
                  method: 'own' | 'courier';
                  weightGrams: number;
                  zone: string | null;
                };
                /** @description poisha */
                deliveryCharge: number;
                /** @description poisha: the delivery charge waived (free delivery) */
                deliveryDiscount: number;
                /** @description poisha: the coupon's discount on the goods */
                discount: number;
                /** @description when an unpaid online order lets its stock go */
                expiresAt: string | null;
                id: string;
                /** @description Human-readable, e.g. HT-2612-000042 */
                number: string;
                payment: {
                  amount: number;
                  id: string;
                  /** @enum {string} */
                  provider: 'cod' | 'bkash' | 'nagad' | 'sslcommerz';
                  redirectUrl: string | null;
                  /** @enum {string} */
                  status:
                    | 'pending'
                    | 'paid'
                    | 'failed'
                    | 'cancelled'
                    | 'refund_pending'
                    | 'refunded'
                    | 'refund_manual';
                } | null;
                /** @enum {string} */
                paymentMethod: 'cod' | 'bkash' | 'nagad' | 'sslcommerz';
                /** @description null: no prescription needed; otherwise the order cannot be accepted until it is approved */
                prescriptionStatus: ('required' | 'submitted' | 'approved' | 'rejected') | null;
                shopId: string;
                shopName: string;
                /** @enum {string} */
                status:
                  | 'pending_payment'
                  | 'placed'
                  | 'accepted'
                  | 'packed'
                  | 'out_for_delivery'
                  | 'delivered'
                  | 'cancelled'
                  | 'rejected'
                  | 'returned'
                  | 'refunded';
                /** @description poisha */
                subtotal: number;
                /** @description poisha */
                total: number;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One order with items and timeline */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: {
                addressLine: string;
                label: string;
                landmark: string | null;
                lat: number;
                lng: number;
                phone: string;
                placeId: number | null;
                recipientName: string;
              };
              /** @description the advance a risky COD order paid by bKash (docs/risk.md); null for most orders */
              advance: {
                /** @description poisha paid before delivery */
                amount: number;
                /** @description poisha still to collect at the door: total − advance */
                dueAtDoor: number;
                /** @enum {string} */
                provider: 'bkash';
                /** @description bKash's page, while the order waits for it */
                redirectUrl: string | null;
                /** @enum {string} */
                status:
                  | 'pending'
                  | 'paid'
                  | 'failed'
                  | 'cancelled'
                  | 'refund_pending'
                  | 'refunded'
                  | 'refund_manual';
              } | null;
              /** @description poisha */
              codCharge: number;
              createdAt: string;
              customerId: string;
              delivery: {
                distanceM: number | null;
                /** @enum {string} */
                method: 'own' | 'courier';
                weightGrams: number;
                zone: string | null;
              };
              /** @description poisha */
              deliveryCharge: number;
              /** @description poisha: the delivery charge waived (free delivery) */
              deliveryDiscount: number;
              /** @description poisha: the coupon's discount on the goods */
              discount: number;
              /** @description when an unpaid online order lets its stock go */
              expiresAt: string | null;
              id: string;
              items: {
                /** @description the order item id a review refers to */
                id: number;
                lineTotal: number;
                name: string;
                /** @description a prescription-only medicine */
                prescriptionRequired: boolean;
                productId: string;
                quantity: number;
                unitPrice: number;
                variantId: string;
                variantLabel: string | null;
              }[];
              nextSteps: (
                | 'pending_payment'
                | 'placed'
                | 'accepted'
                | 'packed'
                | 'out_for_delivery'
                | 'delivered'
                | 'cancelled'
                | 'rejected'
                | 'returned'
                | 'refunded'
              )[];
              /** @description Human-readable, e.g. HT-2612-000042 */
              number: string;
              payment: {
                amount: number;
                id: string;
                /** @enum {string} */
                provider: 'cod' | 'bkash' | 'nagad' | 'sslcommerz';
                redirectUrl: string | null;
                /** @enum {string} */
                status:
                  | 'pending'
                  | 'paid'
                  | 'failed'
                  | 'cancelled'
                  | 'refund_pending'
                  | 'refunded'
                  | 'refund_manual';
              } | null;
              /** @enum {string} */
              paymentMethod: 'cod' | 'bkash' | 'nagad' | 'sslcommerz';
              /** @description null: no prescription needed; otherwise the order cannot be accepted until it is approved */
              prescriptionStatus: ('required' | 'submitted' | 'approved' | 'rejected') | null;
              shopId: string;
              shopName: string;
              /** @enum {string} */
              status:
                | 'pending_payment'
                | 'placed'
                | 'accepted'
                | 'packed'
                | 'out_for_delivery'
                | 'delivered'
                | 'cancelled'
                | 'rejected'
                | 'returned'
                | 'refunded';
              /** @description poisha */
              subtotal: number;
              timeline: {
                actorRole: string;
                actorUserId: string | null;
                at: string;
                from:
                  | (
                      | 'pending_payment'
                      | 'placed'
                      | 'accepted'
                      | 'packed'
                      | 'out_for_delivery'
                      | 'delivered'
                      | 'cancelled'
                      | 'rejected'
                      | 'returned'
                      | 'refunded'
                    )
                  | null;
                reason: string | null;
                /** @enum {string} */
                to:
                  | 'pending_payment'
                  | 'placed'
                  | 'accepted'
                  | 'packed'
                  | 'out_for_delivery'
                  | 'delivered'
                  | 'cancelled'
                  | 'rejected'
                  | 'returned'
                  | 'refunded';
              }[];
              /** @description poisha */
              total: number;
              /** @description for the order page: when it should arrive, what happens next, whom to call */
              tracking: {
                /** @description when it was delivered (also once returned) */
                deliveredAt: string | null;
                /** @description expected delivery window (whole hours); null before placement and once ended */
                eta: {
                  from: string;
                  to: string;
                } | null;
                /**
                 * @description what happens next, as a code
                 * @enum {string}
                 */
                nextStep:
                  | 'pay'
                  | 'prescription'
                  | 'shop_opens'
                  | 'shop_reviewing'
                  | 'packing'
                  | 'handing_over'
                  | 'on_the_way'
                  | 'delivered'
                  | 'cancelled'
                  | 'rejected'
                  | 'returned'
                  | 'refunded';
                /** @description who carries it: for the customer only while it is on its way */
                rider: {
                  name: string | null;
                  phone: string;
                } | null;
                /** @description the shop's phone, E.164 */
                shopPhone: string | null;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/items/{itemId}/refill-reminder': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An order line's refill reminder, with the prefilled days per pack (the buyer) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          /** @description the order line */
          itemId: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              active: boolean;
              daysPerPack: number | null;
              /** @description one tablet a day: the units in a pack, else 30 */
              defaultDaysPerPack: number;
              /** @description a delivered line of a medicine: a reminder can be set */
              eligible: boolean;
              itemId: number;
              name: string;
              orderId: string;
              productId: string;
              quantity: number;
              /** @description two days before the packs run out */
              remindAt: string | null;
              sentAt: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Opt in to a refill reminder on a delivered medicine line, or change its days per pack (the buyer) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          /** @description the order line */
          itemId: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description days one pack lasts; omitted: the prefilled default (defaultDaysPerPack) */
            daysPerPack?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              active: boolean;
              daysPerPack: number | null;
              /** @description one tablet a day: the units in a pack, else 30 */
              defaultDaysPerPack: number;
              /** @description a delivered line of a medicine: a reminder can be set */
              eligible: boolean;
              itemId: number;
              name: string;
              orderId: string;
              productId: string;
              quantity: number;
              /** @description two days before the packs run out */
              remindAt: string | null;
              sentAt: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Stop the refill reminder of an order line (the buyer) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          /** @description the order line */
          itemId: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              active: boolean;
              daysPerPack: number | null;
              /** @description one tablet a day: the units in a pack, else 30 */
              defaultDaysPerPack: number;
              /** @description a delivered line of a medicine: a reminder can be set */
              eligible: boolean;
              itemId: number;
              name: string;
              orderId: string;
              productId: string;
              quantity: number;
              /** @description two days before the packs run out */
              remindAt: string | null;
              sentAt: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/prescription-review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The pharmacist's decision (the shop's owner): approve lets the order be accepted; reject (with a reason) cancels and refunds it */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            decision: 'approve' | 'reject';
            /** @description required to reject: the customer sees it */
            reason?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              files: {
                /** @enum {string} */
                contentType: 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';
                createdAt: string;
                id: string;
                sizeBytes: number;
                /** @description read it with the same sign-in; never public */
                url: string;
              }[];
              orderId: string;
              /** @description the shop's registered pharmacist */
              pharmacist: {
                name: string;
                registrationNo: string;
              } | null;
              review: {
                at: string;
                /** @enum {string} */
                decision: 'approve' | 'reject';
                pharmacistName: string;
                pharmacistRegistrationNo: string;
                reason: string | null;
              } | null;
              /** @description null: the order needs no prescription */
              status: ('required' | 'submitted' | 'approved' | 'rejected') | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/prescriptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An order's prescription: status, files, the pharmacist's decision */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              files: {
                /** @enum {string} */
                contentType: 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';
                createdAt: string;
                id: string;
                sizeBytes: number;
                /** @description read it with the same sign-in; never public */
                url: string;
              }[];
              orderId: string;
              /** @description the shop's registered pharmacist */
              pharmacist: {
                name: string;
                registrationNo: string;
              } | null;
              review: {
                at: string;
                /** @enum {string} */
                decision: 'approve' | 'reject';
                pharmacistName: string;
                pharmacistRegistrationNo: string;
                reason: string | null;
              } | null;
              /** @description null: the order needs no prescription */
              status: ('required' | 'submitted' | 'approved' | 'rejected') | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Upload the prescription (the buyer; multipart, one or more files: JPEG, PNG, WebP or PDF) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              files: {
                /** @enum {string} */
                contentType: 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';
                createdAt: string;
                id: string;
                sizeBytes: number;
                /** @description read it with the same sign-in; never public */
                url: string;
              }[];
              orderId: string;
              /** @description the shop's registered pharmacist */
              pharmacist: {
                name: string;
                registrationNo: string;
              } | null;
              review: {
                at: string;
                /** @enum {string} */
                decision: 'approve' | 'reject';
                pharmacistName: string;
                pharmacistRegistrationNo: string;
                reason: string | null;
              } | null;
              /** @description null: the order needs no prescription */
              status: ('required' | 'submitted' | 'approved' | 'rejected') | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/prescriptions/{fileId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One prescription file (the buyer and the shop only; never cached) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fileId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/receipt.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The order's receipt as a PDF (its customer, its shop's owner, admins; others get 404) */
    get: {
      parameters: {
        query?: {
          /** @description Receipt language; default: Accept-Language, else the caller's saved language, else bn */
          lang?: 'bn' | 'en';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/returns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An order's returns, its return window and what may still be returned */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              available: {
                orderItemId: number;
                quantity: number;
              }[];
              items: {
                createdAt: string;
                customerId: string;
                events: {
                  actorRole: string;
                  createdAt: string;
                  from: string | null;
                  reason: string | null;
                  to: string;
                }[];
                id: string;
                lines: {
                  amount: number;
                  id: number;
                  name: string;
                  orderItemId: number;
                  quantity: number;
                  resellable: boolean | null;
                  unitPrice: number;
                  variantLabel: string | null;
                }[];
                /** @description poisha */
                linesAmount: number;
                nextSteps: (
                  | 'requested'
                  | 'accepted'
                  | 'refused'
                  | 'cancelled'
                  | 'picked_up'
                  | 'checked'
                  | 'refunded'
                  | 'refund_manual'
                  | 'refund_failed'
                )[];
                note: string | null;
                orderId: string;
                orderNumber: string;
                photos: {
                  id: string;
                  thumbUrl: string;
                  url: string;
                }[];
                /** @enum {string} */
                reason:
                  | 'damaged'
                  | 'wrong_item'
                  | 'not_as_described'
                  | 'expired'
                  | 'missing_parts'
                  | 'changed_mind'
                  | 'other';
                refund: {
                  amount: number;
                  id: string;
                  method: string;
                  providerRef: string | null;
                  refundedAt: string | null;
                  /** @enum {string} */
                  status: 'pending' | 'refunded' | 'manual' | 'failed';
                } | null;
                /** @description poisha, set when checked */
                refundAmount: number | null;
                /** @enum {string} */
                refundMethod: 'provider' | 'manual' | 'bkash_number';
                /** @description masked for the seller */
                refundMsisdn: string | null;
                shopId: string;
                /** @enum {string} */
                status:
                  | 'requested'
                  | 'accepted'
                  | 'refused'
                  | 'cancelled'
                  | 'picked_up'
                  | 'checked'
                  | 'refunded'
                  | 'refund_manual'
                  | 'refund_failed';
                updatedAt: string;
              }[];
              nextCursor: string | null;
              window: {
                /** @description when the return window closes (null: not delivered) */
                endsAt: string | null;
                open: boolean;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Ask to return delivered lines of your order (within its return window) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            lines: {
              orderItemId: number;
              quantity: number;
            }[];
            note?: string | null;
            /** @enum {string} */
            reason:
              | 'damaged'
              | 'wrong_item'
              | 'not_as_described'
              | 'expired'
              | 'missing_parts'
              | 'changed_mind'
              | 'other';
            /** @description bKash number for the refund of a cash-on-delivery order (required then) */
            refundMsisdn?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              customerId: string;
              events: {
                actorRole: string;
                createdAt: string;
                from: string | null;
                reason: string | null;
                to: string;
              }[];
              id: string;
              lines: {
                amount: number;
                id: number;
                name: string;
                orderItemId: number;
                quantity: number;
                resellable: boolean | null;
                unitPrice: number;
                variantLabel: string | null;
              }[];
              /** @description poisha */
              linesAmount: number;
              nextSteps: (
                | 'requested'
                | 'accepted'
                | 'refused'
                | 'cancelled'
                | 'picked_up'
                | 'checked'
                | 'refunded'
                | 'refund_manual'
                | 'refund_failed'
              )[];
              note: string | null;
              orderId: string;
              orderNumber: string;
              photos: {
                id: string;
                thumbUrl: string;
                url: string;
              }[];
              /** @enum {string} */
              reason:
                | 'damaged'
                | 'wrong_item'
                | 'not_as_described'
                | 'expired'
                | 'missing_parts'
                | 'changed_mind'
                | 'other';
              refund: {
                amount: number;
                id: string;
                method: string;
                providerRef: string | null;
                refundedAt: string | null;
                /** @enum {string} */
                status: 'pending' | 'refunded' | 'manual' | 'failed';
              } | null;
              /** @description poisha, set when checked */
              refundAmount: number | null;
              /** @enum {string} */
              refundMethod: 'provider' | 'manual' | 'bkash_number';
              /** @description masked for the seller */
              refundMsisdn: string | null;
              shopId: string;
              /** @enum {string} */
              status:
                | 'requested'
                | 'accepted'
                | 'refused'
                | 'cancelled'
                | 'picked_up'
                | 'checked'
                | 'refunded'
                | 'refund_manual'
                | 'refund_failed';
              updatedAt: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your own reviews of the items of one of your orders */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                createdAt: string;
                hidden: boolean;
                hiddenReason: string | null;
                id: string;
                orderItemId: number;
                photos: {
                  height: number;
                  id: string;
                  large: string;
                  thumb: string;
                  width: number;
                }[];
                productId: string;
                rating: number;
                reply: {
                  createdAt: string;
                  text: string;
                } | null;
                shopId: string;
                text: string | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/rider': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** The rider carrying the order (its shop's owner, admin; while packed or on its way): name, phone */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string | null;
            /** @description a Bangladeshi mobile: 01…, +8801…, Bengali digits */
            phone: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: {
                addressLine: string;
                label: string;
                landmark: string | null;
                lat: number;
                lng: number;
                phone: string;
                placeId: number | null;
                recipientName: string;
              };
              /** @description the advance a risky COD order paid by bKash (docs/risk.md); null for most orders */
              advance: {
                /** @description poisha paid before delivery */
                amount: number;
                /** @description poisha still to collect at the door: total − advance */
                dueAtDoor: number;
                /** @enum {string} */
                provider: 'bkash';
                /** @description bKash's page, while the order waits for it */
                redirectUrl: string | null;
                /** @enum {string} */
                status:
                  | 'pending'
                  | 'paid'
                  | 'failed'
                  | 'cancelled'
                  | 'refund_pending'
                  | 'refunded'
                  | 'refund_manual';
              } | null;
              /** @description poisha */
              codCharge: number;
              createdAt: string;
              customerId: string;
              delivery: {
                distanceM: number | null;
                /** @enum {string} */
                method: 'own' | 'courier';
                weightGrams: number;
                zone: string | null;
              };
              /** @description poisha */
              deliveryCharge: number;
              /** @description poisha: the delivery charge waived (free delivery) */
              deliveryDiscount: number;
              /** @description poisha: the coupon's discount on the goods */
              discount: number;
              /** @description when an unpaid online order lets its stock go */
              expiresAt: string | null;
              id: string;
              items: {
                /** @description the order item id a review refers to */
                id: number;
                lineTotal: number;
                name: string;
                /** @description a prescription-only medicine */
                prescriptionRequired: boolean;
                productId: string;
                quantity: number;
                unitPrice: number;
                variantId: string;
                variantLabel: string | null;
              }[];
              nextSteps: (
                | 'pending_payment'
                | 'placed'
                | 'accepted'
                | 'packed'
                | 'out_for_delivery'
                | 'delivered'
                | 'cancelled'
                | 'rejected'
                | 'returned'
                | 'refunded'
              )[];
              /** @description Human-readable, e.g. HT-2612-000042 */
              number: string;
              payment: {
                amount: number;
                id: string;
                /** @enum {string} */
                provider: 'cod' | 'bkash' | 'nagad' | 'sslcommerz';
                redirectUrl: string | null;
                /** @enum {string} */
                status:
                  | 'pending'
                  | 'paid'
                  | 'failed'
                  | 'cancelled'
                  | 'refund_pending'
                  | 'refunded'
                  | 'refund_manual';
              } | null;
              /** @enum {string} */
              paymentMethod: 'cod' | 'bkash' | 'nagad' | 'sslcommerz';
              /** @description null: no prescription needed; otherwise the order cannot be accepted until it is approved */
              prescriptionStatus: ('required' | 'submitted' | 'approved' | 'rejected') | null;
              shopId: string;
              shopName: string;
              /** @enum {string} */
              status:
                | 'pending_payment'
                | 'placed'
                | 'accepted'
                | 'packed'
                | 'out_for_delivery'
                | 'delivered'
                | 'cancelled'
                | 'rejected'
                | 'returned'
                | 'refunded';
              /** @description poisha */
              subtotal: number;
              timeline: {
                actorRole: string;
                actorUserId: string | null;
                at: string;
                from:
                  | (
                      | 'pending_payment'
                      | 'placed'
                      | 'accepted'
                      | 'packed'
                      | 'out_for_delivery'
                      | 'delivered'
                      | 'cancelled'
                      | 'rejected'
                      | 'returned'
                      | 'refunded'
                    )
                  | null;
                reason: string | null;
                /** @enum {string} */
                to:
                  | 'pending_payment'
                  | 'placed'
                  | 'accepted'
                  | 'packed'
                  | 'out_for_delivery'
                  | 'delivered'
                  | 'cancelled'
                  | 'rejected'
                  | 'returned'
                  | 'refunded';
              }[];
              /** @description poisha */
              total: number;
              /** @description for the order page: when it should arrive, what happens next, whom to call */
              tracking: {
                /** @description when it was delivered (also once returned) */
                deliveredAt: string | null;
                /** @description expected delivery window (whole hours); null before placement and once ended */
                eta: {
                  from: string;
                  to: string;
                } | null;
                /**
                 * @description what happens next, as a code
                 * @enum {string}
                 */
                nextStep:
                  | 'pay'
                  | 'prescription'
                  | 'shop_opens'
                  | 'shop_reviewing'
                  | 'packing'
                  | 'handing_over'
                  | 'on_the_way'
                  | 'delivered'
                  | 'cancelled'
                  | 'rejected'
                  | 'returned'
                  | 'refunded';
                /** @description who carries it: for the customer only while it is on its way */
                rider: {
                  name: string | null;
                  phone: string;
                } | null;
                /** @description the shop's phone, E.164 */
                shopPhone: string | null;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/risk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An order's cash-on-delivery risk: score, level, the shop's decision and the reasons */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              assessedAt: string;
              /** @description the courier fraud-check service's record, when one is configured */
              courier: {
                cancelled: number;
                delivered: number;
                total: number;
              } | null;
              /**
               * @description what the shop's policy asks of this order as cash on delivery
               * @enum {string}
               */
              decision: 'accept' | 'advance' | 'prepaid' | 'refuse';
              /** @description earlier orders to the delivery phone on every shop (figures only) */
              history: {
                cancelledAfterDispatch: number;
                delivered: number;
                refused: number;
                returned: number;
              };
              /** @enum {string} */
              level: 'low' | 'medium' | 'high' | 'blocked';
              /** Format: uuid */
              orderId: string;
              paymentMethod: string;
              reasons: {
                /** @enum {string} */
                code:
                  | 'blocked'
                  | 'refusal_history'
                  | 'good_history'
                  | 'first_order'
                  | 'duplicate_order'
                  | 'many_recent_orders'
                  | 'missing_landmark'
                  | 'pin_far_from_area'
                  | 'outside_delivery_zone'
                  | 'phone_differs'
                  | 'new_account'
                  | 'large_amount'
                  | 'courier_low_success'
                  | 'courier_good_record';
                figures: {
                  [key: string]: number;
                };
                message: string;
                points: number;
              }[];
              score: number;
              storedAtCheckout: boolean;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/transitions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move an order one step (who may: see docs/orders.md) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason?: string | null;
            /** @enum {string} */
            to:
              | 'pending_payment'
              | 'placed'
              | 'accepted'
              | 'packed'
              | 'out_for_delivery'
              | 'delivered'
              | 'cancelled'
              | 'rejected'
              | 'returned'
              | 'refunded';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: {
                addressLine: string;
                label: string;
                landmark: string | null;
                lat: number;
                lng: number;
                phone: string;
                placeId: number | null;
                recipientName: string;
              };
              /** @description the advance a risky COD order paid by bKash (docs/risk.md); null for most orders */
              advance: {
                /** @description poisha paid before delivery */
                amount: number;
                /** @description poisha still to collect at the door: total − advance */
                dueAtDoor: number;
                /** @enum {string} */
                provider: 'bkash';
                /** @description bKash's page, while the order waits for it */
                redirectUrl: string | null;
                /** @enum {string} */
                status:
                  | 'pending'
                  | 'paid'
                  | 'failed'
                  | 'cancelled'
                  | 'refund_pending'
                  | 'refunded'
                  | 'refund_manual';
              } | null;
              /** @description poisha */
              codCharge: number;
              createdAt: string;
              customerId: string;
              delivery: {
                distanceM: number | null;
                /** @enum {string} */
                method: 'own' | 'courier';
                weightGrams: number;
                zone: string | null;
              };
              /** @description poisha */
              deliveryCharge: number;
              /** @description poisha: the delivery charge waived (free delivery) */
              deliveryDiscount: number;
              /** @description poisha: the coupon's discount on the goods */
              discount: number;
              /** @description when an unpaid online order lets its stock go */
              expiresAt: string | null;
              id: string;
              items: {
                /** @description the order item id a review refers to */
                id: number;
                lineTotal: number;
                name: string;
                /** @description a prescription-only medicine */
                prescriptionRequired: boolean;
                productId: string;
                quantity: number;
                unitPrice: number;
                variantId: string;
                variantLabel: string | null;
              }[];
              nextSteps: (
                | 'pending_payment'
                | 'placed'
                | 'accepted'
                | 'packed'
                | 'out_for_delivery'
                | 'delivered'
                | 'cancelled'
                | 'rejected'
                | 'returned'
                | 'refunded'
              )[];
              /** @description Human-readable, e.g. HT-2612-000042 */
              number: string;
              payment: {
                amount: number;
                id: string;
                /** @enum {string} */
                provider: 'cod' | 'bkash' | 'nagad' | 'sslcommerz';
                redirectUrl: string | null;
                /** @enum {string} */
                status:
                  | 'pending'
                  | 'paid'
                  | 'failed'
                  | 'cancelled'
                  | 'refund_pending'
                  | 'refunded'
                  | 'refund_manual';
              } | null;
              /** @enum {string} */
              paymentMethod: 'cod' | 'bkash' | 'nagad' | 'sslcommerz';
              /** @description null: no prescription needed; otherwise the order cannot be accepted until it is approved */
              prescriptionStatus: ('required' | 'submitted' | 'approved' | 'rejected') | null;
              shopId: string;
              shopName: string;
              /** @enum {string} */
              status:
                | 'pending_payment'
                | 'placed'
                | 'accepted'
                | 'packed'
                | 'out_for_delivery'
                | 'delivered'
                | 'cancelled'
                | 'rejected'
                | 'returned'
                | 'refunded';
              /** @description poisha */
              subtotal: number;
              timeline: {
                actorRole: string;
                actorUserId: string | null;
                at: string;
                from:
                  | (
                      | 'pending_payment'
                      | 'placed'
                      | 'accepted'
                      | 'packed'
                      | 'out_for_delivery'
                      | 'delivered'
                      | 'cancelled'
                      | 'rejected'
                      | 'returned'
                      | 'refunded'
                    )
                  | null;
                reason: string | null;
                /** @enum {string} */
                to:
                  | 'pending_payment'
                  | 'placed'
                  | 'accepted'
                  | 'packed'
                  | 'out_for_delivery'
                  | 'delivered'
                  | 'cancelled'
                  | 'rejected'
                  | 'returned'
                  | 'refunded';
              }[];
              /** @description poisha */
              total: number;
              /** @description for the order page: when it should arrive, what happens next, whom to call */
              tracking: {
                /** @description when it was delivered (also once returned) */
                deliveredAt: string | null;
                /** @description expected delivery window (whole hours); null before placement and once ended */
                eta: {
                  from: string;
                  to: string;
                } | null;
                /**
                 * @description what happens next, as a code
                 * @enum {string}
                 */
                nextStep:
                  | 'pay'
                  | 'prescription'
                  | 'shop_opens'
                  | 'shop_reviewing'
                  | 'packing'
                  | 'handing_over'
                  | 'on_the_way'
                  | 'delivered'
                  | 'cancelled'
                  | 'rejected'
                  | 'returned'
                  | 'refunded';
                /** @description who carries it: for the customer only while it is on its way */
                rider: {
                  name: string | null;
                  phone: string;
                } | null;
                /** @description the shop's phone, E.164 */
                shopPhone: string | null;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/payments/{provider}/callback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Buyer's browser back from the provider (verified with the provider) */
    get: {
      parameters: {
        query?: {
          merchant?: string;
          message?: string;
          order_id?: string;
          payment_ref_id?: string;
          paymentID?: string;
          signature?: string;
          status?: string;
          status_code?: string;
        };
        header?: never;
        path: {
          provider: 'cod' | 'bkash' | 'nagad' | 'sslcommerz';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    /** Browser return by form POST (SSLCommerz) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          provider: 'cod' | 'bkash' | 'nagad' | 'sslcommerz';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/payments/{provider}/ipn': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Server-to-server notification (SSLCommerz IPN) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          provider: 'cod' | 'bkash' | 'nagad' | 'sslcommerz';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              orderId: string;
              paymentStatus: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/prescription-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The customer's prescription requests, newest first */
    get: {
      parameters: {
        query?: {
          /** @description Opaque: the `nextCursor` of the previous page */
          cursor?: string;
          limit?: number;
          status?: 'submitted' | 'proposed' | 'confirmed' | 'declined' | 'cancelled';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                createdAt: string;
                id: string;
                note: string | null;
                /** @description the order that carried this prescription, once placed */
                orderId: string | null;
                shopId: string;
                shopName: string;
                /** @enum {string} */
                status: 'submitted' | 'proposed' | 'confirmed' | 'declined' | 'cancelled';
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Send a prescription to a pharmacy without choosing items (multipart: fields shopId, note?; one or more files) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              files: {
                /** @enum {string} */
                contentType: 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';
                createdAt: string;
                id: string;
                sizeBytes: number;
                url: string;
              }[];
              id: string;
              items: {
                lineTotal: number;
                name: string;
                prescriptionRequired: boolean;
                productId: string;
                quantity: number;
                unitPrice: number;
                variantId: string;
                variantLabel: string | null;
              }[];
              note: string | null;
              /** @description the order that carried this prescription, once placed */
              orderId: string | null;
              pharmacistNote: string | null;
              shopId: string;
              shopName: string;
              /** @enum {string} */
              status: 'submitted' | 'proposed' | 'confirmed' | 'declined' | 'cancelled';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/prescription-requests/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One request with its files and the proposal (its customer and the pharmacy) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              files: {
                /** @enum {string} */
                contentType: 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';
                createdAt: string;
                id: string;
                sizeBytes: number;
                url: string;
              }[];
              id: string;
              items: {
                lineTotal: number;
                name: string;
                prescriptionRequired: boolean;
                productId: string;
                quantity: number;
                unitPrice: number;
                variantId: string;
                variantLabel: string | null;
              }[];
              note: string | null;
              /** @description the order that carried this prescription, once placed */
              orderId: string | null;
              pharmacistNote: string | null;
              shopId: string;
              shopName: string;
              /** @enum {string} */
              status: 'submitted' | 'proposed' | 'confirmed' | 'declined' | 'cancelled';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/prescription-requests/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close an unconfirmed request (the pharmacy declines, the customer cancels) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              files: {
                /** @enum {string} */
                contentType: 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';
                createdAt: string;
                id: string;
                sizeBytes: number;
                url: string;
              }[];
              id: string;
              items: {
                lineTotal: number;
                name: string;
                prescriptionRequired: boolean;
                productId: string;
                quantity: number;
                unitPrice: number;
                variantId: string;
                variantLabel: string | null;
              }[];
              note: string | null;
              /** @description the order that carried this prescription, once placed */
              orderId: string | null;
              pharmacistNote: string | null;
              shopId: string;
              shopName: string;
              /** @enum {string} */
              status: 'submitted' | 'proposed' | 'confirmed' | 'declined' | 'cancelled';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/prescription-requests/{id}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The customer accepts the proposal: its items go to the bag */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              files: {
                /** @enum {string} */
                contentType: 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';
                createdAt: string;
                id: string;
                sizeBytes: number;
                url: string;
              }[];
              id: string;
              items: {
                lineTotal: number;
                name: string;
                prescriptionRequired: boolean;
                productId: string;
                quantity: number;
                unitPrice: number;
                variantId: string;
                variantLabel: string | null;
              }[];
              note: string | null;
              /** @description the order that carried this prescription, once placed */
              orderId: string | null;
              pharmacistNote: string | null;
              shopId: string;
              shopName: string;
              /** @enum {string} */
              status: 'submitted' | 'proposed' | 'confirmed' | 'declined' | 'cancelled';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/prescription-requests/{id}/files/{fileId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One file of a request (its customer and the pharmacy only; never cached) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fileId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/prescription-requests/{id}/proposal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** The pharmacy's proposal: its own products and quantities (replaces an earlier one) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            items: {
              quantity: number;
              /** Format: uuid */
              variantId: string;
            }[];
            note?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              files: {
                /** @enum {string} */
                contentType: 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';
                createdAt: string;
                id: string;
                sizeBytes: number;
                url: string;
              }[];
              id: string;
              items: {
                lineTotal: number;
                name: string;
                prescriptionRequired: boolean;
                productId: string;
                quantity: number;
                unitPrice: number;
                variantId: string;
                variantLabel: string | null;
              }[];
              note: string | null;
              /** @description the order that carried this prescription, once placed */
              orderId: string | null;
              pharmacistNote: string | null;
              shopId: string;
              shopName: string;
              /** @enum {string} */
              status: 'submitted' | 'proposed' | 'confirmed' | 'declined' | 'cancelled';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a product in your shop, with at least one variant */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description Typed by kind. medicine: genericName, strength, dosageForm, manufacturer, prescriptionRequired; grocery: netWeightGrams, netVolumeMl, origin; electronics: brand, model, warrantyMonths; food: preparationMinutes, vegetarian, spicy; general: none.
             * @default {}
             */
            attributes?: {
              [key: string]: unknown;
            };
            categoryId?: string | null;
            descriptionBn?: string | null;
            descriptionEn?: string | null;
            /** @enum {string} */
            kind: 'medicine' | 'grocery' | 'electronics' | 'food' | 'general';
            nameBn?: string | null;
            nameEn?: string | null;
            /** Format: uuid */
            shopId: string;
            sku: string;
            /**
             * @default draft
             * @enum {string}
             */
            status?: 'draft' | 'active';
            /** @enum {string} */
            unit: 'piece' | 'kg' | 'g' | 'litre' | 'ml' | 'dozen' | 'pack' | 'strip' | 'box';
            variants: {
              /** @description Crossed-out price in poisha */
              compareAtPrice?: number | null;
              /** @description Recorded in the stock ledger as a restock */
              initialStock?: number;
              label?: string | null;
              lowStockThreshold?: number;
              /** @description Price in poisha */
              price: number;
              sku: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              attributes: {
                [key: string]: unknown;
              };
              categoryId: string | null;
              createdAt: string;
              descriptionBn: string | null;
              descriptionEn: string | null;
              /** @description Hidden by an admin: only its shop and admins see it */
              hidden: boolean;
              hiddenAt: string | null;
              /** @description The admin's reason, shown to the seller */
              hiddenReason: string | null;
              id: string;
              images: {
                height: number | null;
                id: string;
                position: number;
                /** @enum {string} */
                status: 'processing' | 'ready' | 'failed';
                /** @description Set once the image is ready */
                urls: {
                  large: string;
                  medium: string;
                  thumb: string;
                } | null;
                width: number | null;
              }[];
              /** @enum {string} */
              kind: 'medicine' | 'grocery' | 'electronics' | 'food' | 'general';
              nameBn: string | null;
              nameEn: string | null;
              shopId: string;
              sku: string;
              /** @enum {string} */
              status: 'draft' | 'active' | 'archived';
              /** @enum {string} */
              unit: 'piece' | 'kg' | 'g' | 'litre' | 'ml' | 'dozen' | 'pack' | 'strip' | 'box';
              updatedAt: string;
              variants: {
                /**
                 * @description in_stock: more than 5 on hand; few_left: 1 to 5; out_of_stock: none
                 * @enum {string}
                 */
                availability: 'in_stock' | 'few_left' | 'out_of_stock';
                compareAtPrice: number | null;
                id: string;
                label: string | null;
                /** @description The owning seller and admins only */
                lowStock?: boolean;
                /** @description The owning seller and admins only */
                lowStockThreshold?: number;
                /** @description Exact stock: the owning seller and admins only */
                onHand?: number;
                price: number;
                sku: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/products/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A product (public when active and its shop approved; owner/admin always) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              attributes: {
                [key: string]: unknown;
              };
              categoryId: string | null;
              createdAt: string;
              descriptionBn: string | null;
              descriptionEn: string | null;
              /** @description Hidden by an admin: only its shop and admins see it */
              hidden: boolean;
              hiddenAt: string | null;
              /** @description The admin's reason, shown to the seller */
              hiddenReason: string | null;
              id: string;
              images: {
                height: number | null;
                id: string;
                position: number;
                /** @enum {string} */
                status: 'processing' | 'ready' | 'failed';
                /** @description Set once the image is ready */
                urls: {
                  large: string;
                  medium: string;
                  thumb: string;
                } | null;
                width: number | null;
              }[];
              /** @enum {string} */
              kind: 'medicine' | 'grocery' | 'electronics' | 'food' | 'general';
              nameBn: string | null;
              nameEn: string | null;
              shopId: string;
              sku: string;
              /** @enum {string} */
              status: 'draft' | 'active' | 'archived';
              /** @enum {string} */
              unit: 'piece' | 'kg' | 'g' | 'litre' | 'ml' | 'dozen' | 'pack' | 'strip' | 'box';
              updatedAt: string;
              variants: {
                /**
                 * @description in_stock: more than 5 on hand; few_left: 1 to 5; out_of_stock: none
                 * @enum {string}
                 */
                availability: 'in_stock' | 'few_left' | 'out_of_stock';
                compareAtPrice: number | null;
                id: string;
                label: string | null;
                /** @description The owning seller and admins only */
                lowStock?: boolean;
                /** @description The owning seller and admins only */
                lowStockThreshold?: number;
                /** @description Exact stock: the owning seller and admins only */
                onHand?: number;
                price: number;
                sku: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Save a product with its whole variant list, all or nothing */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description Typed by kind. medicine: genericName, strength, dosageForm, manufacturer, prescriptionRequired; grocery: netWeightGrams, netVolumeMl, origin; electronics: brand, model, warrantyMonths; food: preparationMinutes, vegetarian, spicy; general: none.
             * @default {}
             */
            attributes?: {
              [key: string]: unknown;
            };
            categoryId?: string | null;
            descriptionBn?: string | null;
            descriptionEn?: string | null;
            /** @enum {string} */
            kind: 'medicine' | 'grocery' | 'electronics' | 'food' | 'general';
            nameBn?: string | null;
            nameEn?: string | null;
            sku: string;
            /** @enum {string} */
            status: 'draft' | 'active' | 'archived';
            /** @enum {string} */
            unit: 'piece' | 'kg' | 'g' | 'litre' | 'ml' | 'dozen' | 'pack' | 'strip' | 'box';
            variants: {
              /** @description Crossed-out price in poisha */
              compareAtPrice?: number | null;
              /**
               * Format: uuid
               * @description An existing variant to update
               */
              id?: string;
              /** @description Recorded in the stock ledger as a restock */
              initialStock?: number;
              label?: string | null;
              lowStockThreshold?: number;
              /** @description Price in poisha */
              price: number;
              sku: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              attributes: {
                [key: string]: unknown;
              };
              categoryId: string | null;
              createdAt: string;
              descriptionBn: string | null;
              descriptionEn: string | null;
              /** @description Hidden by an admin: only its shop and admins see it */
              hidden: boolean;
              hiddenAt: string | null;
              /** @description The admin's reason, shown to the seller */
              hiddenReason: string | null;
              id: string;
              images: {
                height: number | null;
                id: string;
                position: number;
                /** @enum {string} */
                status: 'processing' | 'ready' | 'failed';
                /** @description Set once the image is ready */
                urls: {
                  large: string;
                  medium: string;
                  thumb: string;
                } | null;
                width: number | null;
              }[];
              /** @enum {string} */
              kind: 'medicine' | 'grocery' | 'electronics' | 'food' | 'general';
              nameBn: string | null;
              nameEn: string | null;
              shopId: string;
              sku: string;
              /** @enum {string} */
              status: 'draft' | 'active' | 'archived';
              /** @enum {string} */
              unit: 'piece' | 'kg' | 'g' | 'litre' | 'ml' | 'dozen' | 'pack' | 'strip' | 'box';
              updatedAt: string;
              variants: {
                /**
                 * @description in_stock: more than 5 on hand; few_left: 1 to 5; out_of_stock: none
                 * @enum {string}
                 */
                availability: 'in_stock' | 'few_left' | 'out_of_stock';
                compareAtPrice: number | null;
                id: string;
                label: string | null;
                /** @description The owning seller and admins only */
                lowStock?: boolean;
                /** @description The owning seller and admins only */
                lowStockThreshold?: number;
                /** @description Exact stock: the owning seller and admins only */
                onHand?: number;
                price: number;
                sku: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    /** Archive a product (kept for order history) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              attributes: {
                [key: string]: unknown;
              };
              categoryId: string | null;
              createdAt: string;
              descriptionBn: string | null;
              descriptionEn: string | null;
              /** @description Hidden by an admin: only its shop and admins see it */
              hidden: boolean;
              hiddenAt: string | null;
              /** @description The admin's reason, shown to the seller */
              hiddenReason: string | null;
              id: string;
              images: {
                height: number | null;
                id: string;
                position: number;
                /** @enum {string} */
                status: 'processing' | 'ready' | 'failed';
                /** @description Set once the image is ready */
                urls: {
                  large: string;
                  medium: string;
                  thumb: string;
                } | null;
                width: number | null;
              }[];
              /** @enum {string} */
              kind: 'medicine' | 'grocery' | 'electronics' | 'food' | 'general';
              nameBn: string | null;
              nameEn: string | null;
              shopId: string;
              sku: string;
              /** @enum {string} */
              status: 'draft' | 'active' | 'archived';
              /** @enum {string} */
              unit: 'piece' | 'kg' | 'g' | 'litre' | 'ml' | 'dozen' | 'pack' | 'strip' | 'box';
              updatedAt: string;
              variants: {
                /**
                 * @description in_stock: more than 5 on hand; few_left: 1 to 5; out_of_stock: none
                 * @enum {string}
                 */
                availability: 'in_stock' | 'few_left' | 'out_of_stock';
                compareAtPrice: number | null;
                id: string;
                label: string | null;
                /** @description The owning seller and admins only */
                lowStock?: boolean;
                /** @description The owning seller and admins only */
                lowStockThreshold?: number;
                /** @description Exact stock: the owning seller and admins only */
                onHand?: number;
                price: number;
                sku: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Update a product */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description Typed by kind. medicine: genericName, strength, dosageForm, manufacturer, prescriptionRequired; grocery: netWeightGrams, netVolumeMl, origin; electronics: brand, model, warrantyMonths; food: preparationMinutes, vegetarian, spicy; general: none.
             * @default {}
             */
            attributes?: {
              [key: string]: unknown;
            };
            categoryId?: string | null;
            descriptionBn?: string | null;
            descriptionEn?: string | null;
            /** @enum {string} */
            kind?: 'medicine' | 'grocery' | 'electronics' | 'food' | 'general';
            nameBn?: string | null;
            nameEn?: string | null;
            sku?: string;
            /** @enum {string} */
            status?: 'draft' | 'active' | 'archived';
            /** @enum {string} */
            unit?: 'piece' | 'kg' | 'g' | 'litre' | 'ml' | 'dozen' | 'pack' | 'strip' | 'box';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              attributes: {
                [key: string]: unknown;
              };
              categoryId: string | null;
              createdAt: string;
              descriptionBn: string | null;
              descriptionEn: string | null;
              /** @description Hidden by an admin: only its shop and admins see it */
              hidden: boolean;
              hiddenAt: string | null;
              /** @description The admin's reason, shown to the seller */
              hiddenReason: string | null;
              id: string;
              images: {
                height: number | null;
                id: string;
                position: number;
                /** @enum {string} */
                status: 'processing' | 'ready' | 'failed';
                /** @description Set once the image is ready */
                urls: {
                  large: string;
                  medium: string;
                  thumb: string;
                } | null;
                width: number | null;
              }[];
              /** @enum {string} */
              kind: 'medicine' | 'grocery' | 'electronics' | 'food' | 'general';
              nameBn: string | null;
              nameEn: string | null;
              shopId: string;
              sku: string;
              /** @enum {string} */
              status: 'draft' | 'active' | 'archived';
              /** @enum {string} */
              unit: 'piece' | 'kg' | 'g' | 'litre' | 'ml' | 'dozen' | 'pack' | 'strip' | 'box';
              updatedAt: string;
              variants: {
                /**
                 * @description in_stock: more than 5 on hand; few_left: 1 to 5; out_of_stock: none
                 * @enum {string}
                 */
                availability: 'in_stock' | 'few_left' | 'out_of_stock';
                compareAtPrice: number | null;
                id: string;
                label: string | null;
                /** @description The owning seller and admins only */
                lowStock?: boolean;
                /** @description The owning seller and admins only */
                lowStockThreshold?: number;
                /** @description Exact stock: the owning seller and admins only */
                onHand?: number;
                price: number;
                sku: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/products/{id}/alternatives': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Other brands of the same medicine (and the same brand in other shops) for sale, nearest or cheapest first */
    get: {
      parameters: {
        query?: {
          lat?: number;
          limit?: number;
          lng?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                brand: string;
                /** @description From lat/lng when given */
                distanceM: number | null;
                dosageForm: string;
                manufacturer: string;
                medicineId: string;
                nameBn: string | null;
                nameEn: string | null;
                /** @description poisha: the lowest price of its variants */
                price: number;
                productId: string;
                /** @description The same master entry as the product asked about, in another shop */
                sameBrand: boolean;
                shop: {
                  id: string;
                  nameBn: string;
                  nameEn: string;
                  slug: string;
                };
                strength: string;
                unit: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/products/{id}/batches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A product's batches, earliest expiry first, and how each variant's stock splits */
    get: {
      parameters: {
        query?: {
          /** @description Opaque: the `nextCursor` of the previous page */
          cursor?: string;
          limit?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Whether batches can be added in this shop */
              enabled: boolean;
              items: {
                batchNumber: string | null;
                costPoisha: number | null;
                createdAt: string;
                /** @description Days from today (Asia/Dhaka) to the expiry date; negative when past */
                daysLeft: number;
                /** @description YYYY-MM-DD, the last day it may be sold (Asia/Dhaka) */
                expiryDate: string;
                id: string;
                productId: string;
                quantity: number;
                /** @enum {string} */
                status: 'ok' | 'near_expiry' | 'expired' | 'empty';
                updatedAt: string;
                variantId: string;
                writtenOffAt: string | null;
                writtenOffQuantity: number;
              }[];
              nextCursor: string | null;
              today: string;
              variants: {
                /** @description Units in expired batches not yet written off (never sold) */
                expired: number;
                inBatches: number;
                label: string | null;
                onHand: number;
                pricePoisha: number;
                sellable: number;
                sku: string;
                /** @description Stock with no batch recorded (sold after the batches) */
                unbatched: number;
                variantId: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Add a batch: new stock (a restock in the ledger), or units already in stock with fromUnbatched */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            batchNumber?: string | null;
            /** @description Purchase cost of one unit */
            costPoisha?: number | null;
            /** @description Expiry date: 2027-03-31, 31/03/2027, 03/2027, … */
            expiry: string;
            /** @description Record units already in stock without a batch (stock on hand does not change) */
            fromUnbatched?: boolean;
            quantity: number;
            /**
             * Format: uuid
             * @description Needed when the product has several variants
             */
            variantId?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batchNumber: string | null;
              costPoisha: number | null;
              createdAt: string;
              /** @description Days from today (Asia/Dhaka) to the expiry date; negative when past */
              daysLeft: number;
              /** @description YYYY-MM-DD, the last day it may be sold (Asia/Dhaka) */
              expiryDate: string;
              id: string;
              productId: string;
              quantity: number;
              /** @enum {string} */
              status: 'ok' | 'near_expiry' | 'expired' | 'empty';
              updatedAt: string;
              variantId: string;
              writtenOffAt: string | null;
              writtenOffQuantity: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/products/{id}/batches/{batchId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a batch; its units leave stock (a ledger correction) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change a batch; a new quantity is the count now on the shelf (a ledger correction) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          batchId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            batchNumber?: string | null;
            costPoisha?: number | null;
            /** @description Expiry date: 2027-03-31, 31/03/2027, 03/2027, … */
            expiry?: string;
            /** @description Units of the batch in stock now; the difference goes to the ledger as a correction */
            quantity?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batchNumber: string | null;
              costPoisha: number | null;
              createdAt: string;
              /** @description Days from today (Asia/Dhaka) to the expiry date; negative when past */
              daysLeft: number;
              /** @description YYYY-MM-DD, the last day it may be sold (Asia/Dhaka) */
              expiryDate: string;
              id: string;
              productId: string;
              quantity: number;
              /** @enum {string} */
              status: 'ok' | 'near_expiry' | 'expired' | 'empty';
              updatedAt: string;
              variantId: string;
              writtenOffAt: string | null;
              writtenOffQuantity: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/products/{id}/description-drafts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Description drafts (bn and/or en) from the product’s facts, for its seller to edit and save */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default 3 */
            count?: number;
            /**
             * @default both
             * @enum {string}
             */
            lang?: 'bn' | 'en' | 'both';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @enum {string} */
                lang: 'bn' | 'en';
                /**
                 * @description Offline templates, or the configured LLM
                 * @enum {string}
                 */
                source: 'template' | 'llm';
                text: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/products/{id}/flash-sales': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A product's flash sales running now or coming (price and countdown) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                endsAt: string;
                id: string;
                /** @description the variant's regular price now */
                listPrice: number;
                perCustomer: number;
                price: number;
                sold: number;
                startsAt: string;
                stockCap: number;
                variantId: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/products/{id}/images': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Upload an image (multipart field "file"); resized in the background */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              height: number | null;
              id: string;
              position: number;
              /** @enum {string} */
              status: 'processing' | 'ready' | 'failed';
              /** @description Set once the image is ready */
              urls: {
                large: string;
                medium: string;
                thumb: string;
              } | null;
              width: number | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/products/{id}/images/{imageId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete an image and its files */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          imageId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/products/{id}/images/{imageId}/{size}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An image file (WebP): large 1200, medium 600, thumb 200 pixels wide; with `Save-Data: on` the next smaller size */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          imageId: string;
          size: 'large' | 'medium' | 'thumb';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/products/{id}/images/order': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Reorder images: list every image id in the new order */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            imageIds: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                height: number | null;
                id: string;
                position: number;
                /** @enum {string} */
                status: 'processing' | 'ready' | 'failed';
                /** @description Set once the image is ready */
                urls: {
                  large: string;
                  medium: string;
                  thumb: string;
                } | null;
                width: number | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/products/{id}/reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Visible reviews of a product, newest first, with the rating aggregate */
    get: {
      parameters: {
        query?: {
          /** @description Opaque: the `nextCursor` of the previous page */
          cursor?: string;
          limit?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              aggregate: {
                /** @description Mean of visible ratings, 2 decimals; null without any */
                average: number | null;
                count: number;
                histogram: {
                  1: number;
                  2: number;
                  3: number;
                  4: number;
                  5: number;
                };
              };
              items: {
                authorName: string;
                createdAt: string;
                id: string;
                photos: {
                  height: number;
                  id: string;
                  large: string;
                  thumb: string;
                  width: number;
                }[];
                productId: string;
                rating: number;
                reply: {
                  createdAt: string;
                  text: string;
                } | null;
                shopId: string;
                text: string | null;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/products/{id}/variants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a variant */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Crossed-out price in poisha */
            compareAtPrice?: number | null;
            /** @description Recorded in the stock ledger as a restock */
            initialStock?: number;
            label?: string | null;
            lowStockThreshold?: number;
            /** @description Price in poisha */
            price: number;
            sku: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * @description in_stock: more than 5 on hand; few_left: 1 to 5; out_of_stock: none
               * @enum {string}
               */
              availability: 'in_stock' | 'few_left' | 'out_of_stock';
              compareAtPrice: number | null;
              id: string;
              label: string | null;
              /** @description The owning seller and admins only */
              lowStock?: boolean;
              /** @description The owning seller and admins only */
              lowStockThreshold?: number;
              /** @description Exact stock: the owning seller and admins only */
              onHand?: number;
              price: number;
              sku: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/products/{id}/variants/{variantId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete a variant (not the last one) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          variantId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Update a variant (stock changes go through stock adjustments) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          variantId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Crossed-out price in poisha */
            compareAtPrice?: number | null;
            label?: string | null;
            lowStockThreshold?: number;
            /** @description Price in poisha */
            price?: number;
            sku?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * @description in_stock: more than 5 on hand; few_left: 1 to 5; out_of_stock: none
               * @enum {string}
               */
              availability: 'in_stock' | 'few_left' | 'out_of_stock';
              compareAtPrice: number | null;
              id: string;
              label: string | null;
              /** @description The owning seller and admins only */
              lowStock?: boolean;
              /** @description The owning seller and admins only */
              lowStockThreshold?: number;
              /** @description Exact stock: the owning seller and admins only */
              onHand?: number;
              price: number;
              sku: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/products/{id}/variants/{variantId}/stock-adjustments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The stock ledger of a variant, newest first */
    get: {
      parameters: {
        query?: {
          /** @description Opaque: the `nextCursor` of the previous page */
          cursor?: string;
          limit?: number;
        };
        header?: never;
        path: {
          id: string;
          variantId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                actorUserId: string | null;
                createdAt: string;
                delta: number;
                id: number;
                note: string | null;
                onHandAfter: number;
                /** @enum {string} */
                reason: 'restock' | 'sale' | 'cancellation' | 'return' | 'correction' | 'expiry';
                reference: string | null;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Change stock on hand; recorded in the ledger. Never goes below zero. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          variantId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            delta: number;
            note?: string | null;
            /** @enum {string} */
            reason: 'restock' | 'sale' | 'cancellation' | 'return' | 'correction';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              movementId: number;
              onHand: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/products/nearby': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Products of approved shops within radius m of a point, nearest first */
    get: {
      parameters: {
        query: {
          category?: string;
          /** @description Opaque: the `nextCursor` of the previous page */
          cursor?: string;
          inStock?: '0' | '1' | 'true' | 'false';
          lat: number;
          limit?: number;
          lng: number;
          maxPrice?: number;
          minPrice?: number;
          minRating?: number;
          radius?: number;
          shopType?:
            | 'grocery'
            | 'pharmacy'
            | 'restaurant'
            | 'electronics'
            | 'hardware'
            | 'fashion'
            | 'other';
          sort?: 'relevance' | 'distance' | 'price_asc' | 'price_desc' | 'newest';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              facets: {
                categories: {
                  count: number;
                  id: string;
                }[];
                priceRanges: {
                  count: number;
                  max: number | null;
                  min: number;
                }[];
                shopTypes: {
                  count: number;
                  type: string;
                }[];
              };
              items: {
                distanceM: number | null;
                product: {
                  categoryId: string | null;
                  id: string;
                  inStock: boolean;
                  minPrice: number;
                  nameBn: string | null;
                  nameEn: string | null;
                  thumbUrl: string | null;
                  unit: string;
                };
                shop: {
                  id: string;
                  nameBn: string | null;
                  nameEn: string | null;
                  type: string;
                };
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/push/public-key': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The server's VAPID public key, for pushManager.subscribe */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              publicKey: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/refill-reminders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The customer's active refill reminders, newest first */
    get: {
      parameters: {
        query?: {
          /** @description Opaque: the `nextCursor` of the previous page */
          cursor?: string;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                daysPerPack: number;
                id: string;
                itemId: number;
                name: string;
                orderId: string;
                productId: string;
                quantity: number;
                remindAt: string;
                sentAt: string | null;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/returns/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One return with its lines, photos, timeline and refund */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              customerId: string;
              events: {
                actorRole: string;
                createdAt: string;
                from: string | null;
                reason: string | null;
                to: string;
              }[];
              id: string;
              lines: {
                amount: number;
                id: number;
                name: string;
                orderItemId: number;
                quantity: number;
                resellable: boolean | null;
                unitPrice: number;
                variantLabel: string | null;
              }[];
              /** @description poisha */
              linesAmount: number;
              nextSteps: (
                | 'requested'
                | 'accepted'
                | 'refused'
                | 'cancelled'
                | 'picked_up'
                | 'checked'
                | 'refunded'
                | 'refund_manual'
                | 'refund_failed'
              )[];
              note: string | null;
              orderId: string;
              orderNumber: string;
              photos: {
                id: string;
                thumbUrl: string;
                url: string;
              }[];
              /** @enum {string} */
              reason:
                | 'damaged'
                | 'wrong_item'
                | 'not_as_described'
                | 'expired'
                | 'missing_parts'
                | 'changed_mind'
                | 'other';
              refund: {
                amount: number;
                id: string;
                method: string;
                providerRef: string | null;
                refundedAt: string | null;
                /** @enum {string} */
                status: 'pending' | 'refunded' | 'manual' | 'failed';
              } | null;
              /** @description poisha, set when checked */
              refundAmount: number | null;
              /** @enum {string} */
              refundMethod: 'provider' | 'manual' | 'bkash_number';
              /** @description masked for the seller */
              refundMsisdn: string | null;
              shopId: string;
              /** @enum {string} */
              status:
                | 'requested'
                | 'accepted'
                | 'refused'
                | 'cancelled'
                | 'picked_up'
                | 'checked'
                | 'refunded'
                | 'refund_manual'
                | 'refund_failed';
              updatedAt: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/returns/{id}/photos': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a photo to your requested return (multipart, one file; at most 5) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              customerId: string;
              events: {
                actorRole: string;
                createdAt: string;
                from: string | null;
                reason: string | null;
                to: string;
              }[];
              id: string;
              lines: {
                amount: number;
                id: number;
                name: string;
                orderItemId: number;
                quantity: number;
                resellable: boolean | null;
                unitPrice: number;
                variantLabel: string | null;
              }[];
              /** @description poisha */
              linesAmount: number;
              nextSteps: (
                | 'requested'
                | 'accepted'
                | 'refused'
                | 'cancelled'
                | 'picked_up'
                | 'checked'
                | 'refunded'
                | 'refund_manual'
                | 'refund_failed'
              )[];
              note: string | null;
              orderId: string;
              orderNumber: string;
              photos: {
                id: string;
                thumbUrl: string;
                url: string;
              }[];
              /** @enum {string} */
              reason:
                | 'damaged'
                | 'wrong_item'
                | 'not_as_described'
                | 'expired'
                | 'missing_parts'
                | 'changed_mind'
                | 'other';
              refund: {
                amount: number;
                id: string;
                method: string;
                providerRef: string | null;
                refundedAt: string | null;
                /** @enum {string} */
                status: 'pending' | 'refunded' | 'manual' | 'failed';
              } | null;
              /** @description poisha, set when checked */
              refundAmount: number | null;
              /** @enum {string} */
              refundMethod: 'provider' | 'manual' | 'bkash_number';
              /** @description masked for the seller */
              refundMsisdn: string | null;
              shopId: string;
              /** @enum {string} */
              status:
                | 'requested'
                | 'accepted'
                | 'refused'
                | 'cancelled'
                | 'picked_up'
                | 'checked'
                | 'refunded'
                | 'refund_manual'
                | 'refund_failed';
              updatedAt: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/returns/{id}/photos/{photoId}/{size}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A return photo (WebP: large 1200, thumb 200 px) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          photoId: string;
          size: 'large' | 'thumb';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/returns/{id}/transitions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move a return one step (see docs/returns.md) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description checked: every line of the return, resellable or not */
            lines?: {
              id: number;
              resellable: boolean;
            }[];
            reason?: string | null;
            /** @enum {string} */
            to: 'accepted' | 'refused' | 'cancelled' | 'picked_up' | 'checked';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              customerId: string;
              events: {
                actorRole: string;
                createdAt: string;
                from: string | null;
                reason: string | null;
                to: string;
              }[];
              id: string;
              lines: {
                amount: number;
                id: number;
                name: string;
                orderItemId: number;
                quantity: number;
                resellable: boolean | null;
                unitPrice: number;
                variantLabel: string | null;
              }[];
              /** @description poisha */
              linesAmount: number;
              nextSteps: (
                | 'requested'
                | 'accepted'
                | 'refused'
                | 'cancelled'
                | 'picked_up'
                | 'checked'
                | 'refunded'
                | 'refund_manual'
                | 'refund_failed'
              )[];
              note: string | null;
              orderId: string;
              orderNumber: string;
              photos: {
                id: string;
                thumbUrl: string;
                url: string;
              }[];
              /** @enum {string} */
              reason:
                | 'damaged'
                | 'wrong_item'
                | 'not_as_described'
                | 'expired'
                | 'missing_parts'
                | 'changed_mind'
                | 'other';
              refund: {
                amount: number;
                id: string;
                method: string;
                providerRef: string | null;
                refundedAt: string | null;
                /** @enum {string} */
                status: 'pending' | 'refunded' | 'manual' | 'failed';
              } | null;
              /** @description poisha, set when checked */
              refundAmount: number | null;
              /** @enum {string} */
              refundMethod: 'provider' | 'manual' | 'bkash_number';
              /** @description masked for the seller */
              refundMsisdn: string | null;
              shopId: string;
              /** @enum {string} */
              status:
                | 'requested'
                | 'accepted'
                | 'refused'
                | 'cancelled'
                | 'picked_up'
                | 'checked'
                | 'refunded'
                | 'refund_manual'
                | 'refund_failed';
              updatedAt: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Review an item of a delivered order (once per item) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            orderItemId: number;
            rating: number;
            text?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              hidden: boolean;
              hiddenReason: string | null;
              id: string;
              orderItemId: number;
              photos: {
                height: number;
                id: string;
                large: string;
                thumb: string;
                width: number;
              }[];
              productId: string;
              rating: number;
              reply: {
                createdAt: string;
                text: string;
              } | null;
              shopId: string;
              text: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reviews/{id}/photos': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a photo to your review (multipart, one file; at most 3) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              hidden: boolean;
              hiddenReason: string | null;
              id: string;
              orderItemId: number;
              photos: {
                height: number;
                id: string;
                large: string;
                thumb: string;
                width: number;
              }[];
              productId: string;
              rating: number;
              reply: {
                createdAt: string;
                text: string;
              } | null;
              shopId: string;
              text: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reviews/{id}/photos/{photoId}/{size}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A review photo (WebP: large 1200, thumb 200 px) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          photoId: string;
          size: 'large' | 'thumb';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reviews/{id}/reply': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The shop's one public reply */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            text: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              hidden: boolean;
              hiddenReason: string | null;
              id: string;
              orderItemId: number;
              photos: {
                height: number;
                id: string;
                large: string;
                thumb: string;
                width: number;
              }[];
              productId: string;
              rating: number;
              reply: {
                createdAt: string;
                text: string;
              } | null;
              shopId: string;
              text: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Products by text (Bengali, English, Banglish) and filters; within radius m of lat/lng (default 1000, max 50000) when a point is given. Prices in poisha. */
    get: {
      parameters: {
        query?: {
          category?: string;
          /** @description Opaque: the `nextCursor` of the previous page */
          cursor?: string;
          inStock?: '0' | '1' | 'true' | 'false';
          lat?: number;
          limit?: number;
          lng?: number;
          maxPrice?: number;
          minPrice?: number;
          minRating?: number;
          q?: string;
          radius?: number;
          shopType?:
            | 'grocery'
            | 'pharmacy'
            | 'restaurant'
            | 'electronics'
            | 'hardware'
            | 'fashion'
            | 'other';
          sort?: 'relevance' | 'distance' | 'price_asc' | 'price_desc' | 'newest';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              facets: {
                categories: {
                  count: number;
                  id: string;
                }[];
                priceRanges: {
                  count: number;
                  max: number | null;
                  min: number;
                }[];
                shopTypes: {
                  count: number;
                  type: string;
                }[];
              };
              items: {
                distanceM: number | null;
                product: {
                  categoryId: string | null;
                  id: string;
                  inStock: boolean;
                  minPrice: number;
                  nameBn: string | null;
                  nameEn: string | null;
                  thumbUrl: string | null;
                  unit: string;
                };
                shop: {
                  id: string;
                  nameBn: string | null;
                  nameEn: string | null;
                  type: string;
                };
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/search/suggest': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Autocomplete: product names, categories and shops for a partial query */
    get: {
      parameters: {
        query: {
          limit?: number;
          q: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              categories: {
                id: string;
                nameBn: string | null;
                nameEn: string | null;
                slug: string;
              }[];
              products: {
                id: string;
                nameBn: string | null;
                nameEn: string | null;
              }[];
              shops: {
                id: string;
                nameBn: string | null;
                nameEn: string | null;
                type: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shops': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Register a shop (status pending until an admin approves it) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            address: string;
            /** @description Business Identification Number: 13 digits (NBR's BIN); spaces, dashes and Bengali digits accepted */
            bin?: string | null;
            /** @description metres, 100–50000; default 3000 */
            deliveryRadiusM?: number;
            drugLicence?: string | null;
            lat: number;
            lng: number;
            nameBn: string;
            nameEn: string;
            openingHours?: {
              /** @description HH:MM, after open */
              close: string;
              /** @description 0 = Sunday */
              day: number;
              /** @description HH:MM, Asia/Dhaka */
              open: string;
            }[];
            phone: string;
            placeId?: number | null;
            tradeLicence?: string | null;
            /** @enum {string} */
            type:
              | 'grocery'
              | 'pharmacy'
              | 'restaurant'
              | 'electronics'
              | 'hardware'
              | 'fashion'
              | 'other';
            /** @description VAT rate in percent, e.g. 15 or 7.5 */
            vatRate?: number | null;
            /** @description VAT-registered: the BIN and VAT rate appear on receipts */
            vatRegistered?: boolean;
          };
        };
      };
      responses: {
        /** @description Shop */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: string;
              /** @description 13 digits, or null */
              bin: string | null;
              createdAt: string;
              deliveryRadiusM: number;
              drugLicence: string | null;
              id: string;
              lat: number;
              lng: number;
              nameBn: string;
              nameEn: string;
              openingHours: {
                /** @description HH:MM, after open */
                close: string;
                /** @description 0 = Sunday */
                day: number;
                /** @description HH:MM, Asia/Dhaka */
                open: string;
              }[];
              /** @description The owner and admins only; absent in public answers */
              ownerId?: string;
              phone: string;
              placeId: number | null;
              rejectionReason: string | null;
              slug: string;
              /** @enum {string} */
              status: 'pending' | 'approved' | 'rejected' | 'suspended';
              suspendedAt: string | null;
              /** @description Why an admin suspended the shop (set while suspended) */
              suspensionReason: string | null;
              tradeLicence: string | null;
              /** @enum {string} */
              type:
                | 'grocery'
                | 'pharmacy'
                | 'restaurant'
                | 'electronics'
                | 'hardware'
                | 'fashion'
                | 'other';
              updatedAt: string;
              vatRate: number | null;
              vatRegistered: boolean;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shops/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One shop: public when approved; the owner and admins see any status */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Shop */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: string;
              /** @description 13 digits, or null */
              bin: string | null;
              createdAt: string;
              deliveryRadiusM: number;
              drugLicence: string | null;
              id: string;
              lat: number;
              lng: number;
              nameBn: string;
              nameEn: string;
              openingHours: {
                /** @description HH:MM, after open */
                close: string;
                /** @description 0 = Sunday */
                day: number;
                /** @description HH:MM, Asia/Dhaka */
                open: string;
              }[];
              /** @description The owner and admins only; absent in public answers */
              ownerId?: string;
              phone: string;
              placeId: number | null;
              rejectionReason: string | null;
              slug: string;
              /** @enum {string} */
              status: 'pending' | 'approved' | 'rejected' | 'suspended';
              suspendedAt: string | null;
              /** @description Why an admin suspended the shop (set while suspended) */
              suspensionReason: string | null;
              tradeLicence: string | null;
              /** @enum {string} */
              type:
                | 'grocery'
                | 'pharmacy'
                | 'restaurant'
                | 'electronics'
                | 'hardware'
                | 'fashion'
                | 'other';
              updatedAt: string;
              vatRate: number | null;
              vatRegistered: boolean;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edit a shop (its owner or an admin); status is not editable here */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            address?: string;
            /** @description Business Identification Number: 13 digits (NBR's BIN); spaces, dashes and Bengali digits accepted */
            bin?: string | null;
            /** @description metres, 100–50000; default 3000 */
            deliveryRadiusM?: number;
            drugLicence?: string | null;
            lat?: number;
            lng?: number;
            nameBn?: string;
            nameEn?: string;
            openingHours?: {
              /** @description HH:MM, after open */
              close: string;
              /** @description 0 = Sunday */
              day: number;
              /** @description HH:MM, Asia/Dhaka */
              open: string;
            }[];
            phone?: string;
            placeId?: number | null;
            tradeLicence?: string | null;
            /** @enum {string} */
            type?:
              | 'grocery'
              | 'pharmacy'
              | 'restaurant'
              | 'electronics'
              | 'hardware'
              | 'fashion'
              | 'other';
            /** @description VAT rate in percent, e.g. 15 or 7.5 */
            vatRate?: number | null;
            /** @description VAT-registered: the BIN and VAT rate appear on receipts */
            vatRegistered?: boolean;
          };
        };
      };
      responses: {
        /** @description Shop */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: string;
              /** @description 13 digits, or null */
              bin: string | null;
              createdAt: string;
              deliveryRadiusM: number;
              drugLicence: string | null;
              id: string;
              lat: number;
              lng: number;
              nameBn: string;
              nameEn: string;
              openingHours: {
                /** @description HH:MM, after open */
                close: string;
                /** @description 0 = Sunday */
                day: number;
                /** @description HH:MM, Asia/Dhaka */
                open: string;
              }[];
              /** @description The owner and admins only; absent in public answers */
              ownerId?: string;
              phone: string;
              placeId: number | null;
              rejectionReason: string | null;
              slug: string;
              /** @enum {string} */
              status: 'pending' | 'approved' | 'rejected' | 'suspended';
              suspendedAt: string | null;
              /** @description Why an admin suspended the shop (set while suspended) */
              suspensionReason: string | null;
              tradeLicence: string | null;
              /** @enum {string} */
              type:
                | 'grocery'
                | 'pharmacy'
                | 'restaurant'
                | 'electronics'
                | 'hardware'
                | 'fashion'
                | 'other';
              updatedAt: string;
              vatRate: number | null;
              vatRegistered: boolean;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/shops/{id}/balance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What the platform owes the shop and what the shop owes the platform */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description poisha of customers’ cash the shop holds */
              codCash: number;
              /** @enum {string} */
              currency: 'BDT';
              /** @description payable − receivable − codCash: positive, the platform pays */
              net: number;
              /** @description poisha the platform owes the shop */
              payable: number;
              /** @description poisha the shop owes the platform (charges) */
              receivable: number;
              /** Format: uuid */
              shopId: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shops/{id}/batch-tracking': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether the shop keeps batches */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              enabled: boolean;
              /** @description Pharmacies always keep batches */
              pharmacy: boolean;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Turn batches on or off for a shop that is not a pharmacy */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            enabled: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              enabled: boolean;
              /** @description Pharmacies always keep batches */
              pharmacy: boolean;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shops/{id}/batches/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add or set batches from a CSV (multipart field "file"; columns sku, batch_number, expiry, quantity, cost) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              rows: {
                batchNumber: string | null;
                code?: string;
                message?: string;
                /** @enum {string} */
                result: 'created' | 'updated' | 'unchanged' | 'rejected';
                row: number;
                sku: string | null;
              }[];
              summary: {
                created: number;
                rejected: number;
                unchanged: number;
                updated: number;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shops/{id}/batches/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Stock value by expiry month, expired, written off, and batches near expiry */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Past expiry, still on hand until the write-off */
              expired: {
                batches: number;
                quantity: number;
                valuePoisha: number;
              };
              months: {
                batches: number;
                /** @description YYYY-MM of the expiry date */
                month: string;
                quantity: number;
                valuePoisha: number;
              }[];
              nearExpiry: {
                batchId: string;
                batchNumber: string | null;
                daysLeft: number;
                expiryDate: string;
                productId: string;
                productName: string;
                quantity: number;
                sku: string;
                valuePoisha: number;
                variantId: string;
              }[];
              today: string;
              total: {
                quantity: number;
                valuePoisha: number;
              };
              unbatched: {
                quantity: number;
                valuePoisha: number;
              };
              /** @description Batches with no purchase cost, valued at the selling price */
              valuedAtPrice: number;
              /** @description Written off as expired, all time */
              writtenOff: {
                batches: number;
                quantity: number;
                valuePoisha: number;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shops/{id}/batches/report.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The expiry report as CSV */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shops/{id}/coupons': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The shop's coupons, newest first */
    get: {
      parameters: {
        query?: {
          /** @description Opaque: the `nextCursor` of the previous page */
          cursor?: string;
          limit?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                active: boolean;
                code: string;
                createdAt: string;
                endsAt: string;
                firstOrderOnly: boolean;
                /** @enum {string} */
                fundedBy: 'shop' | 'platform';
                id: string;
                /** @enum {string} */
                kind: 'percent' | 'fixed';
                maxDiscount: number | null;
                maxUses: number | null;
                minBag: number;
                paymentMethods: string[] | null;
                perCustomer: number | null;
                shopId: string | null;
                startsAt: string;
                /** @description a time of day the coupon works in each day: 'iftar' = from 1 hour before the day's iftar (Dhaka) to 30 minutes after it; null: any time between startsAt and endsAt */
                timeWindow: 'iftar' | null;
                used: number;
                value: number;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Make a coupon the shop pays for (percent or fixed, with its rules) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default true */
            active?: boolean;
            code: string;
            /** Format: date-time */
            endsAt: string;
            /** @default false */
            firstOrderOnly?: boolean;
            /** @enum {string} */
            kind: 'percent' | 'fixed';
            /**
             * @description a cap on a percent discount, poisha
             * @default null
             */
            maxDiscount?: number | null;
            /** @default null */
            maxUses?: number | null;
            /**
             * @description poisha of goods
             * @default 0
             */
            minBag?: number;
            /**
             * @description only these payment methods (e.g. ["bkash"]); null: any
             * @default null
             */
            paymentMethods?: ('cod' | 'bkash' | 'nagad' | 'sslcommerz')[] | null;
            /** @default null */
            perCustomer?: number | null;
            /** Format: date-time */
            startsAt: string;
            /**
             * @description a time of day the coupon works in each day: 'iftar' = from 1 hour before the day's iftar (Dhaka) to 30 minutes after it; null: any time between startsAt and endsAt
             * @default null
             */
            timeWindow?: 'iftar' | null;
            /** @description percent: basis points (1000 = 10 %, at most 10000); fixed: poisha */
            value: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              active: boolean;
              code: string;
              createdAt: string;
              endsAt: string;
              firstOrderOnly: boolean;
              /** @enum {string} */
              fundedBy: 'shop' | 'platform';
              id: string;
              /** @enum {string} */
              kind: 'percent' | 'fixed';
              maxDiscount: number | null;
              maxUses: number | null;
              minBag: number;
              paymentMethods: string[] | null;
              perCustomer: number | null;
              shopId: string | null;
              startsAt: string;
              /** @description a time of day the coupon works in each day: 'iftar' = from 1 hour before the day's iftar (Dhaka) to 30 minutes after it; null: any time between startsAt and endsAt */
              timeWindow: 'iftar' | null;
              used: number;
              value: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shops/{id}/coupons/{itemId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Switch a shop coupon off (its uses stay on record) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          itemId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              active: boolean;
              code: string;
              createdAt: string;
              endsAt: string;
              firstOrderOnly: boolean;
              /** @enum {string} */
              fundedBy: 'shop' | 'platform';
              id: string;
              /** @enum {string} */
              kind: 'percent' | 'fixed';
              maxDiscount: number | null;
              maxUses: number | null;
              minBag: number;
              paymentMethods: string[] | null;
              perCustomer: number | null;
              shopId: string | null;
              startsAt: string;
              /** @description a time of day the coupon works in each day: 'iftar' = from 1 hour before the day's iftar (Dhaka) to 30 minutes after it; null: any time between startsAt and endsAt */
              timeWindow: 'iftar' | null;
              used: number;
              value: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Edit a shop coupon's rules, or switch it off or on */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          itemId: string;
        };
        cookie?: never;
      };
      /** @description the code, kind and value of a coupon are fixed once made */
      requestBody: {
        content: {
          'application/json': {
            active?: boolean;
            /** Format: date-time */
            endsAt?: string;
            firstOrderOnly?: boolean;
            maxDiscount?: number | null;
            maxUses?: number | null;
            minBag?: number;
            paymentMethods?: ('cod' | 'bkash' | 'nagad' | 'sslcommerz')[] | null;
            perCustomer?: number | null;
            /** Format: date-time */
            startsAt?: string;
            /** @description a time of day the coupon works in each day: 'iftar' = from 1 hour before the day's iftar (Dhaka) to 30 minutes after it; null: any time between startsAt and endsAt */
            timeWindow?: 'iftar' | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              active: boolean;
              code: string;
              createdAt: string;
              endsAt: string;
              firstOrderOnly: boolean;
              /** @enum {string} */
              fundedBy: 'shop' | 'platform';
              id: string;
              /** @enum {string} */
              kind: 'percent' | 'fixed';
              maxDiscount: number | null;
              maxUses: number | null;
              minBag: number;
              paymentMethods: string[] | null;
              perCustomer: number | null;
              shopId: string | null;
              startsAt: string;
              /** @description a time of day the coupon works in each day: 'iftar' = from 1 hour before the day's iftar (Dhaka) to 30 minutes after it; null: any time between startsAt and endsAt */
              timeWindow: 'iftar' | null;
              used: number;
              value: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/shops/{id}/delivery-settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A shop's delivery settings (owner, admin) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              cod: boolean;
              /** @description basis points of the subtotal (100 = 1 %) */
              codChargeBp: number;
              courier: boolean;
              ownDelivery: boolean;
              shopId: string;
              tiers: {
                chargePoisha: number;
                upToM: number;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Own delivery with distance tiers (inside the shop radius), courier, COD and its charge */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            cod: boolean;
            /** @description basis points of the subtotal (100 = 1 %) */
            codChargeBp: number;
            courier: boolean;
            ownDelivery: boolean;
            tiers: {
              chargePoisha: number;
              upToM: number;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              cod: boolean;
              /** @description basis points of the subtotal (100 = 1 %) */
              codChargeBp: number;
              courier: boolean;
              ownDelivery: boolean;
              shopId: string;
              tiers: {
                chargePoisha: number;
                upToM: number;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shops/{id}/festival-campaigns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Suggested campaigns for the festivals ahead (owner, admin) */
    get: {
      parameters: {
        query?: {
          days?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                banner: {
                  bn: string;
                  en: string;
                };
                /** @description the days before the last occurrence whose sales chose the categories */
                basedOn: {
                  from: string;
                  to: string;
                  year: number;
                } | null;
                /** @description a coupon to create with POST /shops/{id}/coupons */
                coupon: {
                  code: string;
                  endsAt: string;
                  /** @enum {string} */
                  kind: 'percent';
                  /** @description poisha */
                  maxDiscount: number;
                  /** @description poisha */
                  minBag: number;
                  startsAt: string;
                  /** @description basis points (1500 = 15 %), as the coupons API takes */
                  value: number;
                };
                festival: {
                  endsOn: string;
                  /** @enum {string} */
                  key:
                    | 'shab_e_barat'
                    | 'ekushey'
                    | 'ramadan'
                    | 'shab_e_qadr'
                    | 'eid_ul_fitr'
                    | 'independence_day'
                    | 'pohela_boishakh'
                    | 'buddha_purnima'
                    | 'eid_ul_adha'
                    | 'ashura'
                    | 'july_uprising'
                    | 'janmashtami'
                    | 'eid_e_miladunnabi'
                    | 'durga_puja'
                    | 'victory_day'
                    | 'christmas';
                  mainDay: string;
                  nameBn: string;
                  nameEn: string;
                  startsOn: string;
                  /** @enum {string} */
                  theme: 'eid' | 'ramadan' | 'boishakh' | 'puja' | 'national' | 'general';
                  year: number;
                };
                /** @description restaurants in Ramadan: an offer around iftar each day */
                iftarOffer: {
                  /** @description an iftar-time coupon through Ramadan to create with POST /shops/{id}/coupons as it is */
                  coupon: {
                    code: string;
                    endsAt: string;
                    /** @enum {string} */
                    kind: 'percent';
                    /** @description poisha */
                    maxDiscount: number;
                    /** @description poisha */
                    minBag: number;
                    startsAt: string;
                    /** @enum {string} */
                    timeWindow: 'iftar';
                    /** @description basis points (1500 = 15 %), as the coupons API takes */
                    value: number;
                  };
                  firstDayIftar: string;
                  minutesAfter: number;
                  minutesBefore: number;
                  text: {
                    bn: string;
                    en: string;
                  };
                } | null;
                topCategories: {
                  categoryId: string;
                  nameBn: string;
                  nameEn: string;
                  salesPoisha: number;
                  units: number;
                }[];
              }[];
              today: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shops/{id}/flash-sales': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The shop's flash sales, newest first */
    get: {
      parameters: {
        query?: {
          /** @description Opaque: the `nextCursor` of the previous page */
          cursor?: string;
          limit?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                active: boolean;
                createdAt: string;
                endsAt: string;
                id: string;
                /** @description the variant's regular price now */
                listPrice: number;
                name: string;
                perCustomer: number;
                price: number;
                productId: string;
                shopId: string;
                sold: number;
                startsAt: string;
                stockCap: number;
                variantId: string;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Schedule a flash price on an item, with a stock cap and a per-customer limit */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date-time */
            endsAt: string;
            /** @description units one customer may buy at it */
            perCustomer: number;
            /** @description the flash price, poisha (below the regular price) */
            price: number;
            /** Format: date-time */
            startsAt: string;
            /** @description units sold at this price in all */
            stockCap: number;
            /** Format: uuid */
            variantId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              active: boolean;
              createdAt: string;
              endsAt: string;
              id: string;
              /** @description the variant's regular price now */
              listPrice: number;
              name: string;
              perCustomer: number;
              price: number;
              productId: string;
              shopId: string;
              sold: number;
              startsAt: string;
              stockCap: number;
              variantId: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shops/{id}/flash-sales/{itemId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Switch a flash sale off */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          itemId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              active: boolean;
              createdAt: string;
              endsAt: string;
              id: string;
              /** @description the variant's regular price now */
              listPrice: number;
              name: string;
              perCustomer: number;
              price: number;
              productId: string;
              shopId: string;
              sold: number;
              startsAt: string;
              stockCap: number;
              variantId: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Edit a flash sale, or switch it off or on */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          itemId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            active?: boolean;
            /** Format: date-time */
            endsAt?: string;
            perCustomer?: number;
            price?: number;
            /** Format: date-time */
            startsAt?: string;
            stockCap?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              active: boolean;
              createdAt: string;
              endsAt: string;
              id: string;
              /** @description the variant's regular price now */
              listPrice: number;
              name: string;
              perCustomer: number;
              price: number;
              productId: string;
              shopId: string;
              sold: number;
              startsAt: string;
              stockCap: number;
              variantId: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/shops/{id}/free-delivery': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The shop's free-delivery threshold */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              minSubtotal: number | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Free delivery when the goods reach a total (the shop pays the delivery); null: off */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description goods total from which delivery is free; null: off */
            minSubtotal: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              minSubtotal: number | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shops/{id}/invoices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The months of a year with commission: the shop's monthly commission invoices */
    get: {
      parameters: {
        query: {
          year: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @description net, poisha */
                commission: number;
                month: string;
                number: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shops/{id}/invoices/{month}.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The shop's commission invoice for a month (YYYY-MM, Asia/Dhaka) as a PDF */
    get: {
      parameters: {
        query?: {
          /** @description default: Accept-Language, else bn */
          lang?: 'bn' | 'en';
        };
        header?: never;
        path: {
          id: string;
          /** @description YYYY-MM (Asia/Dhaka) */
          month: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shops/{id}/ledger': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The shop's ledger entries, newest first (?from=&to=) */
    get: {
      parameters: {
        query?: {
          /** @description Opaque: the `nextCursor` of the previous page */
          cursor?: string;
          /** @description entries at or after this time */
          from?: string;
          limit?: number;
          /** @description entries before this time */
          to?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @enum {string} */
                account: 'payable' | 'receivable' | 'cod_cash';
                /** @description poisha; positive debit, negative credit */
                amount: number;
                createdAt: string;
                id: number;
                /** @description payment.captured, refund.due, refund.paid, adjustment */
                kind: string;
                memo: string;
                orderId: string | null;
                transactionId: number;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shops/{id}/medicine-intakes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The shop's lists, newest first, with their counts */
    get: {
      parameters: {
        query?: {
          /** @description Opaque: the `nextCursor` of the previous page */
          cursor?: string;
          limit?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                createdAt: string;
                id: string;
                /** @enum {string} */
                source: 'text' | 'csv' | 'photo';
                summary: {
                  added: number;
                  lines: number;
                  pending: number;
                  skipped: number;
                };
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Stock the pharmacy from a pasted list: sure lines are added, the rest wait for review */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The list: one medicine a line, or cells pasted from a spreadsheet */
            text: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              id: string;
              lines: {
                candidates: {
                  brand: string;
                  confidence: number;
                  form: string;
                  generic: string;
                  manufacturer: string;
                  medicineId: string;
                  /** @description MRP in poisha of one such unit, when known */
                  mrp: number | null;
                  prescriptionRequired: boolean;
                  /** @description Prefilled price: the list’s price capped at the MRP, or the MRP */
                  price: number | null;
                  reasons: string[];
                  strength: string;
                  /**
                   * @description The unit the line is sold in (prefilled)
                   * @enum {string}
                   */
                  unit: 'piece' | 'strip' | 'box' | 'pack';
                }[];
                id: string;
                line: string;
                /** @enum {string} */
                matchStatus: 'auto' | 'review' | 'none';
                medicineId: string | null;
                position: number;
                /** @description The price the list gave, poisha */
                price: number | null;
                productId: string | null;
                quantity: number | null;
                result: {
                  /** @description false: stock was added to the product the shop already had */
                  created: boolean;
                  mrp: number | null;
                  price: number;
                  priceCapped: boolean;
                  stockAdded: number;
                  unit: string;
                } | null;
                /** @enum {string} */
                status: 'added' | 'pending' | 'skipped';
                /** @description Prefilled stock: the quantity the line gave, or 0 */
                stock: number;
              }[];
              shopId: string;
              /** @enum {string} */
              source: 'text' | 'csv' | 'photo';
              summary: {
                added: number;
                lines: number;
                pending: number;
                skipped: number;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shops/{id}/medicine-intakes/{intakeId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A list: its lines with statuses, candidates (with MRP) and what was stocked */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          intakeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              id: string;
              lines: {
                candidates: {
                  brand: string;
                  confidence: number;
                  form: string;
                  generic: string;
                  manufacturer: string;
                  medicineId: string;
                  /** @description MRP in poisha of one such unit, when known */
                  mrp: number | null;
                  prescriptionRequired: boolean;
                  /** @description Prefilled price: the list’s price capped at the MRP, or the MRP */
                  price: number | null;
                  reasons: string[];
                  strength: string;
                  /**
                   * @description The unit the line is sold in (prefilled)
                   * @enum {string}
                   */
                  unit: 'piece' | 'strip' | 'box' | 'pack';
                }[];
                id: string;
                line: string;
                /** @enum {string} */
                matchStatus: 'auto' | 'review' | 'none';
                medicineId: string | null;
                position: number;
                /** @description The price the list gave, poisha */
                price: number | null;
                productId: string | null;
                quantity: number | null;
                result: {
                  /** @description false: stock was added to the product the shop already had */
                  created: boolean;
                  mrp: number | null;
                  price: number;
                  priceCapped: boolean;
                  stockAdded: number;
                  unit: string;
                } | null;
                /** @enum {string} */
                status: 'added' | 'pending' | 'skipped';
                /** @description Prefilled stock: the quantity the line gave, or 0 */
                stock: number;
              }[];
              shopId: string;
              /** @enum {string} */
              source: 'text' | 'csv' | 'photo';
              summary: {
                added: number;
                lines: number;
                pending: number;
                skipped: number;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shops/{id}/medicine-intakes/{intakeId}/lines/{lineId}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Stock a waiting line as the chosen master entry (price capped at the MRP) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          intakeId: string;
          lineId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description The master entry (a candidate, or one found by searching again)
             */
            medicineId: string;
            /** @description Poisha per unit; omitted or null: the MRP. Capped at the MRP */
            price?: number | null;
            stock: number;
            /** @enum {string} */
            unit: 'piece' | 'strip' | 'box' | 'pack';
            /** @description Tablets in a strip or pack (default strip: 10) */
            unitsPerSale?: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              candidates: {
                brand: string;
                confidence: number;
                form: string;
                generic: string;
                manufacturer: string;
                medicineId: string;
                /** @description MRP in poisha of one such unit, when known */
                mrp: number | null;
                prescriptionRequired: boolean;
                /** @description Prefilled price: the list’s price capped at the MRP, or the MRP */
                price: number | null;
                reasons: string[];
                strength: string;
                /**
                 * @description The unit the line is sold in (prefilled)
                 * @enum {string}
                 */
                unit: 'piece' | 'strip' | 'box' | 'pack';
              }[];
              id: string;
              line: string;
              /** @enum {string} */
              matchStatus: 'auto' | 'review' | 'none';
              medicineId: string | null;
              position: number;
              /** @description The price the list gave, poisha */
              price: number | null;
              productId: string | null;
              quantity: number | null;
              result: {
                /** @description false: stock was added to the product the shop already had */
                created: boolean;
                mrp: number | null;
                price: number;
                priceCapped: boolean;
                stockAdded: number;
                unit: string;
              } | null;
              /** @enum {string} */
              status: 'added' | 'pending' | 'skipped';
              /** @description Prefilled stock: the quantity the line gave, or 0 */
              stock: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shops/{id}/medicine-intakes/{intakeId}/lines/{lineId}/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Search again for a waiting line with other words: new candidates */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          intakeId: string;
          lineId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            query: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              candidates: {
                brand: string;
                confidence: number;
                form: string;
                generic: string;
                manufacturer: string;
                medicineId: string;
                /** @description MRP in poisha of one such unit, when known */
                mrp: number | null;
                prescriptionRequired: boolean;
                /** @description Prefilled price: the list’s price capped at the MRP, or the MRP */
                price: number | null;
                reasons: string[];
                strength: string;
                /**
                 * @description The unit the line is sold in (prefilled)
                 * @enum {string}
                 */
                unit: 'piece' | 'strip' | 'box' | 'pack';
              }[];
              id: string;
              line: string;
              /** @enum {string} */
              matchStatus: 'auto' | 'review' | 'none';
              medicineId: string | null;
              position: number;
              /** @description The price the list gave, poisha */
              price: number | null;
              productId: string | null;
              quantity: number | null;
              result: {
                /** @description false: stock was added to the product the shop already had */
                created: boolean;
                mrp: number | null;
                price: number;
                priceCapped: boolean;
                stockAdded: number;
                unit: string;
              } | null;
              /** @enum {string} */
              status: 'added' | 'pending' | 'skipped';
              /** @description Prefilled stock: the quantity the line gave, or 0 */
              stock: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shops/{id}/medicine-intakes/{intakeId}/lines/{lineId}/skip': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Leave a waiting line out */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          intakeId: string;
          lineId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              candidates: {
                brand: string;
                confidence: number;
                form: string;
                generic: string;
                manufacturer: string;
                medicineId: string;
                /** @description MRP in poisha of one such unit, when known */
                mrp: number | null;
                prescriptionRequired: boolean;
                /** @description Prefilled price: the list’s price capped at the MRP, or the MRP */
                price: number | null;
                reasons: string[];
                strength: string;
                /**
                 * @description The unit the line is sold in (prefilled)
                 * @enum {string}
                 */
                unit: 'piece' | 'strip' | 'box' | 'pack';
              }[];
              id: string;
              line: string;
              /** @enum {string} */
              matchStatus: 'auto' | 'review' | 'none';
              medicineId: string | null;
              position: number;
              /** @description The price the list gave, poisha */
              price: number | null;
              productId: string | null;
              quantity: number | null;
              result: {
                /** @description false: stock was added to the product the shop already had */
                created: boolean;
                mrp: number | null;
                price: number;
                priceCapped: boolean;
                stockAdded: number;
                unit: string;
              } | null;
              /** @enum {string} */
              status: 'added' | 'pending' | 'skipped';
              /** @description Prefilled stock: the quantity the line gave, or 0 */
              stock: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shops/{id}/medicine-intakes/upload': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Stock the pharmacy from a file (multipart field "file"): a CSV or text export, or a photo of a list or invoice (OCR) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              id: string;
              lines: {
                candidates: {
                  brand: string;
                  confidence: number;
                  form: string;
                  generic: string;
                  manufacturer: string;
                  medicineId: string;
                  /** @description MRP in poisha of one such unit, when known */
                  mrp: number | null;
                  prescriptionRequired: boolean;
                  /** @description Prefilled price: the list’s price capped at the MRP, or the MRP */
                  price: number | null;
                  reasons: string[];
                  strength: string;
                  /**
                   * @description The unit the line is sold in (prefilled)
                   * @enum {string}
                   */
                  unit: 'piece' | 'strip' | 'box' | 'pack';
                }[];
                id: string;
                line: string;
                /** @enum {string} */
                matchStatus: 'auto' | 'review' | 'none';
                medicineId: string | null;
                position: number;
                /** @description The price the list gave, poisha */
                price: number | null;
                productId: string | null;
                quantity: number | null;
                result: {
                  /** @description false: stock was added to the product the shop already had */
                  created: boolean;
                  mrp: number | null;
                  price: number;
                  priceCapped: boolean;
                  stockAdded: number;
                  unit: string;
                } | null;
                /** @enum {string} */
                status: 'added' | 'pending' | 'skipped';
                /** @description Prefilled stock: the quantity the line gave, or 0 */
                stock: number;
              }[];
              shopId: string;
              /** @enum {string} */
              source: 'text' | 'csv' | 'photo';
              summary: {
                added: number;
                lines: number;
                pending: number;
                skipped: number;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shops/{id}/medicines/match': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Match messy medicine lines against the master catalog (pharmacy owner or admin)
     * @description Each line gets ranked candidates (at most 5) with a confidence and reasons, and a status: "auto" when one entry is clearly meant, "review" when a person must pick, "none" when nothing fits.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            lines: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              results: {
                candidates: {
                  brand: string;
                  confidence: number;
                  form: string;
                  generic: string;
                  manufacturer: string;
                  medicineId: string;
                  reasons: string[];
                  strength: string;
                }[];
                line: string;
                quantity: {
                  quantity: number;
                  unit: ('strip' | 'box' | 'piece' | 'bottle') | null;
                } | null;
                /** @enum {string} */
                status: 'auto' | 'review' | 'none';
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shops/{id}/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A shop's order queue (?status=) */
    get: {
      parameters: {
        query?: {
          /** @description Opaque: the `nextCursor` of the previous page */
          cursor?: string;
          limit?: number;
          /** @description one order by its number: any case, ASCII or Bengali digits, with or without # */
          number?: string;
          status?:
            | 'pending_payment'
            | 'placed'
            | 'accepted'
            | 'packed'
            | 'out_for_delivery'
            | 'delivered'
            | 'cancelled'
            | 'rejected'
            | 'returned'
            | 'refunded';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                address: {
                  addressLine: string;
                  label: string;
                  landmark: string | null;
                  lat: number;
                  lng: number;
                  phone: string;
                  placeId: number | null;
                  recipientName: string;
                };
                /** @description the advance a risky COD order paid by bKash (docs/risk.md); null for most orders */
                advance: {
                  /** @description poisha paid before delivery */
                  amount: number;
                  /** @description poisha still to collect at the door: total − advance */
                  dueAtDoor: number;
                  /** @enum {string} */
                  provider: 'bkash';
                  /** @description bKash's page, while the order waits for it */
                  redirectUrl: string | null;
                  /** @enum {string} */
                  status:
                    | 'pending'
                    | 'paid'
                    | 'failed'
                    | 'cancelled'
                    | 'refund_pending'
                    | 'refunded'
                    | 'refund_manual';
                } | null;
                /** @description poisha */
                codCharge: number;
                createdAt: string;
                customerId: string;
                delivery: {
                  distanceM: number | null;
                  /** @enum {string} */
                  method: 'own' | 'courier';
                  weightGrams: number;
                  zone: string | null;
                };
                /** @description poisha */
                deliveryCharge: number;
                /** @description poisha: the delivery charge waived (free delivery) */
                deliveryDiscount: number;
                /** @description poisha: the coupon's discount on the goods */
                discount: number;
                /** @description when an unpaid online order lets its stock go */
                expiresAt: string | null;
                id: string;
                /** @description Human-readable, e.g. HT-2612-000042 */
                number: string;
                payment: {
                  amount: number;
                  id: string;
                  /** @enum {string} */
                  provider: 'cod' | 'bkash' | 'nagad' | 'sslcommerz';
                  redirectUrl: string | null;
                  /** @enum {string} */
                  status:
                    | 'pending'
                    | 'paid'
                    | 'failed'
                    | 'cancelled'
                    | 'refund_pending'
                    | 'refunded'
                    | 'refund_manual';
                } | null;
                /** @enum {string} */
                paymentMethod: 'cod' | 'bkash' | 'nagad' | 'sslcommerz';
                /** @description null: no prescription needed; otherwise the order cannot be accepted until it is approved */
                prescriptionStatus: ('required' | 'submitted' | 'approved' | 'rejected') | null;
                shopId: string;
                shopName: string;
                /** @enum {string} */
                status:
                  | 'pending_payment'
                  | 'placed'
                  | 'accepted'
                  | 'packed'
                  | 'out_for_delivery'
                  | 'delivered'
                  | 'cancelled'
                  | 'rejected'
                  | 'returned'
                  | 'refunded';
                /** @description poisha */
                subtotal: number;
                /** @description poisha */
                total: number;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shops/{id}/orders/today': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A shop's day so far (Asia/Dhaka): orders placed and delivered, sales, work waiting */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description the Asia/Dhaka calendar day, YYYY-MM-DD */
              date: string;
              ordersDelivered: number;
              ordersPlaced: number;
              /** @description value of the orders delivered today */
              salesPoisha: number;
              /** @description orders now waiting to be accepted, packed or handed to delivery */
              waiting: {
                accepted: number;
                packed: number;
                placed: number;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shops/{id}/payout-method': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Where the shop is paid: a bKash wallet or a bank account */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              method: {
                accountName: string | null;
                accountNumber: string | null;
                bankName: string | null;
                branchName: string | null;
                /** @enum {string} */
                kind: 'bkash' | 'bank';
                msisdn: string | null;
                routingNumber: string | null;
                updatedAt: string;
              } | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Set the shop's payout method (its owner only; audited) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json':
            | {
                /** @enum {string} */
                kind: 'bkash';
                /** @description the bKash wallet number: 01XXXXXXXXX, +8801…, Bengali digits */
                msisdn: string;
              }
            | {
                accountName: string;
                accountNumber: string;
                bankName: string;
                branchName?: string;
                /** @enum {string} */
                kind: 'bank';
                routingNumber: string;
              };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              method: {
                accountName: string | null;
                accountNumber: string | null;
                bankName: string | null;
                branchName: string | null;
                /** @enum {string} */
                kind: 'bkash' | 'bank';
                msisdn: string | null;
                routingNumber: string | null;
                updatedAt: string;
              } | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shops/{id}/payouts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The shop's payouts, what it may be paid now, what is pending, the next run */
    get: {
      parameters: {
        query?: {
          /** @description Opaque: the `nextCursor` of the previous page */
          cursor?: string;
          limit?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description poisha payable now (negative: the shop owes) */
              available: number;
              codCash: number;
              /** @description poisha of payouts sent and not yet confirmed */
              inFlight: number;
              items: {
                /** @description poisha */
                amount: number;
                createdAt: string;
                /** @description the wallet or account, masked */
                destination: string;
                failureReason: string | null;
                fee: number | null;
                /** Format: uuid */
                id: string;
                invoice: string;
                /** @enum {string} */
                method: 'bkash' | 'bank';
                providerTxnId: string | null;
                /** Format: uuid */
                runId: string;
                settledAt: string | null;
                /** Format: uuid */
                shopId: string;
                shopName: string | null;
                /** @enum {string} */
                status: 'pending' | 'processing' | 'sent' | 'paid' | 'failed';
              }[];
              method: {
                accountName: string | null;
                accountNumber: string | null;
                bankName: string | null;
                branchName: string | null;
                /** @enum {string} */
                kind: 'bkash' | 'bank';
                msisdn: string | null;
                routingNumber: string | null;
                updatedAt: string;
              } | null;
              /** @description the least paid in one payout */
              minimum: number;
              nextCursor: string | null;
              /** @description the next scheduled run */
              nextPayoutAt: string | null;
              /** @description poisha of orders still in their return window or undelivered */
              pending: number;
              receivable: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shops/{id}/pharmacist': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A pharmacy's registered pharmacist (public for an approved shop) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description null: the pharmacy has not named one (it cannot review prescriptions) */
              pharmacist: {
                name: string;
                registrationNo: string;
                updatedAt: string;
              } | null;
              shopId: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Name the pharmacy's registered pharmacist (the shop's owner) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description the registered pharmacist's name */
            name: string;
            /** @description their registration number (Pharmacy Council of Bangladesh) */
            registrationNo: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description null: the pharmacy has not named one (it cannot review prescriptions) */
              pharmacist: {
                name: string;
                registrationNo: string;
                updatedAt: string;
              } | null;
              shopId: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shops/{id}/prescription-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A pharmacy's prescription requests (its owner), newest first */
    get: {
      parameters: {
        query?: {
          /** @description Opaque: the `nextCursor` of the previous page */
          cursor?: string;
          limit?: number;
          status?: 'submitted' | 'proposed' | 'confirmed' | 'declined' | 'cancelled';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                createdAt: string;
                id: string;
                note: string | null;
                /** @description the order that carried this prescription, once placed */
                orderId: string | null;
                shopId: string;
                shopName: string;
                /** @enum {string} */
                status: 'submitted' | 'proposed' | 'confirmed' | 'declined' | 'cancelled';
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shops/{id}/products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A shop's products, newest first (owner/admin also see drafts and archived) */
    get: {
      parameters: {
        query?: {
          /** @description Opaque: the `nextCursor` of the previous page */
          cursor?: string;
          limit?: number;
          /** @description Owner/admin only; others always see active */
          status?: 'draft' | 'active' | 'archived';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                attributes: {
                  [key: string]: unknown;
                };
                categoryId: string | null;
                createdAt: string;
                descriptionBn: string | null;
                descriptionEn: string | null;
                /** @description Hidden by an admin: only its shop and admins see it */
                hidden: boolean;
                hiddenAt: string | null;
                /** @description The admin's reason, shown to the seller */
                hiddenReason: string | null;
                id: string;
                images: {
                  height: number | null;
                  id: string;
                  position: number;
                  /** @enum {string} */
                  status: 'processing' | 'ready' | 'failed';
                  /** @description Set once the image is ready */
                  urls: {
                    large: string;
                    medium: string;
                    thumb: string;
                  } | null;
                  width: number | null;
                }[];
                /** @enum {string} */
                kind: 'medicine' | 'grocery' | 'electronics' | 'food' | 'general';
                nameBn: string | null;
                nameEn: string | null;
                shopId: string;
                sku: string;
                /** @enum {string} */
                status: 'draft' | 'active' | 'archived';
                /** @enum {string} */
                unit: 'piece' | 'kg' | 'g' | 'litre' | 'ml' | 'dozen' | 'pack' | 'strip' | 'box';
                updatedAt: string;
                variants: {
                  /**
                   * @description in_stock: more than 5 on hand; few_left: 1 to 5; out_of_stock: none
                   * @enum {string}
                   */
                  availability: 'in_stock' | 'few_left' | 'out_of_stock';
                  compareAtPrice: number | null;
                  id: string;
                  label: string | null;
                  /** @description The owning seller and admins only */
                  lowStock?: boolean;
                  /** @description The owning seller and admins only */
                  lowStockThreshold?: number;
                  /** @description Exact stock: the owning seller and admins only */
                  onHand?: number;
                  price: number;
                  sku: string;
                }[];
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shops/{id}/products/csv-template': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An example CSV with every column */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shops/{id}/products/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every product variant of the shop as CSV */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shops/{id}/products/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create or update products from a CSV (multipart field "file"); per-row report */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              rows: {
                productSku: string | null;
                reasons?: {
                  code: string;
                  column: string;
                  detail?: string;
                  message: string;
                }[];
                /** @enum {string} */
                result: 'created' | 'updated' | 'unchanged' | 'rejected';
                row: number;
                variantSku: string | null;
              }[];
              summary: {
                created: number;
                rejected: number;
                unchanged: number;
                updated: number;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shops/{id}/returns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A shop's returns, newest first (?status=) */
    get: {
      parameters: {
        query?: {
          /** @description Opaque: the `nextCursor` of the previous page */
          cursor?: string;
          limit?: number;
          status?:
            | 'requested'
            | 'accepted'
            | 'refused'
            | 'cancelled'
            | 'picked_up'
            | 'checked'
            | 'refunded'
            | 'refund_manual'
            | 'refund_failed';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                createdAt: string;
                customerId: string;
                events: {
                  actorRole: string;
                  createdAt: string;
                  from: string | null;
                  reason: string | null;
                  to: string;
                }[];
                id: string;
                lines: {
                  amount: number;
                  id: number;
                  name: string;
                  orderItemId: number;
                  quantity: number;
                  resellable: boolean | null;
                  unitPrice: number;
                  variantLabel: string | null;
                }[];
                /** @description poisha */
                linesAmount: number;
                nextSteps: (
                  | 'requested'
                  | 'accepted'
                  | 'refused'
                  | 'cancelled'
                  | 'picked_up'
                  | 'checked'
                  | 'refunded'
                  | 'refund_manual'
                  | 'refund_failed'
                )[];
                note: string | null;
                orderId: string;
                orderNumber: string;
                photos: {
                  id: string;
                  thumbUrl: string;
                  url: string;
                }[];
                /** @enum {string} */
                reason:
                  | 'damaged'
                  | 'wrong_item'
                  | 'not_as_described'
                  | 'expired'
                  | 'missing_parts'
                  | 'changed_mind'
                  | 'other';
                refund: {
                  amount: number;
                  id: string;
                  method: string;
                  providerRef: string | null;
                  refundedAt: string | null;
                  /** @enum {string} */
                  status: 'pending' | 'refunded' | 'manual' | 'failed';
                } | null;
                /** @description poisha, set when checked */
                refundAmount: number | null;
                /** @enum {string} */
                refundMethod: 'provider' | 'manual' | 'bkash_number';
                /** @description masked for the seller */
                refundMsisdn: string | null;
                shopId: string;
                /** @enum {string} */
                status:
                  | 'requested'
                  | 'accepted'
                  | 'refused'
                  | 'cancelled'
                  | 'picked_up'
                  | 'checked'
                  | 'refunded'
                  | 'refund_manual'
                  | 'refund_failed';
                updatedAt: string;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shops/{id}/reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Visible reviews of a shop, newest first, with the rating aggregate */
    get: {
      parameters: {
        query?: {
          /** @description Opaque: the `nextCursor` of the previous page */
          cursor?: string;
          limit?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              aggregate: {
                /** @description Mean of visible ratings, 2 decimals; null without any */
                average: number | null;
                count: number;
                histogram: {
                  1: number;
                  2: number;
                  3: number;
                  4: number;
                  5: number;
                };
              };
              items: {
                authorName: string;
                createdAt: string;
                id: string;
                photos: {
                  height: number;
                  id: string;
                  large: string;
                  thumb: string;
                  width: number;
                }[];
                productId: string;
                rating: number;
                reply: {
                  createdAt: string;
                  text: string;
                } | null;
                shopId: string;
                text: string | null;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shops/{id}/risk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Risk levels of the shop's orders (the order queue's badges) */
    get: {
      parameters: {
        query: {
          /** @description comma-separated order ids (at most 100) */
          orderIds: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @enum {string} */
                decision: 'accept' | 'advance' | 'prepaid' | 'refuse';
                /** @enum {string} */
                level: 'low' | 'medium' | 'high' | 'blocked';
                /** Format: uuid */
                orderId: string;
                score: number;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shops/{id}/risk-policy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The shop's cash-on-delivery policy by risk level and amount */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              highAction: 'accept' | 'advance' | 'prepaid';
              /** @enum {string} */
              largeOrderAction: 'accept' | 'advance' | 'prepaid';
              largeOrderPoisha: number | null;
              /** @enum {string} */
              mediumAction: 'accept' | 'advance' | 'prepaid';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Sets the shop's cash-on-delivery policy (audited) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            highAction: 'accept' | 'advance' | 'prepaid';
            /** @enum {string} */
            largeOrderAction: 'accept' | 'advance' | 'prepaid';
            largeOrderPoisha: number | null;
            /** @enum {string} */
            mediumAction: 'accept' | 'advance' | 'prepaid';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              highAction: 'accept' | 'advance' | 'prepaid';
              /** @enum {string} */
              largeOrderAction: 'accept' | 'advance' | 'prepaid';
              largeOrderPoisha: number | null;
              /** @enum {string} */
              mediumAction: 'accept' | 'advance' | 'prepaid';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shops/{id}/statement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The shop's statement for a period: opening and closing balance, every entry, totals */
    get: {
      parameters: {
        query: {
          /** @description start of the period, inclusive: YYYY-MM-DD (Dhaka) or ISO time */
          from: string;
          /** @description end of the period, exclusive: YYYY-MM-DD (Dhaka) or ISO time */
          to: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description the shop's net at `to` */
              closingBalance: number;
              /** @enum {string} */
              currency: 'BDT';
              entries: {
                /** @enum {string} */
                account: 'payable' | 'receivable' | 'cod_cash';
                accountLabel: {
                  bn: string;
                  en: string;
                };
                at: string;
                /** @description the shop's net after this entry */
                balance: number;
                credit: number;
                debit: number;
                id: number;
                kind: string;
                kindLabel: {
                  bn: string;
                  en: string;
                };
                memo: string;
                memoLabel: {
                  bn: string;
                  en: string;
                };
                orderId: string | null;
                orderNumber: string | null;
                transactionId: number;
              }[];
              from: string;
              /** @description the shop's net at `from` (payable − receivable − COD cash) */
              openingBalance: number;
              shop: {
                nameBn: string;
                nameEn: string;
              };
              /** Format: uuid */
              shopId: string;
              to: string;
              totals: {
                adjustments: number;
                /** @description cash collected on delivery that the shop holds (net) */
                codCash: number;
                commission: number;
                deliveryFees: number;
                /** @description sales − commission − deliveryFees − refunds − codCash + adjustments − payouts + other */
                netChange: number;
                other: number;
                payouts: number;
                refunds: number;
                sales: number;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shops/{id}/statement.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The shop's statement as CSV (UTF-8 with BOM; amounts in taka) */
    get: {
      parameters: {
        query: {
          /** @description start of the period, inclusive: YYYY-MM-DD (Dhaka) or ISO time */
          from: string;
          /** @description default: Accept-Language, else bn */
          lang?: 'bn' | 'en';
          /** @description end of the period, exclusive: YYYY-MM-DD (Dhaka) or ISO time */
          to: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shops/{id}/statement.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The shop's statement as a PDF, in Bengali or English */
    get: {
      parameters: {
        query: {
          /** @description start of the period, inclusive: YYYY-MM-DD (Dhaka) or ISO time */
          from: string;
          /** @description default: Accept-Language, else bn */
          lang?: 'bn' | 'en';
          /** @description end of the period, exclusive: YYYY-MM-DD (Dhaka) or ISO time */
          to: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shops/in-bounds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Approved shops inside a map bounding box (at most 500, nearest the centre first) */
    get: {
      parameters: {
        query: {
          east: number;
          north: number;
          shopType?:
            | 'grocery'
            | 'pharmacy'
            | 'restaurant'
            | 'electronics'
            | 'hardware'
            | 'fashion'
            | 'other';
          south: number;
          west: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                lat: number;
                lng: number;
                nameBn: string;
                nameEn: string;
                slug: string;
                type: string;
              }[];
              truncated: boolean;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shops/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in seller's shops, any status */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                address: string;
                /** @description 13 digits, or null */
                bin: string | null;
                createdAt: string;
                deliveryRadiusM: number;
                drugLicence: string | null;
                id: string;
                lat: number;
                lng: number;
                nameBn: string;
                nameEn: string;
                openingHours: {
                  /** @description HH:MM, after open */
                  close: string;
                  /** @description 0 = Sunday */
                  day: number;
                  /** @description HH:MM, Asia/Dhaka */
                  open: string;
                }[];
                /** @description The owner and admins only; absent in public answers */
                ownerId?: string;
                phone: string;
                placeId: number | null;
                rejectionReason: string | null;
                slug: string;
                /** @enum {string} */
                status: 'pending' | 'approved' | 'rejected' | 'suspended';
                suspendedAt: string | null;
                /** @description Why an admin suspended the shop (set while suspended) */
                suspensionReason: string | null;
                tradeLicence: string | null;
                /** @enum {string} */
                type:
                  | 'grocery'
                  | 'pharmacy'
                  | 'restaurant'
                  | 'electronics'
                  | 'hardware'
                  | 'fashion'
                  | 'other';
                updatedAt: string;
                vatRate: number | null;
                vatRegistered: boolean;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shops/nearby': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Approved shops within radius metres (default 1000, max 50000), nearest first */
    get: {
      parameters: {
        query: {
          lat: number;
          lng: number;
          radius?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                address: string;
                /** @description 13 digits, or null */
                bin: string | null;
                createdAt: string;
                deliveryRadiusM: number;
                distanceM: number;
                drugLicence: string | null;
                id: string;
                lat: number;
                lng: number;
                nameBn: string;
                nameEn: string;
                openingHours: {
                  /** @description HH:MM, after open */
                  close: string;
                  /** @description 0 = Sunday */
                  day: number;
                  /** @description HH:MM, Asia/Dhaka */
                  open: string;
                }[];
                /** @description The owner and admins only; absent in public answers */
                ownerId?: string;
                phone: string;
                placeId: number | null;
                rejectionReason: string | null;
                slug: string;
                /** @enum {string} */
                status: 'pending' | 'approved' | 'rejected' | 'suspended';
                suspendedAt: string | null;
                /** @description Why an admin suspended the shop (set while suspended) */
                suspensionReason: string | null;
                tradeLicence: string | null;
                /** @enum {string} */
                type:
                  | 'grocery'
                  | 'pharmacy'
                  | 'restaurant'
                  | 'electronics'
                  | 'hardware'
                  | 'fashion'
                  | 'other';
                updatedAt: string;
                vatRate: number | null;
                vatRegistered: boolean;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/support/threads': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Support threads, newest first: a customer's own, a seller's shops' inbox, the admins' inbox */
    get: {
      parameters: {
        query?: {
          /** @description Opaque: the `nextCursor` of the previous page */
          cursor?: string;
          limit?: number;
          status?: 'open' | 'answered' | 'closed';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                createdAt: string;
                customerId: string | null;
                firstResponseAt: string | null;
                firstResponseSeconds: number | null;
                id: string;
                /** @enum {string} */
                inbox: 'shop' | 'admin';
                lastMessageAt: string;
                orderId: string | null;
                reason: string;
                sessionId: string | null;
                shopId: string | null;
                /** @enum {string} */
                status: 'open' | 'answered' | 'closed';
                subject: string;
                transcript: {
                  at: string;
                  role: string;
                  text: string;
                }[];
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Ask a person: about an order (its shop's inbox), a shop, or Haat (admins) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            orderId?: string;
            /** Format: uuid */
            shopId?: string;
            subject: string;
            text: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              customerId: string | null;
              firstResponseAt: string | null;
              firstResponseSeconds: number | null;
              id: string;
              /** @enum {string} */
              inbox: 'shop' | 'admin';
              lastMessageAt: string;
              orderId: string | null;
              reason: string;
              sessionId: string | null;
              shopId: string | null;
              /** @enum {string} */
              status: 'open' | 'answered' | 'closed';
              subject: string;
              transcript: {
                at: string;
                role: string;
                text: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/support/threads/{id}/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Messages of a thread, oldest first (`after`: only newer ones, for polling) */
    get: {
      parameters: {
        query?: {
          after?: number;
          limit?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @enum {string} */
                authorRole: 'customer' | 'seller' | 'admin' | 'assistant';
                createdAt: string;
                id: number;
                text: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Write in a thread (the inbox answering notifies the customer) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            close?: boolean;
            text: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              authorRole: 'customer' | 'seller' | 'admin' | 'assistant';
              createdAt: string;
              id: number;
              text: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/support/threads/{id}/suggestions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Suggested replies for the person answering (shop owner, admin): from the knowledge base, the linked order and templates, or the configured LLM */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              suggestions: {
                /** @enum {string} */
                lang: 'bn' | 'en';
                /**
                 * @description A help article, the linked order, a written template for the reason, or the configured LLM
                 * @enum {string}
                 */
                source: 'knowledge' | 'order' | 'template' | 'llm';
                text: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
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
    CategoryNode: {
      children: components['schemas']['CategoryNode'][];
      icon: string | null;
      id: string;
      nameBn: string;
      nameEn: string;
      parentId: string | null;
      slug: string;
      sortOrder: number;
    };
    CategoryNodeInput: {
      children: components['schemas']['CategoryNodeInput'][];
      icon: string | null;
      id: string;
      nameBn: string;
      nameEn: string;
      parentId: string | null;
      slug: string;
      sortOrder: number;
    };
    /** @description Error */
    Error: {
      error: {
        /** @description Stable machine-readable code, e.g. OUT_OF_STOCK */
        code: string;
        details?: {
          [key: string]: unknown;
        };
        /** @description Message in the language chosen by Accept-Language (bn default) */
        message: string;
      };
    };
    /** @description Error */
    ErrorInput: {
      error: {
        /** @description Stable machine-readable code, e.g. OUT_OF_STOCK */
        code: string;
        details?: {
          [key: string]: unknown;
        };
        /** @description Message in the language chosen by Accept-Language (bn default) */
        message: string;
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
export type operations = Record<string, never>;
