/** Bangladeshi SMS gateways implementing SmsSender, their local sandboxes, and SMS part counting. */
export { BulkSmsBdSender, type BulkSmsBdConfig } from './bulksmsbd.ts';
export { SslWirelessSender, type SslWirelessConfig } from './sslwireless.ts';
export { SmsGatewayError, gatewayMsisdn } from './sms-http.ts';
export { smsParts, smsEncoding, isGsm7, type SmsParts, type SmsEncoding } from './sms-parts.ts';
export { createBulkSmsBdSandbox } from './sandbox/bulksmsbd.ts';
export { createSslWirelessSandbox } from './sandbox/sslwireless.ts';
