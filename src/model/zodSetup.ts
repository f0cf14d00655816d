import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

/**
 * The schemas use zod's functional "mini" API: the classic one carries methods (and JSON Schema
 * output) that the first page load would download and never call. Mini ships no messages of its
 * own, so zod's English ones are set here: the classroom script's messages are zod's defaults.
 *
 * Zod compiles fast object parsers with `new Function`, and probes for it once; the page's
 * Content-Security-Policy forbids eval (index.html), so the probe alone reports a violation.
 * Jitless parsing needs no eval. It must be set before any schema is built: every module that
 * builds one imports this first.
 */
z.config({ ...en(), jitless: true });
