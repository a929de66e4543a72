import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout500-kit.js';

/**
 * Held-out batch 500, file b: a club coach's 16-week marathon plan as a Squarespace 7.1 blog post (announcement bar, html
 * blocks, a table in a code block, item pagination), and a free 5K's weekly run report on WordPress (Twenty Twenty-One).
 */
const sTitle = 'Your first marathon: a 16-week plan that fits around real life';
const sIntro = [
  j(
    'Every January a dozen of our members sign up for their first marathon, and every January the same question comes up at the',
    'Tuesday track session: how much running is enough? This is the plan we give them. It asks for four runs a week, never more than',
    'about 40 miles, and it leaves one weekend a month for everything else you have going on.',
  ),
  j(
    'It assumes you can already run 10K without stopping and that you have been running three times a week for at least three months.',
    'If that is not you yet, start with our couch to 10K programme and come back in the spring.',
  ),
];
const sSecs: [string, string[], string[]][] = [
  [
    'How the weeks work',
    ['Each week has one long run, one steady run, one session with some faster running in it, and one short easy run.'],
    [
      '<strong>Long run</strong> (Sunday): the only run that really matters. Slow enough to talk in full sentences.',
      '<strong>Steady run</strong> (Thursday): 5 to 8 miles a little quicker than the long run.',
      '<strong>Session</strong> (Tuesday): intervals or hills with the club on the track or at Beacon Park.',
      '<strong>Easy run</strong> (Saturday): 3 to 4 miles, or a parkrun at a relaxed pace.',
    ],
  ],
  ['The plan at a glance', [j('Distances are in miles. Weeks 4, 8 and 12 are lighter on purpose: do not be tempted to make up the missing miles.')], []],
  [
    'Pacing the long runs',
    [
      j(
        'Run your long runs at least a minute per mile slower than your hoped-for marathon pace. From week 10, run the last three miles',
        'of every other long run at marathon pace, so your legs learn what it feels like when they are tired.',
      ),
      j('Practise your race-day breakfast, your gels and your kit on the long runs. Nothing on race day should be new, not even socks.'),
    ],
    [],
  ],
  [
    'When life gets in the way',
    [
      j(
        'You will miss runs. If you miss one, forget it. If you miss a week, repeat the previous week. If you are ill, do not run until',
        'you have had two normal days, then go back one week in the plan. Missing a long run is the only thing worth rearranging your',
        'week for.',
      ),
      j('Finally, the taper feels wrong for everyone. Your legs will ache and you will feel slow. Trust it; the work is already done.'),
    ],
    [],
  ],
];
const sRows = [
  ['1', '3', '4', '3', '8', '18'],
  ['2', '3', '5', '3', '9', '20'],
  ['3', '4', '5', '3', '10', '22'],
  ['4', '3', '4', '3', '8', '18'],
  ['5', '4', '6', '3', '12', '25'],
  ['6', '4', '6', '4', '13', '27'],
  ['7', '5', '7', '4', '14', '30'],
  ['8', '4', '5', '3', '10', '22'],
  ['9', '5', '7', '4', '16', '32'],
  ['10', '5', '8', '4', '17', '34'],
  ['11', '6', '8', '4', '18', '36'],
  ['12', '4', '6', '3', '12', '25'],
  ['13', '6', '8', '4', '20', '38'],
  ['14', '5', '7', '4', '15', '31'],
  ['15', '4', '5', '3', '10', '22'],
  ['16', '3', '3', 'Rest', 'Race day', '32'],
];
const sNav = ['Join us', 'Training', 'Races', 'Journal', 'Kit shop'];
const sBlock = (inner: string, id: string): string => `<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-${id}">
<div class="sqs-block-content"><div class="sqs-html-content">${inner}</div></div></div>`;
const sSections = sSecs
  .map(([h, p, li], i) => {
    const list = li.length > 0 ? `<ul data-rte-list="default">${lis(li.map((t) => `<p>${t}</p>`))}</ul>` : '';
    const table =
      i === 1
        ? `<div class="sqs-block code-block sqs-block-code" data-block-type="23"><div class="sqs-block-content"><table class="plan">
<thead><tr><th>Week</th><th>Tue</th><th>Thu</th><th>Sat</th><th>Sun</th><th>Total</th></tr></thead><tbody>${trs(sRows)}</tbody></table></div></div>`
        : '';
    return sBlock(`<h2>${h}</h2>${ps(p, ' class="" style="white-space:pre-wrap;"')}${list}`, `yui_3_17_2_1_${i}`) + table;
  })
  .join('\n');
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>${sTitle} &mdash; Harbour Lane Running Club</title>
<link rel="canonical" href="https://www.harbourlanerc.example/journal/first-marathon-16-week-plan">
<meta property="og:site_name" content="Harbour Lane Running Club"><meta property="og:type" content="article">
<script type="application/ld+json">{"url":"https://www.harbourlanerc.example","name":"Harbour Lane Running Club","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${sTitle}","author":"Coach Bea Linnell",
"datePublished":"2027-01-06"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f2a","siteTitle":"Harbour Lane Running Club"},
"templateId":"5c5a519771c10ba3470d8101"};</script>
<link href="//static1.squarespace.com/static/versioned-site-css/5f2a/12/site.css" rel="stylesheet" type="text/css"></head>
<body id="item-63b8" class="primary-button-style-solid header-width-full tweak-blog-item-width-medium tweak-blog-item-show-author-profile view-item 
collection-type-blog">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content">
<p class="sqs-announcement-bar-text-inner">Winter membership is half price until 31 January.</p></div>
<a class="sqs-announcement-bar-close" aria-label="Close Announcement"></a></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="">
<div class="header-inner container--fluid"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/">Harbour Lane Running Club</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav.map((n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase().replace(/ /g, '-')}">${n}</a></div>`).join('\n')}
</nav></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/join">Become a member</a></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="63b8"><section class="page-section">
<div class="content-wrapper"><div class="content"><div class="blog-item-wrapper">
<article class="entry h-entry hentry author-bea-linnell post-type-text" data-item-id="63b8e1">
<div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-section"><span class="blog-meta-primary">
<span class="blog-author">Bea Linnell</span><time class="dt-published blog-meta-item blog-meta-item--date" datetime="2027-01-06">6 Jan</time></span></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="1736150000000" id="item-63b8e1"><div class="row sqs-row">
<div class="col sqs-col-12 span-12">${sBlock(ps(sIntro, ' class="" style="white-space:pre-wrap;"'), 'intro')}
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<img data-src="https://images.squarespace-cdn.example/content/v1/5f2a/track.jpg" alt="Runners on the track at dusk">
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>Tuesday intervals at Beacon Park. Photo: Sunil Rao</p></div></figcaption></figure>
</div></div>
${sSections}
</div></div></div></div></div>
<div class="blog-item-author-profile-wrapper"><a href="/journal?author=5f2b" class="blog-item-author-profile"><div class="author-name">Bea Linnell</div>
<div class="author-bio"><p>Bea has coached at Harbour Lane since 2015 and has run 23 marathons, none of them quickly.</p></div></a></div>
<section class="item-pagination item-pagination--prev-next" data-item-pagination>
<a class="item-pagination-link item-pagination-link--prev" href="/journal/winter-kit">
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Winter kit that actually works</h2></a>
<a class="item-pagination-link item-pagination-link--next" href="/journal/club-awards-2026"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Club awards night 2026</h2></a></section></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content"><div class="sqs-block html-block">
<div class="sqs-html-content"><p>Harbour Lane Running Club, Harbour Lane Leisure Centre, Portwick</p><p>Affiliated to England Athletics</p></div></div>
<div class="sqs-block newsletter-block"><h2>Club news by email</h2><form><label for="email-yui">Email Address</label><input id="email-yui" type="email">
<button type="submit"><span class="newsletter-form-button-label">Sign Up</span></button></form></div></div></section></footer></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout500-squarespace-marathon-plan-blog',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sSecs.map(([h]) => h),
  body: texts([...sIntro, ...sSecs[0]![1], ...sSecs[0]![2], ...sSecs[1]![1], ...rowTexts(sRows), ...sSecs.slice(2).flatMap(([, p]) => p)]),
  bylines: ['Bea Linnell', '6 Jan'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Winter membership is half price until 31 January.', 'Harbour Lane Running Club', ...sNav, 'Become a member',
    'Tuesday intervals at Beacon Park. Photo: Sunil Rao', 'Bea has coached at Harbour Lane since 2015 and has run 23 marathons, none of them quickly.',
    'Winter kit that actually works', 'Next', 'Club awards night 2026', 'Harbour Lane Running Club, Harbour Lane Leisure Centre, Portwick',
    'Affiliated to England Athletics', 'Club news by email', 'Email Address', 'Sign Up',
  ],
};

const wTitle = 'Run report: Brackley Common freerun #312';
const wBody = [
  j(
    'What a morning! 187 of you braved the frost on Saturday, and for once the mud by the pond had frozen solid, which made the',
    'second lap a lot quicker than usual. Thank you to our 24 volunteers, who stood in the cold so that everyone else could run.',
  ),
  j(
    'We welcomed 19 first-timers, including a group from Brackley Wheelers who were trying running as winter training. We hope',
    'to see you back once your legs have forgiven you.',
  ),
  j(
    'First finisher was Joel Amadi in 17:21, and first woman was Freya Collingwood in 19:48, her fastest time on this course by',
    'nearly half a minute. Tail walker Maureen kept the last group company all the way round and reports that the geese behaved.',
  ),
  'Milestones',
  'Congratulations to Pete Harrow on his 100th run, to Sita Varma on her 50th, and to Ollie Brandt (aged 11) on his 10th.',
  'Volunteers',
  'Thank you to everyone who volunteered this week:',
  'Run director: Helen Oduya',
  'Timekeepers: Gary Fox, Lin Moreau',
  'Barcode scanners: Amelia Pike, Rob Santos, Dev Kaur',
  'Marshals: Tom Reeve, Jo Reeve, Callum West, Rita Haines, and the Brackley scout troop',
  'Funnel manager and token sorting: Beth Akande',
  j(
    'Next week we need two more marshals and a photographer. If you can help, reply to the volunteer email or speak to the',
    'run director at the start. See you on Saturday!',
  ),
];
const wLists = wBody.slice(7, 12);
const wNav = ['Course', 'Events', 'Volunteering', 'Results', 'News', 'About'];
const wRecent = ['Run report: Brackley Common freerun #311', 'Christmas Day run: start time', 'New finish funnel by the café'];
const wHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wTitle} &#8211; Brackley Common freerun</title><meta name='robots' content='max-image-preview:large'>
<link rel='stylesheet' id='twenty-twenty-one-style-css' href='https://brackleyfreerun.example/wp-content/themes/twentytwentyone/style.css?ver=2.1' media='all'>
<script id="twenty-twenty-one-ie11-polyfills-js-after">( Element.prototype.matches && Element.prototype.closest && window.NodeList && 
NodeList.prototype.forEach ) || document.write( '<script src="polyfills.js"></scr' + 'ipt>' );</script>
<link rel="alternate" type="application/rss+xml" title="Brackley Common freerun &raquo; Feed" href="https://brackleyfreerun.example/feed/"></head>
<body class="post-template-default single single-post postid-1882 single-format-standard wp-embed-responsive is-light-theme no-js singular has-main-navigation">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header has-title-and-tagline has-menu"><div class="site-branding"><p class="site-title">
<a href="https://brackleyfreerun.example/">Brackley Common freerun</a></p>
<p class="site-description">Free, weekly, timed 5K on Brackley Common, every Saturday at 9am</p></div>
<nav id="site-navigation" class="primary-navigation" aria-label="Primary menu"><div class="menu-button-container">
<button id="primary-mobile-menu" class="button" aria-controls="primary-menu-list" aria-expanded="false"><span class="dropdown-icon open">Menu</span>
<span class="dropdown-icon close">Close</span></button></div><div class="primary-menu-container"><ul id="primary-menu-list" class="menu-wrapper">
${links(wNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-1882" class="post-1882 post type-post status-publish format-standard hentry category-run-reports entry">
<header class="entry-header alignwide"><h1 class="entry-title">${wTitle}</h1></header>
<div class="entry-content">
${ps(wBody.slice(0, 3))}
<h3 class="wp-block-heading">${wBody[3]}</h3>${ps([wBody[4] ?? ''])}
<h3 class="wp-block-heading">${wBody[5]}</h3>${ps([wBody[6] ?? ''])}
<ul class="wp-block-list">${lis(wLists)}</ul>
${ps([wBody[12] ?? ''])}
</div>
<footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">Published <time class="entry-date published updated"
datetime="2027-01-16T14:02:11+00:00">16 January 2027</time></span><span class="byline">By <a href="/author/helen/" rel="author">Helen Oduya</a></span></div>
<div class="post-taxonomies"><span class="cat-links">Categorised as <a href="/category/run-reports/" rel="category tag">Run reports</a></span></div></footer>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/run-report-311/" rel="prev"><p class="meta-nav">Previous post</p><p class="post-title">${wRecent[0]}</p></a></div></div>
</nav>
</main></div></div>
<aside class="widget-area"><section id="block-3" class="widget widget_block"><div class="wp-block-group"><h2 class="wp-block-heading">Recent posts</h2>
<ul class="wp-block-latest-posts__list wp-block-latest-posts">${links(wRecent)}</ul></div></section>
<section id="block-5" class="widget widget_block">
<p>Brackley Common freerun is run entirely by volunteers. We are not affiliated with any other organisation.</p></section></aside>
<footer id="colophon" class="site-footer"><div class="site-info"><div class="site-name">
<a href="https://brackleyfreerun.example/">Brackley Common freerun</a></div>
<div class="powered-by">Proudly powered by <a href="https://wordpress.org/">WordPress</a>.</div></div></footer></div>
<script>document.body.classList.remove("no-js");</script></body></html>`;
const wordpress: TestPage = {
  name: 'heldout500-wordpress-freerun-report',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [wBody[3] ?? '', wBody[5] ?? ''],
  body: wBody.filter((_, i) => i !== 3 && i !== 5),
  bylines: ['Published 16 January 2027', 'By Helen Oduya'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free, weekly, timed 5K on Brackley Common, every Saturday at 9am', 'Menu', 'Close',
    'Events', 'Volunteering', 'Results', 'News', 'About', 'Categorised as Run reports', 'Previous post', ...wRecent, 'Recent posts',
    'Brackley Common freerun is run entirely by volunteers. We are not affiliated with any other organisation.', 'Proudly powered by WordPress.',
  ],
};

export const HELDOUT500_B: readonly TestPage[] = [squarespace, wordpress];
