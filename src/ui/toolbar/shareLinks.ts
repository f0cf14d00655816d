import type { Design } from '../../model';
import { shareUrl } from '../../model/shareLink';
import type { SimSpeed } from '../../worker';

/**
 * The link that replays a run: the design (with its seed and scenario) in `#d=`, and the speed
 * when it is not the default, so whoever opens it sees the same run at the same pace.
 */
export function runLink(pageUrl: string, design: Design, speed: SimSpeed): string {
  const url = new URL(shareUrl(pageUrl, design));
  url.search = ''; // an embed link's ?embed=1 must not leak into the editor link
  return speed === 1 ? url.toString() : `${url.toString()}&speed=${speed}`;
}

/** The same run as a read-only view for slides and web pages. */
export function embedLink(link: string): string {
  const url = new URL(link);
  url.search = '?embed=1';
  return url.toString();
}

/** An iframe snippet for a web page or a slide deck. The link is attribute-escaped. */
export const embedSnippet = (link: string): string =>
  `<iframe src="${embedLink(link).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" width="960" height="600" style="border:0" title="Scale Playground"></iframe>`;
