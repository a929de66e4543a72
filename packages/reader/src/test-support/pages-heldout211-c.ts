import { links, ps, type TestPage, texts } from './page-kit.js';
import { gameDevPostmortem } from './pages-heldout211-c2.js';

/**
 * Held-out batch 211, file c: a speedrun.com game guide on the Next.js site (the site header with search, "Log in" and
 * "Sign up", the game header with cover, release year, platforms, "Follow" and "Submit run", the game tab bar, breadcrumbs,
 * the guide title with its "Guide by" author line and "Last updated" time, the Markdown guide with headings, ordered and
 * unordered lists, the "Other guides" side list, an ad slot with "Remove ads", the cookie notice, the footer and the
 * __NEXT_DATA__ script that repeats the guide's Markdown) and, from file c2, a Game Developer postmortem.
 */
const srTitle = 'Any% Beginner Route (No Major Skips)';
const srIntro = [
  'This guide walks you through a full Any% run of Pocket Paladin without the two frame-perfect skips used at the top of the ' +
    'leaderboard. A clean run on this route finishes in about 24 minutes, which is a good target before you start learning ' +
    'the harder tricks.',
  'Everything here works on both the PC and Switch versions. Timing starts when you select the save file and ends on the last ' +
    'hit on the Hollow King, as described in the rules.',
];
const srH1 = 'Settings and setup';
const srL1 = [
  'Turn text speed to Instant in the options menu before starting the timer.',
  'Turn screen shake off. It does not change the game speed, but it makes the wall-climb in World 3 much easier to read.',
  'Use the default controls unless you have a strong reason not to. Most video guides assume them.',
];
const srH2 = 'World 1: the Mill';
const srP2 = ['Skip the first shrine. The extra heart is not worth the 20 seconds it costs, and you will pick up two free hearts later.'];
const srL2 = [
  'Take the upper path after the first bridge and jump on the crow to cross the gap.',
  'At the mill wheel, wait for the third paddle before dropping. The first two are a trap and cost a life.',
  'Fight the Miller with the sword only. Hit him twice after each charge and he falls in three cycles.',
];
const srH3 = 'World 2: the Bog';
const srP3 = [
  'This is where most beginner runs die. The lily pads sink after about a second, so keep moving and never stop on one to ' +
    'line up a jump. If you fall in, you respawn at the last checkpoint with no time penalty apart from the walk back.',
  'Collect the Lantern Charm from the hollow tree. It lights the cave in World 3, and without it you will be guessing at the ' + 'ledges in the dark.',
];
const srH4 = 'Worlds 3 and 4';
const srP4 = [
  'In World 3, do the wall-climb on the left side of the cave. The right side is faster by two seconds but needs a buffered ' +
    'jump that is not covered in this guide. World 4 is mostly running; save your dash for the collapsing bridge before the ' +
    'castle gate.',
  'The Hollow King has three phases. Stay on the left pillar in phase two, because his sweep cannot reach it. In phase three, ' +
    'dash through him after every slam and hit from behind.',
];
const srH5 = 'Where to go next';
const srP5 = [
  'Once you can finish consistently in under 25 minutes, learn the Mill Clip from the Skips guide. It saves more time than ' +
    'everything else on this page put together. Ask in the forum if you get stuck; the community is friendly and happy to ' +
    'look at your VODs.',
];
const srNav = ['Games', 'Streams', 'Series', 'News', 'Support'];
const srTabs = ['Leaderboards', 'Guides', 'Resources', 'Forum', 'Streams', 'Stats', 'News'];
const srOther = ['Mill Clip and Skips', 'Hollow King Strategies', 'Setting up LiveSplit for Pocket Paladin', 'Switch vs PC differences'];
const srFoot = ['About', 'Knowledge Base', 'Supporter', 'Terms of Use', 'Privacy Policy', 'Cookie Policy', 'Contact', 'Discord', 'Twitter'];
const srCookie = 'We use cookies to improve your experience and to show personalised advertising. Read our Cookie Policy to learn more.';
const srOl = (a: readonly string[]): string => `<ol class="list-decimal pl-6">${a.map((t) => `<li>${t}</li>`).join('')}</ol>`;
const srUl = (a: readonly string[]): string => `<ul class="list-disc pl-6">${a.map((t) => `<li>${t}</li>`).join('')}</ul>`;
const srH = (t: string): string => `<h2 class="text-lg font-bold mt-4" id="${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}">${t}</h2>`;
const srMd = [srTitle, ...srIntro, srH1, ...srL1, srH2, ...srP2].join('\\n\\n').replace(/"/g, '\\"');
const srHtml = `<!DOCTYPE html>
<html lang="en" class="dark"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Any% Beginner Route (No Major Skips) - Pocket Paladin - Speedrun</title><meta name="description" content="${srIntro[0]?.slice(0, 120)}">
<meta property="og:title" content="${srTitle} - Pocket Paladin - Speedrun"><meta property="og:site_name" content="Speedrun">
<link rel="preload" href="/_next/static/css/7b2f9e1c.css" as="style"><link rel="stylesheet" href="/_next/static/css/7b2f9e1c.css">
<script src="/_next/static/chunks/webpack-a1f4.js" defer></script><script src="/_next/static/chunks/pages/_app-c3d9.js" defer></script></head>
<body><div id="__next"><div class="flex min-h-screen flex-col bg-background">
<header class="sticky top-0 z-40 flex h-14 items-center gap-4 border-b px-4"><a class="flex items-center" href="/" aria-label="Speedrun.com home">
<img src="/images/logo.svg" alt="Speedrun.com" class="h-6"></a><nav class="hidden items-center gap-4 md:flex" aria-label="Site">
<ul class="flex gap-4">${links(srNav, 'text-sm font-medium')}</ul></nav><div class="ml-auto flex items-center gap-2">
<input class="h-9 rounded-md px-3 text-sm" type="search" placeholder="Search..." aria-label="Search">
<a class="x-button-secondary" href="/login">Log in</a><a class="x-button-primary" href="/signup">Sign up</a></div></header>
<div class="x-game-header relative border-b"><div class="container flex items-end gap-4 py-4">
<img class="h-32 w-24 rounded object-cover" src="https://www.speedrun.example/static/game/k6q9n1l1/cover.png" alt="Pocket Paladin">
<div class="flex flex-col gap-1"><a class="text-2xl font-bold" href="/pocketpaladin">Pocket Paladin</a>
<div class="flex gap-2 text-sm text-muted"><span>2021</span><span>PC, Nintendo Switch</span></div>
<div class="flex gap-2"><button class="x-button-secondary" type="button">Follow</button><a class="x-button-primary"
href="/pocketpaladin/runs/new">Submit run</a>
</div></div></div><nav class="container flex gap-1 overflow-x-auto" aria-label="Game"><ul class="flex">${links(srTabs, 'x-tab')}</ul></nav></div>
<main class="container grid grid-cols-1 gap-6 py-6 lg:grid-cols-[1fr_300px]"><div class="flex flex-col gap-4">
<nav aria-label="Breadcrumb" class="text-sm"><ol class="flex gap-1"><li><a href="/pocketpaladin">Pocket Paladin</a></li><li>/</li>
<li><a href="/pocketpaladin/guides">Guides</a></li></ol></nav>
<div class="x-panel rounded-lg border p-4"><h1 class="text-3xl font-bold">${srTitle}</h1>
<div class="mt-2 flex flex-wrap items-center gap-3 text-sm text-muted"><span>Guide by <a class="x-username font-semibold" href="/users/quillshot"
style="color:#e8a33d">quillshot</a></span><span>Last updated <time dateTime="2025-09-03T19:22:11Z" title="2025-09-03 19:22 UTC">3 months ago</time></span></div>
<div class="x-markdown prose mt-4">
${ps(srIntro)}
${srH(srH1)}${srUl(srL1)}
${srH(srH2)}${ps(srP2)}${srOl(srL2)}
${srH(srH3)}${ps(srP3)}
${srH(srH4)}${ps(srP4)}
${srH(srH5)}${ps(srP5)}
</div></div></div>
<aside class="flex flex-col gap-4"><div class="x-panel rounded-lg border p-4"><h2 class="text-base font-semibold">Other guides</h2>
<ul class="mt-2 flex flex-col gap-2 text-sm">${links(srOther)}</ul><a class="mt-2 text-sm" href="/pocketpaladin/guides">View all</a></div>
<div class="x-ad-slot flex flex-col items-center" id="pocketpaladin_sidebar_ad"><span class="text-xs text-muted">Advertisement</span>
<div class="h-[250px] w-[300px]"></div><a class="text-xs" href="/supporter">Remove ads</a></div></aside></main>
<div class="fixed bottom-0 z-50 w-full border-t p-4" role="dialog" aria-label="Cookie notice"><p class="text-sm">${srCookie}</p>
<button class="x-button-primary" type="button">Accept</button><button class="x-button-secondary" type="button">Manage</button></div>
<footer class="mt-auto border-t"><div class="container flex flex-wrap gap-4 py-6 text-sm"><ul class="flex flex-wrap gap-4">${links(srFoot)}</ul>
<p class="text-muted">© 2025 Speedrun.com</p></div></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"guide":{"id":"y8m3q1","name":"${srTitle}",
"text":"${srMd}","userId":"quillshot","date":1756927331}}},"page":"/[game]/guides/[guide]","query":{"game":"pocketpaladin"},"buildId":"Zp3k_u1"}</script>
</body></html>`;
const speedrun: TestPage = {
  html: srHtml,
  name: 'heldout211-speedrun-game-guide',
  kind: 'docs',
  // the game header, tabs, breadcrumbs and "Other guides" are furniture; the guide's h2s are the headings
  title: srTitle,
  headings: [srH1, srH2, srH3, srH4, srH5],
  body: texts([...srIntro, ...srL1, ...srP2, ...srL2, ...srP3, ...srP4, ...srP5]),
  bylines: ['Guide by quillshot', 'Last updated 3 months ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...srNav, 'Log in', 'Sign up', 'Pocket Paladin', '2021', 'PC, Nintendo Switch', 'Follow', 'Submit run', ...srTabs, 'Other guides', ...srOther,
    'View all', 'Advertisement', 'Remove ads', srCookie, 'Accept', 'Manage', ...srFoot, '© 2025 Speedrun.com',
  ],
};

export const HELDOUT211_C: readonly TestPage[] = [speedrun, gameDevPostmortem];
