/** What a client asks for. Each maps to one capability a design must provide. */
export type RequestType = 'static' | 'read' | 'write' | 'job';
export const REQUEST_TYPES: readonly RequestType[] = ['static', 'read', 'write', 'job'];

/**
 * Bytes of the answer to one request of each type, for the data-transfer part of the cost: a
 * static asset (an image, a script bundle) is far larger than a page's data, a write's or a job's
 * acknowledgement smaller still.
 */
export const RESPONSE_BYTES: Readonly<Record<RequestType, number>> = { static: 100_000, read: 20_000, write: 2_000, job: 1_000 };
