import { splitForMiddleEllipsis } from './format';

/**
 * A name that, short of room, loses its middle and keeps its end (`screenshot-2026…-224230.png`),
 * the end being what tells neighbours apart. The name is in the page once, whole: for screen
 * readers, find-in-page and copying (visually hidden), and on hover (`title`). The two halves on
 * screen are drawn by CSS from data attributes, so they are no second copy of the text; they
 * follow the name's own direction (`dir="auto"`), so a right-to-left name is cut on its own side.
 */
export function MiddleEllipsis({ text, className = '' }: { text: string; className?: string }) {
  const [head, tail] = splitForMiddleEllipsis(text);
  return (
    <span className="sap-middle" title={text}>
      <span className="sap-middle-shown" dir="auto" aria-hidden="true">
        <span className="sap-middle-head" data-text={head} />
        <span className="sap-middle-tail" data-text={tail} />
      </span>
      <bdi className={`sap-visually-hidden ${className}`}>{text}</bdi>
    </span>
  );
}
