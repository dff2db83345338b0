import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export interface MenuItem {
  label: string;
  onSelect: () => void;
  danger?: boolean;
}

/**
 * A button that opens a menu (the WAI-ARIA menu button pattern): Enter, Space or Down open it on
 * the first item, Up on the last; Up/Down/Home/End move; Enter or a click chooses; Esc closes and
 * gives the focus back to the button; Tab or a click elsewhere closes it.
 */
export function MenuButton({ label, items }: { label: string; items: readonly MenuItem[] }) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const id = useId();

  useEffect(() => {
    if (open) menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[active]?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    // composedPath: inside a shadow root a click's target is the host element.
    const close = (event: PointerEvent) => {
      if (root.current && !event.composedPath().includes(root.current)) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [open]);

  const openAt = (index: number) => {
    setActive(index);
    setOpen(true);
  };

  function onButtonKey(event: KeyboardEvent) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(event.key === 'ArrowDown' ? 0 : items.length - 1);
    }
  }

  function onMenuKey(event: KeyboardEvent) {
    const moves: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, Home: 0, End: items.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      setActive((moves[event.key]! + items.length) % items.length);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      button.current?.focus();
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  }

  function choose(item: MenuItem) {
    setOpen(false);
    // Focus first: a dialog the item opens gives it back here, not to an item that is gone.
    button.current?.focus();
    item.onSelect();
  }

  return (
    <div ref={root} className="sap-menu">
      <button
        ref={button} type="button" aria-haspopup="menu" aria-expanded={open} aria-controls={open ? id : undefined}
        onClick={() => (open ? setOpen(false) : openAt(0))} onKeyDown={onButtonKey}
      >
        {label}
      </button>
      {open && (
        <div ref={menu} id={id} role="menu" aria-label={label} className="sap-menu-list" onKeyDown={onMenuKey}>
          {items.map((item, index) => (
            <button
              key={item.label} type="button" role="menuitem" tabIndex={index === active ? 0 : -1}
              className={item.danger ? 'sap-danger' : undefined} onClick={() => choose(item)}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
