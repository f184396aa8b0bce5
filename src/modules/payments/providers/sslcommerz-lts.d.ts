// Types for the official SSLCommerz npm client (it ships none); only what we call.
declare module 'sslcommerz-lts' {
  type Answer = Promise<Record<string, unknown>>;
  class SSLCommerzPayment {
    constructor(storeId: string, storePassword: string, live?: boolean);
    baseURL: string;
    initURL: string;
    validationURL: string;
    refundURL: string;
    refundQueryURL: string;
    transactionQueryBySessionIdURL: string;
    transactionQueryByTransactionIdURL: string;
    init(data: Record<string, string | number>, url?: string | false, method?: string): Answer;
    validate(data: { val_id: string }, url?: string | false, method?: string): Answer;
    initiateRefund(data: Record<string, string>, url?: string | false, method?: string): Answer;
    refundQuery(data: { refund_ref_id: string }, url?: string | false, method?: string): Answer;
    transactionQueryBySessionId(
      data: { sessionkey: string },
      url?: string | false,
      method?: string,
    ): Answer;
    transactionQueryByTransactionId(
      data: { tran_id: string },
      url?: string | false,
      method?: string,
    ): Answer;
  }
  export = SSLCommerzPayment;
}
