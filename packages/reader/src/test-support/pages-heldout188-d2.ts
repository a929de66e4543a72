import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 188, file d2: a Printables model page (the Svelte app's header with "Models", "Contests", "Education",
 * "Events", "Store", "Upload" and "Log in", the breadcrumb, the title with the author card and "Follow", the stats row with its
 * sr-only labels, "Download", "Like", "Add to collection" and "Share", the tab bar with counts, the summary line above the
 * description, the description with its own headings and a parts table, the "Model information" sidebar with origin, licence,
 * category, dates and tag chips, the "Comments" teaser, the "More from this author" rail and the footer with its newsletter box).
 */
const prTitle = 'Fold-Flat Dish Rack with Print-in-Place Hinges';
const prSummary = 'A two-level dish drying rack that folds to 28 mm thick and hangs inside a cupboard door when you do not need it.';
const prP1 = [
  'Our kitchen has about forty centimetres of free worktop, and a dish rack that lives there permanently was taking up half of it. ' +
    'This one opens up when the washing-up starts and folds flat when it is done. The hinges print in place, so there is no ' +
    'hardware to buy apart from two small cup hooks for the cupboard door.',
];
const prH1 = 'Printing';
const prP2 = [
  'Everything prints flat on the bed with no supports. The hinge clearances are set for a 0.4 mm nozzle and 0.2 mm layers; if your ' +
    'printer tends to over-extrude, use the “loose” variant of the side frames, which has an extra 0.1 mm of gap.',
  'Print in PETG. The rack spends its life wet and warm, and PLA will creep under the weight of plates within a month. The print ' +
    'profiles attached to this model are the ones I use on my MK4S and on a friend’s Core One.',
];
const prH2 = 'Parts';
const prRows = [
  ['Side frame (left and right)', '2', 'About 2 h 40 min each'],
  ['Plate rail', '3', 'About 1 h 10 min each'],
  ['Cup shelf', '1', 'About 3 h 5 min'],
  ['Cutlery pot', '1', 'About 1 h 50 min'],
] as const;
const prH3 = 'Assembly and use';
const prList = [
  'After printing, work each hinge back and forth a few times until it moves freely. A drop of washing-up liquid helps.',
  'Snap the plate rails into the side frames, longest rail at the back.',
  'Clip the cup shelf on to the upper pegs and hang the cutlery pot on either side.',
  'To store it, lift the cup shelf off, fold the frames inwards and hang the rack on two cup hooks 180 mm apart.',
];
const prP3 = [
  'The lower level takes eight dinner plates and the upper shelf holds six mugs or glasses upside down. Put a folded tea towel ' +
    'under it, or print the optional drip tray, which needs a printer with a bed of at least 250 mm.',
  'If you make one, please post a make. I would particularly like to know how the hinges behave on printers other than Prusas.',
];
const prNav = ['Models', 'Contests', 'Education', 'Events', 'Store', 'Upload', 'Log in'];
const prCrumbs = ['3D Models', 'Household', 'Kitchen'];
const prStats = [
  ['Downloads', '3,418'],
  ['Likes', '921'],
  ['Makes', '36'],
] as const;
const prActions = ['Download', 'Like', 'Add to collection', 'Share', 'Report'];
const prTabs = ['Details', 'Files 9', 'Print Profiles 3', 'Makes 36', 'Remixes 2', 'Comments 14'];
const prInfo = [
  ['Model origin', 'The author is the original creator of this model.'],
  ['License', 'Creative Commons — Attribution — Noncommercial — Share Alike'],
  ['Category', 'Household > Kitchen'],
  ['Published', 'Oct 28, 2025'],
  ['Updated', 'Nov 9, 2025'],
] as const;
const prTags = ['dish rack', 'kitchen', 'print in place', 'foldable', 'petg'];
const prMore = ['Tea towel hook for cupboard doors', 'Sponge holder with drain', 'Spice jar riser, 3 steps'];
const prFoot = ['About Printables', 'Contact', 'FAQ', 'Terms of Use', 'Privacy Policy', 'Cookie settings', 'Prusa Research'];
const prNews = ['Get the best of Printables in your inbox', 'Email address', 'Subscribe'] as const;
const prAmp = (t: string): string => t.replace(/&/g, '&amp;').replace(/>/g, '&gt;');
const prHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${prTitle} by Kestrel Ward | Download free STL model | Printables.com</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${prSummary}">
<meta property="og:title" content="${prTitle} by Kestrel Ward | Download free STL model | Printables.com"><meta property="og:type" content="website">
<link rel="canonical" href="https://www.printables.example/model/1428806-fold-flat-dish-rack-with-print-in-place-hinges">
<link rel="stylesheet" href="https://www.printables.example/_app/immutable/assets/0.b3e1c9a2.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"3DModel","name":"${prTitle}","author":{"@type":"Person","name":"Kestrel Ward"},
"datePublished":"2025-10-28","license":"https://creativecommons.org/licenses/by-nc-sa/4.0/"}</script></head>
<body data-sveltekit-preload-data="hover"><div style="display: contents"><header class="svelte-1ofuhb5"><a href="/" class="logo svelte-1ofuhb5"
aria-label="Printables"></a><nav class="main-nav svelte-1ofuhb5"><ul>${links(prNav.slice(0, 5), 'svelte-1ofuhb5')}</ul></nav><div class="search svelte-9r2kq1">
<input type="search" placeholder="Search models" aria-label="Search models"></div><a class="btn btn-primary svelte-1ofuhb5" href="/model/upload">Upload</a>
<a class="btn svelte-1ofuhb5" href="/login">Log in</a></header>
<main class="svelte-ac8c41"><nav class="breadcrumbs svelte-2cw1po" aria-label="breadcrumbs"><ol>${prCrumbs
  .map(
    (t) => `<li><a
href="/model">${t}</a></li>`,
  )
  .join('')}</ol>
</nav><div class="model-header svelte-1yfc4mx"><h1 class="svelte-1yfc4mx">${prTitle}</h1><div class="user-card svelte-k9s4a1"><img alt="" src="/av.jpg">
<a class="user-link svelte-k9s4a1" href="/@kestrelprints_88213">Kestrel Ward</a><span class="user-handle">@kestrelprints</span>
<button class="btn btn-follow svelte-k9s4a1" type="button">Follow</button></div>
<div class="stats svelte-6qv3rm">${prStats.map(([k, v]) => `<span class="stat"><span class="sr-only">${k}</span><span>${v}</span></span>`).join('')}</div>
<div class="actions svelte-6qv3rm">${prActions.map((t) => `<button class="btn svelte-6qv3rm" type="button">${t}</button>`).join('')}</div></div>
<div class="gallery svelte-3eb0j0"><img alt="${prTitle}"
src="https://media.printables.example/media/prints/1428806/images/rack_open.webp"><span>1/9</span></div>
<nav class="tabs svelte-ppa1ds" role="tablist">${prTabs.map((t) => `<a role="tab" href="#">${t}</a>`).join('')}</nav>
<div class="model-detail svelte-1b1ka0l"><div class="main-column"><p class="summary svelte-1b1ka0l">${prSummary}</p>
<div class="user-inserted svelte-1b1ka0l">${ps(prP1)}<h3>${prH1}</h3>${ps(prP2)}<h3>${prH2}</h3><table><thead><tr><th>Part</th><th>Qty</th>
<th>Print time</th></tr></thead><tbody>${prRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
<h3>${prH3}</h3><ol>${prList.map((t) => `<li>${t}</li>`).join('')}</ol>${ps(prP3)}</div>
<section class="comments-teaser svelte-qx21bd"><h2>Comments</h2><p>Log in to join the discussion</p><a href="#">Show all 14 comments</a></section></div>
<aside class="sidebar svelte-1b1ka0l"><h2 class="svelte-1b1ka0l">Model information</h2><dl>
${prInfo.map(([k, v]) => `<dt>${k}</dt><dd>${prAmp(v)}</dd>`).join('\n')}</dl><h3>Tags</h3><div class="tags">${prTags
  .map(
    (t) => `<a
class="tag">${t}</a>`,
  )
  .join('')}
</div><h3>More from this author</h3><ul>${links(prMore)}</ul></aside></div></main>
<footer class="svelte-g7wy2l"><div class="newsletter"><h3>${prNews[0]}</h3><input type="email" placeholder="${prNews[1]}" aria-label="${prNews[1]}">
<button type="button">${prNews[2]}</button></div><ul>${links(prFoot)}</ul><p>© 2025 Prusa Research a.s.</p></footer>
<script type="module">import { start } from '/_app/immutable/entry/start.7f1e2b.js'; start({ target: document.body });</script></div></body></html>`;
export const printablesModel: TestPage = {
  html: prHtml,
  name: 'heldout188-printables-model-wiki',
  kind: 'wiki',
  // the summary line above the description is body (a dek); the parts table's data cells are body, its header cells in neither
  // list; the author's name and handle and the "Published"/"Updated" dates are bylines; stats, buttons, tabs, the comments
  // teaser, the "Model information" sidebar, tags, the "More from this author" rail, newsletter and footer are furniture
  title: prTitle,
  headings: [prH1, prH2, prH3],
  body: texts([prSummary, ...prP1, ...prP2, ...prRows.flat(), ...prList, ...prP3]),
  bylines: ['Kestrel Ward', '@kestrelprints', 'Oct 28, 2025', 'Nov 9, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...prNav, ...prCrumbs, 'Follow', ...prStats.flat(), ...prActions, '1/9', ...prTabs, 'Comments', 'Log in to join the discussion',
    'Show all 14 comments', 'Model information', ...prInfo.flatMap(([k, v]) => (k === 'Published' || k === 'Updated' ? [k] : [k, v])), 'Tags', ...prTags,
    'More from this author', ...prMore, prNews[0], prNews[2], ...prFoot, '© 2025 Prusa Research a.s.',
  ],
};
