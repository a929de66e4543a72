import { links, type TestPage, texts } from './page-kit.js';
import { steamGuide } from './pages-heldout376-c2.js';
import { j } from './pages-heldout376-kit.js';

/**
 * Held-out batch 376, file c: a speedrun.com-style guide page in Next.js and Tailwind markup with a short body (site nav,
 * the game header with its tabs, the guide list sidebar, the author and "updated" line, a code-styled input notation, the
 * "Report" link, the follow / boost buttons, the footer and the consent prompt) and, from file c2, a Steam community guide.
 */
const sTitle = 'Any% Route Explained (v1.3)';
const sHeads = ['Setup', 'The Route', 'Common Mistakes'];
const sIntro = [
  j(
    'This is the route used for every Any% record since the 1.3 patch. It skips the second world entirely with the chimney clip',
    'and finishes in a little under nineteen minutes when everything goes right.',
  ),
];
const sSetup = [
  'Play on the PC version with the in-game timer turned on; runs are timed without loads.',
  'Turn off screen shake in the options. It does not change the game, but it makes the clip much easier to see.',
  'Bind dash and jump to keys you can press in the same frame. Most runners use Shift and Space.',
];
const sRoute = [
  j(
    'Start by collecting only the first two acorns in the Meadow; the third costs eight seconds and is only needed for the',
    'double jump, which this route never uses.',
  ),
  j(
    'In the Bakery, stand on the left edge of the oven and press dash + jump on the frame the chimney smoke appears. Pipkin',
    'clips into the chimney and lands in world three. The input is written in the notes as',
    '<code>DASH+JUMP @ smoke</code>.',
  ),
  j(
    'From the Clocktower, take the lower path and ignore the keys. The final boss takes four hits; hit it from the platforms',
    'on the right, where its sweep cannot reach you.',
  ),
];
const sMist = [
  'Pressing jump one frame late in the Bakery sends you back to the oven, which costs about four seconds.',
  'Taking the upper path in the Clocktower looks faster but has a locked door at the end.',
];
const sNav = ['Games', 'Streams', 'News', 'Forums', 'Supporter'];
const sTabs = ['Leaderboards', 'Guides', 'Resources', 'Forums', 'Streams', 'Stats'];
const sGuides = ['Any% Route Explained (v1.3)', 'Chimney Clip Frame Data', 'All Acorns Route', 'Beginner Tips'];
const sFoot = ['About', 'Blog', 'Terms of Service', 'Privacy Policy', 'Knowledge Base', 'Status'];
const sHtml = `<!DOCTYPE html>
<html lang="en" class="dark"><head><meta charset="utf-8"><title>Any% Route Explained (v1.3) - Pipkin's Dash - speedrun.com</title>
<meta name="description" content="The Any% route for Pipkin's Dash since patch 1.3, with the chimney clip.">
<meta property="og:site_name" content="speedrun.com"><meta name="viewport" content="width=device-width, initial-scale=1">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${sTitle}","author":{"@type":"Person",
"name":"lumenbyte"}}</script>
<link rel="stylesheet" href="/_next/static/css/app-4c21.css"></head>
<body class="bg-around-900 text-on-around-900"><div id="__next"><div class="flex min-h-screen flex-col">
<header class="sticky top-0 z-40 flex h-14 items-center gap-4 bg-around-950 px-4"><a href="/" class="x-logo" aria-label="speedrun.com"></a>
<nav class="hidden md:flex"><ul class="flex gap-2">${links(sNav, 'x-nav-item')}</ul></nav>
<div class="ml-auto flex gap-2"><a class="x-btn" href="/login">Log in</a><a class="x-btn x-btn-primary" href="/signup">Sign up</a></div></header>
<div class="x-game-header relative"><div class="flex items-end gap-4 px-4 py-6"><img class="h-24 w-18 rounded" src="/static/game/pipkin/cover.png" alt="">
<div><div class="text-2xl font-bold">Pipkin's Dash</div><div class="text-sm text-on-around-400">2024 · PC, Switch</div></div>
<div class="ml-auto flex gap-2"><button class="x-btn">Follow</button><button class="x-btn">Boost</button></div></div>
<nav class="x-game-tabs flex gap-1 px-4"><ul class="flex">${links(sTabs, 'x-tab')}</ul></nav></div>
<main class="mx-auto grid w-full max-w-screen-xl grid-cols-12 gap-4 p-4"><aside class="col-span-3"><div class="x-panel">
<div class="x-panel-title">Guides</div><ul class="flex flex-col">${links(sGuides, 'x-list-item')}</ul></div></aside>
<div class="col-span-9"><div class="x-panel p-6"><h1 class="text-2xl font-bold">${sTitle}</h1>
<div class="mt-1 flex gap-2 text-sm text-on-around-400"><span>By <a href="/users/lumenbyte" class="x-username">lumenbyte</a></span>
<span>Updated <time datetime="2025-12-02T18:00:00Z" title="2025-12-02">3 months ago</time></span></div>
<div class="prose prose-invert mt-4 max-w-none"><p>${sIntro[0] ?? ''}</p>
<h2>${sHeads[0] ?? ''}</h2><ul>${sSetup.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>${sHeads[1] ?? ''}</h2><ol>${sRoute.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<h2>${sHeads[2] ?? ''}</h2><ul>${sMist.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>
<div class="mt-6 flex justify-end text-xs"><a href="/report?guide=9f2c">Report</a></div></div></div></main>
<footer class="mt-auto border-t border-around-700 px-4 py-6 text-sm"><ul class="flex gap-4">${links(sFoot)}</ul>
<p class="mt-2">© 2026 Speedrun.com. Game content and materials are trademarks of their respective owners.</p></footer></div>
<div class="fixed bottom-4 left-4 z-50 x-consent" role="dialog"><p>We use cookies for essential site features and, with your consent, for ads.</p>
<button class="x-btn x-btn-primary">Accept</button><button class="x-btn">Reject non-essential</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"guide":{"id":"9f2c","gameId":"pipkin"}}},"page":"/[game]/guides/[id]"}</script>
</body></html>`;
const speedrun: TestPage = {
  name: 'heldout376-speedrun-com-guide-docs',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: texts([...sIntro, ...sSetup, ...sRoute, ...sMist]),
  bylines: ['By lumenbyte', 'Updated 3 months ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...sNav, 'Log in', 'Sign up', "Pipkin's Dash", '2024 · PC, Switch', 'Follow', 'Boost', ...sTabs.filter((t) => t !== 'Forums' && t !== 'Streams'),
    ...sGuides.slice(1), 'Report', ...sFoot, '© 2026 Speedrun.com. Game content and materials are trademarks of their respective owners.',
    'We use cookies for essential site features and, with your consent, for ads.', 'Accept', 'Reject non-essential',
  ],
};

export const HELDOUT376_C: readonly TestPage[] = [speedrun, steamGuide];
