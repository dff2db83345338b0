import { useMemo } from 'react';
import { useI18n, type UiLanguage } from '../../ui/i18n/i18n';

/**
 * The lightbox's own sentences (close look, PDF pages, strip), in each UI language. They live
 * here, not in the panel's catalogs, because the catalogs are part of the app's first load and
 * the lightbox is not: its text comes with its code, on the first open.
 */
const en = {
  stageHint: 'Drag to move the picture. Ctrl+wheel, a pinch, + and − zoom around the pointer; a double-click zooms in there or back to the whole picture. Zoomed in, the arrow keys move it.',
  imageBroken: 'This image cannot be shown: the file is damaged or in a format this browser cannot decode. Download it to open it elsewhere.',
  videoBroken: 'This video cannot be played: the file is damaged or in a format this browser cannot decode. Download it to open it elsewhere.',
  pdfLoading: 'Opening the PDF…',
  pdfPassword: 'This PDF is protected by a password: download it to open it.',
  pdfDamaged: 'This PDF cannot be shown: the file is damaged. Download it to open it elsewhere.',
  pdfTooLarge: 'This PDF is too large to show here: download it to open it.',
  pdfDownload: 'The PDF could not be loaded.',
  page: 'Page {number} of {count}',
  pageLabel: '{name}, page {number} of {count}',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  strip: 'Assets shown by the filter',
  stripItem: '{name} ({index} of {count})',
};

export type LightboxTextKey = keyof typeof en;

const de: Record<LightboxTextKey, string> = {
  stageHint: 'Ziehen verschiebt das Bild. Strg+Mausrad, Zwei-Finger-Zoom, + und − zoomen um den Zeiger; ein Doppelklick vergrößert dort oder zeigt wieder das ganze Bild. Vergrößert verschieben es die Pfeiltasten.',
  imageBroken: 'Dieses Bild kann nicht angezeigt werden: Die Datei ist beschädigt oder in einem Format, das dieser Browser nicht lesen kann. Laden Sie sie herunter, um sie anderswo zu öffnen.',
  videoBroken: 'Dieses Video kann nicht abgespielt werden: Die Datei ist beschädigt oder in einem Format, das dieser Browser nicht lesen kann. Laden Sie sie herunter, um sie anderswo zu öffnen.',
  pdfLoading: 'PDF wird geöffnet …',
  pdfPassword: 'Dieses PDF ist durch ein Passwort geschützt. Laden Sie es herunter, um es zu öffnen.',
  pdfDamaged: 'Dieses PDF kann nicht angezeigt werden: Die Datei ist beschädigt. Laden Sie sie herunter, um sie anderswo zu öffnen.',
  pdfTooLarge: 'Dieses PDF ist zu groß, um es hier anzuzeigen. Laden Sie es herunter, um es zu öffnen.',
  pdfDownload: 'Das PDF konnte nicht geladen werden.',
  page: 'Seite {number} von {count}',
  pageLabel: '{name}, Seite {number} von {count}',
  previousPage: 'Vorherige Seite',
  nextPage: 'Nächste Seite',
  strip: 'Vom Filter gezeigte Dateien',
  stripItem: '{name} ({index} von {count})',
};

const fr: Record<LightboxTextKey, string> = {
  stageHint: 'Faites glisser pour déplacer l’image. Ctrl+molette, un pincement, + et − zooment autour du pointeur\u00A0; un double-clic zoome à cet endroit ou revient à l’image entière. Une fois zoomée, les flèches la déplacent.',
  imageBroken: 'Impossible d’afficher cette image\u00A0: le fichier est endommagé ou dans un format que ce navigateur ne sait pas lire. Téléchargez-le pour l’ouvrir ailleurs.',
  videoBroken: 'Impossible de lire cette vidéo\u00A0: le fichier est endommagé ou dans un format que ce navigateur ne sait pas lire. Téléchargez-le pour l’ouvrir ailleurs.',
  pdfLoading: 'Ouverture du PDF…',
  pdfPassword: 'Ce PDF est protégé par un mot de passe\u00A0: téléchargez-le pour l’ouvrir.',
  pdfDamaged: 'Impossible d’afficher ce PDF\u00A0: le fichier est endommagé. Téléchargez-le pour l’ouvrir ailleurs.',
  pdfTooLarge: 'Ce PDF est trop volumineux pour être affiché ici\u00A0: téléchargez-le pour l’ouvrir.',
  pdfDownload: 'Le PDF n’a pas pu être chargé.',
  page: 'Page {number} sur {count}',
  pageLabel: '{name}, page {number} sur {count}',
  previousPage: 'Page précédente',
  nextPage: 'Page suivante',
  strip: 'Fichiers affichés par le filtre',
  stripItem: '{name} ({index} sur {count})',
};

const CATALOGS: Record<UiLanguage, Record<LightboxTextKey, string>> = { en, de, fr };

export type LightboxText = (key: LightboxTextKey, params?: Record<string, string | number>) => string;

/** `text(key, params)` in the panel's language: `{name}` takes `params.name`; numbers in the language's digits and grouping. */
export function lightboxText(language: UiLanguage): LightboxText {
  const catalog = CATALOGS[language] ?? en;
  const numbers = new Intl.NumberFormat(language);
  return (key, params) => catalog[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params?.[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numbers.format(value) : value;
  });
}

export function useLightboxText(): LightboxText {
  const { language } = useI18n();
  return useMemo(() => lightboxText(language), [language]);
}
