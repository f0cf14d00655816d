import { Fragment } from 'react';

/**
 * A stage's explanation: blank-line separated paragraphs and `- ` bullet lists (the stages'
 * markdown-lite). Rendered as text nodes only: nothing in it is ever treated as HTML.
 */
export function StageText({ text }: { text: string }) {
  const blocks = text.trim().split(/\n\s*\n/);
  return (
    <div className="stage-text">
      {blocks.map((block, i) => {
        const lines = block.split('\n').map((l) => l.trim()).filter(Boolean);
        if (lines.length > 0 && lines.every((l) => l.startsWith('- '))) {
          return <ul key={i}>{lines.map((l, j) => <li key={j}>{l.slice(2)}</li>)}</ul>;
        }
        // A paragraph followed by bullets in one block: the lead-in, then the list.
        const firstBullet = lines.findIndex((l) => l.startsWith('- '));
        if (firstBullet > 0) {
          return (
            <Fragment key={i}>
              <p>{lines.slice(0, firstBullet).join(' ')}</p>
              <ul>{lines.slice(firstBullet).map((l, j) => <li key={j}>{l.replace(/^- /, '')}</li>)}</ul>
            </Fragment>
          );
        }
        return <p key={i}>{lines.join(' ')}</p>;
      })}
    </div>
  );
}
