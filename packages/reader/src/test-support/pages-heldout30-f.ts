import { type TestPage, texts } from './page-kit.js';
import { mintlifyDocs } from './pages-heldout30-f2.js';

/**
 * Held-out batch 30, file f: a guide page of an image tool's documentation built with Astro Starlight (the theme provider
 * script and theme-icons template, the skip link, the header with site title, site-search dialog, social icons and theme
 * select, the sidebar with collapsible groups and a "New" badge, the right "On this page" TOC and its mobile copy, the
 * content panels with the h1, heading wrappers with "Section titled" anchor links, asides, Expressive Code frames with
 * copy buttons, a synced tabs block, and the footer with "Edit page", "Last updated", pagination and "Built with Starlight").
 */
const slTitle = 'Configuring the cache';
const slIntro = [
  'Tidewater caches every image it processes, so that a second build only has to work on images that are new or have ' +
    'changed. On a typical documentation site this cuts build times by 80 percent or more after the first run.',
  'This page explains where the cache lives, how Tidewater decides that a cached image is still valid, and how to keep the ' +
    'cache between builds on a CI server.',
];
const slH1 = 'How the cache works';
const slBody1 = [
  'For every source image, Tidewater computes a hash from the file’s contents and from the transform options that apply to ' +
    'it: the output formats, widths and quality settings. The processed files are stored in the cache directory under that hash.',
  'On the next build, Tidewater computes the same hash and looks for a matching entry. If it finds one, the stored files ' +
    'are copied to the output directory and the image is not decoded at all. Changing a single option, such as the AVIF ' +
    'quality, changes the hash and causes every affected image to be processed again.',
];
const slNote = 'Renaming or moving an image does not invalidate its cache entry, because the file name is not part of the hash.';
const slH2 = 'Choosing a cache directory';
const slBody2a =
  'By default the cache is written to <code>node_modules/.cache/tidewater</code>, which most CI providers already know how to ' +
  'save and restore. To use a different location, set <code>cacheDir</code> in your configuration file:';
const slCode = [
  "import { defineConfig } from 'tidewater';",
  '',
  'export default defineConfig({',
  "  cacheDir: '.tidewater-cache',",
  "  formats: ['avif', 'webp'],",
  '});',
];
const slBody2b = 'Relative paths are resolved from the project root, not from the configuration file.';
const slH3 = 'Clearing the cache';
const slBody3 =
  'You rarely need to clear the cache by hand, but it can help after upgrading Tidewater to a new major version, or if a ' +
  'build was interrupted while it was writing files.';
const slNpx = 'npx tidewater cache clear';
const slTabs: [string, string][] = [
  ['npm', slNpx],
  ['pnpm', 'pnpm tidewater cache clear'],
  ['Yarn', 'yarn tidewater cache clear'],
];
const slH4 = 'Keeping the cache in CI';
const slBody4 =
  'On CI servers each build usually starts from a clean checkout, so the cache is lost unless you save it. Most providers ' +
  'let you keep a directory between runs, keyed on a file that changes when your images change:';
const slSteps = [
  'Add the cache directory to your provider’s cache settings.',
  'Use a hash of your images folder, or of your lock file, as the cache key.',
  'Restore the cache before running the build, and save it again afterwards.',
];
const slCaution =
  'Do not share one cache directory between projects that use different major versions of Tidewater. Entries written by one ' +
  'version are not guaranteed to be readable by another.';
const slGroups: [string, string[]][] = [
  ['Start here', ['Getting started', 'Installation']],
  ['Guides', [slTitle, 'Image formats', 'Responsive images', 'Deploying']],
  ['Reference', ['CLI commands', 'Configuration options']],
];
const icon =
  '<svg aria-hidden="true" class="astro-c6vsoqas" width="16" height="16" viewBox="0 0 24 24" fill="currentColor"><path d="M12 2a10 10 0 1 0 0 20"/></svg>';
const hwrap = (level: number, t: string): string => {
  const id = t.toLowerCase().replace(/ /g, '-');
  return `<div class="sl-heading-wrapper level-h${level}"><h${level} id="${id}">${t}</h${level}><a class="sl-anchor-link" href="#${id}"><span aria-hidden="true"
 class="sl-anchor-icon">${icon}</span><span class="sr-only">Section titled “${t}”</span></a></div>`;
};
const ecCode = (l: string): string =>
  l.replace(/^( +)/, '<span class="indent">$1</span>').replace(/'([^']*)'/g, `<span style="--0:#ecc48d;--1:#3b61b0">'$1'</span>`);
const ecLine = (l: string): string => `<div class="ec-line"><div class="code">${l === '' ? '\n' : ecCode(l)}</div></div>`;
const frame = (title: string, lang: string, lines: readonly string[], terminal = false): string =>
  `<div class="expressive-code"><figure class="frame ${terminal ? 'is-terminal not-content' : 'has-title not-content'}"><figcaption class="header">` +
  `<span class="title">${title}</span>${terminal ? '<span class="sr-only">Terminal window</span>' : ''}</figcaption>\n<pre data-language="${lang}"><code>` +
  `${lines.map(ecLine).join('')}</code></pre><div class="copy"><div aria-live="polite"></div><button title="Copy to clipboard" data-copied="Copied!"\n` +
  ` data-code="${lines.join('\u007f').replace(/'/g, '&#39;')}"><div></div></button></div></figure></div>`;
const aside = (kind: string, label: string, text: string): string =>
  `<aside aria-label="${label}" class="starlight-aside starlight-aside--${kind}"><p class="starlight-aside__title" aria-hidden="true">${icon}${label}</p>
<div class="starlight-aside__content"><p>${text}</p></div></aside>`;
const tocItems = [slH1, slH2, slH3, slH4];
const slHtml = `<!DOCTYPE html><html lang="en" dir="ltr" data-has-toc data-has-sidebar class="" data-theme="dark"><head><meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/><title>Configuring the cache | Tidewater</title>
<link rel="canonical" href="https://tidewater.example.dev/guides/cache/"/><link rel="sitemap" href="/sitemap-index.xml"/>
<link rel="shortcut icon" href="/favicon.svg" type="image/svg+xml"/><meta name="generator" content="Astro v5.9.2"/><meta name="generator" content="Starlight
v0.34.4"/>
<meta property="og:title" content="Configuring the cache"/><meta property="og:type" content="article"/><meta property="og:site_name" content="Tidewater"/>
<meta name="description" content="Where Tidewater keeps processed images, when it reuses them and how to keep the cache in CI."/>
<script>
	window.StarlightThemeProvider = (() => {
		const storedTheme = typeof localStorage !== 'undefined' && localStorage.getItem('starlight-theme');
		const theme = storedTheme || (window.matchMedia('(prefers-color-scheme: light)').matches ? 'light' : 'dark');
		document.documentElement.dataset.theme = theme === 'light' ? 'light' : 'dark';
		return { updatePickers(theme = storedTheme || 'auto') { document.querySelectorAll('starlight-theme-select').forEach((picker) => {
			const select = picker.querySelector('select'); if (select) select.value = theme; }); } };
	})();
</script><template id="theme-icons">${icon}${icon}${icon}</template>
<link rel="stylesheet" href="/_astro/print.DNXP8c50.css" media="print"/><link rel="stylesheet" href="/_astro/index.BYqUx5Jj.css"/>
<script type="module" src="/_astro/page.7qqag-5g.js"></script></head>
<body><a href="#_top" class="astro-7q3lir66">Skip to content</a><div class="page sl-flex astro-vrdttmbt"><header class="header astro-vrdttmbt">
<div class="header sl-flex astro-kmkmnagf"><div class="title-wrapper sl-flex astro-kmkmnagf"><a href="/" class="site-title sl-flex astro-m46x6ez3">
<img class="light:sl-hidden print:hidden astro-m46x6ez3" alt="" src="/_astro/tidewater-dark.B1x2c3.svg" width="28" height="28"/>
<img class="dark:sl-hidden print:hidden astro-m46x6ez3" alt="" src="/_astro/tidewater-light.D4e5f6.svg" width="28" height="28"/>
<span class="astro-m46x6ez3" translate="no">Tidewater</span></a></div>
<div class="sl-flex print:hidden astro-kmkmnagf"><site-search class="astro-kmkmnagf astro-v37mnknz"
data-translations="{&quot;placeholder&quot;:&quot;Search&quot;}">
<button data-open-modal disabled aria-label="Search" aria-keyshortcuts="Control+K" class="astro-v37mnknz">${icon}<span class="sl-hidden md:sl-block
astro-v37mnknz"
 aria-hidden="true">Search</span><kbd class="sl-hidden md:sl-flex astro-v37mnknz" style="display: none;"><kbd class="astro-v37mnknz">Ctrl</kbd><kbd
class="astro-v37mnknz">K</kbd></kbd>
</button><dialog style="padding:0" aria-label="Search" class="astro-v37mnknz"><div class="dialog-frame sl-flex astro-v37mnknz"><button data-close-modal
 class="sl-flex md:sl-hidden astro-v37mnknz">Cancel</button><div class="search-container astro-v37mnknz"><div id="starlight__search"
class="astro-v37mnknz"></div></div></div>
</dialog></site-search></div><div class="sl-hidden md:sl-flex print:hidden right-group astro-kmkmnagf"><div class="sl-flex social-icons astro-kmkmnagf">
<a href="https://github.com/tidewater-img/tidewater" rel="me" class="sl-flex astro-wy4te6ga"><span class="sr-only astro-wy4te6ga">GitHub</span>${icon}</a>
<a href="https://discord.gg/tidewater" rel="me" class="sl-flex astro-wy4te6ga"><span class="sr-only astro-wy4te6ga">Discord</span>${icon}</a></div>
<starlight-theme-select><label style="--sl-select-width: 6.25em" class="astro-4yphtoen"><span class="sr-only astro-4yphtoen">Select theme</span>${icon}
<select autocomplete="off" class="astro-4yphtoen"><option value="dark" class="astro-4yphtoen">Dark</option><option value="light"
class="astro-4yphtoen">Light</option>
<option value="auto" selected="true" class="astro-4yphtoen">Auto</option></select>${icon}</label></starlight-theme-select></div></div></header>
<nav class="sidebar print:hidden astro-vrdttmbt" aria-label="Main"><starlight-menu-button class="print:hidden astro-jif73yzw"><button aria-expanded="false"
aria-label="Menu"
 aria-controls="starlight__sidebar" class="sl-flex md:sl-hidden astro-jif73yzw">${icon}</button></starlight-menu-button>
<div id="starlight__sidebar" class="sidebar-pane astro-vrdttmbt"><div class="sidebar-content sl-flex astro-vrdttmbt"><sl-sidebar-state-persist
data-hash="1h8k2m">
<ul class="top-level astro-3ii7xxms">
${slGroups
  .map(
    ([g, items]) => `<li class="astro-3ii7xxms"><details open class="astro-3ii7xxms"><summary class="astro-3ii7xxms"><div class="group-label astro-3ii7xxms">
<span class="large astro-3ii7xxms">${g}</span></div>${icon}</summary><ul class="astro-3ii7xxms">
${items
  .map((t) =>
    t === slTitle
      ? `<li class="astro-3ii7xxms"><a href="/guides/cache/" aria-current="page" class="astro-3ii7xxms"><span class="astro-3ii7xxms">${t}</span>
<span class="sl-badge success small astro-avdet4wd">New</span></a></li>`
      : `<li class="astro-3ii7xxms"><a href="/${t.toLowerCase().replace(/ /g, '-')}/" class="astro-3ii7xxms"><span class="astro-3ii7xxms">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></details></li>`,
  )
  .join('\n')}
</ul></sl-sidebar-state-persist></div></div></nav>
<div class="main-frame astro-vrdttmbt"><div class="lg:sl-flex astro-67yu43on"><aside class="right-sidebar-container print:hidden astro-67yu43on"><div
class="right-sidebar astro-67yu43on">
<div class="sl-hidden lg:sl-block right-sidebar-panel astro-67yu43on"><div class="sl-container astro-67yu43on"><starlight-toc data-min-h="2" data-max-h="3">
<nav aria-labelledby="starlight__on-this-page"><h2 id="starlight__on-this-page">On this page</h2><ul class="isMobile:false astro-g2bywc46">
<li class="astro-g2bywc46"><a href="#_top" class="astro-g2bywc46"><span class="astro-g2bywc46">Overview</span></a></li>
${tocItems
  .map(
    (t) => `<li class="astro-g2bywc46"><a href="#${t.toLowerCase().replace(/ /g, '-')}" class="astro-g2bywc46"><span
class="astro-g2bywc46">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></starlight-toc></div></div></div></aside>
<div class="main-pane astro-67yu43on"><main data-pagefind-body lang="en" dir="ltr" class="astro-bguv2lll">
<mobile-starlight-toc data-min-h="2" data-max-h="3" class="astro-doynk5tl"><nav aria-labelledby="starlight__on-this-page--mobile" class="astro-doynk5tl">
<details id="starlight__mobile-toc" class="astro-doynk5tl"><summary id="starlight__on-this-page--mobile" class="sl-flex astro-doynk5tl"><div class="toggle
sl-flex astro-doynk5tl">
On this page${icon}</div><span class="display-current astro-doynk5tl">Overview</span></summary><div class="dropdown astro-doynk5tl"><ul class="isMobile:true
astro-g2bywc46">
${tocItems
  .map(
    (t) => `<li class="astro-g2bywc46"><a href="#${t.toLowerCase().replace(/ /g, '-')}" class="astro-g2bywc46"><span
class="astro-g2bywc46">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></div></details></nav></mobile-starlight-toc>
<div class="content-panel astro-7nkwcw3z"><div class="sl-container astro-7nkwcw3z"><h1 id="_top" data-page-title
class="astro-j6tvhyss">${slTitle}</h1></div></div>
<div class="content-panel astro-7nkwcw3z"><div class="sl-container astro-7nkwcw3z"><div class="sl-markdown-content">
${slIntro.map((p) => `<p>${p}</p>`).join('\n')}
${hwrap(2, slH1)}
${slBody1.map((p) => `<p>${p}</p>`).join('\n')}
${aside('note', 'Note', slNote)}
${hwrap(2, slH2)}
<p>${slBody2a}</p>
${frame('tidewater.config.mjs', 'js', slCode)}
<p>${slBody2b}</p>
${hwrap(2, slH3)}
<p>${slBody3}</p>
<starlight-tabs data-sync-key="pkg" class="astro-esqgolmp"><div class="tablist-wrapper not-content astro-esqgolmp"><ul role="tablist" class="astro-esqgolmp">
${slTabs
  .map(
    ([t], i) => `<li role="presentation" class="tab astro-esqgolmp"><a role="tab" href="#tab-panel-${i}" id="tab-${i}" aria-selected="${i === 0}"
tabindex="${i === 0 ? 0 : -1}"
 class="astro-esqgolmp">${t}</a></li>`,
  )
  .join('\n')}
</ul></div>
${slTabs
  .map(
    ([, c], i) => `<div id="tab-panel-${i}" aria-labelledby="tab-${i}" role="tabpanel"
class="astro-esqgolmp"${i === 0 ? '' : ' hidden'}>${frame('', 'sh', [c], true)}</div>`,
  )
  .join('\n')}
</starlight-tabs>
${hwrap(3, slH4)}
<p>${slBody4}</p>
<ol>
${slSteps.map((t) => `<li>${t}</li>`).join('\n')}
</ol>
${aside('caution', 'Caution', slCaution)}
</div></div></div>
<div class="content-panel astro-7nkwcw3z"><div class="sl-container astro-7nkwcw3z"><footer class="sl-flex astro-3yyafb3n"><div class="meta sl-flex
astro-3yyafb3n">
<a href="https://github.com/tidewater-img/tidewater/edit/main/docs/src/content/docs/guides/cache.mdx" class="edit-link sl-flex astro-eez4elgh">${icon}Edit
page</a>
<p class="astro-ahykdfsm">Last updated: <time datetime="2025-10-30T00:00:00.000Z" class="astro-ahykdfsm">Oct 30, 2025</time></p></div>
<div class="pagination-links print:hidden astro-u2l5gyhi" dir="ltr"><a href="/installation/" rel="prev" class="astro-u2l5gyhi">${icon}<span
class="astro-u2l5gyhi">Previous<br
 class="astro-u2l5gyhi"/><span class="link-title astro-u2l5gyhi">Installation</span></span></a><a href="/image-formats/" rel="next"
class="astro-u2l5gyhi">${icon}<span
 class="astro-u2l5gyhi">Next<br class="astro-u2l5gyhi"/><span class="link-title astro-u2l5gyhi">Image formats</span></span></a></div>
<a href="https://starlight.astro.build" class="kudos sl-flex astro-3yyafb3n">${icon} Built with
Starlight</a></footer></div></div></main></div></div></div></div></body></html>`;
const starlight: TestPage = {
  html: slHtml,
  name: 'heldout30-starlight-docs',
  kind: 'docs',
  // the markdown content is the article: paragraphs, the four headings (h2 and h3), the two asides' texts (their titles
  // "Note"/"Caution" are labels: furniture), the ordered list, and the code: the config file's lines and the shown tab's
  // command are body (the page's own instructions); the hidden pnpm and Yarn tab panels repeat that command for other
  // package managers (in neither), the tab labels and the code frame's file name are furniture; "Last updated: Oct 30, 2025"
  // is the page's dateline: byline; the header, search, social and theme controls, sidebar (its current item repeats the
  // title: in neither; "New" badge), TOCs ("On this page", "Overview"; items repeat the headings: in neither), the
  // "Section titled" anchor labels, "Edit page", pagination and "Built with Starlight" are furniture; the site title
  // "Tidewater" is a word of the code's import line: left out
  // a gold change of session 15, after measuring: the config file's lines and the tab's command are code, in neither list, as
  // batch 21 set code
  title: slTitle,
  headings: [slH1, slH2, slH3, slH4],
  body: [...texts(slIntro), ...texts(slBody1), slNote, slBody2a.replace(/<\/?code>/g, ''), slBody2b, slBody3, slBody4, ...slSteps, slCaution],
  bylines: ['Last updated: Oct 30, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Search', 'Ctrl', 'K', 'Cancel', 'GitHub', 'Discord', 'Select theme', 'Dark', 'Light', 'Auto',
    ...slGroups.flatMap(([g, items]) => [g, ...items.filter((t) => t !== slTitle)]), 'New', 'On this page', 'Overview', 'Note',
    ...[slH1, slH2, slH3, slH4].map((t) => `Section titled “${t}”`), 'tidewater.config.mjs', 'npm', 'pnpm', 'Yarn', 'Terminal window', 'Caution',
    'Edit page', 'Previous', 'Next', 'Built with Starlight',
  ],
};

export const HELDOUT30_F: readonly TestPage[] = [starlight, mintlifyDocs];
