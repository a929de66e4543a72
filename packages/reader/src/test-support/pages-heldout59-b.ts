import { type TestPage, texts } from './page-kit.js';
import { nextraGuide } from './pages-heldout59-b2.js';

/**
 * Held-out batch 59, file b: an Astro Starlight guide page (skip link, header with site title, search button and its dialog,
 * social icons, theme select, the sidebar of collapsible groups with a badge, the mobile and desktop "On this page" tables,
 * the h1, headings wrapped with their "Section titled" anchor links, asides, a Steps list, synced Tabs with Expressive Code
 * frames, the edit link, the last-updated line, the previous/next links and the "Built with Starlight" credit).
 */
const slTitle = 'Offline regions';
const slIntro = [
  'An offline region is a part of the map, bounded by a rectangle and a range of zoom levels, that the SDK downloads ahead of time and keeps ' +
    'on the device. Hikers, field surveyors and delivery drivers in areas with patchy coverage rely on them to keep a usable map when the network drops.',
  'This guide walks through defining a region, starting and monitoring a download, and keeping stored regions up to date.',
];
const slH = ['Choosing a region', 'Downloading a region', 'Keeping regions fresh'];
const slChoose =
  'Tile counts grow by a factor of four with every zoom level, so the zoom range matters far more than the area. A region the size of a small ' +
  'city at zoom levels 10 to 16 needs around 25,000 tiles; the same area up to zoom 18 needs more than 400,000.';
const slTip =
  'Call <code dir="auto">OfflineRegion.estimate()</code> before you start a download. It returns the tile count and an approximate size in ' +
  'megabytes without fetching anything.';
const slSteps = [
  'Create an <code dir="auto">OfflineRegionDefinition</code> with the bounds, the minimum and maximum zoom, and the style URL the region should use.',
  'Pass the definition to <code dir="auto">OfflineManager.createRegion()</code> along with a name. The name is stored with the region and shown ' +
    'nowhere else, so use something your app can look up later.',
  'Call <code dir="auto">resume()</code> on the returned region to start the download, and register an observer to follow its progress.',
];
const slTabA = 'On Android, downloads continue while the app is in the background as long as a foreground service is running.';
const slTabI = 'On iOS, the system may suspend downloads when the app moves to the background. Resume them in <code dir="auto">sceneDidBecomeActive</code>.';
const slCaution =
  'Downloads count against your monthly tile quota just like online map views. A single careless region at zoom 18 can use a large share of a free plan.';
const slFresh = [
  'Stored tiles do not expire on their own. When the SDK is online it checks each region once a day and downloads any tiles whose data has ' +
    'changed; this usually takes a few seconds and a few hundred kilobytes.',
  'If your app shows data that changes often, such as trail closures, call <code dir="auto">invalidate()</code> on a region to mark every tile ' +
    'as stale. The map keeps displaying the old tiles until the new ones arrive, so users never see a blank area.',
];
const slNote =
  'Regions that have not been opened for 90 days are deleted the next time the SDK starts. Change this with <code ' +
  'dir="auto">OfflineManager.setRetention()</code>.';
const slGroups: [string, string[]][] = [
  ['Start here', ['Installation', 'Quick start', 'Access tokens']],
  ['Guides', ['Custom map styles', 'Markers and annotations', slTitle, 'Geocoding', 'Turn-by-turn navigation']],
  ['Reference', ['Android API', 'iOS API', 'Changelog']],
];
const ac = 'class="astro-3ii7xxms"';
const slug = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const hw = (t: string): string =>
  `<div class="sl-heading-wrapper level-h2"><h2 id="${slug(t)}">${t}</h2><a class="sl-anchor-link" href="#${slug(t)}"><span aria-hidden="true" \
class="sl-anchor-icon"><svg width="16" height="16" viewBox="0 0 24 24"><path fill="currentcolor" d="m12.11 15.39-3.88 3.88a2.52 2.52 0 0 1-3.5 0"/></svg>\
</span><span class="sr-only">Section titled “${t}”</span></a></div>`;
const aside = (kind: string, label: string, text: string): string =>
  `<aside aria-label="${label}" class="starlight-aside starlight-aside--${kind}"><p class="starlight-aside__title" aria-hidden="true"><svg \
viewBox="0 0 24 24" width="16" height="16" fill="currentColor" class="starlight-aside__icon"><path d="M12 11C11.7348 11 11.4804 11.1054 11.2929 11.2929"/>\
</svg>${label}</p><div class="starlight-aside__content"><p>${text}</p></div></aside>`;
const ec = (lang: string, title: string, code: string, plainCode: string): string =>
  `<div class="expressive-code"><figure class="frame has-title not-content"><figcaption class="header"><span class="title">${title}</span></figcaption>\
<pre data-language="${lang}"><code><div class="ec-line"><div class="code">${code}</div></div></code></pre><div class="copy"><div aria-live="polite"></div>\
<button title="Copy to clipboard" data-copied="Copied!" data-code="${plainCode}"><div></div></button></div></figure></div>`;
const sideHtml = slGroups
  .map(
    ([g, items]) =>
      `<li ${ac}><details open ${ac}><summary ${ac}><span class="group-label astro-3ii7xxms"><span class="large astro-3ii7xxms">${g}</span></span>\
<svg aria-hidden="true" class="caret astro-3ii7xxms" width="16" height="16" viewBox="0 0 24 24"><path d="m14.83 11.29-4.24-4.24a1 1 0 1 0-1.42 1.41"/>\
</svg></summary><ul ${ac}>${items
        .map(
          (t) =>
            `<li ${ac}><a href="/guides/${slug(t)}/"${t === slTitle ? ' aria-current="page"' : ''} ${ac}><span ${ac}>${t}</span>${
              t === 'Turn-by-turn navigation' ? '<span class="sl-badge tip small astro-avdet4wd">New</span>' : ''
            }</a></li>`,
        )
        .join('')}</ul></details></li>`,
  )
  .join('\n');
const toc = (cls: string): string =>
  `<ul class="${cls}"><li><a href="#_top"><span>Overview</span></a>\
</li>${slH.map((t) => `<li><a href="#${slug(t)}"><span>${t}</span></a></li>`).join('')}</ul>`;
const themeSelect = `<starlight-theme-select><label style="--sl-select-width: 6.25em" class="astro-4yphtoen"><span class="sr-only astro-4yphtoen">Theme\
</span><select autocomplete="off" class="astro-4yphtoen"><option value="dark" class="astro-4yphtoen">Dark</option><option value="light" \
class="astro-4yphtoen">Light</option><option value="auto" selected class="astro-4yphtoen">Auto</option></select></label></starlight-theme-select>`;
const social = `<div class="sl-flex social-icons"><a href="https://github.com/orbit-maps/orbit-sdk" rel="me" class="sl-flex astro-wy4te6ga"><span \
class="sr-only astro-wy4te6ga">GitHub</span><svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24"><path d="M12 .3a12 12 0 0 0-3.8 23.38"/>\
</svg></a><a href="https://discord.gg/orbitmaps" rel="me" class="sl-flex astro-wy4te6ga"><span class="sr-only astro-wy4te6ga">Discord</span><svg \
aria-hidden="true" width="16" height="16" viewBox="0 0 24 24"><path d="M20.32 4.37a19.8 19.8 0 0 0-4.89-1.52"/></svg></a></div>`;
const slHtml = `<!DOCTYPE html><html lang="en" dir="ltr" data-has-toc data-has-sidebar data-theme="dark"><head><meta charset="utf-8">\
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${slTitle} | Orbit Maps SDK</title>
<link rel="canonical" href="https://docs.orbitmaps.dev/guides/offline-regions/"><link rel="sitemap" href="/sitemap-index.xml">
<link rel="shortcut icon" href="/favicon.svg" type="image/svg+xml"><meta name="generator" content="Astro v5.7.4">\
<meta name="generator" content="Starlight v0.34.1">
<meta property="og:title" content="${slTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Orbit Maps SDK">
<meta name="description" content="Download parts of the map ahead of time and use them without a network connection.">
<script>
  window.StarlightThemeProvider = (() => {
    const storedTheme = typeof localStorage !== 'undefined' && localStorage.getItem('starlight-theme');
    const theme = storedTheme || (window.matchMedia('(prefers-color-scheme: light)').matches ? 'light' : 'dark');
    document.documentElement.dataset.theme = theme === 'light' ? 'light' : 'dark';
    return { updatePickers(theme = storedTheme || 'auto') {} };
  })();
</script>
<link rel="stylesheet" href="/_astro/print.DNXP8c50.css" media="print"><link rel="stylesheet" href="/_astro/index.Dx4Vp9Rz.css"></head>
<body><a href="#_top" class="astro-7q3lir66">Skip to content</a><div class="page sl-flex"><header class="header"><div class="header">\
<div class="title-wrapper sl-flex"><a href="/" class="site-title sl-flex"><img alt="" class="light:sl-hidden print:hidden" width="32" height="32" \
src="/_astro/logo-dark.CqpWnbQ0.svg"><span translate="no">Orbit Maps SDK</span></a></div><div class="sl-flex print:hidden">\
<site-search class="astro-v37mnknz" data-translations="{&quot;placeholder&quot;:&quot;Search&quot;}"><button data-open-modal disabled \
aria-label="Search" aria-keyshortcuts="Control+K" class="astro-v37mnknz"><svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24"><path \
d="M21.71 20.29 18 16.61A9 9 0 1 0 16.61 18l3.68 3.68"/></svg><span class="sl-hidden md:sl-block astro-v37mnknz" aria-hidden="true">Search</span>\
<kbd class="sl-hidden md:sl-flex astro-v37mnknz" style="display: none;"><kbd class="astro-v37mnknz">Ctrl</kbd><kbd class="astro-v37mnknz">K</kbd></kbd>\
</button><dialog style="padding:0" aria-label="Search" class="astro-v37mnknz"><div class="dialog-frame sl-flex astro-v37mnknz"><button data-close-modal \
class="sl-flex md:sl-hidden astro-v37mnknz">Cancel</button><div class="search-container astro-v37mnknz"><div id="starlight__search" \
class="astro-v37mnknz"></div></div></div></dialog></site-search></div><div class="sl-hidden md:sl-flex print:hidden right-group">${social}${themeSelect}\
</div></div></header><nav class="sidebar print:hidden" aria-label="Main"><starlight-menu-button class="print:hidden"><button aria-expanded="false" \
aria-label="Menu" aria-controls="starlight__sidebar" class="sl-flex md:sl-hidden"><svg aria-hidden="true" class="open-menu" width="16" height="16" \
viewBox="0 0 24 24"><path d="M3 8h18a1 1 0 1 0 0-2H3a1 1 0 0 0 0 2Z"/></svg></button></starlight-menu-button>
<script type="module">class s extends HTMLElement{constructor(){super(),this.btn=this.querySelector("button"),this.btn.addEventListener("click",()=>\
this.toggleExpanded())}}customElements.define("starlight-menu-button",s);</script>
<div id="starlight__sidebar" class="sidebar-pane"><div class="sidebar-content sl-flex"><sl-sidebar-state-persist data-hash="1e4k9q">\
<script aria-hidden="true">(()=>{try{if(!matchMedia("(min-width: 50em)").matches)return;const e=document.querySelector("sl-sidebar-state-persist")\
;const t=JSON.parse(sessionStorage.getItem("sl-sidebar-state")||"0")}catch{}})();</script><ul class="top-level astro-3ii7xxms">
${sideHtml}
</ul></sl-sidebar-state-persist><div class="md:sl-hidden"><div class="mobile-preferences sl-flex">${social}${themeSelect}</div></div></div></div></nav>
<div class="main-frame"><div class="lg:sl-flex"><aside class="right-sidebar-container print:hidden"><div class="right-sidebar"><div \
class="right-sidebar-panel sl-hidden lg:sl-block"><div class="sl-container"><starlight-toc data-min-h="2" data-max-h="3"><nav \
aria-labelledby="starlight__on-this-page"><h2 id="starlight__on-this-page">On this page</h2>${toc('isMobile:false')}</nav></starlight-toc></div></div>\
</div></aside><div class="main-pane"><div class="lg:sl-hidden"><mobile-starlight-toc><nav aria-labelledby="starlight__on-this-page--mobile"><details \
id="starlight__mobile-toc"><summary id="starlight__on-this-page--mobile" class="sl-flex"><div class="toggle sl-flex">On this page<svg aria-hidden="true" \
class="caret" width="16" height="16" viewBox="0 0 24 24"><path d="m14.83 11.29-4.24-4.24"/></svg></div><span class="display-current"></span></summary>\
<div class="dropdown">${toc('isMobile')}</div></details></nav></mobile-starlight-toc></div><main data-pagefind-body lang="en" dir="ltr">\
<div class="content-panel"><div class="sl-container"><div class="sl-flex"><h1 id="_top">${slTitle}</h1></div></div></div>
<div class="content-panel"><div class="sl-container"><div class="sl-markdown-content">
<p>${slIntro[0]!}</p>
<p>${slIntro[1]!}</p>
${hw(slH[0]!)}
<p>${slChoose}</p>
${aside('tip', 'Tip', slTip)}
${hw(slH[1]!)}
<starlight-steps><ol role="list" class="sl-steps">
<li><p>${slSteps[0]!}</p>
${ec(
  'kotlin',
  'OfflineRegions.kt',
  '<span style="--0:#C792EA;--1:#8844AE">val</span> definition = OfflineRegionDefinition(bounds, minZoom = <span style="--0:#F78C6C">10.0</span>, \
maxZoom = <span style="--0:#F78C6C">16.0</span>, styleUrl)',
  'val definition = OfflineRegionDefinition(bounds, minZoom = 10.0, maxZoom = 16.0, styleUrl)',
)}</li>
<li><p>${slSteps[1]!}</p></li>
<li><p>${slSteps[2]!}</p></li>
</ol></starlight-steps>
<starlight-tabs data-sync-key="platform"><div class="tablist-wrapper not-content"><ul role="tablist"><li role="presentation" class="tab"><a role="tab" \
href="#tab-panel-4" id="tab-4" aria-selected="true" tabindex="0">Android</a></li><li role="presentation" class="tab"><a role="tab" href="#tab-panel-5" \
id="tab-5" aria-selected="false" tabindex="-1">iOS</a></li></ul></div><div id="tab-panel-4" aria-labelledby="tab-4" role="tabpanel"><p>${slTabA}</p>\
</div><div id="tab-panel-5" aria-labelledby="tab-5" role="tabpanel" hidden><p>${slTabI}</p></div></starlight-tabs>
<script type="module">class e extends HTMLElement{static #t=new Map;#e;#n="starlight-synced-tabs__";constructor(){super();const t=this.querySelector\
('[role="tablist"]');this.tabs=[...t.querySelectorAll('[role="tab"]')]}}customElements.define("starlight-tabs",e);</script>
${aside('caution', 'Caution', slCaution)}
${hw(slH[2]!)}
<p>${slFresh[0]!}</p>
<p>${slFresh[1]!}</p>
${aside('note', 'Note', slNote)}
</div><footer class="sl-flex"><div class="meta sl-flex"><a href="https://github.com/orbit-maps/orbit-sdk/edit/main/docs/src/content/docs/guides/\
offline-regions.mdx" class="sl-flex print:hidden"><svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24"><path d="M22 7.24a1 1 0 0 0-.29-.71"/>\
</svg>Edit page</a><p>Last updated: <time datetime="2025-10-02T14:20:31.000Z">Oct 2, 2025</time></p></div><div class="pagination-links print:hidden" \
dir="ltr"><a href="/guides/markers-and-annotations/" rel="prev"><svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24"><path d="M17 11H9.41"/>\
</svg><span>Previous<br><span class="link-title">Markers and annotations</span></span></a><a href="/guides/geocoding/" rel="next"><svg aria-hidden="true" \
width="16" height="16" viewBox="0 0 24 24"><path d="M17.92 11.62a1 1 0 0 0-.21-.33"/></svg><span>Next<br><span class="link-title">Geocoding</span></span></a>\
</div><a href="https://starlight.astro.build/" class="kudos sl-flex"><svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24"><path \
d="M1.44 8.855v-.001l3.527-3.516"/></svg> Built with Starlight</a></footer></div></div></main></div></div></div></div></body></html>`;
const starlight: TestPage = {
  html: slHtml,
  name: 'heldout59-starlight',
  kind: 'docs',
  // body: the paragraphs, the three Steps items, the text of both tab panels (the hidden iOS one too: the article's own text for
  // the other platform) and the three asides (their titles "Tip", "Caution", "Note" in neither list); the code frame, its file
  // name and the copy button's data are in neither list; the "Section titled …" screen-reader labels of the heading links are
  // furniture; the last-updated line is the byline; skip link, site title, search and its dialog's "Cancel", social links,
  // theme select, the sidebar with its group labels, both "On this page" tables ("Overview"; their other entries repeat the
  // headings: left out), "Edit page", pagination and the Starlight credit are furniture; the sidebar's current item repeats
  // the title; the tab labels "Android" and "iOS", the sidebar badge "New" and the pager's "Next" are words of the body: left out
  title: slTitle,
  headings: slH,
  body: [...texts(slIntro), ...texts([slChoose, slTip, ...slSteps, slTabA, slTabI, slCaution, ...slFresh, slNote])],
  bylines: ['Last updated: Oct 2, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Orbit Maps SDK', 'Search', 'Ctrl', 'Cancel', 'GitHub', 'Discord', 'Theme', 'Dark', 'Light', 'Auto',
    ...slGroups.flatMap(([g, items]) => [g, ...items.filter((t) => t !== slTitle)]), 'On this page', 'Overview',
    ...slH.map((t) => `Section titled “${t}”`), 'Edit page', 'Previous', 'Built with Starlight',
  ],
};

export const HELDOUT59_B: readonly TestPage[] = [starlight, nextraGuide];
