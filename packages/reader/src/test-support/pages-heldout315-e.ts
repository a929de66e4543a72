import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout315-kit.js';

/**
 * Held-out batch 315, file e: an Urban Dictionary-style term page (three definition cards with meaning, italic example,
 * contributor and date, thumbs counts, the mug promo, share icons, the Word of the Day sidebar and the footer) and an MDN Web
 * Docs-style glossary page whose main text is short (top navigation, breadcrumbs, the glossary sidebar, "See also" links,
 * the "Help improve MDN" box with the last-modified line, and the Mozilla footer).
 */
const udWord = 'deskfog';
const udDefs: [string[], string, string, string, string, string][] = [
  [
    [
      j(
        'The thick, slow mental state that settles over you around 3pm at your desk, when you have been staring at the same',
        'spreadsheet for so long that the numbers stop meaning anything. Not quite tiredness, not quite boredom.',
      ),
      'Usually cured by a walk, a coffee, or going home.',
    ],
    j('"Did you finish the quarterly numbers?" "I got halfway and then the deskfog rolled in. I read the same row nine times."'),
    'quillpig',
    'March 12, 2024',
    '1,482',
    '97',
  ],
  [
    [
      j(
        'When everyone in an open-plan office is quietly avoiding the same awkward task, and the silence itself starts to feel',
        'heavy. Whoever speaks first gets the task.',
      ),
    ],
    'Nobody had replied to the client’s angry email for two hours. The deskfog was so thick you could have cut it with a stapler.',
    'Marnie from accounts',
    'November 3, 2024',
    '611',
    '58',
  ],
  [
    ['The layer of crumbs, dust and sticky notes that builds up on a desk that nobody has cleared since the last office move.'],
    'I lifted my keyboard and found a whole archaeological record of deskfog underneath it.',
    'tidy_ted',
    'January 20, 2025',
    '204',
    '131',
  ],
];
const udNav = ['Browse', 'Vocabulary', 'Categories', 'Store', 'Blog', 'Add a definition'];
const udFoot = ['Advertise', 'Help', 'Terms of Service', 'Privacy', 'Accessibility', 'Report a Bug', 'Technical Support'];
const udCard = ([meaning, example, who, when, up, down]: (typeof udDefs)[number], i: number): string => `<div class="definition bg-white mb-4 shadow-light">
<div class="p-5">${i === 0 ? '<div class="ribbon mb-4">Top definition</div>' : ''}<div class="flex">
<${i === 0 ? 'h1' : 'h2'} class="flex-1"><a class="word text-denim font-bold font-serif dark:text-fluorescent break-all text-3xl md:text-[2.75rem]"
href="/define.php?term=deskfog">${udWord}</a></${i === 0 ? 'h1' : 'h2'}></div>
<div class="break-words meaning mb-4">${meaning.join('<br><br>')}</div>
<div class="break-words example italic mb-4">${example}</div>
<div class="contributor font-bold">by <a class="a" href="/author.php?author=${who}">${who}</a> ${when}</div>
<div class="flex items-center mt-3"><button class="up-vote"><span>${up}</span></button><button class="down-vote"><span>${down}</span></button>
<div class="share-icons"><a aria-label="Share on Facebook">Facebook</a><a aria-label="Share on Twitter">Twitter</a></div>
<a class="mug-ad text-denim" href="/store">Get the ${udWord} mug.</a></div></div></div>`;
const udHtml = `<!DOCTYPE html><html lang="en-US"><head><title>Urban Dictionary: deskfog</title>
<meta name="description" content="The thick, slow mental state that settles over you around 3pm at your desk.">
<meta property="og:site_name" content="Urban Dictionary"><link rel="canonical" href="https://www.urbandictionary.com/define.php?term=deskfog">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DefinedTerm","name":"deskfog"}</script>
<script>window.UD = {"term":"deskfog","defids":[18842211,18902233,19011020]};</script></head>
<body class="bg-white dark:bg-denim"><div class="qc-cmp2-container"><p>We value your privacy</p><p>We and our partners store and/or access
information on a device, such as cookies, and process personal data.</p><button>AGREE</button><button>MORE OPTIONS</button></div>
<header class="bg-denim text-white"><a href="/" class="logo">Urban Dictionary</a><form action="/define.php"><input name="term"
placeholder="Type any word..."></form><nav><ul>${links(udNav, 'px-2')}</ul></nav></header>
<main class="container mx-auto"><div class="flex"><section class="w-full lg:w-2/3">
${udDefs.map(udCard).join('\n')}
<div class="ad-slot text-xs text-gray-500">Advertisement</div></section>
<aside class="hidden lg:block lg:w-1/3"><div class="wotd"><h3>Word of the Day</h3><p><a href="/define.php?term=fridge+archaeology">fridge
archaeology</a></p><p>The careful dig to the back shelf to find out what the smell is.</p></div>
<div class="newsletter"><p>Get the Urban Word of the Day every day!</p><input type="email" placeholder="Email"><button>Subscribe</button></div></aside>
</div></main><footer class="bg-denim"><ul>${links(udFoot)}</ul><p>© 1999-2026 Urban Dictionary ®</p></footer></body></html>`;

const urban: TestPage = {
  name: 'heldout315-urban-dictionary-wiki',
  kind: 'wiki',
  html: udHtml,
  title: udWord,
  headings: [],
  body: udDefs.flatMap(([m, e]) => [...m, e]),
  bylines: udDefs.flatMap(([, , who, when]) => [`by ${who} ${when}`]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We value your privacy', 'We and our partners store and/or access information on a device, such as cookies, and process personal data.',
    'AGREE', 'MORE OPTIONS', 'Urban Dictionary', ...udNav, 'Top definition', '1,482', '611', '204', '131', 'Facebook', 'Twitter',
    'Get the deskfog mug.', 'Advertisement', 'Word of the Day', 'fridge archaeology', 'The careful dig to the back shelf to find out what the smell is.',
    'Get the Urban Word of the Day every day!', 'Subscribe', ...udFoot, '© 1999-2026 Urban Dictionary ®',
  ],
};

const mdTitle = 'Paint holdback';
const mdBody = [
  j(
    '<strong>Paint holdback</strong> is the short period during which a browser deliberately delays the first paint of a page',
    'until enough of its render-blocking resources have arrived to avoid showing an unstyled or half-laid-out screen.',
  ),
  j(
    'During paint holdback the browser keeps the previous page, or a blank viewport, on screen. The holdback ends as soon as',
    'the critical style sheets and fonts are ready or when a time limit set by the browser runs out, whichever comes first.',
    'A long holdback makes a page feel slow even if its content arrives quickly, so it is one of the things measured by',
    'metrics such as <a href="/en-US/docs/Glossary/First_contentful_paint">First Contentful Paint</a>.',
  ),
  j(
    'Authors can shorten paint holdback by inlining critical CSS, by loading non-critical style sheets with a',
    '<code>media</code> attribute that does not match at first, and by using <code>font-display: swap</code> for web fonts.',
  ),
];
const mdSee = [
  '<a href="/en-US/docs/Web/Performance/Critical_rendering_path">Critical rendering path</a>',
  '<a href="/en-US/docs/Glossary/Render-blocking">Render-blocking</a>',
  '<a href="https://en.wikipedia.org/wiki/Paint_holdback">Paint holdback</a> on Wikipedia',
];
const mdSide = ['Abstraction', 'Accessibility', 'Paint holdback', 'Parser', 'Payload body', 'Perceived performance'];
const mdNav = ['References', 'Guides', 'Plus', 'Curriculum', 'Blog', 'Play', 'AI Help'];
const mdFoot = ['Web Technologies', 'Learn Web Development', 'MDN Plus', 'Hacks Blog', 'About', 'Community', 'Advertise with us'];
const mdHtml = `<!DOCTYPE html><html lang="en-US" data-renderer="Doc"><head><meta charset="utf-8"><title>Paint holdback - Glossary | MDN</title>
<meta name="description" content="Paint holdback is the short period during which a browser deliberately delays the first paint of a page.">
<link rel="canonical" href="https://developer.mozilla.org/en-US/docs/Glossary/Paint_holdback">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","name":"Paint holdback"}</script>
<script>(function(){try{document.documentElement.className=localStorage.getItem("theme")||"light"}catch(e){}})();</script></head>
<body><div id="root"><ul id="nav-access" class="a11y-nav"><li><a href="#content">Skip to main content</a></li>
<li><a href="#top-nav-search-input">Skip to search</a></li></ul>
<div class="top-banner"><p class="mdn-cta-copy">Learn front-end development with high quality, interactive courses from Scrimba.</p>
<a class="mdn-cta-button" href="/en-US/curriculum/">Enroll now!</a></div>
<div class="sticky-header-container"><header class="top-navigation"><div class="container"><a href="/en-US/" class="logo">MDN Web Docs</a>
<nav class="main-nav"><ul class="main-menu">${links(mdNav, 'top-level-entry-container')}</ul></nav>
<form class="search-form"><input id="top-nav-search-input" placeholder="   "></form><a href="/users/fxa/login">Log in</a>
<a href="/users/fxa/signup" class="button">Sign up for free</a></div></header>
<div class="article-actions-container"><nav class="breadcrumbs-container"><ol typeof="BreadcrumbList" class="breadcrumbs">
<li property="itemListElement"><a href="/en-US/docs/Glossary">Glossary of web terms</a></li>
<li property="itemListElement"><a href="/en-US/docs/Glossary/Paint_holdback" aria-current="page">Paint holdback</a></li></ol></nav>
<button class="button article-actions-toggle">Article Actions</button></div></div>
<div class="main-wrapper"><div class="sidebar-container"><aside id="sidebar-quicklinks" class="sidebar"><nav class="sidebar-inner">
<div class="in-nav-toc"><p>In this article</p></div><ol><li><strong><a href="/en-US/docs/Glossary">MDN Web Docs Glossary</a></strong></li>
${links(mdSide)}</ol></nav></aside></div>
<aside class="toc"><section class="document-toc-container"><h2 class="document-toc-heading">In this article</h2>
<ul class="document-toc-list"><li class="document-toc-item"><a href="#see_also">See also</a></li></ul></section>
<div class="place side"><p class="pong-note">Ad</p><p>Ship faster with Lindenbloom edge hosting. Free tier for open source.</p></div></aside>
<main id="content" class="main-content" role="main"><article class="main-page-content" lang="en-US">
<header><h1>${mdTitle}</h1></header><div class="section-content">${ps(mdBody)}</div>
<section aria-labelledby="see_also"><h2 id="see_also"><a href="#see_also">See also</a></h2><div class="section-content"><ul>
${mdSee.map((s) => `<li>${s}</li>`).join('\n')}</ul></div></section>
<aside class="metadata"><div class="metadata-content-container"><div id="on-github" class="on-github"><h3>Help improve MDN</h3>
<p>Was this page helpful to you?</p><button>Yes</button><button>No</button><p><a href="/en-US/docs/MDN/Community">Learn how to contribute</a>.</p></div>
<p class="last-modified-date">This page was last modified on <time datetime="2026-02-14T08:12:00.000Z">Feb 14, 2026</time> by
<a href="/en-US/docs/Glossary/Paint_holdback/contributors.txt">MDN contributors</a>.</p>
<div class="github-link"><a href="https://github.com/mdn/content/blob/main/files/en-us/glossary/paint_holdback/index.md">View this page on GitHub</a>
• <a href="https://github.com/mdn/content/issues/new">Report a problem with this content</a></div></div></aside></article></main></div>
<footer id="nav-footer" class="page-footer"><div class="page-footer-grid"><p>Your blueprint for a better internet.</p><ul>${links(mdFoot)}</ul>
<p>Visit <a href="https://www.mozilla.org">Mozilla Corporation’s</a> not-for-profit parent, the Mozilla Foundation.</p></div></footer></div></body></html>`;

const mdn: TestPage = {
  name: 'heldout315-mdn-glossary-docs',
  kind: 'docs',
  html: mdHtml,
  title: mdTitle,
  headings: ['See also'],
  body: [...texts(mdBody), ...texts(mdSee)],
  bylines: ['This page was last modified on Feb 14, 2026 by MDN contributors.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to search', 'Learn front-end development with high quality, interactive courses from Scrimba.', 'Enroll now!',
    'MDN Web Docs', ...mdNav, 'Log in', 'Sign up for free', 'Glossary of web terms', 'Article Actions', 'In this article', 'MDN Web Docs Glossary',
    'Abstraction', 'Accessibility', 'Parser', 'Payload body', 'Perceived performance', 'Ship faster with Lindenbloom edge hosting. Free tier for open source.',
    'Help improve MDN', 'Was this page helpful to you?', 'Learn how to contribute', 'View this page on GitHub', 'Report a problem with this content',
    'Your blueprint for a better internet.', ...mdFoot, 'Visit Mozilla Corporation’s not-for-profit parent, the Mozilla Foundation.',
  ],
};

export const HELDOUT315_E: readonly TestPage[] = [urban, mdn];
