import { links, type TestPage, texts } from './page-kit.js';
import { congoPost } from './pages-heldout165-a2.js';

/**
 * Held-out batch 165, file a: a personal Hugo blog post with the Blowfish theme (skip link, the main menu with its search
 * button and appearance switcher, the hidden mobile menu that repeats the nav, breadcrumbs, the date / reading time / views
 * meta line, tag badges, the author box above the text, the sticky "Table of Contents" that repeats the headings, "#" anchors
 * inside every h2, figure captions, the share bar, the "Related" cards, prev/next links, the hidden search modal and the
 * footer) and, from file a2, a Hugo blog post with the Congo theme.
 */
const bfTitle = 'Three winters of heating a stone cottage with a heat pump';
const bfP1 = [
  'When we bought the cottage at Glenvarra in 2022 it was heated by an oil boiler that was older than I am and a wood stove ' +
    'that smoked whenever the wind came from the east. The oil tank was leaking into the garden. Replacing it with another ' +
    'oil boiler would have been the easy thing to do, and almost everybody in the village told us to do exactly that.',
  'We fitted an air-to-water heat pump instead. After three winters I have enough data to say what worked, what did not, and ' +
    'what I would change if I were starting again with a house built from half a metre of granite.',
];
const bfH1 = 'The house';
const bfP2 = [
  'The cottage is a single storey with a loft conversion, about 110 square metres in all. The walls are solid stone with no ' +
    'cavity, the windows were single glazed when we arrived, and the floor in the kitchen was laid straight onto earth. In other ' +
    'words it is exactly the kind of building heat pump sceptics point to.',
  'Before the installation we did three things: we replaced the windows, we insulated the loft to 300 mm, and we lifted the ' +
    'kitchen floor to put in 100 mm of insulation under a new slab. We did not touch the walls, because internal insulation on ' +
    'damp stone worried us more than the heat loss did.',
];
const bfH2 = 'Sizing and radiators';
const bfP3 = [
  'The installer’s heat loss survey came out at 7.4 kW at minus three degrees outside. We went with an 8 kW unit, which in ' +
    'hindsight was right: on the coldest night of last winter, minus seven, it ran flat out for six hours and the living room ' +
    'dropped from 20 to 18.5 degrees before the sun came up.',
  'Seven of the eleven radiators were replaced with larger ones so the system could run at a flow temperature of 45 degrees ' +
    'instead of 65. This was the single most important decision. A heat pump running hot is an expensive heat pump.',
];
const bfH3 = 'What it cost to run';
const bfP4 = ['Here is the electricity the heat pump used, measured on its own meter, for each heating season from October to April:'];
const bfList = [
  '2022 to 2023: 5,930 kWh, with a seasonal efficiency of 2.9.',
  '2023 to 2024: 5,210 kWh, with a seasonal efficiency of 3.3.',
  '2024 to 2025: 4,870 kWh, with a seasonal efficiency of 3.5.',
];
const bfP5 = [
  'The improvement came almost entirely from changing how we ran it. In the first winter we used a timer and let the house cool ' +
    'at night, as we had with the oil boiler. From the second winter we left it running all day at a steady setting and let ' +
    'weather compensation do the work. The house stayed warmer and used less electricity.',
];
const bfH4 = 'What I would do differently';
const bfP6 = [
  'I would have put the outdoor unit on the south gable rather than the north wall. It defrosts several times a day in damp ' +
    'weather, and each defrost cycle takes heat back out of the house.',
  'I would also have asked for a larger hot water cylinder. Ours is 170 litres, which is fine for two people and not fine ' +
    'when my sister’s family comes to stay at New Year.',
  'But I would do it again. The cottage has never been warmer, the oil tank is gone from the garden, and the stove is now ' +
    'something we light because we want to, not because we have to.',
];
const bfNav = ['Posts', 'Projects', 'Notes', 'About'];
const bfCrumbs = ['Glenvarra Notes', 'Posts'];
const bfTags = ['Heat Pumps', 'Retrofit', 'Energy'];
const bfBio = 'Engineer, amateur stonemason and reluctant plumber. Writing about an old house in the hills.';
const bfCaption = 'The outdoor unit on the north wall, before we built the timber screen around it.';
const bfRelated = [
  { t: 'Lifting a kitchen floor without losing your mind', d: '14 May 2023', m: '9 mins' },
  { t: 'A year of logging room temperatures with cheap sensors', d: '2 December 2023', m: '6 mins' },
  { t: 'Secondary glazing versus new windows', d: '20 August 2024', m: '5 mins' },
];
const bfPrev = 'Replacing a lead water main in a day';
const bfNext = 'The stove we kept, and why';
const bfFoot = ['Tags', 'RSS', 'Contact'];
const bfH = (id: string, t: string): string => `<h2 class="relative group">${t}
<div id="${id}" class="anchor"></div>
<span class="absolute top-0 w-6 transition-opacity opacity-0 ltr:-left-6 rtl:-right-6 not-prose group-hover:opacity-100">
<a class="group-hover:text-primary-300 dark:group-hover:text-neutral-700" style="text-decoration-line: none !important;" href="#${id}" aria-label="Anchor">#</a>
</span></h2>`;
const bfPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const bfCard = (r: (typeof bfRelated)[number]): string => `<a href="/posts/${r.d.replace(/ /g, '-').toLowerCase()}/" class="min-w-full">
<div class="min-h-full border border-neutral-200 dark:border-neutral-700 border-2 rounded overflow-hidden shadow-2xl relative">
<div class="w-full thumbnail_card nozoom" style="background-image:url(/posts/feature.jpg);"></div>
<div class="px-6 py-4"><div class="font-bold text-xl text-neutral-800 decoration-primary-500 hover:underline hover:underline-offset-2 dark:text-neutral"
href="#">${r.t}</div><div class="text-sm text-neutral-500 dark:text-neutral-400"><div class="flex flex-row flex-wrap items-center">
<time datetime="2024-01-01T00:00:00+00:00">${r.d}</time><span class="px-2 text-primary-500">&middot;</span><span title="Reading time">${r.m}</span>
</div></div></div></div></a>`;
const bfHtml = `<!DOCTYPE html>
<html lang="en-gb" dir="ltr" class="scroll-smooth" data-default-appearance="light" data-auto-appearance="true"><head>
<meta charset="utf-8"><meta http-equiv="content-language" content="en-gb"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta http-equiv="X-UA-Compatible" content="ie=edge"><title>${bfTitle} &middot; Glenvarra Notes</title>
<meta name="title" content="${bfTitle} &middot; Glenvarra Notes"><meta name="description" content="Three winters of data from an 8 kW heat pump.">
<meta name="keywords" content="Heat Pumps, Retrofit, Energy, "><link rel="canonical" href="https://glenvarra.example/posts/heat-pump-three-winters/">
<link type="text/css" rel="stylesheet" href="/css/main.bundle.min.2f3a9c1e.css" integrity="sha256-Lz6c">
<script type="text/javascript"
src="/js/appearance.min.516a16745bea5a9bd011138d254cc0fd.js"></script>
<script defer type="text/javascript" id="script-bundle" src="/js/main.bundle.min.a1b2.js" data-copy="Copy" data-copied="Copied"></script>
<meta property="og:title" content="${bfTitle}"><meta property="og:type" content="article"><meta property="article:section" content="posts">
<meta property="article:published_time" content="2025-04-21T08:00:00+01:00"><meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">[{"@context":"https://schema.org","@type":"Article","articleSection":"Posts","name":"${bfTitle}",
"headline":"${bfTitle}","inLanguage":"en-gb","url":"https://glenvarra.example/posts/heat-pump-three-winters/","author":{"@type":"Person","name":"Ailsa Corran"},
"dateCreated":"2025-04-21T08:00:00+01:00","datePublished":"2025-04-21T08:00:00+01:00","wordCount":"812","keywords":["Heat Pumps","Retrofit","Energy"],
"mainEntityOfPage":"true"}]</script>
<meta name="author" content="Ailsa Corran"><meta name="generator" content="Hugo 0.145.0"></head>
<body class="flex flex-col h-screen px-6 m-auto text-lg leading-7 max-w-7xl bg-neutral text-neutral-900 dark:bg-neutral-800 dark:text-neutral
sm:px-14 md:px-24 lg:px-32 scrollbar-thin scrollbar-track-neutral-200 scrollbar-thumb-neutral-400 dark:scrollbar-track-neutral-800">
<div id="the-top" class="absolute flex self-center"><a class="px-3 py-1 text-sm -translate-y-8 rounded-b-lg bg-primary-200 focus:translate-y-0
dark:bg-neutral-600" href="#main-content"><span class="font-bold text-primary-600 ltr:pr-2 rtl:pl-2 dark:text-primary-400">&#8595;</span>Skip to main
content</a></div>
<div class="min-h-[148px]"></div><div class="fixed inset-x-0 pl-[24px] pr-[24px]" style="z-index:100"><div id="menu-blur"
class="absolute opacity-0 inset-x-0 top-0 h-full single_hero_background nozoom backdrop-blur-2xl shadow-2xl"></div>
<div class="relative max-w-[64rem] ml-auto mr-auto"><div style="padding-left:0;padding-right:0;padding-top:2px;padding-bottom:3px"
class="main-menu flex items-center justify-between px-4 py-6 sm:px-6 md:justify-start gap-x-3">
<div class="flex flex-1 items-center justify-between"><nav class="flex space-x-3"><a href="/"
class="text-base font-medium text-gray-500 hover:text-gray-900">Glenvarra Notes</a></nav>
<nav class="hidden md:flex items-center gap-x-5 md:ml-12 h-12">
${bfNav
  .map(
    (t) => `<a href="/${t.toLowerCase()}/" aria-label="${t}" class="flex items-center text-gray-500 hover:text-primary-600 dark:hover:text-primary-400">
<p class="text-base font-medium" title="">${t}</p></a>`,
  )
  .join('\n')}
<button id="search-button" aria-label="Search" class="text-base hover:text-primary-600 dark:hover:text-primary-400" title="Search (/)">
<span class="relative block icon"><svg aria-hidden="true" focusable="false" viewBox="0 0 512 512"><path fill="currentColor"
d="M505 442.7L405.3 343c-4.5"/></svg></span></button>
<div class="ltr:mr-14 rtl:ml-14 flex items-center"><button id="appearance-switcher" aria-label="Dark mode switcher" type="button"
class="text-base hover:text-primary-600">
<div class="flex items-center justify-center dark:hidden"><span class="relative block icon"><svg viewBox="0 0 512 512"><path d="M32
256c0-123.8"/></svg></span></div>
</button></div></nav>
<div class="flex md:hidden items-center gap-x-5 md:ml-12 h-12"><span></span><button id="search-button-mobile" aria-label="Search" class="text-base">
<span class="relative block icon"><svg viewBox="0 0 512 512"><path d="M505 442.7"/></svg></span></button></div></div>
<div class="-my-2 md:hidden"><label id="menu-button" class="block"><div class="cursor-pointer hover:text-primary-600 dark:hover:text-primary-400">
<span class="relative block icon"><svg viewBox="0 0 448 512"><path d="M0 96C0 78.33"/></svg></span></div>
<div id="menu-wrapper"
class="fixed inset-0 z-30 invisible w-screen h-screen m-0 overflow-auto transition-opacity opacity-0 cursor-default bg-neutral-100/50 backdrop-blur-sm
dark:bg-neutral-900/50 pt-[5px]"><ul class="flex space-y-2 mt-3 flex-col items-end w-full px-6 py-6 mx-auto overflow-visible list-none ltr:text-right
rtl:text-left max-w-7xl">
<li id="menu-close-button"><span class="cursor-pointer inline-block align-text-bottom hover:text-primary-600 dark:hover:text-primary-400">
<span class="relative block icon"><svg viewBox="0 0 320 512"><path d="M310.6 361.4"/></svg></span></span></li>
${bfNav
  .map(
    (t) => `<li class="mt-1"><a href="/${t.toLowerCase()}/" class="flex items-center text-gray-500 hover:text-primary-600"><p class="text-bg font-bg"
title="">${t}</p></a></li>`,
  )
  .join('\n')}
</ul></div></label></div></div></div></div>
<div class="relative flex flex-col grow"><main id="main-content" class="grow"><article>
<div id="hero" class="h-[150px] md:h-[200px]"></div>
<div class="fixed inset-x-0 top-0 h-[800px] single_hero_background nozoom"
style="background-image:url(/posts/heat-pump-three-winters/featured_hu2b.jpg);"></div>
<header id="single_header" class="mt-5 max-w-prose"><ol class="text-sm text-neutral-500 dark:text-neutral-400 print:hidden">
<li class="inline hidden"><a class="hover:underline decoration-neutral-300 dark:underline-neutral-600"
href="/">${bfCrumbs[0]}</a><span class="px-1 text-primary-500">/</span></li>
<li class="inline "><a class="hover:underline decoration-neutral-300 dark:underline-neutral-600"
href="/posts/">${bfCrumbs[1]}</a><span class="px-1 text-primary-500">/</span></li>
<li class="inline hidden"><a class="hover:underline decoration-neutral-300"
href="/posts/heat-pump-three-winters/">${bfTitle}</a><span class="px-1 text-primary-500">/</span></li>
</ol><h1 class="mt-0 text-4xl font-extrabold text-neutral-900 dark:text-neutral">${bfTitle}</h1>
<div class="mt-1 mb-6 text-base text-neutral-500 dark:text-neutral-400 print:hidden"><div class="flex flex-row flex-wrap items-center">
<time datetime="2025-04-21T08:00:00+01:00">21 April 2025</time><span class="px-2 text-primary-500">&middot;</span><span>812 words</span>
<span class="px-2 text-primary-500">&middot;</span><span title="Reading time">4 mins</span><span class="px-2 text-primary-500">&middot;</span>
<span><span id="views_posts/heat-pump-three-winters.md" class="animate-pulse inline-block text-transparent max-h-3 rounded-full mt-[-2px] align-middle
bg-neutral-300 dark:bg-neutral-400" title="views">loading</span><span class="inline-block align-text-bottom"><span class="relative block icon">
<svg viewBox="0 0 576 512"><path d="M288 32c-80.8"/></svg></span></span></span></div>
<div class="flex flex-row flex-wrap items-center">${bfTags
  .map(
    (t) => `<span style="margin-top:0.5rem" class="mr-2" onclick="window.open(&#34;/tags/${t
      .toLowerCase()
      .replace(
        / /g,
        '-',
      )}/&#34;,'_self');return false;"><span class="flex" style="cursor: pointer;"><span class="rounded-md border border-primary-400 px-1 py-[1px]
text-xs font-normal text-primary-700 dark:border-primary-600 dark:text-primary-400">${t}</span></span></span>`,
  )
  .join('\n')}</div></div>
<div class="flex author"><img class="!mt-0 !mb-0 h-24 w-24 rounded-full ltr:mr-4 rtl:ml-4" width="96" height="96" alt="Ailsa Corran"
src="/img/ailsa_hu9c.jpg"><div class="place-self-center"><div class="text-[0.6rem] uppercase leading-3 text-neutral-500 dark:text-neutral-400">Author</div>
<div class="font-semibold leading-6 text-neutral-800 dark:text-neutral-300">Ailsa Corran</div>
<div class="text-sm text-neutral-700 dark:text-neutral-400">${bfBio}</div><div class="text-2xl sm:text-lg"><div class="flex flex-wrap text-neutral-400
dark:text-neutral-500">
<a class="px-1 hover:text-primary-700 dark:hover:text-primary-400" href="https://mastodon.example/@ailsa" target="_blank" aria-label="Mastodon"
rel="me noopener noreferrer">
<span class="inline-block align-text-bottom"><span class="relative block icon"><svg viewBox="0 0 448 512"><path d="M433 179.1"/></svg></span></span></a>
<a class="px-1 hover:text-primary-700" href="mailto:ailsa@glenvarra.example" target="_blank" aria-label="Email" rel="me noopener noreferrer">
<span class="inline-block align-text-bottom"><span class="relative block icon"><svg viewBox="0 0 512 512"><path d="M48 64C21.5"/></svg></span></span></a>
</div></div></div></div><div class="mb-5"></div></header>
<section class="flex flex-col max-w-full mt-0 prose dark:prose-invert lg:flex-row"><div class="order-first lg:ml-auto px-0 lg:order-last ltr:lg:pl-8
rtl:lg:pr-8">
<div class="toc ltr:pl-5 rtl:pr-5 print:hidden lg:sticky lg:top-[140px]"><details open id="TOCView" class="toc-right mt-0 overflow-y-scroll overscroll-contain
scrollbar-thin scrollbar-track-neutral-200 scrollbar-thumb-neutral-400 rounded-lg ltr:-ml-5 ltr:pl-5 rtl:-mr-5 rtl:pr-5 hidden lg:block">
<summary class="block py-1 text-lg font-semibold cursor-pointer bg-neutral-100 text-neutral-800 ltr:-ml-5 ltr:pl-5 rtl:-mr-5 rtl:pr-5 dark:bg-neutral-700
dark:text-neutral-100 lg:hidden">Table of Contents</summary><div class="min-w-[220px] py-2 border-dotted ltr:-ml-5 ltr:border-l ltr:pl-5 rtl:-mr-5 rtl:border-r
rtl:pr-5 dark:border-neutral-600"><nav id="TableOfContents"><ul><li><a href="#the-house">${bfH1}</a></li><li><a href="#sizing-and-radiators">${bfH2}</a></li>
<li><a href="#what-it-cost-to-run">${bfH3}</a></li><li><a href="#what-i-would-do-differently">${bfH4}</a></li></ul></nav></div></details></div></div>
<div class="min-w-0 min-h-0 max-w-fit"><div class="article-content max-w-prose mb-20">
${bfPs(bfP1)}
${bfH('the-house', bfH1)}
${bfPs(bfP2)}
<figure><img class="my-0 rounded-md" loading="lazy" srcset="/posts/heat-pump-three-winters/unit_hu3a.jpg 330w" src="/posts/heat-pump-three-winters/unit.jpg"
alt="Heat pump outdoor unit against a granite wall"><figcaption>${bfCaption}</figcaption></figure>
${bfH('sizing-and-radiators', bfH2)}
${bfPs(bfP3)}
${bfH('what-it-cost-to-run', bfH3)}
${bfPs(bfP4)}
<ul>${bfList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${bfPs(bfP5)}
${bfH('what-i-would-do-differently', bfH4)}
${bfPs(bfP6)}
<section class="flex flex-row flex-wrap justify-center pt-4 text-xl">
<a target="_blank" class="m-1 rounded bg-neutral-300 p-1.5 text-neutral-700 hover:bg-primary-500 hover:text-neutral dark:bg-neutral-700 dark:text-neutral-300"
href="https://www.linkedin.com/shareArticle?mini=true&amp;url=https://glenvarra.example/posts/heat-pump-three-winters/" title="Share on LinkedIn"
aria-label="Share on LinkedIn"><span class="relative block icon"><svg viewBox="0 0 448 512"><path d="M416 32H31.9"/></svg></span></a>
<a target="_blank" class="m-1 rounded bg-neutral-300 p-1.5 text-neutral-700" href="mailto:?body=https://glenvarra.example/posts/heat-pump-three-winters/"
title="Send via email" aria-label="Send via email"><span class="relative block icon"><svg viewBox="0 0 512 512"><path d="M207.8 20.73"/></svg></span></a>
</section></div>
<script>var oid="views_posts/heat-pump-three-winters.md";var oid_likes="likes_posts/heat-pump-three-winters.md";</script>
<script type="text/javascript"
src="/js/page.min.0860cf4e04fa2d72cc33ddba263083464d48f67de06114529043cb4623319efed4f484fd7f1730df5abea0e2da6f3538855634081d02f2d6e920b956f063e823.js"
integrity="sha512-CGDPTg"></script></div></section>
<footer class="pt-8 max-w-prose print:hidden"><div class="pt-8"><hr class="border-dotted border-neutral-300 dark:border-neutral-600">
<div class="flex justify-between pt-3"><span><a class="flex group mr-3" href="/posts/lead-water-main/">
<span class="mr-3 text-neutral-700 group-hover:text-primary-600 ltr:inline rtl:hidden dark:text-neutral dark:group-hover:text-primary-400">←</span>
<span class="flex flex-col"><span class="mt-[0.1rem] leading-6 group-hover:underline group-hover:decoration-primary-500">${bfPrev}</span>
<span class="mt-[0.1rem] text-xs text-neutral-500 dark:text-neutral-400"><time datetime="2025-03-02T08:00:00+01:00">2 March 2025</time></span></span></a></span>
<span><a class="flex text-right group ml-3" href="/posts/the-stove-we-kept/"><span class="flex flex-col">
<span class="mt-[0.1rem] leading-6 group-hover:underline group-hover:decoration-primary-500">${bfNext}</span>
<span class="mt-[0.1rem] text-xs text-neutral-500 dark:text-neutral-400"><time datetime="2025-05-11T08:00:00+01:00">11 May 2025</time></span></span>
<span class="ml-3 text-neutral-700 group-hover:text-primary-600 ltr:inline rtl:hidden dark:text-neutral dark:group-hover:text-primary-400">→</span></a></span>
</div></div></footer></article>
<div class="pointer-events-none absolute top-[110vh] bottom-0 w-12 ltr:right-0 rtl:left-0"><a href="#the-top"
class="pointer-events-auto sticky top-[calc(100vh-5.5rem)]
flex h-12 w-12 mb-16 items-center justify-center rounded-full bg-neutral/50 text-xl text-neutral-700 hover:text-primary-600 dark:bg-neutral-800/50
dark:text-neutral
dark:hover:text-primary-400" aria-label="Scroll to top" title="Scroll to top">&#8593;</a></div>
<section class="pt-8 max-w-prose print:hidden"><h2 class="mt-8 text-2xl font-extrabold mb-10">Related</h2>
<section class="w-full grid gap-4 sm:grid-cols-2 md:grid-cols-3">${bfRelated.map(bfCard).join('\n')}</section></section>
</main><footer id="site-footer" class="py-10 print:hidden"><nav class="flex flex-row pb-4 text-base font-medium text-neutral-500 dark:text-neutral-400">
<ul class="flex flex-col list-none sm:flex-row">${links(bfFoot, 'flex mb-1 ltr:text-right rtl:text-left sm:mb-0 ltr:sm:mr-7 ltr:sm:last:mr-0')}</ul></nav>
<div class="flex items-center justify-between"><p class="text-sm text-neutral-500 dark:text-neutral-400">© 2025 Ailsa Corran</p>
<p class="text-xs text-neutral-500 dark:text-neutral-400">Powered by <a class="hover:underline hover:decoration-primary-400 hover:text-primary-500"
href="https://gohugo.io/" target="_blank"
rel="noopener noreferrer">Hugo</a> &amp; <a class="hover:underline hover:decoration-primary-400 hover:text-primary-500"
href="https://blowfish.page/" target="_blank" rel="noopener noreferrer">Blowfish</a></p></div>
<script>mediumZoom(document.querySelectorAll("img:not(.nozoom)"), {margin: 24, background: 'rgba(0,0,0,0.5)', scrollOffset: 0})</script>
<script type="text/javascript"
src="/js/process.min.62060bb247f4de2b6dde45903668fefb.js"></script>
</footer><div id="search-wrapper" class="invisible fixed inset-0 flex h-screen w-screen cursor-default flex-col bg-neutral-500/50 p-4 backdrop-blur-sm
dark:bg-neutral-900/50 sm:p-6 md:p-[10vh] lg:p-[12vh]" data-url="https://glenvarra.example/" style="z-index:500"><div id="search-modal"
class="flex flex-col w-full max-w-3xl min-h-0 mx-auto border rounded-md shadow-lg top-20 border-neutral-200 bg-neutral dark:bg-neutral-800">
<header class="relative z-10 flex items-center justify-between flex-none px-2"><form class="flex items-center flex-auto min-w-0">
<div class="flex items-center justify-center w-8 h-8 text-neutral-400"><span class="relative block icon"><svg viewBox="0 0 512 512"><path d="M505
442.7"/></svg></span></div>
<input type="search" id="search-query" class="flex flex-auto h-12 mx-1 bg-transparent appearance-none focus:outline-dotted focus:outline-2"
placeholder="Search" tabindex="0">
</form><button id="close-search-button" class="flex items-center justify-center w-8 h-8 text-neutral-700 dark:text-neutral hover:text-primary-600"
title="Close (Esc)">
<span class="relative block icon"><svg viewBox="0 0 320 512"><path d="M310.6 361.4"/></svg></span></button></header>
<section class="flex-auto px-2 overflow-auto"><ul id="search-results"></ul></section></div></div></div></body></html>`;
const blowfish: TestPage = {
  html: bfHtml,
  name: 'heldout165-hugo-blowfish-blog',
  kind: 'blog',
  // the author box name, the date, word count and reading time are bylines; the TOC repeats the headings and is left out;
  // "Author" (the author box label) and the hidden views placeholder "loading" are furniture
  title: bfTitle,
  headings: [bfH1, bfH2, bfH3, bfH4],
  body: texts([...bfP1, ...bfP2, ...bfP3, ...bfP4, ...bfList, ...bfP5, ...bfP6]),
  bylines: ['Ailsa Corran', '21 April 2025', '812 words', '4 mins'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Table of Contents', ...bfCrumbs, 'Projects', 'Notes', 'About', 'loading', ...bfTags, 'Author', bfBio, bfCaption, bfPrev,
    '2 March 2025', bfNext, '11 May 2025', 'Related', ...bfRelated.flatMap((r) => [r.t, r.d, r.m]), ...bfFoot, '© 2025 Ailsa Corran',
    'Powered by Hugo & Blowfish', '↑', '←', '→',
  ],
};

export const HELDOUT165_A: readonly TestPage[] = [blowfish, congoPost];
