/** Decoding never throws: it returns a value or a list of messages that name what is wrong. */
export type Result<T> = { ok: true; value: T; warnings: string[] } | { ok: false; errors: string[] };

export const success = <T>(value: T, warnings: string[] = []): Result<T> => ({ ok: true, value, warnings });
export const failure = <T>(...errors: string[]): Result<T> => ({ ok: false, errors });
