// The one module every page loads. It stays tiny: search code, its index and the WASM
// arrive only when the reader focuses a search box or opens the search page.

let search: Promise<typeof import('./search.ts')> | undefined;
const loadSearch = () => (search ??= import('./search.ts'));

const forms = [...document.querySelectorAll<HTMLFormElement>('form[data-search]')];
/** Starts Pagefind (script, WebAssembly, language index) alongside the search module instead of after it. */
const warmPagefind = () => void import('./engine.ts').then((engine) => engine.loadPagefind().catch(() => undefined));

for (const form of forms) {
  const start = () => {
    warmPagefind();
    return loadSearch().then((module) => module.enhance(form));
  };
  if (form.dataset.search === 'page') void start();
  else form.querySelector('input')?.addEventListener('focus', () => void start(), { once: true });
  // Enter before the search code has arrived: wait for it, so "416" still opens its page at once.
  // If it cannot load, the form goes to the search page as plain HTML would.
  form.addEventListener('submit', (event) => {
    if (form.dataset.enhanced) return;
    event.preventDefault();
    start().then(
      () => form.requestSubmit(),
      () => form.submit(),
    );
  });
}

// "/" jumps to the main search box (or the header's), unless the reader is typing somewhere.
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
  const input =
    document.querySelector<HTMLInputElement>('main form[data-search] input') ??
    document.querySelector<HTMLInputElement>('form[data-search] input');
  if (!input) return;
  event.preventDefault();
  input.focus();
});

// Copy link / Copy for ticket, on code pages.
const kit = document.querySelector<HTMLElement>('[data-copy-kit]');
if (kit) {
  const status = kit.querySelector<HTMLElement>('[role="status"]');
  const say = (message: string) => {
    if (!status) return;
    // Clear first, so that the same message twice is announced twice.
    status.textContent = '';
    setTimeout(() => (status.textContent = message), 50);
  };
  kit.hidden = false;
  kit.addEventListener('click', async (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-copy]');
    if (!button) return;
    const text = button.dataset.copy ?? '';
    kit.querySelector('textarea')?.remove();
    try {
      await navigator.clipboard.writeText(text);
      say(button.dataset.copied ?? '');
    } catch {
      // Clipboard denied (permissions, insecure origin): hand the text over, selected, to copy by hand.
      const area = document.createElement('textarea');
      area.readOnly = true;
      area.rows = 3;
      area.value = text;
      area.setAttribute('aria-label', kit.dataset.areaLabel ?? '');
      kit.append(area);
      area.focus();
      area.select();
      say(kit.dataset.blocked ?? '');
    }
  });
}

// The 404 page suggests the nearest codes when the path looks like one.
const suggest = document.querySelector<HTMLElement>('[data-suggest]');
if (suggest) void import('./not-found.ts').then((module) => module.suggestCodes(suggest));
