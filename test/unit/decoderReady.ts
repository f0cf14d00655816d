// The page fetches the design decoder and the SPOF analysis before anything needs them
// (src/store/decoder.ts, spofAnalysis.ts); unit tests call the store's actions and selectors
// directly, so every test file starts with both here, as a booted page has them.
import { loadDecoder } from '../../src/store/decoder';
import { loadSpofAnalysis } from '../../src/store/spofAnalysis';

await Promise.all([loadDecoder(), loadSpofAnalysis()]);
