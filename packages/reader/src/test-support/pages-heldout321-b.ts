import { links, ps, type TestPage, texts } from './page-kit.js';
import { rpiForum } from './pages-heldout321-b2.js';
import { j, lis } from './pages-heldout321-kit.js';

/**
 * Held-out batch 321, file b: a Printables-style 3D model page (SvelteKit markup with hashed classes, a short summary and
 * description, print settings, the stats bar, download button, tabs, files list, tags, license, "More from the author" and
 * "Related models" rails, a cookie bar and footer) and, from file b2, a Raspberry Pi Forums (phpBB prosilver) thread.
 */
const pTitle = 'Parametric cable clip for 2020 extrusion';
const pSummary = 'A snap-in clip that holds up to four cables along a 2020 aluminium profile, with no screws and no supports.';
const pDesc = [
  j(
    'I wanted a tidy way to run the hotend and endstop wires along the frame of my printer, and most clips I found either needed a',
    'T-nut or fell out of the slot after a week of vibration. This one snaps into the slot and locks with a small barb on each side.',
  ),
  j(
    'The clip comes in three widths for one, two and four cables. If none of them fit your wiring, open the included OpenSCAD file',
    'and change the cable diameter and the count at the top. The slot width is also a parameter, so it should work on other',
    'profiles with a six millimetre slot.',
  ),
  j(
    'Print it flat on its back, exactly as the file is oriented. The barbs print as a small overhang that bridges fine on every',
    'printer I tried. PETG gives the best snap; PLA works but gets brittle if the frame sits near a heated enclosure.',
  ),
];
const pSettings = ['Layer height: 0.2 mm', 'Infill: 40 %, gyroid', 'Perimeters: 3', 'Supports: none', 'Material: PETG or ASA'];
const pFinal = [
  j(
    'To fit the clip, push one side into the slot and roll the other side in with your thumb until it clicks. To remove it, press',
    'a flat screwdriver between the barb and the slot wall. I have clipped and unclipped the same one a dozen times without a crack.',
  ),
  j(
    'If you print a batch, check the first clip against your frame before you start the rest. Profiles from different makers vary by',
    'a tenth of a millimetre or two, and a clip that is too tight will crack the barb instead of locking. The SCAD file has a',
    'tolerance value for exactly that reason; raise it by 0.1 if the fit is tight, or lower it if the clip slides along the slot.',
  ),
];
const pNav = ['Models', 'Contests', 'Education', 'Articles', 'Store', 'Prusameters'];
const pTags = ['cable-management', 'v-slot', 'printer-upgrade', 'snap-fit'];
const pMore = ['Filament guide for a side-mounted spool', 'Drag chain link, 10 x 15 mm'];
const pRelated = ['Cable comb for 2040 profile', 'Screwless spool holder', 'Frame corner cover set'];
const pFoot = ['About us', 'Help', 'Terms of Use', 'Privacy policy', 'Cookies', 'Contact'];
const pHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8" />
<title>${pTitle} by Jana Kovařík | Download free STL model | Printables.com</title><meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="description" content="${pSummary}" /><meta property="og:type" content="website" /><meta property="og:title" content="${pTitle}" />
<script type="application/ld+json">{"@context":"https://schema.org","@type":"3DModel","name":"${pTitle}",
"author":{"@type":"Person","name":"Jana Kovařík"}}</script>
<link href="/_app/immutable/assets/0.b3f1e2.css" rel="stylesheet"><link rel="modulepreload" href="/_app/immutable/entry/start.9f2c1a.js"></head>
<body data-sveltekit-preload-data="hover"><div style="display: contents">
<header class="svelte-1m3dz8q"><div class="top-bar svelte-1m3dz8q"><a href="/" class="logo svelte-1m3dz8q" aria-label="Printables"></a>
<nav class="main-menu svelte-q2k1dz"><ul>${links(pNav, 'svelte-q2k1dz')}</ul></nav>
<div class="search svelte-7r4b1c"><input type="search" placeholder="Search models" class="svelte-7r4b1c"></div>
<a href="/login" class="btn btn-outline svelte-1m3dz8q">Log in</a></div></header>
<main class="svelte-11yb0ta"><div class="model-page svelte-1x1d4l5">
<div class="gallery svelte-hk2m9a"><img src="https://media.printables.example/media/prints/114207/images/clip_preview.webp"
alt="${pTitle}" class="svelte-hk2m9a">
<span class="image-count svelte-hk2m9a">1 / 6</span></div>
<div class="model-info svelte-1x1d4l5"><h1 class="svelte-1x1d4l5">${pTitle}</h1>
<div class="user-line svelte-9bm1kq"><a href="/@JanaK_41273" class="user-link svelte-9bm1kq">Jana Kovařík</a>
<button class="follow svelte-9bm1kq">Follow</button></div>
<div class="stats svelte-u0v5p7"><span title="Likes" class="svelte-u0v5p7">312</span><span title="Downloads" class="svelte-u0v5p7">4 581</span>
<span title="Makes" class="svelte-u0v5p7">27</span></div>
<a href="#files" class="btn btn-primary download-btn svelte-1x1d4l5">Download all model files</a>
<div class="published svelte-1x1d4l5">Published Feb 12, 2026</div>
<div class="categories svelte-1x1d4l5"><a href="/model?category=3D%20Printers">3D Printers</a> › <a href="/model?category=Parts">Parts</a></div></div>
<nav class="tabs svelte-4r9vz0"><a href="#details" class="active svelte-4r9vz0">Details</a><a href="#files" class="svelte-4r9vz0">Files (5)</a>
<a href="#makes" class="svelte-4r9vz0">Makes (27)</a><a href="#remixes" class="svelte-4r9vz0">Remixes (3)</a>
<a href="#comments" class="svelte-4r9vz0">Comments (14)</a></nav>
<div class="details svelte-nzw5ye"><h2 class="svelte-nzw5ye">Summary</h2>
<div class="summary svelte-nzw5ye"><p>${pSummary}</p></div>
<h2 class="svelte-nzw5ye">Description</h2><div class="user-inserted svelte-nzw5ye">
${ps(pDesc)}
<h3>Print settings</h3>
<ul>${lis(pSettings)}</ul>
<h3>Fitting and removing</h3>
${ps(pFinal)}
</div>
<div class="tags svelte-nzw5ye"><h2 class="svelte-nzw5ye">Tags</h2>${pTags.map((t) => `<a href="/tag/${t}" class="tag svelte-nzw5ye">${t}</a>`).join(' ')}</div>
<div class="origin svelte-nzw5ye"><h2 class="svelte-nzw5ye">Model origin</h2><p>The author marked this model as their own original creation.</p></div>
<div class="license svelte-nzw5ye"><h2 class="svelte-nzw5ye">License</h2><p>Creative Commons — Attribution — Noncommercial — Share Alike</p></div></div>
<aside class="rails svelte-6dz1h2"><h2 class="svelte-6dz1h2">More from Jana Kovařík</h2><ul>${links(pMore, 'svelte-6dz1h2')}</ul>
<h2 class="svelte-6dz1h2">Related models</h2><ul>${links(pRelated, 'svelte-6dz1h2')}</ul></aside></div></main>
<footer class="svelte-2ty9qh"><ul>${links(pFoot, 'svelte-2ty9qh')}</ul><p class="copy svelte-2ty9qh">© 2026 Prusa Research a.s.</p></footer>
<div class="cookie-bar svelte-1wqbmhq" role="dialog"><p>We use cookies to personalise content and measure how the site is used.</p>
<button class="btn svelte-1wqbmhq">Allow all</button><button class="btn btn-outline svelte-1wqbmhq">Only necessary</button></div>
<script>{ __sveltekit_1u9d0kz = { base: new URL(".", location).pathname.slice(0, -1) }; const element = document.currentScript.parentElement; }</script>
</div></body></html>`;
export const printables: TestPage = {
  name: 'heldout321-printables-model-blog',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: ['Summary', 'Description', 'Print settings', 'Fitting and removing'],
  body: texts([pSummary, ...pDesc, ...pSettings, ...pFinal]),
  bylines: ['Jana Kovařík', 'Published Feb 12, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...pNav, 'Log in', '1 / 6', 'Follow', '312', '4 581', 'Download all model files', '3D Printers', 'Parts', 'Details', 'Files (5)', 'Makes (27)',
    'Remixes (3)', 'Comments (14)', 'Tags', ...pTags, 'Model origin', 'The author marked this model as their own original creation.', 'License',
    'Creative Commons — Attribution — Noncommercial — Share Alike', 'More from Jana Kovařík', ...pMore, 'Related models', ...pRelated, ...pFoot,
    '© 2026 Prusa Research a.s.', 'We use cookies to personalise content and measure how the site is used.', 'Allow all', 'Only necessary',
  ],
};

export const HELDOUT321_B: readonly TestPage[] = [printables, rpiForum];
