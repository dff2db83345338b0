import type { Asset } from '../../../domain/asset';
import type { MarkProposals } from '../marks-editor';
import { FindStringTool } from './find-string-tool';
import { useStringToFind } from './use-string-to-find';

/** "Find the string" for an image in the marking editor, where the segment's text is known; nothing otherwise. */
export function FindStringForImage({ image, src, tools }: { image: Asset; src: string; tools: MarkProposals }) {
  const wanted = useStringToFind(image);
  if (!wanted) return null;
  return (
    <FindStringTool
      text={wanted.text}
      locale={wanted.locale}
      // The picture the lightbox shows (an object or data URL it already holds): no second download.
      picture={() => fetch(src).then((response) => response.blob())}
      onPropose={tools.propose}
      onAccept={tools.accept}
    />
  );
}
