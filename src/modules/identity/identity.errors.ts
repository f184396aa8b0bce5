import { defineErrors } from '../../platform/errors.ts';

export const identityErrors = defineErrors({
  PHONE_OR_EMAIL_REQUIRED: {
    status: 400,
    bn: 'মোবাইল নম্বর অথবা ইমেইল দিন।',
    en: 'Enter a mobile number or an email address.',
  },
  PHONE_TAKEN: {
    status: 409,
    bn: 'এই মোবাইল নম্বর দিয়ে আগেই অ্যাকাউন্ট খোলা হয়েছে।',
    en: 'An account with this mobile number already exists.',
  },
  EMAIL_TAKEN: {
    status: 409,
    bn: 'এই ইমেইল দিয়ে আগেই অ্যাকাউন্ট খোলা হয়েছে।',
    en: 'An account with this email already exists.',
  },
  PASSWORD_WEAK: {
    status: 400,
    bn: 'পাসওয়ার্ড অন্তত ৮ অক্ষরের হতে হবে এবং সহজে অনুমানযোগ্য হওয়া চলবে না।',
    en: 'The password must be at least 8 characters and not easy to guess.',
  },
  INVALID_CREDENTIALS: {
    status: 401,
    bn: 'মোবাইল/ইমেইল অথবা পাসওয়ার্ড ভুল।',
    en: 'Wrong mobile number/email or password.',
  },
  ACCOUNT_DISABLED: {
    status: 403,
    bn: 'এই অ্যাকাউন্ট বন্ধ করা হয়েছে।',
    en: 'This account has been disabled.',
  },
  REFRESH_INVALID: {
    status: 401,
    bn: 'সেশন শেষ হয়ে গেছে, আবার লগইন করুন।',
    en: 'Your session has ended. Please log in again.',
  },
  CURRENT_PASSWORD_WRONG: {
    status: 400,
    bn: 'বর্তমান পাসওয়ার্ড ভুল।',
    en: 'The current password is wrong.',
  },
  RESET_INVALID: {
    status: 400,
    bn: 'পাসওয়ার্ড রিসেটের লিংক বা কোডটি সঠিক নয় অথবা মেয়াদ শেষ।',
    en: 'The password reset link or code is invalid or has expired.',
  },
  VERIFY_TOKEN_INVALID: {
    status: 400,
    bn: 'যাচাইয়ের লিংকটি সঠিক নয় অথবা মেয়াদ শেষ।',
    en: 'The verification link is invalid or has expired.',
  },
  EMAIL_MISSING: {
    status: 400,
    bn: 'আপনার অ্যাকাউন্টে কোনো ইমেইল নেই।',
    en: 'Your account has no email address.',
  },
  PHONE_MISSING: {
    status: 400,
    bn: 'আপনার অ্যাকাউন্টে কোনো মোবাইল নম্বর নেই।',
    en: 'Your account has no mobile number.',
  },
  ALREADY_VERIFIED: {
    status: 409,
    bn: 'এটি আগেই যাচাই করা হয়েছে।',
    en: 'This is already verified.',
  },
  OTP_INVALID: {
    status: 400,
    bn: 'কোডটি সঠিক নয়।',
    en: 'The code is not correct.',
  },
  OTP_EXPIRED: {
    status: 400,
    bn: 'কোডের মেয়াদ শেষ। নতুন কোড নিন।',
    en: 'The code has expired. Request a new one.',
  },
  SMS_LIMIT: {
    status: 429,
    bn: 'এই মুহূর্তে আর SMS পাঠানো যাবে না। প্রায় {retryAfterMinutes} মিনিট পরে আবার চেষ্টা করুন।',
    en: 'No more SMS can be sent right now. Try again in about {retryAfterMinutes} minutes.',
  },
  REGISTRATION_INVALID: {
    status: 400,
    bn: 'এই নিবন্ধনের মেয়াদ শেষ। আবার শুরু করুন।',
    en: 'This registration has expired. Please start again.',
  },
  UNLOCK_INVALID: {
    status: 400,
    bn: 'লগইনের লিংক বা কোডটি সঠিক নয় অথবা মেয়াদ শেষ।',
    en: 'The sign-in link or code is invalid or has expired.',
  },
  OTP_TOO_MANY_ATTEMPTS: {
    status: 429,
    bn: 'অনেকবার ভুল কোড দেওয়া হয়েছে। নতুন কোড নিন।',
    en: 'Too many wrong codes. Request a new one.',
  },
});

export const accountErrors = defineErrors({
  USER_NOT_FOUND: {
    status: 404,
    bn: 'ব্যবহারকারী খুঁজে পাওয়া যায়নি।',
    en: 'User not found.',
  },
  CANNOT_CHANGE_OWN_ACCOUNT: {
    status: 409,
    bn: 'নিজের অ্যাকাউন্ট বন্ধ করা বা নিজের ভূমিকা কমানো যায় না। অন্য একজন অ্যাডমিনকে বলুন।',
    en: 'You cannot block your own account or lower your own role. Ask another admin.',
  },
  ACCOUNT_HAS_OPEN_ORDERS: {
    status: 409,
    bn: 'চলমান অর্ডার ({openOrders}টি) শেষ বা বাতিল না হওয়া পর্যন্ত অ্যাকাউন্ট মোছা যাবে না।',
    en: 'The account cannot be deleted while {openOrders} order(s) are still open. Finish or cancel them first.',
  },
  PASSWORD_WRONG: {
    status: 400,
    bn: 'পাসওয়ার্ড ভুল।',
    en: 'The password is wrong.',
  },
});

declare module '../../platform/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<
    keyof typeof identityErrors | keyof typeof accountErrors,
    true
  > {}
}
