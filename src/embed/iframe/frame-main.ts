/** Entry of embed.html: the panel in an iframe, driven by its parent through postMessage. */
import { allowedParentOrigins, frameOptionsFromUrl } from './frame-options';
import { startFrameBridge } from './frame-bridge';

const element = document.getElementById('panel')!;
const options = frameOptionsFromUrl(window.location.search);
const allowedOrigins = allowedParentOrigins(window.location.search, import.meta.env.VITE_EMBED_PARENT_ORIGINS);

function refuse(text: string) {
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = text;
  element.append(message);
}

if ('problem' in options) refuse(options.problem);
else if (allowedOrigins.length === 0) refuse('No parent origin is allowed: add ?parentOrigin=https://your-editor.example.com to the frame\u2019s URL.');
else if (window.parent === window) refuse('This page is the panel for an iframe: open it from a host editor.');
else startFrameBridge({ element, options, allowedOrigins, parent: window.parent, self: window });
