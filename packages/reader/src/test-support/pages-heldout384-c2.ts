import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout384-kit.js';

/**
 * Held-out batch 384, file c2: an Obsidian community plugin page on obsidian.md (a client-rendered page: the site header,
 * the "Back to plugins" link, the plugin card with author, downloads, update date and Install / Repository buttons, the
 * plugin README rendered with Obsidian's markdown-rendered classes, including a callout and a table, the "More plugins"
 * rail and the site footer).
 */
const oTitle = 'Tidewater Daily Review';
const oIntro = [
  j(
    'Tidewater Daily Review gathers the notes you created, edited or linked to today into one review note, so that the end of the',
    'day becomes a short, calm look back instead of a hunt through the file explorer.',
  ),
];
const oHow = [
  j(
    'When you run the <strong>Open daily review</strong> command, the plugin looks at the modification times and the link graph of',
    'your vault and builds a note in your review folder. Each entry shows the note title, the first heading you touched and any',
    'unchecked tasks, so you can decide what carries over to tomorrow.',
  ),
  j(
    'The review note is an ordinary Markdown file. You can write in it, link from it and keep it; the plugin only rewrites the block',
    'between its own start and end markers, and leaves anything you add above or below untouched.',
  ),
];
const oCallout = 'Tidewater never changes the notes it lists. It only reads them and writes to the review note itself.';
const oSetRows: readonly (readonly [string, string])[] = [
  ['Review folder', 'Where review notes are created. Defaults to Reviews/.'],
  ['Look-back window', 'How many hours count as "today". Useful if you work past midnight.'],
  ['Skip folders', 'Folders that are never listed, such as templates or attachments.'],
  ['Carry tasks', 'Copy unchecked tasks into a "Tomorrow" section of the review.'],
];
const oTips = [
  'Bind the command to a hotkey and run it as the last thing before you close the app.',
  'Combine it with a weekly note: the plugin can link each review to the week it belongs to.',
  'On mobile the review is built on demand only, to save battery; nothing runs in the background.',
];
const oThanks = [
  j(
    'This plugin started as a script in my own vault during a long winter of thesis writing. Thanks to everyone on the forum who',
    'tested the early versions and reported the midnight bug.',
  ),
];
const oSet = oSetRows.flatMap((r) => [...r]);
const oNav = ['Download', 'Pricing', 'Sync', 'Publish', 'Community', 'Account'];
const oMore = ['Harbor Kanban', 'Quiet Outline', 'Ledger Templates'];
const oFoot = ['Overview', 'Help', 'Developers', 'Roadmap', 'Changelog', 'About', 'Blog', 'Careers', 'Merch', 'Brand', 'Privacy', 'Terms', 'Security'];
const oHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${oTitle} - Obsidian Plugin</title>
<meta name="description" content="Collects the notes you touched today into one review note.">
<meta property="og:title" content="${oTitle} - Obsidian Plugin"><meta property="og:image" content="https://obsidian.md/images/banner.png">
<link rel="canonical" href="https://obsidian.md/plugins?id=tidewater-daily-review"><link rel="stylesheet" href="/css/site.css?v=2214">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SoftwareApplication","name":"${oTitle}",
"author":{"@type":"Person","name":"Rhiannon Abeles"},"applicationCategory":"Plugin"}</script></head>
<body class="theme-dark page-plugins"><div id="app"><header class="site-header"><div class="site-header-inner">
<a class="site-header-logo" href="/">Obsidian</a><nav class="site-header-nav"><ul>${links(oNav, 'site-header-nav-item')}</ul></nav></div></header>
<main class="site-body"><div class="community-item-page"><a class="community-item-back" href="/plugins">← Back to plugins</a>
<div class="community-item-header"><div class="community-item-header-info"><h1 class="community-item-name">${oTitle}</h1>
<div class="community-item-author">by <a href="https://github.example/rabeles">Rhiannon Abeles</a></div>
<div class="community-item-stats"><span class="community-item-downloads">21,406 downloads</span>
<span class="community-item-updated">Updated 12 days ago</span><span class="community-item-version">v1.9.0</span></div>
<p class="community-item-desc">Collects the notes you touched today into one review note.</p></div>
<div class="community-item-actions"><a class="button mod-cta" href="obsidian://show-plugin?id=tidewater-daily-review">Install</a>
<a class="button" href="https://github.example/rabeles/tidewater-daily-review">Repository</a></div></div>
<div class="community-item-readme markdown-preview-view markdown-rendered"><div class="markdown-preview-sizer markdown-preview-section">
<div class="mod-header"></div>
<div><h1 data-heading="${oTitle}" dir="auto">${oTitle}</h1></div>
<div>${ps(oIntro, ' dir="auto"')}</div>
<div><p dir="auto"><img alt="A review note built at the end of a working day" src="https://raw.github.example/rabeles/tidewater/main/docs/review.png"></p></div>
<div><h2 data-heading="How it works" dir="auto">How it works</h2></div>
<div>${ps(oHow, ' dir="auto"')}</div>
<div><div data-callout="note" class="callout"><div class="callout-title"><div class="callout-title-inner">Note</div></div>
<div class="callout-content"><p dir="auto">${oCallout}</p></div></div></div>
<div><h2 data-heading="Settings" dir="auto">Settings</h2></div>
<div><table><thead><tr><th dir="auto">Setting</th><th dir="auto">What it does</th></tr></thead><tbody>
${oSetRows.map(([a, b]) => `<tr><td dir="auto">${a}</td><td dir="auto">${b}</td></tr>`).join('\n')}</tbody></table></div>
<div><h2 data-heading="Tips" dir="auto">Tips</h2></div>
<div><ul>${oTips.map((t) => `<li data-line="0" dir="auto">${t}</li>`).join('\n')}</ul></div>
<div><h2 data-heading="Thanks" dir="auto">Thanks</h2></div>
<div>${ps(oThanks, ' dir="auto"')}</div>
</div></div>
<section class="community-more"><h3 class="community-more-title">More plugins</h3><ul class="community-more-list">${links(oMore, 'community-card')}</ul>
</section>
</div></main>
<footer class="site-footer"><div class="site-footer-columns"><ul class="site-footer-list">${links(oFoot)}</ul></div>
<div class="site-footer-bottom">© 2026 Obsidian</div></footer></div>
<script src="/js/plugins.js?v=2214" defer></script></body></html>`;
export const obsidianPlugin: TestPage = {
  name: 'heldout384-obsidian-community-plugin',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: ['How it works', 'Settings', 'Tips', 'Thanks'],
  body: texts([...oIntro, ...oHow, oCallout, ...oSet, ...oTips, ...oThanks]),
  bylines: ['Rhiannon Abeles', 'Updated 12 days ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Obsidian', ...oNav, '← Back to plugins', '21,406 downloads', 'v1.9.0', 'Collects the notes you touched today into one review note.', 'Install',
    'Repository', 'Note', 'More plugins', ...oMore, ...oFoot, '© 2026 Obsidian',
  ],
};
