// Stands in for zod's `locales` (translated messages) in every cloud function bundle; see
// scripts/build-functions.ts. Error messages come from the contract, in Chinese.
module.exports = {};
