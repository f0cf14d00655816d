import { CircleAlert, Info, TriangleAlert, X } from 'lucide-react';
import { store, useStore, type BannerAction, type NoticeAction, type SavedWorkNotice, type StoreState, type Tone } from '../../store';
import { downloadDesign, downloadFile } from '../export/download';

const selectBanner = (s: StoreState) => s.banner;
const selectNotices = (s: StoreState) => s.notices;

const TONE_ICON: Record<Tone, typeof Info> = { info: Info, success: Info, warning: TriangleAlert, error: CircleAlert };

/**
 * Above the canvas: the saved-work notices, which stay until answered, and under them the one
 * banner (what went wrong opening a link or file, or what just happened). A notice never hides
 * the banner, nor the banner a notice.
 */
export function Banner() {
  const banner = useStore(selectBanner);
  const notices = useStore(selectNotices);
  const run = (id: BannerAction) => {
    const s = store.getState();
    if (id === 'restoreBackup') s.restoreBackup();
    else if (id === 'loadOtherTab') s.loadOtherTab();
    else if (id === 'exportDesign') downloadDesign(s.design);
    else s.keepThisTab();
  };
  return (
    <>
      {notices.map((n) => <Notice key={n.id} notice={n} />)}
      {banner && (
        <BannerBox tone={banner.tone} title={banner.title} details={banner.details} testId="banner"
          actions={[banner.action, banner.secondary].filter((a) => a !== undefined).map((a, i) => ({
            label: a.label, onClick: () => run(a.id), testId: i === 0 ? 'banner-action' : 'banner-secondary',
          }))}
          onDismiss={() => store.getState().dismissBanner()} />
      )}
    </>
  );
}

/** Downloads are done here; the rest of each answer is the store's. */
function answer(notice: SavedWorkNotice, action: NoticeAction): void {
  const s = store.getState();
  if (action === 'exportDesign') downloadDesign(s.design);
  else if (action === 'exportUnkept' && notice.design) downloadDesign(notice.design);
  else if (action === 'exportUnreadable') {
    const text = s.unreadableAutosaveText();
    if (text === null) s.showToast('The browser no longer gives access to the unreadable copy.', 'warning');
    else downloadFile('unreadable-autosave.txt', text, 'text/plain');
  } else s.answerNotice(notice.id, action);
}

function Notice({ notice }: { notice: SavedWorkNotice }) {
  return (
    <BannerBox tone={notice.tone} title={notice.title} details={notice.details} testId={`notice-${notice.id}`}
      actions={notice.actions.map((a) => ({ label: a.label, onClick: () => answer(notice, a.id), testId: `notice-${a.id}` }))}
      // One that holds the autosave is answered, not dismissed: dismissing would leave saving paused unseen.
      onDismiss={notice.holdsSlot ? undefined : () => store.getState().removeNotice(notice.id)} />
  );
}

interface BoxProps {
  tone: Tone;
  title: string;
  details: string[];
  actions: { label: string; onClick: () => void; testId: string }[];
  onDismiss?: () => void;
  testId: string;
}

function BannerBox({ tone, title, details, actions, onDismiss, testId }: BoxProps) {
  const Icon = TONE_ICON[tone];
  return (
    <div className={`banner banner--${tone}`} role={tone === 'error' ? 'alert' : 'status'} data-testid={testId}>
      <Icon size={18} className="banner__icon" aria-hidden="true" />
      <div className="banner__body">
        <p className="banner__title">
          {title}
          {actions.map((a) => (
            <button key={a.testId} type="button" className="banner__action" onClick={a.onClick} data-testid={a.testId}>{a.label}</button>
          ))}
        </p>
        {details.length > 0 && (
          <ul className="banner__details">
            {details.slice(0, 12).map((line, i) => <li key={i}>{line}</li>)}
            {details.length > 12 && <li>…and {details.length - 12} more.</li>}
          </ul>
        )}
      </div>
      {onDismiss && (
        <button type="button" className="icon-button banner__close" onClick={onDismiss} aria-label="Dismiss message" data-testid={`${testId}-dismiss`}>
          <X size={16} />
        </button>
      )}
    </div>
  );
}
