import type { Asset } from '../../../domain/asset';
import type { MarkProposals } from '../marks-editor';
import { FindStringTool } from './find-string-tool';
import { usePicture } from './use-picture';
import { useStringToFind } from './use-string-to-find';

/** "Find the string" for an image in the marking editor, where the segment's text is known; nothing otherwise. */
export function FindStringForImage({ image, src, tools, autoStart = false }: { image: Asset; src: string; tools: MarkProposals; autoStart?: boolean }) {
  const wanted = useStringToFind(image);
  const picture = usePicture(image, src);
  if (!wanted) return null;
  return (
    <FindStringTool
      text={wanted.text}
      locale={wanted.locale}
      picture={picture}
      onPropose={tools.propose}
      onAccept={tools.accept}
      autoStart={autoStart}
    />
  );
}
