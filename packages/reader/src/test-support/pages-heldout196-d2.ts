import { type TestPage, texts } from './page-kit.js';
import { lis, paras, uniq } from './pages-heldout196-kit.js';

/**
 * Held-out batch 196, file d2: an Astro Starlight 0.32 page (skip link, header with site title, the search button with its
 * dialog and "Cancel", social icon, theme select, the sidebar with collapsible groups and a "New" badge, the mobile
 * "On this page" dropdown and the desktop TOC that starts with "Overview", the h1 (the frontmatter description only in the meta tags), asides with
 * their titles, heading wrappers with the screen-reader "Section titled" anchor text, Expressive Code frames with file-name
 * captions and copy buttons, "Edit page", "Last updated:", the prev / next links and "Built with Starlight").
 */
const slTitle = 'Configuration file';
const slIntro = paras(`
  Harrow reads its settings from <code>harrow.toml</code> in the root of your project. Every setting has a default, so an
  empty file is valid, and most projects only ever change a handful of keys.

  Settings are read once when a command starts. Changing the file while <code>harrow watch</code> is running has no effect
  until you restart it.
`);
const slNote = 'Keys in harrow.toml use snake_case. The same settings passed as command-line flags use kebab-case, such as --out-dir.';
const slH1 = 'Where Harrow looks';
const slP1 = paras(`
  Harrow starts in the current directory and walks up until it finds a <code>harrow.toml</code> or reaches the root of a Git
  repository. This means you can run commands from any subfolder of a project and still get its settings.
`);
const slList = [
  'A path given with <code>--config</code> always wins and stops the search.',
  'The <code>HARROW_CONFIG</code> environment variable is checked next.',
  'If no file is found, Harrow uses the defaults and prints a one-line notice.',
];
const slH2 = 'Build settings';
const slP2 = paras(`
  The <code>[build]</code> table controls where sources are read from and where output is written. Paths are relative to the
  directory that holds the configuration file, not to the directory you ran the command from.

  Set <code>clean = true</code> to empty the output directory before each build. It is off by default because people keep
  other files in their output folders more often than you might think.
`);
const slH3 = 'Per-environment overrides';
const slP3 = paras(`
  Any table can be repeated under <code>[env.NAME]</code> to override settings for one environment. Harrow picks the
  environment from <code>--env</code>, then <code>HARROW_ENV</code>, and falls back to <code>development</code>.

  Overrides are merged key by key, so an environment table only needs the keys that differ.

  To see the settings Harrow ends up with after every override has been applied, run <code>harrow config show</code>. It
  prints the merged result as TOML and marks each value with the file or variable it came from, which is usually the
  quickest way to find out why a setting is not doing what you expected.
`);
const slCaution = 'Secrets do not belong in harrow.toml. Read them from the environment with the env() function instead.';
const slSide = [
  ['Start here', ['Getting started', 'Installation', 'Your first build']],
  ['Guides', ['Watching files', 'Writing plugins', 'Deploying']],
  ['Reference', ['Configuration file', 'CLI commands', 'Plugin API']],
] as const;
const slCid = 'data-astro-cid-kmkmnagf';
const slHead = (id: string, t: string): string => `<div class="sl-heading-wrapper level-h2"><h2 id="${id}">${t}</h2><a class="sl-anchor-link"
href="#${id}"><span aria-hidden="true" class="sl-anchor-icon"><svg width="16" height="16" viewBox="0 0 24 24"></svg></span>
<span class="sr-only">Section titled “${t}”</span></a></div>`;
const slAside = (kind: string, label: string, text: string): string => `<aside aria-label="${label}" class="starlight-aside starlight-aside--${kind}">
<p class="starlight-aside__title" aria-hidden="true"><svg viewBox="0 0 24 24" width="16" height="16" class="starlight-aside__icon"></svg>${label}</p>
<div class="starlight-aside__content"><p>${text.replace(/(harrow\.toml|--out-dir|env\(\))/g, '<code>$1</code>')}</p></div></aside>`;
const slCode = (file: string, code: string): string => `<div class="expressive-code"><figure class="frame has-title not-content"><figcaption class="header">
<span class="title">${file}</span></figcaption><pre data-language="toml"><code><div class="ec-line"><div class="code">${code}</div></div></code></pre>
<div class="copy"><div aria-live="polite"></div><button title="Copy to clipboard" data-copied="Copied!" data-code="${code}"><div></div></button>
</div></figure></div>`;
const slP = (ps: readonly string[]): string => ps.map((p) => `<p>${p}</p>`).join('\n');
const slToc = [
  ['_top', 'Overview'],
  ['where-harrow-looks', slH1],
  ['build-settings', slH2],
  ['per-environment-overrides', slH3],
];
const slHtml = `<!DOCTYPE html><html lang="en" dir="ltr" data-theme="dark" data-has-toc data-has-sidebar class="astro-u6jkbw6x"><head><meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/><title>Configuration file | Harrow CLI</title>
<link rel="canonical" href="https://harrow.example.dev/reference/config/"/><link rel="sitemap" href="/sitemap-index.xml"/>
<link rel="shortcut icon" href="/favicon.svg" type="image/svg+xml"/><meta name="generator" content="Astro v5.4.2"/>
<meta name="generator" content="Starlight v0.32.2"/><meta property="og:title" content="Configuration file"/><meta property="og:type" content="article"/>
<meta property="og:site_name" content="Harrow CLI"/><meta name="description" content="Every setting Harrow reads from harrow.toml, and where it looks for it."/>
<script>window.StarlightThemeProvider = (() => { const storedTheme = typeof localStorage !== 'undefined' && localStorage.getItem('starlight-theme');
const theme = storedTheme || (window.matchMedia('(prefers-color-scheme: light)').matches ? 'light' : 'dark');
document.documentElement.dataset.theme = theme === 'light' ? 'light' : 'dark'; return { updatePickers() {} }; })();</script>
<link rel="stylesheet" href="/_astro/print.DNXP8c50.css" media="print"/><link rel="stylesheet" href="/_astro/index.BVbh1Y1b.css"/>
<script type="module" src="/_astro/page.7qqag-5g.js"></script></head>
<body class="astro-u6jkbw6x"><a href="#_top" class="sl-skip-link" data-astro-cid-7q3lir66>Skip to content</a>
<div class="page sl-flex" data-astro-cid-vrdttmbt><header class="header" data-astro-cid-vrdttmbt><div class="header sl-flex" ${slCid}>
<div class="title-wrapper sl-flex" ${slCid}><a href="/" class="site-title sl-flex" data-astro-cid-4yfbb5ux><img class="light:sl-hidden print:hidden"
alt="" src="/_astro/logo-dark.svg" width="32" height="32"/><span class="" data-astro-cid-4yfbb5ux translate="no">Harrow CLI</span></a></div>
<div class="sl-flex print:hidden" ${slCid}><site-search class="" data-translations="{&quot;placeholder&quot;:&quot;Search&quot;}" data-astro-cid-v37mnknz>
<button data-open-modal disabled aria-label="Search" aria-keyshortcuts="Control+K" class="sl-flex" data-astro-cid-v37mnknz><svg width="16" height="16"></svg>
<span class="sl-hidden md:sl-block" aria-hidden="true" data-astro-cid-v37mnknz>Search</span><kbd class="sl-hidden md:sl-flex" style="display: none;"
data-astro-cid-v37mnknz><kbd data-astro-cid-v37mnknz>Ctrl</kbd><kbd data-astro-cid-v37mnknz>K</kbd></kbd></button>
<dialog style="padding:0" aria-label="Search" data-astro-cid-v37mnknz><div class="dialog-frame sl-flex" data-astro-cid-v37mnknz>
<button data-close-modal class="sl-flex md:sl-hidden" data-astro-cid-v37mnknz>Cancel</button><div class="search-container" data-astro-cid-v37mnknz>
<div id="starlight__search" data-astro-cid-v37mnknz></div></div></div></dialog></site-search></div>
<div class="sl-hidden md:sl-flex print:hidden right-group" ${slCid}><div class="sl-flex social-icons" ${slCid}><a href="https://github.com/harrow-cli/harrow"
rel="me" class="sl-flex" data-astro-cid-wy4te6ga><span class="sr-only" data-astro-cid-wy4te6ga>GitHub</span><svg width="16" height="16"></svg></a></div>
<starlight-theme-select><label style="--sl-select-width: 6.25em" data-astro-cid-4bdnehha><span class="sr-only" data-astro-cid-4bdnehha>Select theme</span>
<svg width="16" height="16" class="icon label-icon"></svg><select data-astro-cid-4bdnehha><option value="dark">Dark</option><option value="light">Light</option>
<option value="auto" selected="true">Auto</option></select><svg width="16" height="16" class="icon caret"></svg></label></starlight-theme-select></div>
</div></header>
<nav class="sidebar print:hidden" aria-label="Main" data-astro-cid-vrdttmbt><starlight-menu-button class="print:hidden" data-astro-cid-4nxhhbsj>
<button aria-expanded="false" aria-label="Menu" aria-controls="starlight__sidebar" class="sl-flex md:sl-hidden" data-astro-cid-4nxhhbsj>
<svg width="16" height="16" class="open-menu"></svg><svg width="16" height="16" class="close-menu"></svg></button></starlight-menu-button>
<div id="starlight__sidebar" class="sidebar-pane" data-astro-cid-vrdttmbt><div class="sidebar-content sl-flex" data-astro-cid-vrdttmbt>
<sl-sidebar-state-persist data-hash="1sxq2a8"><ul class="top-level" data-astro-cid-3ii7xxms>
${slSide
  .map(
    ([group, items]) => `<li data-astro-cid-3ii7xxms><details open data-astro-cid-3ii7xxms><summary data-astro-cid-3ii7xxms><div class="group-label"
data-astro-cid-3ii7xxms><span class="large" data-astro-cid-3ii7xxms>${group}</span></div><svg width="16" height="16" class="caret"></svg></summary>
<ul data-astro-cid-3ii7xxms>${lis(
      items.map(
        (t) =>
          `<a href="/${t.length}/"${t === slTitle ? ' aria-current="page"' : ''}
class="large" data-astro-cid-3ii7xxms><span data-astro-cid-3ii7xxms>${t}</span>${
            t === 'Plugin API' ? '<span class="sl-badge note small" data-astro-cid-avdet4wd>New</span>' : ''
          }</a>`,
      ),
    )}</ul></details></li>`,
  )
  .join('\n')}
</ul></sl-sidebar-state-persist><div class="md:sl-hidden"><div class="mobile-preferences sl-flex" data-astro-cid-wu23bvmt></div></div></div></div></nav>
<div class="main-frame" data-astro-cid-vrdttmbt><div class="lg:sl-flex" data-astro-cid-67yu43on><aside class="right-sidebar-container print:hidden"
data-astro-cid-67yu43on><div class="right-sidebar" data-astro-cid-67yu43on><div class="sl-container lg:sl-hidden" data-astro-cid-67yu43on>
<mobile-starlight-toc data-min-h="2" data-max-h="3" data-astro-cid-doynk5tl><nav aria-labelledby="starlight__on-this-page--mobile" data-astro-cid-doynk5tl>
<details id="starlight__mobile-toc" data-astro-cid-doynk5tl><summary id="starlight__on-this-page--mobile" class="sl-flex" data-astro-cid-doynk5tl>
<div class="toggle sl-flex" data-astro-cid-doynk5tl>On this page<svg width="16" height="16" class="caret"></svg></div>
<span class="display-current" data-astro-cid-doynk5tl></span></summary><div class="dropdown" data-astro-cid-doynk5tl><ul class="isMobile">
${lis(slToc.map(([id, t]) => `<a href="#${id}"><span>${t}</span></a>`))}</ul></div></details></nav></mobile-starlight-toc></div>
<div class="right-sidebar-panel sl-hidden lg:sl-block" data-astro-cid-67yu43on><div class="sl-container" data-astro-cid-67yu43on>
<starlight-toc data-min-h="2" data-max-h="3"><nav aria-labelledby="starlight__on-this-page"><h2 id="starlight__on-this-page">On this page</h2><ul>
${lis(slToc.map(([id, t]) => `<a href="#${id}"><span>${t}</span></a>`))}</ul></nav></starlight-toc></div></div></div></aside>
<div class="main-pane" data-astro-cid-67yu43on><main data-pagefind-body lang="en" dir="ltr" data-astro-cid-bguv2lll>
<div class="content-panel" data-astro-cid-mmc7otgs><div class="sl-container" data-astro-cid-mmc7otgs><h1 id="_top" data-astro-cid-j5dnmjnm>${slTitle}</h1>
</div></div><div class="content-panel" data-astro-cid-mmc7otgs><div class="sl-container" data-astro-cid-mmc7otgs><div class="sl-markdown-content">
${slP(slIntro)}
${slAside('note', 'Note', slNote)}
${slHead('where-harrow-looks', slH1)}
${slP(slP1)}
<ol>${lis(slList)}</ol>
${slHead('build-settings', slH2)}
${slP(slP2.slice(0, 1))}
${slCode('harrow.toml', '[build]\nsrc = "content"\nout_dir = "dist"')}
${slP(slP2.slice(1))}
${slHead('per-environment-overrides', slH3)}
${slP(slP3)}
${slAside('caution', 'Caution', slCaution)}
</div></div></div>
<div class="content-panel" data-astro-cid-mmc7otgs><div class="sl-container" data-astro-cid-mmc7otgs><footer class="sl-flex" data-astro-cid-3yyafb3n>
<div class="meta sl-flex" data-astro-cid-3yyafb3n><a href="https://github.com/harrow-cli/harrow/edit/main/docs/src/content/docs/reference/config.md"
class="sl-flex" data-astro-cid-eez4e2ww><svg width="16" height="16"></svg>Edit page</a><p data-astro-cid-x4enpvde>Last updated:
<time datetime="2025-02-18T09:12:00.000Z" data-astro-cid-x4enpvde>Feb 18, 2025</time></p></div>
<div class="pagination-links print:hidden" dir="ltr" data-astro-cid-u2l5gyhi><a href="/guides/deploying/" rel="prev" data-astro-cid-u2l5gyhi>
<svg width="24" height="24"></svg><span data-astro-cid-u2l5gyhi>Previous<br data-astro-cid-u2l5gyhi/><span class="link-title"
data-astro-cid-u2l5gyhi>Deploying</span></span></a><a href="/reference/cli/" rel="next" data-astro-cid-u2l5gyhi><svg width="24" height="24"></svg>
<span data-astro-cid-u2l5gyhi>Next<br data-astro-cid-u2l5gyhi/><span class="link-title" data-astro-cid-u2l5gyhi>CLI commands</span></span></a></div>
<div class="kudos sl-flex" data-astro-cid-3yyafb3n><a href="https://starlight.astro.build/" data-astro-cid-3yyafb3n><svg width="16" height="16"></svg>
Built with Starlight</a></div></footer></div></div></main></div></div></div></div></body></html>`;
export const starlightPage: TestPage = {
  html: slHtml,
  name: 'heldout196-starlight-docs-page',
  kind: 'docs',
  // the asides' texts are body, their "Note" / "Caution" titles furniture; the "Section titled" screen-reader texts, the
  // code frame's file-name caption (furniture) and the "Last updated:" line (byline) are not article text; the sidebar (its current
  // entry is the title, left out) and the TOC ("Overview" and entries repeating the headings, left out) are furniture
  title: slTitle,
  headings: [slH1, slH2, slH3],
  body: [...texts(slIntro), slNote, ...texts(slP1), ...texts(slList), ...texts(slP2), ...texts(slP3), slCaution],
  bylines: ['Last updated: Feb 18, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to content', 'Harrow CLI', 'Search', 'Cancel', 'GitHub', 'Select theme', 'Dark', 'Light', 'Auto',
    ...slSide.flatMap(([g, items]) => [g, ...items]).filter((t) => t !== slTitle), 'New', 'On this page', 'Overview', 'Note', 'Caution', 'harrow.toml',
    ...[slH1, slH2, slH3].map((h) => `Section titled “${h}”`), 'Edit page', 'Previous', 'Next', 'Built with Starlight',
  ]),
};
