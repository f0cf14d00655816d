// The page fetches the design decoder before anything needs it (src/store/decoder.ts); unit tests
// call the store's actions directly, so every test file starts with it here, as a booted page has it.
import { loadDecoder } from '../../src/store/decoder';

await loadDecoder();
