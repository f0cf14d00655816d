import { LIMITS } from '../../model';
import { loadDecoder, store } from '../../store';

/** Reads a design file the user picked or dropped and opens it (or shows why it cannot be opened). */
export async function importDesignFile(file: File): Promise<void> {
  const name = `“${file.name}”`;
  // Refuse huge files before reading them into memory; the decoder would refuse them anyway.
  if (file.size > LIMITS.maxJsonChars * 4) {
    store.getState().showBanner({ tone: 'error', title: `${name} could not be opened. Your design is unchanged.`, details: [`It is ${Math.round(file.size / 1_000_000)} MB; a design file is at most a few MB.`] });
    return;
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    store.getState().showBanner({ tone: 'error', title: `${name} could not be read.`, details: ['The browser could not read the file.'] });
    return;
  }
  // A failed fetch is not handled here: openDesignText says so in its banner and changes nothing.
  await loadDecoder().catch(() => undefined);
  store.getState().openDesignText(text, name);
}
