import { parseMarkdown, type Inline } from '../../stages/custom/markdown';

const InlineText = ({ parts }: { parts: Inline[] }) => (
  <>{parts.map((p, i) => (p.type === 'bold' ? <strong key={i}>{p.text}</strong> : p.type === 'code' ? <code key={i}>{p.text}</code> : <span key={i}>{p.text}</span>))}</>
);

/**
 * A stage's explanation in the stages' Markdown subset (paragraphs, `- ` lists, **bold**, `code`;
 * src/stages/custom/markdown.ts). Rendered as text nodes only: nothing in it is ever treated as HTML,
 * which is what makes a teacher's text from a link safe to show.
 */
export function StageText({ text }: { text: string }) {
  return (
    <div className="stage-text">
      {parseMarkdown(text).map((block, i) => (block.type === 'list'
        ? <ul key={i}>{block.items.map((item, j) => <li key={j}><InlineText parts={item} /></li>)}</ul>
        : <p key={i}><InlineText parts={block.inlines} /></p>))}
    </div>
  );
}
