/** The self-contained custom element bundle: `<script type="module" src=".../element.js">` defines `<segment-asset-panel>`. */
import { defineSegmentAssetPanel, SegmentAssetPanelElement } from './custom-element';

defineSegmentAssetPanel();

export { defineSegmentAssetPanel, SegmentAssetPanelElement };
