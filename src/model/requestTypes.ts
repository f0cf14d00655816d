/** What a client asks for. Each maps to one capability a design must provide. */
export type RequestType = 'static' | 'read' | 'write' | 'job';
export const REQUEST_TYPES: readonly RequestType[] = ['static', 'read', 'write', 'job'];
