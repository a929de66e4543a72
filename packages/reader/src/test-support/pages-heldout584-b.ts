import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, page } from './pages-heldout584-kit.js';

/**
 * Held-out batch 584, file b: a lettercutter's long inscription guide on Squarespace 7.1 (blog item with quote and image
 * blocks, inscription examples, newsletter footer) and a short memorial care post on a Wix blog.
 */
const sTitle = 'A Guide to Lettering and Inscriptions for Memorials';
const sHtmlBlock = (h: string): string =>
  `<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">\n${h}\n</div></div>
</div>`;
const sp = (paras: readonly string[]): string => ps(paras, ' class="" style="white-space:pre-wrap;"');
const sIntro = [
  j(
    'The words on a memorial are the part people read, often for a hundred years or more. They are also the part families find',
    'hardest to settle. Over twenty years of cutting letters I have sat with hundreds of people at the workshop table, and the same',
    'questions come up every time: how much should we say, which style of letter, and how will it look when it is done?',
  ),
  j(
    'This guide walks through the decisions in the order I take them with clients. None of it is a rule. It is simply what tends to',
    'make an inscription easy to read and good to look at for a long time.',
  ),
];
const sH = ['Start with the words', 'Choosing a letter style', 'Incised, raised or painted?', 'Laying out the inscription', 'Adding names later'];
const sWords = [
  j(
    'Write the inscription out by hand before you think about how it will look. Read it aloud. The best memorials usually say less',
    'than families first expect: a name, the dates, a relationship, and perhaps one line that belongs to that person alone.',
  ),
  'Here are three inscriptions from recent commissions, shown line by line as they were cut:',
];
const sExamples = [
  'IN LOVING MEMORY OF<br> MARGARET ANNE FELL<br> 1931 – 2024<br> <em>She kept the garden for us all</em>',
  'JOSEPH ALDER<br> CARPENTER OF THIS PARISH<br> 12 MAY 1948 – 3 JUNE 2023',
  'ROSE &amp; WILLIAM TEAGUE<br> TOGETHER AGAIN',
];
const sWordsMore = [
  j(
    'Count the characters in each line. A headstone 600 millimetres wide comfortably holds about 22 capital letters at 50 millimetres',
    'high. Longer lines mean smaller letters, and small letters on a stone seen from the path become hard to read within a few years.',
  ),
  j(
    'Check every spelling and date twice, then ask someone else in the family to check them again. Once a letter is cut, it is in',
    'the stone. Mistakes can be filled and recut, but the repair always shows.',
  ),
];
const sStyle = [
  j(
    'Most memorial lettering falls into three families. Roman capitals, based on the letters of Roman inscriptions, are formal and',
    'timeless and suit almost any stone. Sans serif letters, without the small finishing strokes, feel modern and clean, and read',
    'well on polished granite. Italic, a slanted and flowing letter, is lovely for a short line of verse or a personal phrase.',
  ),
  j(
    'Mixing more than two styles on one stone rarely works. A good pairing is Roman capitals for the name and a lower case italic',
    'for the epitaph. Avoid computer fonts designed for print, which often have thin strokes that disappear when cut into stone.',
  ),
];
const sQuote = 'A letter cut by hand carries the rhythm of the person who cut it. You can feel the difference even if you cannot name it.';
const sQuoteSource = '— Anselm Brick, letter carver';
const sMethod = [
  j(
    'Incised letters are cut into the surface with a V-shaped section. They are the most durable method and suit every stone, and on',
    'sandstone or slate they are usually left unpainted, so that the shadow in the cut shows the letter.',
  ),
  j(
    'Raised letters are left standing when the background is cut away. They take far longer and so cost more, and they are best kept',
    'for a short name or a single word. Painted and gilded letters add contrast on dark granite; enamel paint needs refreshing every',
    'ten to fifteen years, while 23.5 carat gold leaf can last for decades.',
  ),
];
const sMethodList = [
  '<strong>Incised:</strong> durable, suits all stones, priced by the letter.',
  '<strong>Raised:</strong> striking but slow to make, best for short texts.',
  '<strong>Painted or gilded:</strong> adds contrast to incised letters, needs care over time.',
];
const sLayout = [
  j(
    'Most inscriptions are centred, with the name as the largest line. Give the name room: I usually allow a clear space above it',
    'equal to the height of its letters. Dates can be set smaller, and a verse smaller again.',
  ),
  j(
    'I draw every inscription full size on paper and tape it to the stone before cutting. Families are always welcome to come and see',
    'the drawing in place. It is far easier to move a line on paper than to argue with it in stone.',
  ),
];
const sLater = [
  j(
    'If the memorial will one day carry a second name, plan for it now. Leave enough clear stone below the first inscription, and',
    'keep a note of the letter style and size with the drawing. We keep every drawing on file so that a later inscription matches.',
  ),
  j(
    'An additional inscription is usually cut in the cemetery or churchyard, with the stone left standing. Allow six to eight weeks,',
    'as the burial authority must approve the new wording first.',
  ),
];
const sCaption = 'Drawing an inscription full size before cutting.';
const sNav = ['Work', 'Commissions', 'Journal', 'About', 'Contact'];
const sCats = ['Guides', 'Lettering'];
const sFoot = ['Instagram', 'Privacy', 'Terms'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>${sTitle} &mdash; Ines Marrow Lettercutting</title>
<meta property="og:site_name" content="Ines Marrow Lettercutting"><meta property="og:type" content="article">
<meta itemprop="author" content="Ines Marrow"><meta itemprop="datePublished" content="2025-01-12T10:30:00+0000">
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteId":"61b2f9c0a1e4b5","collectionId":"61b2fa51c3d2"};</script>
<script type="application/ld+json">{"url":"https://www.inesmarrow.co.uk","name":"Ines Marrow Lettercutting",
"@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//assets.squarespace.com/universal/styles-compressed/commerce-ad8c4b2e.min.css" rel="stylesheet" type="text/css">
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/61b2f9c0a1e4b5/14/5c5a519771c10ba3470d8101/site.css">
</head>
<body id="item-65a0c3f4e1d2c8" class="header-width-full tweak-transparent-header primary-button-style-solid tweak-blog-item-width-narrow
 tweak-blog-item-alignment-center tweak-blog-item-meta-position-above-title tweak-blog-item-show-author-name tweak-blog-item-show-date
 view-item collection-type-blog-basic collection-61b2fa51c3d2 mobile-style-available sqs-seven-one" tabindex="-1">
<div id="siteWrapper" class="clearfix site-wrapper"><div id="floatingCart" class="floating-cart hidden"></div>
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="sqs-announcement-bar-dropzone"></div><div class="header-announcement-bar-wrapper"><a href="#page"
 class="header-skip-link sqs-button-element--primary">
Skip to Content</a><div class="header-border" data-header-style="dynamic"></div><div class="header-inner container--fluid header-layout--with-commerce">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper"><div class="header-title"
 data-animation-role="header-element">
<div class="header-title-text"><a id="site-title" href="/" data-animation-role="header-element">Ines Marrow Lettercutting</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map((n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase()}" data-animation-role="header-element">${n}</a></div>`)
  .join('\n')}
</nav></div></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65a0c3f4e1d2c9">
<section data-test="page-section" data-section-theme="" class="page-section layout-engine-section background-width--full-bleed section-height--medium
 content-width--wide horizontal-alignment--center vertical-alignment--middle" data-section-id="65a0c3f4e1d2ca"><div class="section-border"></div>
<div class="content-wrapper"><div class="content"><div class="blog-basic-grid collection-content-wrapper" data-controller="BlogImageLoader">
<article class="entry h-entry hentry author-ines-marrow post-type-text article-index-1 tag-lettering category-guides" data-item-id="65a0c3f4e1d2cb"
 id="article-65a0c3f4e1d2cb"><div class="blog-item-wrapper"><div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper">
<div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="2025-01-12">January 12, 2025</time></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div>
<div class="blog-item-author-date-wrapper"><div class="blog-meta-item blog-meta-item--author"><span class="blog-author-label">Written By</span>
<a href="/journal?author=61b2fb02d4e1" class="blog-author-name">Ines Marrow</a></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-layout-label="Post Body" data-type="item" id="item-65a0c3f4e1d2cb">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="1705055400000" id="item-65a0c3f4e1d2cb"><div class="row sqs-row">
<div class="col sqs-col-12 span-12">
${sHtmlBlock(`${sp(sIntro)}\n<h2>${sH[0]}</h2>\n${sp(sWords)}`)}
${sHtmlBlock(sExamples.map((e) => `<p class="sqsrte-small" style="text-align:center;white-space:pre-wrap;">${e}</p>`).join('\n'))}
${sHtmlBlock(`${sp(sWordsMore)}\n<h2>${sH[1]}</h2>\n${sp(sStyle)}`)}
<div class="sqs-block quote-block sqs-block-quote" data-block-type="31"><div class="sqs-block-content"><figure>
<blockquote data-animation-role="quote"><span>“</span>${sQuote}<span>”</span></blockquote><figcaption class="source">${sQuoteSource}</figcaption></figure>
</div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<div class="image-block-wrapper" data-animation-role="image"><div class="sqs-image-shape-container-element has-aspect-ratio">
<img data-stretch="false" data-src="https://images.squarespace-cdn.com/content/v1/61b2f9c0a1e4b5/drawing.jpg" alt="" loading="lazy"></div></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="" style="white-space:pre-wrap;">${sCaption}</p></div></figcaption></figure>
</div></div>
${sHtmlBlock(
  `<h2>${sH[2]}</h2>\n${sp(sMethod)}\n<ul data-rte-list="default">${lis(sMethodList.map((m) => `<p class="" style="white-space:pre-wrap;">${m}</p>`))}</ul>`,
)}
${sHtmlBlock(`<h2>${sH[3]}</h2>\n${sp(sLayout)}\n<h2>${sH[4]}</h2>\n${sp(sLater)}`)}
</div></div></div></div></div>
<div class="blog-item-bottom-wrapper"><div class="blog-meta-section"><span class="blog-categories-list">${sCats
  .map((c) => `<a href="/journal?category=${c}" class="blog-categories">${c}</a>`)
  .join('\n')}</span></div>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic" aria-label="Previous and next posts">
<a class="item-pagination-link item-pagination-link--prev" href="/journal/gilding-letters"><div class="item-pagination-prev-next">Previous</div>
<h2 class="item-pagination-title">Why I Still Gild by Hand</h2></a><a class="item-pagination-link item-pagination-link--next"
 href="/journal/slate-from-the-quarry">
<div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">Choosing Slate at the Quarry</h2></a></section></div></div></article>
</div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section"><div
 class="content-wrapper">
<div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-6 span-6">
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div
 class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat">
<form class="newsletter-form" data-form-id="61b2fd"><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">From the Workshop</h2>
<div class="newsletter-form-header-description"><p>A short letter each season about new work and open studio days.</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div
 class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="newsletter-email">Email Address</label><input id="newsletter-email"
 class="newsletter-form-field-element field-element"
 name="email" type="email" placeholder="Email Address"></div></div><div class="newsletter-form-button-wrapper submit-wrapper"><button
 class="newsletter-form-button
 sqs-system-button sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape sqs-button-element--primary" type="submit">
<span class="newsletter-form-button-label">Sign Up</span></button></div></div><div class="newsletter-form-footnote"><p>We respect your privacy.</p></div>
<div class="form-submission-text hidden">Thank you!</div></form></div></div></div></div><div class="col sqs-col-6 span-6">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><p>Workshop 2, Tanner's Yard, Kellbridge</p>
<p>${sFoot.map((f) => `<a href="/${f.toLowerCase()}">${f}</a>`).join(' · ')}</p><p>© 2025 Ines Marrow Lettercutting</p></div></div></div></div></div></div>
</div></div>
</section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--floating" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-deny">Decline</button><button class="sqs-cookie-banner-v2-accept">Accept</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script></body></html>`;
const squarespace: TestPage = page({
  name: 'heldout584-squarespace-lettering-guide',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: texts([...sIntro, ...sWords, ...sExamples, ...sWordsMore, ...sStyle, sQuote, sQuoteSource, ...sMethod, ...sMethodList, ...sLayout, ...sLater]),
  bylines: ['January 12, 2025', 'Written By Ines Marrow'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Ines Marrow Lettercutting', ...sNav, sCaption, ...sCats, 'Previous', 'Why I Still Gild by Hand', 'Next',
    'Choosing Slate at the Quarry', 'From the Workshop', 'A short letter each season about new work and open studio days.', 'Email Address', 'Sign Up',
    'We respect your privacy.', "Workshop 2, Tanner's Yard, Kellbridge", ...sFoot, '© 2025 Ines Marrow Lettercutting',
    'This website uses cookies to improve your experience.', 'Decline', 'Accept',
  ],
});

const wTitle = 'How to Care for a Granite or Marble Memorial';
const wBody = [
  j(
    'A new memorial needs very little looking after, but a gentle clean twice a year keeps the lettering crisp and stops lichen',
    'from taking hold. Here is what we tell every family when we hand over a finished stone.',
  ),
  'Use only clean water, a soft brush and a mild, non-ionic soap. Never use bleach, wire brushes or a pressure washer.',
  'Rinse from the top down and dry polished granite with a soft cloth to avoid water marks.',
  'Leave marble to dry on its own, and never scrub painted or gilded letters.',
  j(
    'If the stone leans or moves when gently pushed, do not try to straighten it yourself. Call us and we will come and look at it',
    'free of charge within the first ten years.',
  ),
];
const wCls = (c: string): string => `class="${c}" dir="auto"`;
const wP = (t: string): string =>
  `<div data-breakout="normal"><p ${wCls('MS7sOC _4K3hF qPn7Zs')}><span ${wCls('_2PHJq public-DraftStyleDefault-ltr')}>${t}</span></p></div>`;
const wNav = ['Home', 'Memorials', 'Cleaning & Repairs', 'Blog', 'Contact'];
const wRecent = ['Choosing a Photo Plaque', 'Our New Display Garden Is Open', 'What Is a Kerbset?'];
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>${wTitle}</title><meta name="description" content="Cleaning tips for new memorials.">
<meta property="og:type" content="article"><meta property="article:author" content="Dale Ruskin"><meta property="article:published_time"
 content="2024-10-08T11:02:51.318Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wTitle}",
"author":{"@type":"Person","name":"Dale Ruskin"}}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"4d1e7f60-2b1c-4a7e-9f31-aa0c2c1e8d11"},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255;}#comp-lx2k8a{width:980px}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region"
 aria-label="top of page">
<span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg">
</div></div>
<div class="U4Bvut"><div data-testid="richTextElement" class="wixui-rich-text" id="comp-kx1m0f3a"><p class="font_0 wixui-rich-text__text"
 style="font-size:26px;">
<span class="wixui-rich-text__text">Ruskin Memorials</span></p></div>
<wix-dropdown-menu id="comp-kx1m0f5c" class="XwCBRN NHM1d1 comp-kx1m0f5c wixui-dropdown-menu hidden-during-prewarmup" tabindex="-1" dir="ltr"><nav
 class="R_TAzU" id="comp-kx1m0f5cnavContainer"
 aria-label="Site"><ul class="y7qwii" id="comp-kx1m0f5citemsContainer">${wNav
   .map(
     (n, i) => `<li class="wbgQXa wixui-dropdown-menu__item" data-direction="ltr" data-listposition="${i}"><a data-testid="linkElement" href="/${i}"
 class="UiHgGh"><div class="yRj2ms"><div class="" style="text-align:left"><p class="JS76Uv" id="comp-kx1m0f5c${i}label">${n.replace('&', '&amp;')}</p></div>
</div></a></li>`,
   )
   .join('\n')}</ul></nav></wix-dropdown-menu></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="tprl3"
 class="dBAkHi">
<section id="TPASection_ikdd5uf5" class="wixui-section"><div class="blog-post-page-font"><article class="blog-post-page-font _2Q3n2" data-hook="post">
<div class="_3Mp8k"><div class="post-metadata" data-hook="post-metadata"><a href="/profile/dale-ruskin/profile" class="_1xJUr" data-hook="user-name">
<span class="_2-DkX" data-hook="user-name">Dale Ruskin</span></a><ul class="_2h5CN"><li><span class="post-metadata__date time-ago"
 data-hook="time-ago">Oct 8, 2024</span></li>
<li><span class="post-metadata__readTime" data-hook="time-to-read">1 min read</span></li></ul></div></div>
<div class="_1TJNU"><h1 class="H3vOVf blog-post-title-font blog-post-title-color" data-hook="post-title"><span
 class="post-title__text blog-post-title-font">${wTitle}</span></h1></div>
<div class="post-content__body" data-hook="post-description"><div class="moHCnT" data-rce-version="9.8.5" data-id="content-viewer"><div class="kvd4r"
 dir="ltr" data-hook="rcv-block-first">
${wP(wBody[0] ?? '')}
<ul class="_9AvuQ public-DraftStyleDefault-ul">${lis(
  wBody.slice(1, 4).map((t) => `<p ${wCls('MS7sOC _3Nso4')}><span>${t}</span></p>`),
  '_4r8hb public-DraftStyleDefault-unorderedListItem',
)}</ul>
${wP(wBody[4] ?? '')}
</div></div></div>
<div class="post-footer" data-hook="post-footer"><div class="_1nFgk"><div class="post-stats" data-hook="post-stats"><span
 data-hook="views-counter">48 views</span>
<span data-hook="comment-counter">0 comments</span></div><button class="like-button" data-hook="like-button" aria-label="Post not marked as liked">
<span class="like-button-with-count__like-count" data-hook="like-button-with-count__like-count">2</span></button></div></div></article>
<div class="recent-posts" data-hook="recent-posts"><div class="_2uPln"><h2 class="blog-post-title-font" data-hook="recent-posts-title">Recent Posts</h2>
<a href="/blog" data-hook="recent-posts-see-all">See All</a></div><div class="_1vBvV">${wRecent
  .map((r) => `<div class="post-list-item" data-hook="post-list-item"><h3 class="post-title" data-hook="post-title">${r}</h3></div>`)
  .join('\n')}</div></div></div></section></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div class="wixui-rich-text"><p class="font_9 wixui-rich-text__text">
<span class="wixui-rich-text__text">© 2024 by Ruskin Memorials. Proudly created with Wix.com</span></p></div></footer></div></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="bottom of page"><span class="mHZSwn">bottom of page</span>
</div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.6c1f2f5b.bundle.min.js" async></script></body></html>`;
const wix: TestPage = page({
  name: 'heldout584-wix-memorial-care',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [],
  body: texts(wBody),
  bylines: ['Dale Ruskin', 'Oct 8, 2024'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ruskin Memorials', ...wNav, '1 min read', '48 views', '0 comments', 'Recent Posts', 'See All', ...wRecent,
    '© 2024 by Ruskin Memorials. Proudly created with Wix.com',
  ],
});

export const HELDOUT584_B: readonly TestPage[] = [squarespace, wix];
