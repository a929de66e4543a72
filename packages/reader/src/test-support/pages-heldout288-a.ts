import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout288-kit.js';
import { wixSchool } from './pages-heldout288-a2.js';

/**
 * Held-out batch 288, file a: a church's weekly news post on a Squarespace 7.1 blog (header nav, announcement bar, blog item
 * meta with author and date, share buttons, "Filed under" categories, previous / next pagination, the footer sections and the
 * cookie banner) and, from file a2, a primary school's newsletter on a Wix blog.
 */
const cTitle = 'This Week at St Brannoc’s: Lent lunches, the boiler, and a new server rota';
const cHeads = ['Services this Sunday', 'Lent lunches in the hall', 'The boiler (again)', 'Servers and readers'];
const cIntro = [
  j(
    'Dear friends, thank you to everyone who braved the rain last Sunday. We counted seventy-two in church at the ten o’clock',
    'Eucharist, which is our best February attendance for some years, and the coffee rota coped admirably with the crowd.',
  ),
];
const cSun = [
  j(
    'This Sunday is the Second Sunday of Lent. Said Eucharist is at 8am in the Lady Chapel, and the Parish Eucharist is at 10am with',
    'Sunday Club meeting in the vestry. Evensong at 6pm will be sung by the Wendle Valley Singers, who have kindly offered to join us.',
  ),
  j('Please note that the 10am service will be led by the Revd Canon Petra Aldous while Father Simon is on retreat.'),
];
const cLunch = [
  j(
    'Our Lent lunches continue every Wednesday at 12.30pm. Soup, bread and cheese are served for a suggested donation of £4, and',
    'everything raised this year will go to the Tollerby Food Bank. Last week’s lunch raised £186.',
  ),
  'We still need help with the following:',
  'Two more soup makers for 11 and 18 March',
  'Someone to collect bread from Harwell’s Bakery on Wednesday mornings',
  'Washers-up, from 1.30pm until about 2.15pm',
  j('If you can help, please add your name to the list at the back of church or speak to Janet Corrie.'),
];
const cBoiler = [
  j(
    'Many of you will have noticed that church was cold on Sunday. The boiler failed again on Friday evening and the engineer was',
    'not able to come out until Monday. He has now replaced the ignition board and it is working, but he has warned the churchwardens',
    'that the heat exchanger is nearing the end of its life.',
  ),
  j(
    'The PCC will discuss the options at its meeting on 17 March. A replacement is likely to cost between £14,000 and £18,000, and',
    'we will need a faculty from the diocese before any work can begin. In the meantime, please bring a warm layer on Sundays.',
  ),
];
const cServe = [
  j(
    'The new rota for servers and readers from Easter to Pentecost is now on the noticeboard. If you cannot make a date you have',
    'been given, please arrange a swap and let Martin know so that the printed sheet can be updated.',
  ),
  j('We would love to welcome new readers, especially younger members of the congregation. No experience is needed and we offer a short practice session.'),
  'With every blessing for the week ahead, Simon',
];
const cNav = ['Home', 'About Us', 'Services', 'Weddings & Baptisms', 'News', 'Hall Hire', 'Contact'];
const cCats = ['Weekly News', 'Lent 2026'];
const cFoot = ['Safeguarding', 'Privacy Notice', 'Find Us'];
const cHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href="">
<meta charset="utf-8" />
<title>${cTitle} — St Brannoc’s Church, Tollerby</title>
<link rel="canonical" href="https://www.stbrannocs-tollerby.org.uk/news/this-week-lent-2"/>
<meta property="og:site_name" content="St Brannoc’s Church, Tollerby"/><meta property="og:title" content="${cTitle}"/>
<meta property="og:type" content="article"/><meta itemprop="author" content="Simon Treloar"/><meta itemprop="datePublished" content="2026-02-27T17:40:12+0000"/>
<meta name="description" content="Thank you to everyone who braved the rain last Sunday. Lent lunches continue on Wednesdays."/>
<script type="text/javascript" src="//assets.squarespace.example/universal/scripts-compressed/extract-css-runtime.js" defer></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"storeSettings":{}},"templateId":"5c5a519771c10ba3470d8101",
"collectionId":"61a2f0c3b8d44c1a2e6f0d11","itemId":"65ddf0aa12b4c71e1fa90c3e","pageType":"blog"};</script>
<script type="application/ld+json">{"url":"https://www.stbrannocs-tollerby.org.uk","name":"St Brannoc’s Church, Tollerby","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"name":"${cTitle}","datePublished":"2026-02-27T17:40:12+0000","author":{"@type":"Person","name":"Simon Treloar"},
"@context":"http://schema.org","@type":"BlogPosting"}</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.example/static/versioned-site-css/61a2f0/site.css"/></head>
<body id="item-65ddf0aa12b4c71e1fa90c3e" class="primary-button-style-solid tweak-blog-item-width-medium tweak-blog-item-show-author-name
tweak-blog-item-show-date tweak-blog-item-pagination-show-thumbnails header-overlay-alignment-center view-item collection-type-blog
collection-61a2f0c3b8d44c1a2e6f0d11 mobile-style-available sqs-seven-one">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content">
<div class="sqs-announcement-bar-text-inner"><p>Ash Wednesday services: 8am and 7.30pm, with imposition of ashes. All welcome.</p></div></div>
<div class="sqs-announcement-bar-close" aria-label="Close Announcement"></div></div></div>
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" id="site-title">St Brannoc’s Church, Tollerby</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${cNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}"
data-animation-role="header-element">${t.replace('&', '&amp;')}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta"><a
class="btn btn--border theme-btn--primary-inverse
sqs-button-element--primary" href="/give">Give Online</a></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="61a2f0c3b8d44c1a2e6f0d12">
<section data-test="page-section" data-section-theme="" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle"><div class="content-wrapper"><div class="content">
<div class="blog-item-wrapper"><article class="entry h-entry hentry author-simon-treloar post-type-text article-index-1 category-weekly-news tag-lent"
data-item-id="65ddf0aa12b4c71e1fa90c3e">
<div class="blog-item-top-wrapper"><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${cTitle}</h1>
</div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--author"><span class="blog-author-name">
<a href="/news?author=5f1a2c">Simon Treloar</a></span></div>
<time class="dt-published blog-meta-item blog-meta-item--date" datetime="2026-02-27" pubdate data-animation-role="date">February 27, 2026</time></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="1709055612000" id="item-65ddf0aa12b4c71e1fa90c3e">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_91">
<div class="sqs-block-content"><div class="sqs-html-content" data-sqsp-text-block-content>
${ps(cIntro, ' class="" style="white-space:pre-wrap;"')}
<h3 style="white-space:pre-wrap;">${cHeads[0]}</h3>
${ps(cSun, ' class="" style="white-space:pre-wrap;"')}
<h3 style="white-space:pre-wrap;">${cHeads[1]}</h3>
${ps(cLunch.slice(0, 2), ' class="" style="white-space:pre-wrap;"')}
<ul data-rte-list="default">${cLunch
  .slice(2, 5)
  .map((t) => `<li><p class="" style="white-space:pre-wrap;">${t}</p></li>`)
  .join('\n')}</ul>
${ps(cLunch.slice(5), ' class="" style="white-space:pre-wrap;"')}
</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-yui_3_17_2_1_92"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper" data-animation-role="image"><img alt=""
src="https://images.squarespace-cdn.example/soup.jpg"
data-image-dimensions="1500x1000" loading="lazy"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>Leek and potato soup at last week’s Lent lunch. Photo: Ruth Penhale</p></div>
</figcaption>
</figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_93"><div class="sqs-block-content"><div class="sqs-html-content">
<h3 style="white-space:pre-wrap;">${cHeads[2]}</h3>
${ps(cBoiler, ' class="" style="white-space:pre-wrap;"')}
<h3 style="white-space:pre-wrap;">${cHeads[3]}</h3>
${ps(cServe, ' class="" style="white-space:pre-wrap;"')}
</div></div></div></div></div></div></div></div>
<div class="blog-item-inner-wrapper"><div class="blog-meta-section"><span class="blog-categories-list">Filed under
${cCats.map((t) => `<a href="/news/category/${t}" class="blog-item-category">${t}</a>`).join(', ')}</span></div>
<div class="blog-share-wrapper"><div class="blog-share"><div class="blog-share-label">Share</div>
<div class="squarespace-social-buttons inline-style" data-system-data-id="65ddf0aa" data-asset-url="" data-record-type="1"
data-full-url="/news/this-week-lent-2"
data-title="${cTitle}"><a class="ss-social-button" href="#facebook"><span class="ss-social-button-icon"></span><span
class="ss-social-button-text">Facebook</span></a>
<a class="ss-social-button" href="#email"><span class="ss-social-button-text">Email</span></a></div></div></div></div>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid">
<a href="/news/this-week-lent-1" class="item-pagination-link item-pagination-link--prev"><div class="item-pagination-prev-next">Previous</div>
<h2 class="item-pagination-title">This Week at St Brannoc’s: Ash Wednesday and the Lent course</h2></a>
<a href="/news/hall-roof-appeal" class="item-pagination-link item-pagination-link--next"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Hall roof appeal passes halfway mark</h2></a></section></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section has-background"><div class="content-wrapper">
<div class="sqs-block html-block"><div class="sqs-html-content"><h3>St Brannoc’s Church</h3><p>Church Lane, Tollerby, Wendleshire TL4 9QE</p>
<p>Parish Office open Tuesday and Thursday mornings, 9.30am to 12 noon</p></div></div>
<div class="sqs-block html-block"><div class="sqs-html-content"><ul>${links(cFoot)}</ul>
<p>Registered charity no. 1134672</p></div></div></div></section></footer>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-bottom" role="dialog" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience and to count visits anonymously.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept">Accept</button>
<button class="sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
<script type="text/javascript"
data-sqs-type="imageloader-bootstrapper">(function() {if(window.ImageLoader) { window.ImageLoader.bootstrap({}, document); }})();</script>
<script>Squarespace.afterBodyLoad(Y);</script></body></html>`;
const church: TestPage = {
  name: 'heldout288-squarespace-church-blog',
  kind: 'blog',
  html: cHtml,
  title: cTitle,
  headings: cHeads,
  body: texts([...cIntro, ...cSun, ...cLunch, ...cBoiler, ...cServe]),
  bylines: ['Simon Treloar', 'February 27, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ash Wednesday services: 8am and 7.30pm, with imposition of ashes. All welcome.', 'Skip to Content', 'St Brannoc’s Church, Tollerby', ...cNav,
    'Give Online', 'Leek and potato soup at last week’s Lent lunch. Photo: Ruth Penhale', 'Filed under', ...cCats, 'Share', 'Facebook', 'Email',
    'Previous', 'This Week at St Brannoc’s: Ash Wednesday and the Lent course', 'Next', 'Hall roof appeal passes halfway mark', 'St Brannoc’s Church',
    'Church Lane, Tollerby, Wendleshire TL4 9QE', 'Parish Office open Tuesday and Thursday mornings, 9.30am to 12 noon', ...cFoot,
    'Registered charity no. 1134672', 'This website uses cookies to improve your experience and to count visits anonymously.', 'Accept', 'Decline',
  ],
};

export const HELDOUT288_A: readonly TestPage[] = [church, wixSchool];
