/**
 * Writing share links (`#d=`): the compressor lives here, apart from the decoder (codec.ts), so the
 * page's first load, which only reads links, does not carry it; the share menu loads it.
 */
import { compressToEncodedURIComponent } from 'lz-string';
import { compactDesign } from './codec';
import type { Design } from './design';

/** The `d=` payload of a share link. */
export const encodeDesignPayload = (design: Design): string => compressToEncodedURIComponent(JSON.stringify(compactDesign(design)));

/** `#d=…`: the fragment of a share link (docs/design-format.md, "Share links"). */
export const shareFragment = (design: Design): string => `#d=${encodeDesignPayload(design)}`;

/** A full share link: the page address without its old fragment, plus the design. */
export const shareUrl = (pageUrl: string, design: Design): string => pageUrl.split('#')[0] + shareFragment(design);
