/**
 * The document behind the OCR test set: 30 segments of a made-up web app in English, German and
 * French, with the placeholders real catalogs have (`{count}`, `{name}`, `%s`, `{{minutes}}`).
 * Not the demo data: the screens in screens.ts show these strings, filled in with `values`.
 */
export type OcrLanguage = 'en' | 'de' | 'fr';

export interface DocSegment {
  segmentId: number;
  texts: Record<OcrLanguage, string>;
  /** What each placeholder shows on screen (in order of appearance). */
  values?: readonly string[];
}

const row = (segmentId: number, en: string, de: string, fr: string, values?: string[]): DocSegment => ({ segmentId, texts: { en, de, fr }, values });

export const DOCUMENT: readonly DocSegment[] = [
  row(81000001, 'Save changes', 'Änderungen speichern', 'Enregistrer les modifications'),
  row(81000002, 'Cancel', 'Abbrechen', 'Annuler'),
  row(81000003, 'Delete this file?', 'Diese Datei löschen?', 'Supprimer ce fichier ?'),
  row(81000004, 'This action cannot be undone.', 'Diese Aktion kann nicht rückgängig gemacht werden.', 'Cette action est irréversible.'),
  row(81000005, 'Email address', 'E-Mail-Adresse', 'Adresse e-mail'),
  row(81000006, 'Password', 'Passwort', 'Mot de passe'),
  row(81000007, 'Forgot your password?', 'Passwort vergessen?', 'Mot de passe oublié ?'),
  row(81000008, 'Sign in', 'Anmelden', 'Se connecter'),
  row(81000009, 'Remember me on this device', 'Auf diesem Gerät angemeldet bleiben', 'Se souvenir de moi sur cet appareil'),
  row(81000010, '{count} files selected', '{count} Dateien ausgewählt', '{count} fichiers sélectionnés', ['12']),
  row(81000011, 'Welcome back, {name}!', 'Willkommen zurück, {name}!', 'Bon retour, {name} !', ['Anna Müller']),
  row(81000012, 'Order summary', 'Bestellübersicht', 'Récapitulatif de la commande'),
  row(81000013, 'Shipping address', 'Lieferadresse', 'Adresse de livraison'),
  row(81000014, 'Place order', 'Bestellung aufgeben', 'Passer la commande'),
  row(81000015, 'Total (incl. VAT)', 'Gesamt (inkl. MwSt.)', 'Total (TTC)'),
  row(81000016, 'Settings', 'Einstellungen', 'Paramètres'),
  row(81000017, 'Notifications', 'Benachrichtigungen', 'Notifications'),
  row(81000018, 'Send me a weekly summary by email', 'Wöchentliche Zusammenfassung per E-Mail senden', 'M’envoyer un résumé hebdomadaire par e-mail'),
  row(81000019, 'Language and region', 'Sprache und Region', 'Langue et région'),
  row(81000020, 'Dark mode', 'Dunkler Modus', 'Mode sombre'),
  row(81000021, 'Last modified', 'Zuletzt geändert', 'Dernière modification'),
  row(81000022, 'File size', 'Dateigröße', 'Taille du fichier'),
  row(81000023, 'No results match your search.', 'Keine Ergebnisse für Ihre Suche.', 'Aucun résultat ne correspond à votre recherche.'),
  row(81000024, 'Showing %s of %s items', '%s von %s Einträgen', '%s éléments sur %s', ['1–20', '348']),
  row(81000025, 'Export as PDF…', 'Als PDF exportieren…', 'Exporter en PDF…'),
  row(81000026, 'Keyboard shortcuts', 'Tastenkürzel', 'Raccourcis clavier'),
  row(
    81000027,
    'Your session expires in {{minutes}} minutes. Save your work to avoid losing changes.',
    'Ihre Sitzung läuft in {{minutes}} Minuten ab. Speichern Sie Ihre Arbeit, damit keine Änderungen verloren gehen.',
    'Votre session expire dans {{minutes}} minutes. Enregistrez votre travail pour ne perdre aucune modification.',
    ['5'],
  ),
  row(81000028, 'Upgrade to Premium for unlimited storage and priority support', 'Upgrade auf Premium für unbegrenzten Speicher und bevorzugten Support', 'Passez à Premium pour un stockage illimité et une assistance prioritaire'),
  row(81000029, 'Invite team members', 'Teammitglieder einladen', 'Inviter des membres de l’équipe'),
  row(81000030, 'Two-factor authentication', 'Zwei-Faktor-Authentifizierung', 'Authentification à deux facteurs'),
];

const PLACEHOLDER = /\{\{\s*\w+\s*\}\}|\{\w+\}|%(?:\d+\$)?[sd]/g;

/** The segment's text as the screen shows it: each placeholder replaced by its value. */
export function shown(segment: DocSegment, language: OcrLanguage): string {
  let index = 0;
  return segment.texts[language].replace(PLACEHOLDER, () => segment.values?.[index++] ?? '');
}
