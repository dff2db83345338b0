/**
 * The demo editor's sign-in: a form for the API key (a password field the browser's password
 * manager understands), not `prompt()`, which blocks the page, cannot be styled, shows the key in
 * clear and is suppressed by some browsers. The demo is a host page in English, like its log.
 */
export interface KeyFormOptions<T> {
  /** Where the form goes. */
  slot: HTMLElement;
  /** Shown to the user: the server's host and the account. */
  server: string;
  accountId: string;
  /** A key to start with (the mock's public demo key in development), else empty. */
  initialKey?: string;
  /** Why the form is shown, e.g. a first sign-in that failed. */
  problem?: string | null;
  /** Signs in; its error's message is shown and the form stays for another try. */
  submit: (key: string) => Promise<T>;
}

/** One sentence from a server's or the browser's words: ends with one full stop, never two. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Resolves with what `submit` gave once it succeeded; the form is then gone. */
export function askForKey<T>({ slot, server, accountId, initialKey = '', problem = null, submit }: KeyFormOptions<T>): Promise<T> {
  const form = document.createElement('form');
  form.className = 'demo-signin';
  form.setAttribute('aria-labelledby', 'demo-signin-heading');
  form.innerHTML = `
    <h2 id="demo-signin-heading"></h2>
    <input type="text" name="username" autocomplete="username" hidden>
    <label for="demo-key">API key</label>
    <input id="demo-key" name="key" type="password" required autocomplete="current-password">
    <button type="submit">Sign in</button>
    <p class="demo-signin-error" role="alert"></p>`;
  const heading = form.querySelector('h2')!;
  heading.textContent = `Sign in to ${server} as ${accountId}`;
  (form.querySelector('input[name="username"]') as HTMLInputElement).value = accountId;
  const key = form.querySelector('#demo-key') as HTMLInputElement;
  key.value = initialKey;
  const button = form.querySelector('button')!;
  const error = form.querySelector('[role="alert"]')!;
  error.textContent = problem ? asSentence(problem) : '';
  slot.append(form);
  key.focus();

  return new Promise((resolve) => {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      button.disabled = true;
      error.textContent = '';
      submit(key.value).then((result) => {
        form.remove();
        resolve(result);
      }, (failure: unknown) => {
        error.textContent = asSentence(failure instanceof Error ? failure.message : String(failure));
        button.disabled = false;
        key.select();
      });
    });
  });
}
