import { useRef, useState, type KeyboardEvent } from 'react';
import { assetKey, type Asset } from '../../domain/asset';
import { fileKind } from '../../domain/file-kind';
import { marksAreStale, marksFileName } from '../../domain/marks';
import { assetVersion } from '../../domain/marks-index';
import { displayRelativePath } from '../../domain/paths';
import { Dialog } from '../../ui/dialog';
import { formatBytes } from '../../ui/format';
import { useI18n } from '../../ui/i18n/i18n';
import { useGalleryOptions } from './gallery-options';
import { LightboxMarks } from './lightbox-marks';
import { useAssetMarks } from './use-asset-marks';
import { useSaveMarks } from './use-save-marks';
import { shownKind, useAssetPreview } from './use-asset-preview';
import { PageControls, ZoomControls } from './lightbox-controls';
import { LightboxStage, type StageKind } from './lightbox-stage';
import { LightboxStrip } from './lightbox-strip';
import { LightboxTools, type LightboxTool } from './lightbox-tools';
import { mayBePdf } from './pdf/pdf-query';
import { usePdfPages } from './pdf/use-pdf-pages';
import { useZoomPan } from './use-zoom-pan';

interface LightboxProps {
  assets: readonly Asset[];
  index: number;
  onIndexChange: (index: number) => void;
  onClose: () => void;
  onDownload: (asset: Asset) => void;
  /** Each image's marks file, by the image's `assetKey`. */
  marksOf?: ReadonlyMap<string, Asset>;
  /** An image (its download URL) to open in marking with "Find the string" running: one just dropped. */
  findOnOpen?: string | null;
}

/** Around a framed mark: this share of its larger side on each side. */
const MARK_MARGIN = 0.6;
/** An arrow key moves a zoomed picture by this share of the stage (with Shift: half of it). */
const PAN_STEP = 0.1;
const NO_ASSET = { downloadUrl: '', size: 0, name: '', contentType: '' } as Asset;

/** A closer look, without leaving the editor: the current filter's assets one by one. */
export function Lightbox({ assets, index, onIndexChange, onClose, onDownload, marksOf, findOnOpen = null }: LightboxProps) {
  const { t, language } = useI18n();
  const { readOnly, marking: markingOption = true } = useGalleryOptions();
  const saving = useSaveMarks();
  const [tool, setTool] = useState<LightboxTool>(null);
  // The dropped image to find the string on once it can be marked; then the search it started.
  const [findPending, setFindPending] = useState(findOnOpen);
  const [finding, setFinding] = useState<string | null>(null);
  const asset = assets[index];
  const [natural, setNatural] = useState({ width: 0, height: 0 });
  const naturalWidth = natural.width;
  const [shown, setShown] = useState(asset?.downloadUrl);
  /** Whether this image was framed on its first mark yet (once, when it opens). */
  const [autoFramed, setAutoFramed] = useState(false);
  const stage = useRef<HTMLDivElement>(null);
  // A new asset starts afresh (the zoom model resets itself on the new key).
  if (asset && shown !== asset.downloadUrl) {
    setShown(asset.downloadUrl);
    setNatural({ width: 0, height: 0 });
    setAutoFramed(false);
    setTool(null);
  }
  const declared = asset ? fileKind(asset.contentType, asset.name) : 'other';
  const preview = useAssetPreview(asset ?? NO_ASSET, declared !== 'other');
  const pdfLike = !!asset && mayBePdf(asset, preview.status === 'none' ? preview.sniffed : undefined);
  const pdf = usePdfPages(asset ?? NO_ASSET, pdfLike);
  const kind: StageKind = pdfLike && pdf.state.status !== 'none' ? 'pdf' : asset ? shownKind(asset, preview) : 'other';
  const page = pdf.state.status === 'ready' ? pdf.state : null;
  const content = kind === 'image' ? natural : kind === 'pdf' ? page?.size ?? null : null;
  const zoom = useZoomPan(stage, content, kind === 'pdf', `${asset?.downloadUrl}#${page?.number ?? 0}`);
  const zoomable = zoom.ready && (kind === 'image' || kind === 'pdf');
  const marksAsset = (asset && kind === 'image' && marksOf?.get(assetKey(asset))) || null;
  const marksState = useAssetMarks(marksAsset, true);
  const marks = marksState.status === 'ready' && marksState.read.ok && marksState.read.file.marks.length > 0 ? marksState.read.file : null;
  const stale = !!marks && !!asset && marksAreStale(marks, assetVersion(asset));

  // A marked image opens zoomed to fit its first mark, with a margin.
  if (marks && naturalWidth && !autoFramed) {
    setAutoFramed(true);
    zoom.frame(marks.marks[0]!, MARK_MARGIN, 0);
  }

  if (!asset) return null;
  const frameMark = (mark: number | null) => {
    const chosen = mark === null ? undefined : marks?.marks[mark];
    if (chosen) zoom.frame(chosen, MARK_MARGIN, mark!);
    else zoom.fit();
  };

  const move = (delta: number) => {
    const next = index + delta;
    if (next >= 0 && next < assets.length) onIndexChange(next);
  };

  function onKeyDown(event: KeyboardEvent) {
    // A focused video keeps its own arrow keys (seeking), a field its own keys (typing).
    if ((event.target as HTMLElement).closest('video, input, textarea, select')) return;
    const share = event.shiftKey ? PAN_STEP * 5 : PAN_STEP;
    const dx = zoom.stage.width * share;
    const dy = zoom.stage.height * share;
    // Zoomed in by the user, the arrows move the picture; otherwise (also framed on a mark, as a
    // marked image opens) Left and Right go through the assets.
    const pan = zoomable && zoom.pannable && zoom.framedTag === null;
    const actions: Record<string, (() => void) | false> = {
      ArrowLeft: () => (pan ? zoom.pan(dx, 0) : move(-1)),
      ArrowRight: () => (pan ? zoom.pan(-dx, 0) : move(1)),
      ArrowUp: pan && (() => zoom.pan(0, dy)),
      ArrowDown: pan && (() => zoom.pan(0, -dy)),
      '+': zoomable && (() => zoom.zoomStep(1)),
      '=': zoomable && (() => zoom.zoomStep(1)),
      '-': zoomable && (() => zoom.zoomStep(-1)),
      '0': zoomable && (() => frameMark(null)),
      PageUp: !!page && (() => pdf.go(page.number - 1)),
      PageDown: !!page && (() => pdf.go(page.number + 1)),
    };
    const action = actions[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  }

  const folder = displayRelativePath(asset.relativePath);
  // Marking needs a decoded image and a way to write: not read-only, and switched on.
  const markable = saving.available && !readOnly && markingOption && kind === 'image' && preview.status === 'ready' && naturalWidth > 0;
  if (findPending && findPending === asset.downloadUrl && markable && tool === null) {
    setFindPending(null);
    if (marksFileName(asset.name)) {
      setTool('mark');
      setFinding(asset.downloadUrl);
    }
  }
  const changeTool = (next: LightboxTool) => {
    setTool(next);
    if (next === null) setFinding(null);
  };
  return (
    <Dialog open title={asset.name} onClose={onClose} className="sap-lightbox" onKeyDown={onKeyDown}>
      <div className="sap-lightbox-body">
        <p className="sap-muted sap-lightbox-info">
          {t('lightbox.position', { index: index + 1, count: assets.length })} · {asset.locale ?? t('assets.neutral')}
          {folder && ` · ${folder}/`} · {formatBytes(asset.size, language)}
        </p>
        {preview.status === 'ready' && (
          <LightboxTools
            key={asset.downloadUrl} tool={tool} onToolChange={changeTool} image={asset} src={preview.src} natural={natural}
            marks={marks} marksAsset={marksAsset} stale={stale} saving={saving} autoFind={finding === asset.downloadUrl}
          />
        )}
        <LightboxStage
          stageRef={stage} asset={asset} kind={kind} preview={preview} pdf={pdf.state} zoom={zoom} hidden={tool !== null}
          marks={marks && { file: marks, stale }} onImageSize={setNatural}
        />
        {marks && tool === null && (
          <LightboxMarks file={marks} stale={stale} current={zoom.framedTag} onFrame={frameMark} />
        )}
        <div className="sap-actions sap-lightbox-actions" hidden={tool !== null}>
          {/* aria-disabled, not disabled: a focused button that gets disabled drops the focus out of the dialog. */}
          <button type="button" onClick={() => move(-1)} aria-disabled={index === 0}>{t('lightbox.previous')}</button>
          <button type="button" onClick={() => move(1)} aria-disabled={index === assets.length - 1}>{t('lightbox.next')}</button>
          {zoomable && <ZoomControls zoom={zoom} />}
          {page && <PageControls number={page.number} pages={page.pages} onGo={pdf.go} />}
          {markable && (
            marksFileName(asset.name)
              ? (
                <>
                  <button type="button" onClick={() => setTool('mark')}>{t('marking.title')}</button>
                  <button type="button" onClick={() => setTool('share')}>{t('share.button')}</button>
                </>
              )
              : <span className="sap-muted sap-small">{t('marks.nameTooLong')}</span>
          )}
          <button type="button" onClick={() => onDownload(asset)}>{t('gallery.download')}</button>
          <button type="button" className="sap-primary" onClick={onClose}>{t('lightbox.close')}</button>
        </div>
        {assets.length > 1 && tool === null && <LightboxStrip assets={assets} index={index} onSelect={onIndexChange} />}
      </div>
    </Dialog>
  );
}
