import { useStore } from 'zustand';
import { useUploadKit } from './upload-context';

/** A polite live region: screen readers hear each completion and failure once. */
export function UploadAnnouncer() {
  const { announcer } = useUploadKit();
  const messages = useStore(announcer.store, (s) => s.messages);
  return (
    <div role="status" aria-live="polite" aria-atomic="false" className="sap-visually-hidden" data-testid="upload-announcer">
      {messages.map((m) => <p key={m.id}>{m.text}</p>)}
    </div>
  );
}
