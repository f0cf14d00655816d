import './zodSetup';
import * as z from 'zod/mini';
import { ID_CHARS, ID_RULE } from './ids';
import { describeValue } from './inputGuards';
import { LIMITS } from './limits';

/** A node or edge id as a file or link must spell it (the decoder's and the scenario's checks). */
export const idSchema = z.string({ error: (iss) => (iss.input === undefined ? 'is missing' : `must be a text id (got ${describeValue(iss.input)})`) }).check(
  z.minLength(1, { error: 'must not be empty' }),
  z.maxLength(LIMITS.maxIdChars, { error: `must be at most ${LIMITS.maxIdChars} characters` }),
  z.regex(ID_CHARS, { error: `has characters an id may not hold; ${ID_RULE}` }),
);
