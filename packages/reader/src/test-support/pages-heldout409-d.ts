import { ps, type TestPage, texts } from './page-kit.js';
import { j, ld } from './pages-heldout409-kit.js';

/**
 * Held-out batch 409, file d: a GitBook personal notes space (Next.js and Tailwind markup, header with search, the
 * table-of-contents sidebar, page description under the title, hint block, Previous / Next links, "Last updated", the
 * "Was this helpful?" feedback, "On this page", cookie banner, "Powered by GitBook") and a Logseq published graph page
 * (the SPA's left sidebar, header buttons, page properties, nested blocks with a heading block, Linked References).
 */
const gTitle = 'Setting up a light trap';
const gDesc = 'How I run a moth trap in a small back garden without upsetting the neighbours or the moths.';
const gH = ['What you need', 'Placing the trap', 'In the morning', 'A note on numbers'];
const gS1 = [
  j(
    'I have been recording moths in the garden on Kestrel Row since 2021. These are the notes I wish I had had at the start. They',
    'assume a suburban garden, a mains socket within reach and a little patience.',
  ),
];
const gL1 = [
  'A trap: a plastic bucket trap with a 20 W actinic tube is plenty for a garden and does not light up the whole street.',
  'Egg boxes, stacked loosely inside the trap, where the moths settle for the night.',
  'A dozen clear pots with lids for moths you need to look at more closely.',
  'A field guide and a notebook, or a recording app if you prefer.',
];
const gS2 = [
  j(
    'Put the trap somewhere sheltered from the wind and out of direct view of bedroom windows. I use the corner by the compost',
    'bins, on a paving slab so that the trap stays level and dry.',
  ),
  j('Warm, cloudy, still nights are best. Clear nights after a cold day are usually disappointing, and a full moon competes with', 'the bulb.'),
];
const gHint = j(
  'Switch the trap on at dusk and off at first light. Leaving it on after sunrise mainly attracts birds, who have learned',
  'that a trap is breakfast.',
);
const gS3 = [
  j(
    'Empty the trap early, before the sun warms it. Lift the egg boxes out one at a time over a sheet, note what is on each, and',
    'pot up anything you cannot name. Release everything in long grass or under a hedge, not on the open lawn.',
  ),
  'Keep potted moths in the shade and let them go the same evening at the latest.',
];
const gS4 = [
  j(
    'A single night means little. Totals swing with the weather, and one warm night in July can bring more moths than the whole',
    'of April. What matters is trapping regularly and sending your records to the county recorder, who can compare them across',
    'years and gardens.',
  ),
];
const gToc = ['Welcome', 'Getting started', 'Choosing a site', 'Setting up a light trap', 'Identifying the catch', 'Records 2025'];
const gCookie = 'This site uses cookies to deliver its service and to analyse traffic. By browsing this site, you accept the privacy policy.';
const gHtml = `<!DOCTYPE html><html lang="en" class="sidebar-filled theme-clean"><head><meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1"/><title>${gTitle} | Moth Trapping Notebook</title>
<meta name="description" content="${gDesc}"/><meta name="generator" content="GitBook (7.1.0)"/>
<meta property="og:title" content="${gTitle} | Moth Trapping Notebook"/>
<meta name="robots" content="index, follow"/><link rel="stylesheet" href="https://static.gitbook.com/_next/static/css/a3f1c9.css"/>
${ld({ '@context': 'https://schema.org', '@type': 'BreadcrumbList', itemListElement: [{ '@type': 'ListItem', position: 1, name: 'Getting started' }] })}
<script src="https://static.gitbook.com/_next/static/chunks/webpack-7d2e.js" async=""></script>
<script>self.__next_f=self.__next_f||[];self.__next_f.push([0]);</script></head>
<body class="[html.sidebar-filled_&amp;]:bg-tint-subtle"><header class="flex flex-row justify-between h-16 items-center
scroll-nopin z-30 sticky top-0"><div class="gap-4 lg:gap-6 flex items-center"><a class="group/headerlogo" href="/"><div
class="text-pretty line-clamp-2 tracking-tight max-w-[18ch] font-semibold">Moth Trapping Notebook</div></a></div>
<div class="flex grow-0 shrink-0 md:basis-56 justify-self-end"><button type="button" class="flex flex-1 items-center search-input">
<span class="truncate">Search...</span><div class="shortcut">Ctrl K</div></button></div></header>
<div class="flex flex-col lg:flex-row max-w-screen-2xl mx-auto"><aside class="group text-sm grow-0 shrink-0 table-of-contents lg:w-72">
<div class="flex flex-col gap-4 overflow-y-auto"><ul class="flex flex-col gap-y-0.5">
${gToc
  .map(
    (t) => `<li class="flex flex-col"><a class="flex toclink ${t === gTitle ? 'font-semibold text-primary' : ''}" href="/${t.length}">${t}</a>
</li>`,
  )
  .join('\n')}
</ul><div class="mt-auto"><a class="powered-by text-sm" href="https://www.gitbook.com/">Powered by GitBook</a></div></div></aside>
<div class="flex flex-row z-[1] flex-1 min-w-0"><main class="relative min-w-0 flex-1 py-8 lg:px-12 break-anywhere">
<header class="max-w-3xl mx-auto mb-6 space-y-3 page-api-block:ml-0"><h1 class="text-4xl font-bold flex items-center gap-4 w-full
[overflow-wrap:anywhere] text-pretty">${gTitle}</h1><p class="max-w-3xl text-lg text-tint">${gDesc}</p></header>
<div class="grid [&amp;>*+*]:mt-5 whitespace-pre-wrap">${ps(gS1, ' class="blocks w-full space-y-2 max-w-3xl mx-auto"')}
<h2 id="what-you-need" class="heading flip-heading group/hash relative scroll-m-12 max-w-3xl mx-auto text-2xl font-semibold">${gH[0]}</h2>
<ul class="blocks list-disc max-w-3xl mx-auto">${gL1.map((l) => `<li class="leading-normal"><p>${l}</p></li>`).join('\n')}</ul>
<h2 id="placing-the-trap" class="heading flip-heading group/hash max-w-3xl mx-auto text-2xl font-semibold">${gH[1]}</h2>
${ps(gS2, ' class="blocks max-w-3xl mx-auto"')}
<div class="hint hint-info flex px-4 py-3 rounded-md max-w-3xl mx-auto bg-info"><div class="hint-icon"><svg></svg></div>
<div class="flex flex-col"><p>${gHint}</p></div></div>
<h2 id="in-the-morning" class="heading flip-heading group/hash max-w-3xl mx-auto text-2xl font-semibold">${gH[2]}</h2>
${ps(gS3, ' class="blocks max-w-3xl mx-auto"')}
<h2 id="a-note-on-numbers" class="heading flip-heading group/hash max-w-3xl mx-auto text-2xl font-semibold">${gH[3]}</h2>
${ps(gS4, ' class="blocks max-w-3xl mx-auto"')}</div>
<div class="flex flex-col md:flex-row mt-6 gap-2 max-w-3xl mx-auto page-api-block:ml-0"><a class="group text-sm p-2.5 flex gap-4 flex-1"
href="/choosing-a-site"><span class="flex flex-col flex-1"><span class="text-xs">Previous</span><span class="text-base">Choosing a site</span></span></a>
<a class="group text-sm p-2.5 flex gap-4 flex-1 text-right" href="/identifying-the-catch"><span class="flex flex-col flex-1">
<span class="text-xs">Next</span><span class="text-base">Identifying the catch</span></span></a></div>
<div class="flex flex-row flex-wrap gap-4 items-center mt-6 max-w-3xl mx-auto"><p class="text-sm text-tint">Last updated 2 months ago</p>
<div class="flex flex-row items-center gap-2"><span class="text-sm">Was this helpful?</span><button aria-label="Yes">👍</button>
<button aria-label="No">👎</button></div></div></main>
<aside class="group relative text-sm hidden xl:flex xl:w-56 page-aside"><div class="flex flex-col gap-3"><div class="text-xs font-semibold">On this page</div>
<ul>${gH.map((h) => `<li><a href="#" class="toclink">${h}</a></li>`).join('')}</ul></div></aside></div></div>
<div class="fixed z-10 bg-tint-base rounded-sm bottom-4 right-4" role="dialog" aria-label="Cookies"><p class="text-sm">${gCookie}</p>
<div class="flex gap-2"><button class="button">Accept</button><button class="button">Reject</button></div></div>
<script>self.__next_f.push([1,"2:I[\\"gitbook\\",[\\"page\\"]]"])</script></body></html>`;

const gitbook: TestPage = {
  name: 'heldout409-gitbook-notes-docs',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts([gDesc, ...gS1, ...gL1, ...gS2, gHint, ...gS3, ...gS4]),
  bylines: ['Last updated 2 months ago'],
  furniture: [
    'Moth Trapping Notebook',
    'Search...',
    'Ctrl K',
    ...gToc.filter((t) => t !== gTitle),
    'Powered by GitBook',
    'Previous',
    'Choosing a site',
    'Next',
    'Identifying the catch',
    'Was this helpful?',
    'On this page',
    gCookie,
    'Accept',
    'Reject',
  ],
};

const lTitle = 'seed potato chitting';
const lProps = [
  ['tags', 'potatoes, spring-jobs'],
  ['type', 'howto'],
] as const;
const lB1 = [
  j(
    'Chitting means letting seed potatoes sprout before planting. It gives early varieties a head start of two or three weeks',
    'on the Marsh Lane plot, where the soil stays cold and wet until well into April.',
  ),
  'Buy seed potatoes in late January or early February, while the choice of varieties is still good.',
];
const lHead1 = 'How I do it';
const lB2 = [
  'Stand each tuber in an egg box with the end that has the most eyes facing up.',
  'Keep the boxes somewhere cool and light but frost-free: the spare-room windowsill works, the shed does not.',
  'After about six weeks the sprouts should be short, green and stubby, roughly two centimetres long.',
  j('Long white sprouts mean the room was too dark or too warm. They snap off at planting, so rub them off and let new ones', 'grow if there is time.'),
];
const lHead2 = 'Is it worth it?';
const lB3 = [
  j(
    'For first earlies, yes: in my records they were ready for lifting twelve days sooner in the chitted rows. For maincrop',
    'varieties I could not see any difference in the final weight, so I no longer bother with them.',
  ),
  'Plant out when the soil is warm enough to sit on comfortably, which at Marsh Lane is usually the second week of April.',
  j(
    'Handle chitted tubers gently when planting. I carry them to the plot in the same egg boxes and set each one in the trench',
    'by hand, sprouts upwards, then cover them with a ridge of soil about ten centimetres high.',
  ),
  j(
    'Varieties tried so far: Swift and Rocket as first earlies, Charlotte as a second early. Swift was the earliest by a week,',
    'Charlotte the best to eat by a long way, and it keeps a place on the plot every year because of that.',
  ),
];
const lNav = ['Journals', 'Flashcards', 'Graph view', 'All pages'];
const lFav = ['allotment map', 'sowing calendar', 'potato varieties'];
const lRefs = [['Mar 2nd, 2026', 'Chitting trays moved to the landing window, first sprouts on the Swift tubers.']] as const;
const lBlock = (inner: string, level: number, kids = ''): string => `<div class="ls-block flex flex-col rounded-sm" haschild="${kids !== ''}"
level="${level}" blockid="6601${inner.length}"><div class="flex flex-row pr-2 block-main-container">
<div class="block-control-wrap mr-1 flex flex-row items-center">
<a class="block-control"></a><a class="bullet-container cursor"><span class="bullet"></span></a></div><div class="flex relative block-content-wrapper">
<div class="flex flex-col w-full"><div class="block-content inline" blockid="6601${inner.length}">${inner}</div></div></div></div>
${
  kids === ''
    ? ''
    : `<div class="block-children-container flex"><div class="block-children-left-border"></div>
<div class="block-children w-full">${kids}</div></div>`
}</div>`;
const lSpan = (t: string, level = 1): string =>
  lBlock(`<div class="flex flex-row justify-between block-content-inner"><span class="inline">${t}</span></div>`, level);
const lH = (t: string, kids: string): string => lBlock(`<h2 class="as-heading"><span class="inline">${t}</span></h2>`, 1, kids);
const lHtml = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta content="minimum-scale=1, initial-scale=1, width=device-width" name="viewport">
<title>${lTitle} - Marsh Lane allotment</title><meta property="og:title" content="Marsh Lane allotment"><meta name="description" content="A Logseq graph">
<link href="static/css/style.css" rel="stylesheet" type="text/css"><link href="static/css/custom.css" rel="stylesheet" type="text/css">
${ld({ '@context': 'https://schema.org', '@type': 'WebSite', name: 'Marsh Lane allotment' })}
<script>window.logseq_db="{}"; window.logseq_state={"ui/theme":"light","config":{"ui/show-brackets?":false}};</script></head>
<body><div id="root"><div class="theme-inner"><div class="cp__sidebar-main-layout flex-1 flex"><div id="left-sidebar" class="cp__sidebar-left-layout is-open">
<div class="left-sidebar-inner flex-1 flex flex-col min-h-0"><div class="flex flex-col wrap gap-1 relative"><div class="sidebar-navigations flex flex-col mt-1">
${lNav
  .map(
    (n) => `<div class="flex items-center"><a class="item group flex items-center text-sm font-medium rounded-md"><span class="flex-1">${n}</span>
</a></div>`,
  )
  .join('')}
</div><div class="sidebar-content-group favorites"><div class="sidebar-content-group-inner"><div class="hd items-center"><span>Favorites</span></div>
<ul class="favorites text-sm">${lFav.map((f) => `<li class="favorite-item font-medium"><a><span class="page-title">${f}</span></a></li>`).join('')}</ul>
</div></div></div></div></div><div id="main-container" class="cp__sidebar-main-layout flex-1 flex"><div class="cp__header drag-region" id="head">
<div class="l flex drag-region"><button title="Toggle left sidebar" class="button icon"><span class="ui__icon ti ls-icon-menu-2"></span></button>
<button class="button icon" title="Search">Search</button></div><div class="r flex drag-region">
<span class="text-sm opacity-70">Marsh Lane allotment</span></div></div>
<div id="main-content-container" class="scrollbar-spacing w-full flex justify-center flex-row outline-none relative"><div class="cp__sidebar-main-content">
<div class="relative"><div class="page"><div class="relative flex flex-col pb-8 pt-2 px-6"><div class="ls-page-title flex flex-1 flex-row items-center">
<h1 class="page-title flex cursor-pointer gap-1 w-full"><span class="title block">${lTitle}</span></h1></div>
<div class="page-blocks-inner"><div class="ls-page-blocks"><div class="relative flex flex-col"><div class="blocks-container flex-1">
${lBlock(
  `<div class="block-properties page-properties">${lProps
    .map(
      ([k, v]) => `<div class="page-property-key">${k}</div>
<div class="property-value">${v}</div>`,
    )
    .join('')}</div>`,
  1,
)}
${lB1.map((b) => lSpan(b)).join('\n')}
${lH(lHead1, lB2.map((b) => lSpan(b, 2)).join('\n'))}
${lH(lHead2, lB3.map((b) => lSpan(b, 2)).join('\n'))}</div></div></div></div>
<div class="references page-linked flex-1 flex-row"><div class="content pt-6"><div class="flex flex-col"><div class="ls-foldable-title">
<h2 class="font-medium">1 Linked Reference</h2></div><div class="references-blocks mb-6">
${lRefs
  .map(
    ([p, b]) => `<div class="references-blocks-item"><div class="page-ref-title">${p}</div><div class="ls-block"><span class="inline">${b}</span>
</div></div>`,
  )
  .join('')}
</div></div></div></div><div class="references page-unlinked"><div class="ls-foldable-title"><h2 class="font-medium">Unlinked References</h2></div></div>
</div></div></div></div></div></div></div></div></div><script src="static/js/main.js"></script></body></html>`;

const logseq: TestPage = {
  name: 'heldout409-logseq-publish-wiki',
  kind: 'wiki',
  html: lHtml,
  title: lTitle,
  headings: [lHead1, lHead2],
  body: texts([...lB1, ...lB2, ...lB3]),
  bylines: [],
  furniture: [...lNav, 'Favorites', ...lFav, 'Search', 'Marsh Lane allotment', ...lProps.flat(), '1 Linked Reference', ...lRefs.flat(), 'Unlinked References'],
};

export const HELDOUT409_D: readonly TestPage[] = [gitbook, logseq];
