import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout705-kit.js';

/**
 * Held-out batch 705, file d: a guide page of a game mod's documentation published with GitBook (sidebar groups, page
 * description, hints, a div-based table, a titled code block, "Last updated", "Was this helpful?", previous/next links and
 * "On this page"), and a university library's LibGuides page (Springshare LibGuides v2: guide header, page tabs, rich-text and
 * database-list boxes, librarian profile box, LibChat box, previous/next links and the guide footer).
 */
const gTitle = 'Adding custom paintings';
const gDesc = 'Import your own images as in-game paintings, choose their canvas size and give each one a gallery plaque.';
const gIntro = j(
  'Palette Plus reads custom paintings from a folder in your mod profile. Each painting is a PNG image paired with an entry in',
  '<code>paintings.json</code> that tells the game how big the canvas is, which frame to use and what the plaque underneath',
  'should say. Once a painting is registered it appears in the Easel Shop in Marrowby and can be hung on any wall that supports',
  'decorations.',
);
const gNeeds = [
  'Palette Plus 2.3 or later, installed through the Modhaven launcher.',
  'An image editor that can export PNG files with transparency.',
  'Hearthvale 1.6.2 or later. Older versions crash when loading paintings larger than 2 × 2 tiles.',
];
const gWarn = j(
  'Paintings are stored in your mod profile, not in the save file. If you share a save with a friend, they need the same images',
  'in their own profile, or the frames will show up empty.',
);
const gPrep = [
  j(
    'Paintings are drawn at 16 pixels per tile, like the rest of Hearthvale’s art. A 2 × 1 painting should therefore be exactly',
    '32 × 16 pixels, or a whole multiple of that size if you want more detail: Palette Plus scales images down with',
    'nearest-neighbour filtering so pixel art stays crisp.',
  ),
  'Leave a transparent border of at least one pixel if you plan to use a frame, so the frame does not cover the edge of the picture.',
];
const gRows = [
  ['Canvas', 'Tiles', 'Image size (1×)', 'Image size (4×)'],
  ['Miniature', '1 × 1', '16 × 16 px', '64 × 64 px'],
  ['Landscape', '2 × 1', '32 × 16 px', '128 × 64 px'],
  ['Portrait', '1 × 2', '16 × 32 px', '64 × 128 px'],
  ['Grand', '3 × 2', '48 × 32 px', '192 × 128 px'],
];
const gSteps = [
  'Copy your PNG into <code>Mods/PalettePlus/paintings/</code> in your mod profile.',
  'Open <code>paintings.json</code> in the same folder. If it does not exist, start the game once with Palette Plus enabled and it will be created.',
  'Add an entry for your painting, as in the example below.',
  'Save the file and run the <code>reload_paintings</code> console command, or restart the game.',
];
const gCode = [
  '{',
  '  "paintings": [',
  '    {',
  '      "id": "harbour_at_dusk",',
  '      "file": "harbour_at_dusk.png",',
  '      "canvas": "landscape",',
  '      "frame": "oak_gilt",',
  '      "plaque": "Harbour at Dusk, by Wenna Pryce",',
  '      "price": 1200',
  '    }',
  '  ]',
  '}',
];
const gInfo = 'The plaque text is limited to 60 characters. Longer text is cut off with an ellipsis in game.';
const gTrouble = [
  j(
    'If a painting shows as a magenta square, the game found the entry in <code>paintings.json</code> but could not read the',
    'image. Check that the file name matches exactly, including capital letters, and that the image is saved as a PNG rather than',
    'a renamed JPEG.',
  ),
  'If the painting does not appear in the Easel Shop at all, run <code>check_paintings</code> in the console. It lists every entry it skipped and why.',
];
const gHeads = ['Before you start', 'Preparing the image', 'Registering the painting', 'Troubleshooting'];
const gSide: [string, string[]][] = [
  ['', ['Welcome', 'Frequently asked questions']],
  ['Getting started', ['Installation', 'Configuration']],
  ['Guides', [gTitle, 'Frames and lighting', 'Gallery commissions']],
  ['Reference', ['Config options', 'Console commands', 'Changelog']],
];
const tw = 'text-tint-strong';
const anchor = (h: string): string => h.toLowerCase().replace(/ /g, '-');
const gH2 = (h: string): string => `<h2 id="${anchor(h)}" class="flex items-baseline scroll-m-12 text-2xl font-semibold ${tw} group/anchor">
<a href="#${anchor(h)}" class="relative -ml-6 w-7 opacity-0 group-hover/anchor:opacity-100" aria-label="Direct link to heading"><svg class="size-3"></svg></a>
<div class="flex-1">${h}</div></h2>`;
const gHint = (kind: string, text: string): string => `<div class="hint hint-${kind} flex gap-3 rounded-md px-4 py-3 bg-${kind}-2 text-${kind}-strong">
<div class="mt-0.5"><svg class="gb-icon size-4"></svg></div><div class="flex-1 space-y-2"><p class="leading-normal">${text}</p></div></div>`;
const gHtml = `<!DOCTYPE html>
<html lang="en" class="sidebar-filled theme-clean tint circular-corners links-default"><head><meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/><link rel="stylesheet" href="/~gitbook/static/css/8a1c7f3e.css" data-precedence="next"/>
<title>Adding custom paintings | Palette Plus</title><meta name="description" content="${gDesc}"/><meta name="generator" content="GitBook (7.0.2)"/>
<meta property="og:title" content="Adding custom paintings | Palette Plus"/><meta property="og:description" content="${gDesc}"/>
<link rel="canonical" href="https://docs.paletteplus.example/guides/adding-custom-paintings"/>
<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[\\"gitbook-page\\"]"])</script>
</head><body class="site-background"><a href="#main" class="sr-only focus:not-sr-only">Skip to content</a>
<header id="site-header" class="flex flex-col h-[64px] sticky top-0 pt-[env(safe-area-inset-top)] z-30 w-full bg-tint-base/9 backdrop-blur-lg">
<div class="gutter-stable scroll-nojump">
<div class="flex gap-4 lg:gap-6 items-center justify-between w-full py-3 min-h-16 px-4 sm:px-6 md:px-8 max-w-screen-2xl mx-auto">
<div class="flex max-w-full lg:basis-72 min-w-0 shrink items-center justify-start gap-2 lg:gap-4">
<a href="/" class="group/headerlogo min-w-0 shrink flex items-center">
<img alt="Logo" src="https://docs.paletteplus.example/~gitbook/image?url=logo.png&amp;width=32" class="block size-8 object-contain"/>
<div class="text-pretty line-clamp-2 tracking-tight max-w-[18ch] lg:max-w-[24ch] font-semibold ms-3 text-base/tight">Palette Plus</div></a></div>
<div class="flex grow-0 shrink-0 md:basis-56 justify-self-end items-center gap-2"><div class="relative flex md:w-full"><button type="button"
class="flex flex-1 items-center gap-2 rounded-corners:rounded-lg ring-1 ring-tint-subtle px-3 py-2"><svg class="gb-icon size-4"></svg>
<div class="hidden md:block truncate">Ask or search…</div><div class="hidden md:flex shortcut gap-0.5"><kbd>Ctrl</kbd><kbd>K</kbd></div></button></div></div>
<div class="flex gap-2 items-center"><a href="https://modhaven.example/hearthvale/mods/palette-plus" class="button">Modhaven page</a>
<a href="https://discord.example/paletteplus" class="button button-primary">Discord</a></div></div></div></header>
<div class="scroll-nojump"><div class="flex flex-col lg:flex-row max-w-screen-2xl mx-auto">
<aside data-testid="table-of-contents" class="group page-no-toc:hidden grow-0
shrink-0 basis-full lg:basis-72 lg:page-no-toc:basis-56 relative z-[1] lg:sticky lg:h-[calc(100vh_-_64px)] lg:top-16 pt-6 pb-4">
<div class="flex-1 overflow-y-auto"><ul class="flex flex-col gap-y-0.5">${gSide
  .map(
    ([group, items]) =>
      `${
        group === ''
          ? ''
          : `<li class="flex flex-col"><div class="-top-4 sticky z-[1] flex items-center gap-3 px-3 pt-6 pb-1.5 text-xs font-semibold uppercase
tracking-wide">${group}</div></li>`
      }${items
        .map(
          (t) =>
            `<li class="flex flex-col"><a class="flex items-center gap-4 rounded-md straight-corners:rounded-none px-3 py-1.5 text-sm${
              t === gTitle ? ' font-semibold text-primary bg-primary' : ' text-tint'
            }" href="/${t === 'Welcome' ? '' : anchor(t)}">${t}</a></li>`,
        )
        .join('')}`,
  )
  .join('\n')}</ul></div>
<div class="mt-4 px-3"><a href="https://www.gitbook.com/?utm_source=content&amp;utm_medium=trademark" target="_blank" rel="noopener noreferrer"
class="text-sm font-semibold flex items-center px-5 py-4 rounded-lg ring-1 ring-tint-subtle"><svg class="size-8"></svg>
<span class="ms-3">Powered by GitBook</span>
</a></div></aside>
<div class="flex-1 relative py-8 lg:px-12 break-anywhere page-wide:py-0"><main id="main" class="relative min-w-0 flex-1 max-w-3xl mx-auto">
<header class="max-w-3xl page-full-width:max-w-full mx-auto mb-6 space-y-3 page-api-block:ml-0 page-api-block:max-w-full">
<div class="flex items-center gap-2 text-xs uppercase font-semibold tracking-wide text-primary"><a href="/guides">Guides</a></div>
<h1 class="text-4xl font-bold flex items-center gap-4 w-full [overflow-wrap:anywhere] text-pretty">${gTitle}</h1>
<p class="text-lg text-tint">${gDesc}</p></header>
<div class="whitespace-pre-wrap grid [&amp;>*+*]:mt-5 page-full-width:ml-0 max-w-full">
<p class="blocks w-full space-y-2 lg:space-y-3 leading-normal">${gIntro}</p>
${gH2(at(gHeads, 0))}
<ul class="blocks list-disc ps-8 space-y-2">${lis(gNeeds.map((t) => `<div class="blocks w-full"><p class="leading-normal">${t}</p></div>`))}</ul>
${gHint('warning', gWarn)}
${gH2(at(gHeads, 1))}
<p class="blocks w-full leading-normal">${at(gPrep, 0)}</p>
<div class="blocks relative grid w-full overflow-x-auto rounded-md ring-1 ring-tint-subtle"><div role="table" class="flex flex-col">
<div role="rowgroup" class="flex flex-col bg-tint-subtle"><div role="row" class="flex w-full">${(gRows[0] ?? [])
  .map((c) => `<div role="columnheader" class="flex-1 min-w-[100px] px-4 py-2 text-sm font-semibold">${c}</div>`)
  .join('')}</div></div>
<div role="rowgroup" class="flex flex-col">${gRows
  .slice(1)
  .map(
    (r) =>
      `<div role="row" class="flex w-full border-t">${r
        .map((c) => `<div role="cell" class="flex-1 min-w-[100px] px-4 py-2"><p class="leading-normal text-sm">${c}</p></div>`)
        .join('')}</div>`,
  )
  .join('\n')}</div></div></div>
<p class="blocks w-full leading-normal">${at(gPrep, 1)}</p>
${gH2(at(gHeads, 2))}
<ol class="blocks list-decimal ps-8 space-y-2">${lis(gSteps.map((t) => `<div class="blocks w-full"><p class="leading-normal">${t}</p></div>`))}</ol>
<div class="group/codeblock grid grid-flow-col blocks w-full"><div class="flex items-center justify-start gap-2 text-sm [grid-area:1/1]">
<div class="relative top-px flex flex-row items-center px-3 py-2 text-xs rounded-t straight-corners:rounded-t-s">paintings.json</div></div>
<button type="button" aria-label="Copy" class="group-hover/codeblock:opacity-100 opacity-0 [grid-area:2/1] z-[2] justify-self-end">
<svg class="gb-icon size-4"></svg></button><pre class="overflow-auto border [grid-area:2/1] rounded-md p-2 text-sm"><code class="inline-grid min-w-full">${gCode
  .map((l) => `<span class="highlight-line block px-4 [counter-increment:line]">${l.replace(/"([^"]*)"/g, '<span class="token string">"$1"</span>')}</span>`)
  .join('\n')}</code></pre></div>
${gHint('info', gInfo)}
${gH2(at(gHeads, 3))}
${ps(gTrouble, ' class="blocks w-full leading-normal"')}</div>
<div class="flex flex-col gap-6 mt-12 max-w-3xl mx-auto page-full-width:max-w-full">
<div class="flex flex-row flex-wrap gap-4 items-center justify-between"><div class="flex flex-col gap-2"><p class="text-sm font-semibold">Was this helpful?</p>
<div class="flex gap-1"><button aria-label="No" class="size-8 rounded-full"><svg></svg></button><button aria-label="Somewhat" class="size-8 rounded-full">
<svg></svg>
</button><button aria-label="Yes" class="size-8 rounded-full"><svg></svg></button></div></div>
<p class="text-sm text-tint">Last updated <time dateTime="2026-11-02T17:20:51.000Z">3 months ago</time></p></div>
<div class="grid sm:grid-cols-2 gap-2"><a href="/configuration" class="group text-sm p-2.5 flex gap-4 flex-1 flex-row-reverse items-center pl-4 border rounded">
<span class="flex flex-col flex-1 text-right"><span class="text-xs">Previous</span><span class="text-tint-strong">Configuration</span></span></a>
<a href="/frames-and-lighting" class="group text-sm p-2.5 flex gap-4 flex-1 flex-row items-center pr-4 border rounded">
<span class="flex flex-col flex-1"><span class="text-xs">Next</span><span class="text-tint-strong">Frames and lighting</span></span></a></div></div></main>
</div>
<aside class="group/aside order-last hidden xl:flex flex-col basis-56 shrink-0 sticky top-16"><div class="flex flex-col gap-3">
<div class="text-xs font-semibold uppercase tracking-wide flex items-center gap-2"><svg class="size-3"></svg>On this page</div>
<ul class="flex flex-col border-l">${gHeads.map((h) => `<li><a href="#${anchor(h)}" class="text-sm">${h}</a></li>`).join('')}</ul></div></aside></div></div>
<script src="/~gitbook/static/chunks/main-app-5e2d.js" async=""></script></body></html>`;
const gitbook: TestPage = gold({
  name: 'heldout705-gitbook-mod-paintings',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: texts([
    gDesc,
    gIntro,
    ...gNeeds,
    gWarn,
    at(gPrep, 0),
    ...gRows.map((r) => r.join(' ')),
    at(gPrep, 1),
    ...gSteps,
    gCode.map((l) => l.trim()).join(' '),
    gInfo,
    ...gTrouble,
  ]),
  bylines: ['Last updated 3 months ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Palette Plus', 'Ask or search…', 'Ctrl', 'K', 'Modhaven page', 'Discord', ...gSide.flatMap(([g, items]) => [g, ...items]),
    'Powered by GitBook', 'Guides', 'paintings.json', 'Was this helpful?', 'Previous', 'Configuration', 'Next', 'Frames and lighting', 'On this page',
    ...gHeads,
  ].filter((t) => t !== ''),
});

const lGuide = 'Art History Research Guide';
const lPage = 'Finding Images';
const lTitle = `${lGuide}: ${lPage}`;
const lBoxes: [string, string[]][] = [
  [
    'Where to start',
    [
      j(
        'Whether you are writing a visual analysis, preparing a seminar presentation or building a portfolio, you will need images',
        'that are good enough to study closely and that come with reliable information about the work: who made it, when, what it is',
        'made of and where it is now.',
      ),
      j(
        'Start with the subscription databases below. They are licensed for teaching and study at Harwick, their images are larger',
        'than most you will find on the open web, and every record tells you where the image came from. Search engines are useful for',
        'finding a work you half remember, but always trace the image back to the museum or archive that holds it.',
      ),
    ],
  ],
];
const lDbs: [string, string][] = [
  [
    'Kestrel Art Image Collection',
    'Over two million images of painting, sculpture, architecture and decorative arts, with high-resolution downloads for teaching and research.',
  ],
  [
    'Bramwell Museum Open Access',
    'Public-domain images from the Bramwell Museum’s collection of prints and drawings, free to reuse without asking permission.',
  ],
  [
    'Harwick Digital Collections',
    'Photographs, posters and exhibition ephemera from the University’s own archives, including the Fenwick Theatre photographs of 1922–1968.',
  ],
];
const lTips = [
  'Search by the artist’s name and the title of the work first, then by subject or style if you get too many results.',
  'Try different spellings and languages for names and titles, especially for works made outside Europe.',
  'Use the date filter to find images of a building at a particular stage of its history.',
  'Write down the source, the credit line and the date you accessed each image as you go. You will need them for your captions.',
];
const lCopy = [
  j(
    'Images from the subscription databases may be used in assignments, presentations and theses submitted at Harwick, as long as',
    'each one is captioned and credited. They may not be posted on public websites or social media.',
  ),
  j(
    'If you want to publish an image, for example in a journal article or an exhibition catalogue, you will usually need',
    'permission from the museum or rights holder. The Copyright Office can help you work out who to ask.',
  ),
];
const lHeads = ['Where to start', 'Image databases', 'Searching tips', 'Using images: copyright'];
const lTabs = ['Getting Started', 'Finding Books', 'Finding Articles', lPage, 'Citing Images', 'Special Collections'];
const lCrumbs = ['Harwick University Library', 'LibGuides', lGuide, lPage];
const lTop = ['Library Home', 'Catalogue', 'Opening Hours', 'My Account'];
const lBox = (id: number, title: string, inner: string): string => `<div class="s-lib-box s-lib-box-std" id="s-lg-box-${id}">
<h2 class="s-lib-box-title">${title}</h2><div id="s-lg-box-collapse-${id}"><div class="s-lib-box-content">${inner}</div></div></div>`;
const lHtml = `<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="X-UA-Compatible" content="IE=Edge" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Finding Images - Art History Research Guide - LibGuides at Harwick University</title>
<meta name="description" content="A starting point for finding books, articles and images for art history coursework at Harwick.">
<meta name="DC.Title" content="LibGuides: Art History Research Guide: Finding Images"><meta name="DC.Creator" content="Priya Halloran">
<meta name="DC.Subject" content="Art History"><meta name="DC.Date.Modified" content="Feb 3, 2027 11:42 AM">
<link rel="stylesheet" href="https://static-assets-eu.libguides.com/web/bootstrap3/css/bootstrap.min.css" />
<link rel="stylesheet" href="https://static-assets-eu.libguides.com/web/css2.20.1/lg-public.min.css" />
<script>var springSpace = springSpace || {}; springSpace.la = springSpace.la || {}; springSpace.la.Page = {"site_id":1184,"group_id":0,"guide_id":702215,
"page_id":5096631,"template_id":0};</script><script src="https://static-assets-eu.libguides.com/web/jquery/js/jquery.min.js"></script>
</head><body class="s-lg-guide-body"><a id="s-lg-public-skiplink" class="alert-info" href="#s-lg-guide-main">Skip to Main Content</a>
<div id="s-lib-public-header" class="container s-lib-side-borders"><div class="harwick-header"><a href="https://library.harwick.ac.uk/">
<img src="https://libapps-eu.s3.amazonaws.com/customers/1184/harwick-library-logo.png" alt="Harwick University Library home"></a>
<ul class="harwick-header-links">${links(lTop)}</ul></div></div>
<div id="s-lib-public-nav" class="container s-lib-side-borders"><div id="s-lib-bc"><ol id="s-lib-bc-list" class="breadcrumb">${lCrumbs
  .map(
    (t, i) =>
      `<li id="s-lib-bc-${i}"${i === lCrumbs.length - 1 ? ' class="active"' : ''}>${
        i === lCrumbs.length - 1 ? t : `<a href="https://libguides.harwick.ac.uk/${i}">${t}</a>`
      }</li>`,
  )
  .join('')}</ol></div>
<div id="s-lib-public-search" class="pull-right"><form role="search" class="form-inline"><label for="s-lg-srch-cols" class="sr-only">Search</label>
<input type="text" id="s-lg-srch-cols" class="form-control" placeholder="Search this Guide"><button class="btn btn-default" type="submit">Search</button>
</form></div></div>
<div id="s-lg-guide-header" class="container s-lib-side-borders"><div id="s-lg-guide-header-info"><h1 id="s-lg-guide-name">${lTitle}</h1>
<div id="s-lg-guide-desc-container"><span id="s-lg-guide-description">A starting point for finding books, articles and images for art history coursework at
Harwick.</span></div></div></div>
<div id="s-lg-tabs-container" class="container s-lib-side-borders"><div id="s-lg-guide-tabs" class="tabs-left"><ul class="nav nav-tabs split-button-nav">${lTabs
  .map(
    (t) => `<li${t === lPage ? ' class="active"' : ''}><a title="" class="s-lg-tab-top-link${t === lPage ? ' active' : ''}"
href="https://libguides.harwick.ac.uk/arthistory/${t.toLowerCase().replace(/ /g, '-')}"><span>${t}</span></a></li>`,
  )
  .join('\n')}</ul></div></div>
<div id="s-lg-guide-main" class="container s-lib-side-borders"><div class="row"><div id="s-lg-col-1" class="col-md-8"><div class="s-lg-col-boxes">
${lBox(19010, at(lHeads, 0), `<div class="s-lg-box-wrapper-19010"><div id="s-lg-content-4401" class="clearfix">${ps(lBoxes[0]?.[1] ?? [])}</div></div>`)}
${lBox(
  19011,
  at(lHeads, 1),
  `<ul class="s-lg-link-list">${lDbs
    .map(
      ([name, desc], i) => `<li><div class="s-lg-database-title"><a href="https://libguides.harwick.ac.uk/az/${i}" target="_blank"
onclick="return springSpace.common.openLink(this.href);">${name}</a><span class="s-lg-link-new-window sr-only">This link opens in a new window</span>
</div><div class="s-lg-database-desc">${desc}</div></li>`,
    )
    .join('\n')}</ul>`,
)}
${lBox(19012, at(lHeads, 2), `<div class="s-lg-box-wrapper-19012"><div id="s-lg-content-4403" class="clearfix"><ul>${lis(lTips)}</ul></div></div>`)}
${lBox(
  19013,
  at(lHeads, 3),
  `<div class="s-lg-box-wrapper-19013"><div id="s-lg-content-4404" class="clearfix">${ps(lCopy)}
<p><a class="btn btn-info" href="https://library.harwick.ac.uk/copyright">Contact the Copyright Office</a></p></div></div>`,
)}
</div></div>
<div id="s-lg-col-2" class="col-md-4"><div class="s-lg-col-boxes"><div class="s-lib-box s-lib-box-std" id="s-lg-box-19020">
<h2 class="s-lib-box-title">Subject Librarian</h2><div class="s-lib-box-content"><div class="s-lib-profile-container">
<div class="s-lib-profile-name">Priya Halloran</div><div class="s-lib-profile-image"><img src="https://libapps-eu.s3.amazonaws.com/accounts/2231/profile.jpg"
alt="Priya Halloran's picture"></div><div class="s-lib-profile-email"><a href="mailto:p.halloran@harwick.ac.uk" class="label label-info">Email Me</a></div>
<div class="s-lib-profile-div s-lib-profile-contact"><span class="s-lib-profile-label">Contact:</span><br>Room 2.14, Fenwick Library<br>01632 960 481</div>
<div class="s-lib-profile-div s-lib-profile-subjects">
<span class="s-lib-profile-label">Subjects:</span> <a href="https://libguides.harwick.ac.uk/arthistory">Art
History</a>, <a href="https://libguides.harwick.ac.uk/theatre">Theatre Studies</a></div></div></div></div>
<div class="s-lib-box s-lib-box-std" id="s-lg-box-19021"><h2 class="s-lib-box-title">Ask Us</h2><div class="s-lib-box-content"><div id="libchat_5f1e2a"
class="s-lc-whw"><div class="s-lc-whw-head">Chat with a librarian</div><div class="s-lc-whw-bfoot">Librarians are offline. Leave a message and we will
reply by email.</div><button class="btn btn-default s-lc-whw-submit">Leave a message</button></div></div></div></div></div></div>
<div id="s-lg-page-prevnext" class="pad-top-med pad-bottom-med"><a class="pull-left" href="https://libguides.harwick.ac.uk/arthistory/finding-articles">
<strong>&lt;&lt; <span class="s-lg-text-greyout">Previous:</span> Finding Articles</strong></a><a class="pull-right"
href="https://libguides.harwick.ac.uk/arthistory/citing-images"><strong><span class="s-lg-text-greyout">Next:</span> Citing Images &gt;&gt;</strong></a>
</div></div>
<div id="s-lib-footer-public" class="container s-lib-side-borders"><div class="pull-left" id="s-lg-guide-info">
<div id="s-lg-guide-header-updated"><span class="s-lg-guide-label">Last Updated:</span> <span class="s-lg-text-greyout">Feb 3, 2027 11:42 AM</span></div>
<div id="s-lg-guide-header-url"><span class="s-lg-guide-label">URL:</span>
<span class="s-lg-text-greyout">https://libguides.harwick.ac.uk/arthistory/images</span></div>
<div id="s-lg-guide-print-url"><a href="javascript: window.print();"><i class="fa fa-print" aria-hidden="true"></i> Print Page</a></div></div>
<div class="pull-right"><div id="s-lib-footer-login-link">
<a href="https://harwick.libapps.com/libapps/login.php?site_id=1184&amp;target64=L2xpYmd1aWRlcy9hZG1pbg==">
Login to LibApps</a></div><div id="s-lib-footer-support-link"><a href="https://harwick.libwizard.com/f/report">Report a problem.</a></div></div>
<div class="clearfix"></div><div id="s-lg-guide-tags">
<span class="s-lg-guide-label">Subjects:</span> <a href="https://libguides.harwick.ac.uk/sb.php?subject_id=88">Art
History</a></div><div><span class="s-lg-guide-label">Tags:</span> <a href="https://libguides.harwick.ac.uk/srch.php?tag=images">images</a>,
<a href="https://libguides.harwick.ac.uk/srch.php?tag=museums">museums</a>, <a href="https://libguides.harwick.ac.uk/srch.php?tag=visual+culture">visual
culture</a></div></div>
<script type="text/javascript" src="https://static-assets-eu.libguides.com/web/js2.20.1/lg-public.min.js"></script></body></html>`;
const libguides: TestPage = gold({
  name: 'heldout705-libguides-finding-images',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: lHeads,
  body: texts([...(lBoxes[0]?.[1] ?? []), ...lDbs.flat(), ...lTips, ...lCopy]),
  bylines: ['Last Updated: Feb 3, 2027 11:42 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', ...lTop, ...lCrumbs, 'Search', 'A starting point for finding books, articles and images for art history coursework at Harwick.',
    ...lTabs, 'This link opens in a new window', 'Contact the Copyright Office', 'Subject Librarian', 'Priya Halloran', 'Email Me', 'Contact:',
    'Room 2.14, Fenwick Library', '01632 960 481', 'Subjects:', 'Art History', 'Theatre Studies', 'Ask Us', 'Chat with a librarian',
    'Librarians are offline. Leave a message and we will reply by email.', 'Leave a message', '<< Previous: Finding Articles', 'Next: Citing Images >>',
    'URL: https://libguides.harwick.ac.uk/arthistory/images', 'Print Page', 'Login to LibApps', 'Report a problem.', 'Subjects: Art History', 'Tags:',
    'images', 'museums', 'visual culture',
  ],
});

export const HELDOUT705_D: readonly TestPage[] = [gitbook, libguides];
