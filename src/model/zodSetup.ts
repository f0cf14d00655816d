import { z } from 'zod';

/**
 * Zod compiles fast object parsers with `new Function`, and probes for it once; the page's
 * Content-Security-Policy forbids eval (index.html), so the probe alone reports a violation.
 * Jitless parsing needs no eval. It must be set before any schema is built: every module that
 * builds one imports this first.
 */
z.config({ jitless: true });
