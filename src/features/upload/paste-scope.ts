/**
 * Where an image paste reaches the panel. `panel` (the default: beside a host's editor): only
 * while focus is inside the panel, for the host's pastes are the host's. `page` (the panel is
 * the whole page: the standalone app, the iframe's embed.html): any paste in the page that no
 * text field takes, wherever focus sits.
 */
export type PasteScope = 'panel' | 'page';
