import { links, ps, type TestPage, texts } from './page-kit.js';
import { mintlify } from './pages-heldout273-b2.js';
import { j, lis } from './pages-heldout273-kit.js';

/**
 * Held-out batch 273, file b: an Astro Starlight guide (header with Pagefind search button, language select and theme select,
 * sidebar with details groups and badges, mobile "On this page" summary, asides, tabs, "Edit page", "Last updated",
 * pagination links, the site's custom footer) and, from file b2, a Mintlify API reference page.
 */
const sTitle = 'Importing photos from a folder';
const sIntro = [
  j(
    'Lanternfish can take in a whole folder of photos at once and sort them into albums by the date they were taken. The importer',
    'copies files into your library, so the originals stay where they are and you can delete them once you have checked the result.',
  ),
];
const sH = ['Start an import', 'How albums are named', 'Duplicates and sidecar files'];
const sS1 = [
  'Open the Library view and choose Import from folder, or drag a folder onto the window. The importer scans it before copying anything.',
  j(
    'The scan lists how many photos and videos it found, how many it will skip and why. Nothing is written until you confirm, and you',
    'can cancel a running import at any point without leaving half-copied files behind.',
  ),
];
const sSteps = [
  'Pick the folder. Subfolders are included unless you untick the option.',
  'Choose a target: a new album per day, per month, or one album for everything.',
  'Confirm, then leave the app open until the progress bar finishes.',
];
const sS2 = [
  j(
    'Albums get the date range of their photos as a name, such as 3 to 9 June 2025. Photos without a capture date in their metadata',
    'fall back to the file date, and are marked with a small clock icon so you can fix them later.',
  ),
  'You can rename any album afterwards. The importer never renames an album you have already touched.',
];
const sAside = 'Phones often reset the capture date when a photo is shared through a chat app. Import the original files where you can.';
const sS3 = [
  j(
    'Before copying, Lanternfish compares each file with the library by its content, not its name, so a photo saved twice under',
    'different names is imported once. Skipped duplicates are listed in the import report.',
  ),
  j(
    'Sidecar files written by raw editors, such as .xmp files, travel with their photo. Edits stored in them are read but not applied;',
    'they show up in the photo details as a note.',
  ),
];
const sTabs = ['macOS', 'Windows', 'Linux'];
const sTabText = 'On a Mac, grant Lanternfish access to the folder in System Settings under Privacy and Security when asked.';
const sSideGroups = ['Start here', 'Guides', 'Reference'];
const sSide = ['Getting started', 'Installation', 'Folder import', 'Albums and tags', 'Sharing', 'Keyboard shortcuts', 'Settings file'];
const sFoot = ['Community chat', 'Release notes', 'Privacy notice'];
const sHtml = `<!DOCTYPE html><html lang="en" dir="ltr" data-has-toc data-has-sidebar data-theme="dark" class="astro-jx5v4jmq"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${sTitle} | Lanternfish Docs</title>
<link rel="canonical" href="https://docs.lanternfish.example/guides/import-folder/"><meta name="generator" content="Astro v4.16.2">
<meta name="generator" content="Starlight v0.28.3"><meta property="og:title" content="${sTitle}"><meta property="og:type" content="article">
<meta property="og:site_name" content="Lanternfish Docs"><meta name="twitter:card" content="summary_large_image">
<meta name="description" content="Bring a folder of photos into your Lanternfish library and sort them into albums by date.">
<script>window.StarlightThemeProvider=(()=>{const e=localStorage.getItem("starlight-theme");return{updatePickers(t=e||"auto"){}}})();</script>
<link rel="stylesheet" href="/_astro/index.Bq2FQ8ez.css"><script type="module" src="/_astro/page.7qqag-5g.js"></script></head>
<body class="astro-jx5v4jmq"><a href="#_top" class="astro-7q3lir66">Skip to content</a><div class="page sl-flex astro-vrdttmbt">
<header class="header astro-vrdttmbt"><div class="header sl-flex astro-kmkmnagf"><div class="title-wrapper sl-flex astro-kmkmnagf"><a href="/"
class="site-title sl-flex astro-m46x6ez3"><img class="astro-m46x6ez3" alt="" src="/_astro/lantern.svg" width="32" height="32"><span
class="astro-m46x6ez3">Lanternfish Docs</span></a></div>
<div class="sl-flex astro-kmkmnagf"><site-search class="astro-v37mnknz" data-translations="{}"><button data-open-modal disabled aria-label="Search"
aria-keyshortcuts="Control+K" class="astro-v37mnknz"><span class="sl-hidden md:sl-block astro-v37mnknz" aria-hidden="true">Search</span><kbd
class="sl-hidden md:sl-flex astro-v37mnknz" style="display: none;"><kbd class="astro-v37mnknz">Ctrl</kbd><kbd class="astro-v37mnknz">K</kbd></kbd></button>
<dialog style="padding:0" aria-label="Search" class="astro-v37mnknz"><div class="dialog-frame sl-flex astro-v37mnknz"><button data-close-modal
class="sl-flex md:sl-hidden astro-v37mnknz">Cancel</button><div class="search-container astro-v37mnknz"><div id="starlight__search"
class="astro-v37mnknz"></div></div></div></dialog></site-search></div>
<div class="sl-hidden md:sl-flex right-group astro-kmkmnagf"><div class="sl-flex social-icons astro-kmkmnagf"><a href="https://github.com/lanternfish/app"
rel="me" class="sl-flex astro-wy4te6ga"><span class="sr-only astro-wy4te6ga">GitHub</span></a></div>
<starlight-theme-select><label style="--sl-select-width: 6.25em" class="astro-4yphtoen"><span class="sr-only astro-4yphtoen">Theme</span><select
class="astro-4yphtoen"><option value="dark">Dark</option><option value="light">Light</option><option value="auto" selected>Auto</option></select></label>
</starlight-theme-select><starlight-lang-select><label class="astro-4yphtoen"><span class="sr-only astro-4yphtoen">Select language</span><select
class="astro-4yphtoen"><option value="/guides/import-folder/" selected>English</option><option value="/de/guides/import-folder/">Deutsch</option>
</select></label></starlight-lang-select></div></div></header>
<nav class="sidebar astro-vrdttmbt" aria-label="Main"><starlight-menu-button class="astro-jif73yzw"><button aria-expanded="false" aria-label="Menu"
aria-controls="starlight__sidebar" class="sl-flex md:sl-hidden astro-jif73yzw"></button></starlight-menu-button>
<div id="starlight__sidebar" class="sidebar-pane astro-vrdttmbt"><div class="sidebar-content sl-flex astro-vrdttmbt"><sl-sidebar-state-persist
data-hash="0n1zb7"><ul class="top-level astro-3ii7xxms">
${sSideGroups
  .map(
    (g, i) => `<li class="astro-3ii7xxms"><details open class="astro-3ii7xxms"><summary class="astro-3ii7xxms"><div class="group-label astro-3ii7xxms"><span
class="large astro-3ii7xxms">${g}</span></div></summary><ul class="astro-3ii7xxms">${links(sSide.slice(i * 3, i === 2 ? 7 : i * 3 + 3), 'astro-3ii7xxms')}</ul>
</details></li>`,
  )
  .join('\n')}
</ul></sl-sidebar-state-persist><div class="md:sl-hidden"><span class="sl-badge note">New</span></div></div></div></nav>
<div class="main-frame astro-vrdttmbt"><div class="lg:sl-flex astro-67yu43on"><aside class="right-sidebar-container astro-67yu43on"><div
class="right-sidebar astro-67yu43on"><div class="lg:sl-hidden astro-pb3aqygn"><mobile-starlight-toc data-min-h="2" data-max-h="3"
class="astro-doynk5tl"><nav aria-labelledby="starlight__on-this-page--mobile" class="astro-doynk5tl"><details id="starlight__mobile-toc"
class="astro-doynk5tl"><summary id="starlight__on-this-page--mobile" class="sl-flex astro-doynk5tl"><div class="toggle sl-flex astro-doynk5tl">On this
page</div><span class="display-current astro-doynk5tl">Overview</span></summary></details></nav></mobile-starlight-toc></div>
<div class="right-sidebar-panel sl-hidden lg:sl-block astro-pb3aqygn"><div class="sl-container astro-pb3aqygn"><starlight-toc data-min-h="2"
data-max-h="3"><nav aria-labelledby="starlight__on-this-page"><h2 id="starlight__on-this-page">On this page</h2><ul class="isMobile astro-g2bywc46">
<li class="astro-g2bywc46"><a href="#_top" class="astro-g2bywc46"><span class="astro-g2bywc46">Overview</span></a></li>
${sH.map((h) => `<li class="astro-g2bywc46"><a href="#${h.length}" class="astro-g2bywc46"><span class="astro-g2bywc46">${h}</span></a></li>`).join('\n')}
</ul></nav></starlight-toc></div></div></div></aside>
<div class="main-pane astro-67yu43on"><main data-pagefind-body lang="en" dir="ltr" class="astro-bguv2lll"><div class="content-panel astro-7nkwcw3z"><div
class="sl-container astro-7nkwcw3z"><h1 id="_top" class="astro-j6tvhyss">${sTitle}</h1></div></div>
<div class="content-panel astro-7nkwcw3z"><div class="sl-container astro-7nkwcw3z"><div class="sl-markdown-content astro-ctxqt3hs">
${ps(sIntro)}
<div class="sl-heading-wrapper level-h2"><h2 id="start-an-import">${sH[0]}</h2><a class="sl-anchor-link" href="#start-an-import"><span aria-hidden="true"
class="sl-anchor-icon"></span><span class="sr-only">Section titled “${sH[0]}”</span></a></div>
${ps(sS1)}
<ol>${lis(sSteps)}</ol>
<starlight-tabs data-sync-key="os"><div class="tablist-wrapper not-content"><ul role="tablist">
${sTabs
  .map(
    (t, i) => `<li role="presentation" class="tab"><a role="tab" href="#tab-panel-${i}" aria-selected="${i === 0}"
tabindex="0">${t}</a></li>`,
  )
  .join('\n')}
</ul></div><div id="tab-panel-0" role="tabpanel"><p>${sTabText}</p></div></starlight-tabs>
<div class="sl-heading-wrapper level-h2"><h2 id="how-albums-are-named">${sH[1]}</h2><a class="sl-anchor-link" href="#how-albums-are-named"><span
class="sr-only">Section titled “${sH[1]}”</span></a></div>
${ps(sS2)}
<aside aria-label="Tip" class="starlight-aside starlight-aside--tip"><p class="starlight-aside__title" aria-hidden="true"><svg aria-hidden="true"
class="starlight-aside__icon"></svg>Tip</p><div class="starlight-aside__content"><p>${sAside}</p></div></aside>
<div class="sl-heading-wrapper level-h2"><h2 id="duplicates-and-sidecar-files">${sH[2]}</h2><a class="sl-anchor-link"
href="#duplicates-and-sidecar-files"><span class="sr-only">Section titled “${sH[2]}”</span></a></div>
${ps(sS3)}
</div>
<footer class="sl-flex astro-3yyafb3n"><div class="meta sl-flex astro-3yyafb3n"><a
href="https://github.com/lanternfish/docs/edit/main/src/content/docs/guides/import-folder.mdx"
class="sl-flex astro-eez5wwvv"><svg aria-hidden="true" class="astro-eez5wwvv"></svg>Edit page</a><p class="astro-pvbdptbz">Last updated: <time
datetime="2026-01-20T00:00:00.000Z" class="astro-pvbdptbz">Jan 20, 2026</time></p></div>
<div class="pagination-links astro-u2l5gyhi" dir="ltr"><a href="/guides/installation/" rel="prev" class="astro-u2l5gyhi"><svg aria-hidden="true"
class="astro-u2l5gyhi"></svg><span class="astro-u2l5gyhi">Previous<br class="astro-u2l5gyhi"><span
class="link-title astro-u2l5gyhi">Installation</span></span></a>
<a href="/guides/albums/" rel="next" class="astro-u2l5gyhi"><svg aria-hidden="true" class="astro-u2l5gyhi"></svg><span class="astro-u2l5gyhi">Next<br
class="astro-u2l5gyhi"><span class="link-title astro-u2l5gyhi">Albums and tags</span></span></a></div>
<div class="site-footer"><ul class="footer-links">${links(sFoot)}</ul><p class="kudos">Built with Starlight</p></div></footer>
</div></div></main></div></div></div></div>
<script type="module" src="/_astro/Search.astro_astro_type_script_index_0_lang.BSg6VjLw.js"></script></body></html>`;
const starlight: TestPage = {
  name: 'heldout273-astro-starlight-docs',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: texts([...sIntro, ...sS1, ...sSteps, sTabText, ...sS2, sAside, ...sS3]),
  bylines: ['Last updated: Jan 20, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Lanternfish Docs', 'Search', 'Cancel', 'GitHub', 'Theme', 'Dark', 'Light', 'Auto', 'Select language', 'English', 'Deutsch',
    ...sSideGroups, ...sSide, 'New', 'On this page', 'Overview', 'Section titled “Start an import”', ...sTabs, 'Tip', 'Edit page', 'Previous', 'Next',
    ...sFoot, 'Built with Starlight',
  ],
};

export const HELDOUT273_B: readonly TestPage[] = [starlight, mintlify];
