import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout384-kit.js';

/**
 * Held-out batch 384, file f2: a Raycast Store extension page as the Next.js site saves it (CSS-module class names with
 * hashes, __NEXT_DATA__ script): the site navigation, the store breadcrumb, the extension header with author, install
 * count and "Install Extension", the Commands list with their descriptions, the README with h2 sections, the metadata side
 * column (categories, contributors, last update, source code), "More from this author" and the footer.
 * The Commands list is the extension's own documentation and counts as body (its h2 as a heading).
 */
const rTitle = 'Glasswing Clipboard Stacks';
const rCmds: readonly (readonly [string, string])[] = [
  ['Push to Stack', 'Adds the current selection or clipboard to the top of the active stack.'],
  ['Paste Next from Stack', 'Pastes the oldest item and removes it, so items come out in the order they went in.'],
  ['Browse Stacks', 'Lists every stack with a preview of its items, ready to search, reorder or clear.'],
];
const rIntro = [
  j(
    'Glasswing keeps named stacks of text that you fill with one shortcut and empty with another. It is made for the jobs where you',
    'copy ten things in one window and paste them, in order, somewhere else: moving addresses into a form, building a list of links',
    'for a report, or collecting error messages from a long log.',
  ),
];
const rUse = [
  j(
    'Run <strong>Push to Stack</strong> while text is selected in any app. Glasswing stores it in the active stack, which you can',
    'switch from the action panel. When you are ready, focus the destination and run <strong>Paste Next from Stack</strong>',
    'once for each item.',
  ),
  j(
    'Assign both commands to hotkeys in Raycast settings for the fastest flow. Many people use Option+C and Option+V, which leaves',
    'the normal clipboard shortcuts alone.',
  ),
];
const rPrefs = [
  'Default stack: the stack used when you have not chosen one.',
  'Order: first in, first out, or last in, first out for undo-style workflows.',
  'Keep after paste: leave items in the stack instead of removing them.',
  'Trim whitespace: remove spaces and line breaks around each item before it is stored.',
];
const rPriv = [
  j(
    "Stacks are saved in Raycast's local storage for the extension and are never synced or sent anywhere. Clearing a stack deletes",
    'its items at once; there is no hidden history.',
  ),
];
const rNav = ['Store', 'Pro', 'Teams', 'AI', 'Developers', 'Blog', 'Pricing', 'Changelog'];
const rMore = ['Glasswing Snippet Shelf', 'Glasswing Window Notes'];
const rFoot = ['Privacy Policy', 'Terms of Service', 'Status', 'Press Kit', 'Careers', 'Community'];
const m = (s: string): string => `ExtensionPage_${s}`;
const rHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${rTitle} - Raycast Store</title>
<meta name="description" content="Named clipboard stacks: push items in, paste them out in order."><meta property="og:title" content="${rTitle}">
<meta property="og:image" content="https://www.raycast.com/api/og?ext=glasswing-stacks">
<link rel="canonical" href="https://www.raycast.com/mirelo/glasswing-stacks">
<link rel="preload" href="/_next/static/css/8a1b2c3d.css" as="style"><link rel="stylesheet" href="/_next/static/css/8a1b2c3d.css" data-n-g></head>
<body><div id="__next"><div class="Layout_root__x9TqL"><nav class="Navigation_nav__b3LrT"><a class="Navigation_logo__Kd8sR" href="/">Raycast</a>
<ul class="Navigation_links__q2WnZ">${links(rNav, 'Navigation_item__mP4tx')}</ul><a class="Button_base__Vt7pF" href="/#download">Download</a></nav>
<main class="${m('main__2hW1s')}"><div class="${m('breadcrumbs__Lm0aQ')}"><a href="/store">Store</a> / <span>${rTitle}</span></div>
<header class="${m('header__R5tNe')}"><img class="${m('icon__Wq2bM')}" src="https://files.raycast.example/glasswing/icon.png" alt="">
<div class="${m('headerText__c8PxH')}"><h1 class="${m('title__Fz1Yp')}">${rTitle}</h1>
<div class="${m('author__Gu4Ws')}"><img src="https://avatars.raycast.example/mirelo.png" alt=""><a href="/mirelo">Mirela Okonjo</a></div>
<span class="${m('installs__Jt3Dk')}">18,902 Installs</span></div>
<div class="${m('actions__Hp8Ws')}"><a class="Button_primary__Qm3Ty" href="raycast://extensions/mirelo/glasswing-stacks">Install Extension</a></div></header>
<div class="${m('layout__Eb6Vn')}"><div class="${m('content__Rk2Lc')}"><section class="${m('commands__Yp9Qa')}">
<h2 class="${m('sectionTitle__Mn4Hr')}">Commands</h2>
<ul>${rCmds.map(([n, d]) => `<li class="${m('command__Zx5Lb')}"><h3 class="${m('commandTitle__Ud2Pk')}">${n}</h3><p>${d}</p></li>`).join('\n')}</ul></section>
<section class="${m('readme__Tc7Ov')}"><h2 class="${m('sectionTitle__Mn4Hr')}">README</h2><div class="Markdown_markdown__Pq8Sa">
${ps(rIntro)}
<p><img src="https://files.raycast.example/glasswing/metadata/stacks-1.png" alt="Browse Stacks with two stacks"></p>
<h2>Using stacks</h2>${ps(rUse)}
<h2>Preferences</h2><ul>${rPrefs.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>Privacy</h2>${ps(rPriv)}
</div></section></div>
<aside class="${m('sidebar__Kw3Ge')}"><div class="${m('meta__Aa1Rb')}"><h4>Categories</h4><ul>${links(['Productivity', 'Developer Tools'])}</ul></div>
<div class="${m('meta__Aa1Rb')}"><h4>Contributors</h4><ul>${links(['Tomasz Reyl'])}</ul></div>
<div class="${m('meta__Aa1Rb')}"><h4>Last updated</h4><p><time datetime="2026-02-06">6 Feb 2026</time></p></div>
<div class="${m('meta__Aa1Rb')}"><h4>Requirements</h4><p>macOS · Raycast 1.70 or later</p></div>
<div class="${m('meta__Aa1Rb')}"><a href="https://github.example/raycast/extensions/tree/main/extensions/glasswing-stacks">View Source Code</a>
<a href="https://github.example/raycast/extensions/issues/new?template=extension_bug_report.yml">Report Bug</a></div></aside></div>
<section class="${m('moreFrom__Dp5Yt')}"><h3>More from Mirela Okonjo</h3><ul>${links(rMore)}</ul></section></main>
<footer class="Footer_footer__V2nXs"><ul>${links(rFoot)}</ul><p>© 2026 Raycast Technologies Ltd.</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"extension":{"name":"glasswing-stacks","title":"${rTitle}",
"author":{"handle":"mirelo"},"download_count":18902}}},"page":"/[author]/[extension]","query":{},"buildId":"Zk3pQ0vF","isFallback":false}</script>
<script src="/_next/static/chunks/main-7c2d.js" defer></script></body></html>`;
export const raycastExtension: TestPage = {
  name: 'heldout384-raycast-store-extension',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: ['Commands', ...rCmds.map(([n]) => n), 'Using stacks', 'Preferences', 'Privacy'],
  body: texts([...rCmds.map(([, d]) => d), ...rIntro, ...rUse, ...rPrefs, ...rPriv]),
  bylines: ['Mirela Okonjo', '6 Feb 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...rNav.filter((t) => t.length > 2), 'Download', '18,902 Installs', 'Install Extension', 'README', 'Categories', 'Productivity', 'Developer Tools',
    'Contributors',
    'Tomasz Reyl', 'Last updated', 'Requirements', 'macOS · Raycast 1.70 or later', 'View Source Code', 'Report Bug', 'More from Mirela Okonjo', ...rMore,
    ...rFoot, '© 2026 Raycast Technologies Ltd.',
  ],
};
