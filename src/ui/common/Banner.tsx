import { CircleAlert, Info, TriangleAlert, X } from 'lucide-react';
import { store, useStore, type BannerAction, type StoreState, type Tone } from '../../store';
import { downloadDesign } from '../export/download';

const selectBanner = (s: StoreState) => s.banner;

const TONE_ICON: Record<Tone, typeof Info> = { info: Info, success: Info, warning: TriangleAlert, error: CircleAlert };

/** The one banner above the canvas: what went wrong opening a link or file, or what just happened. */
export function Banner() {
  const banner = useStore(selectBanner);
  if (!banner) return null;
  const Icon = TONE_ICON[banner.tone];
  const run = (id: BannerAction) => {
    const s = store.getState();
    if (id === 'restoreBackup') s.restoreBackup();
    else if (id === 'loadOtherTab') s.loadOtherTab();
    else if (id === 'exportDesign') downloadDesign(s.design);
    else s.keepThisTab();
  };
  return (
    <div className={`banner banner--${banner.tone}`} role={banner.tone === 'error' ? 'alert' : 'status'} data-testid="banner">
      <Icon size={18} className="banner__icon" aria-hidden="true" />
      <div className="banner__body">
        <p className="banner__title">
          {banner.title}
          {banner.action && (
            <button type="button" className="banner__action" onClick={() => run(banner.action!.id)} data-testid="banner-action">{banner.action.label}</button>
          )}
          {banner.secondary && (
            <button type="button" className="banner__action" onClick={() => run(banner.secondary!.id)} data-testid="banner-secondary">{banner.secondary.label}</button>
          )}
        </p>
        {banner.details.length > 0 && (
          <ul className="banner__details">
            {banner.details.slice(0, 12).map((line, i) => <li key={i}>{line}</li>)}
            {banner.details.length > 12 && <li>…and {banner.details.length - 12} more.</li>}
          </ul>
        )}
      </div>
      <button type="button" className="icon-button banner__close" onClick={() => store.getState().dismissBanner()} aria-label="Dismiss message" data-testid="banner-dismiss">
        <X size={16} />
      </button>
    </div>
  );
}
