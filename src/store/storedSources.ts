// Reading the vault's records is the core's (it runs in the page's labelling worker); the
// store's callers and tests find it here too.
export { readStoredSources, type StoredRecord, type StoredSources } from '@/core';
