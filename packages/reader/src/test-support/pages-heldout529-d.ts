import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout529-kit.js';

/**
 * Held-out batch 529, file d: a party entertainer's short about page on Webflow (w-nav navbar, w-richtext, w-form contact
 * section with its success and failure messages), and a council news story on a soft play reopening on LocalGov Drupal
 * (breadcrumb, summary, image caption, related news sidebar, share links).
 */
const wTitle = "Hi, I'm Dotty!";
const wIntro = j(
  "I'm Dotty Dazzle, a children's party entertainer based in Millbrook, and I have been bringing bubbles, glitter and very silly",
  'dancing to birthday parties since 2017.',
);
const wH = ['A bit about me', 'Every party includes'];
const wMe = [
  j(
    'Before Dotty, I spent eight years as a nursery nurse, so I know how to keep a room of three-year-olds happy (and how to spot the one',
    'who is about to cry). My parties are built around music, movement and lots of bubbles, with no scary surprises.',
  ),
  'I cover Millbrook and anywhere within 25 miles, and I perform at homes, village halls, cafés and soft play centres.',
];
const wList = ['Disco games and a parachute', 'A giant bubble show', 'Face painting or glitter tattoos', 'Music and a PA system (I bring everything)'];
const wEnd = 'I am fully insured, DBS checked and trained in paediatric first aid.';
const wNav = ['Home', 'Parties', 'About', 'Gallery', 'Book'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->
<!-- Last Published: Tue Feb 10 2026 14:02:11 GMT+0000 -->
<html data-wf-domain="www.dottydazzle.co.uk" data-wf-page="65a4c1e2f9b8d70012ab34c9" data-wf-site="65a4c1e2f9b8d70012ab34a1" lang="en">
<head><meta charset="utf-8"><title>About | Dotty Dazzle Parties</title>
<meta content="Meet Dotty, children's party entertainer in Millbrook." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65a4c1e2f9b8d70012ab34a1/css/dotty-dazzle.webflow.8c1d2e.css"
 rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
</head><body class="body-about">
<div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner"
class="navbar w-nav"><div class="nav-container w-container"><a href="/" class="brand w-nav-brand">
<img src="https://assets-global.website-files.com/65a4/logo.svg"
loading="lazy" alt="Dotty Dazzle Parties" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${wNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link${t === 'About' ? ' w--current' : ''}">${t}</a>`).join('')}
<a href="/book" class="button nav-button w-button">Book Dotty</a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-hero-about"><div class="w-layout-blockcontainer container w-container"><div class="about-grid w-layout-grid">
<div id="w-node-_5d1a2b3c" class="about-text"><h1 class="heading-xl">${wTitle}</h1><p class="paragraph-large">${wIntro}</p></div>
<img src="https://assets-global.website-files.com/65a4/dotty-portrait.jpg" loading="lazy" alt="Dotty with a giant bubble wand" class="about-image">
</div></div></section>
<section class="section-about-body"><div class="w-layout-blockcontainer container-narrow w-container"><div class="rich-text w-richtext">
<h2>${wH[0]}</h2>${ps(wMe)}<h2>${wH[1]}</h2><ul role="list">${lis(wList)}</ul><p>${wEnd}</p></div></div></section>
<section class="section-contact"><div class="w-layout-blockcontainer container w-container"><h2 class="heading-l">Get in touch</h2>
<p class="paragraph-muted">Tell me the date and I'll reply within a day.</p><div class="form-block w-form"><form id="email-form" name="email-form"
data-name="Email Form" method="get" class="form" data-wf-page-id="65a4c1e2f9b8d70012ab34c9" data-wf-element-id="a1b2c3d4-e5f6"><label for="name">Name</label>
<input class="text-field w-input" maxlength="256" name="name" data-name="Name" type="text" id="name"><label for="email">Email</label>
<input class="text-field w-input" maxlength="256" name="email" data-name="Email" type="email" id="email" required=""><label for="date">Party date</label>
<input class="text-field w-input" maxlength="256" name="date" data-name="Date" type="text" id="date"><input type="submit" data-wait="Please wait..."
class="button w-button" value="Send"></form><div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success">
<div>Thank you! Your submission has been received!</div></div><div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure">
<div>Oops! Something went wrong while submitting the form.</div></div></div></div></section>
<footer class="footer"><div class="w-layout-blockcontainer container w-container"><div class="footer-flex">
<div class="footer-copy">© 2026 Dotty Dazzle Parties</div>
<div class="footer-social"><a href="https://instagram.com/dottydazzle" target="_blank" class="footer-link">Instagram</a>
<a href="https://facebook.com/dottydazzle" target="_blank" class="footer-link">Facebook</a></div></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a4c1e2f9b8d70012ab34a1" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65a4c1e2f9b8d70012ab34a1/js/webflow.4b2e1a.js" type="text/javascript"></script></body></html>`;
const webflowAbout: TestPage = {
  name: 'heldout529-webflow-entertainer-about',
  kind: 'blog',
  html: wHtml,
  title: "Hi, I'm Dotty!",
  headings: wH,
  body: [wIntro, ...wMe, ...wList, wEnd],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home', 'Gallery', 'Book', 'Book Dotty', 'Get in touch', "Tell me the date and I'll reply within a day.", 'Name', 'Email',
    'Party date', '© 2026 Dotty Dazzle Parties', 'Instagram', 'Facebook',
  ],
};

const lTitle = 'Little Otters soft play reopens at Fenwick Leisure Centre after refurbishment';
const lSummary = 'The council’s soft play centre has reopened with a new toddler area, a sensory room and longer opening hours.';
const lBody = [
  j(
    'Little Otters, the soft play centre at Fenwick Leisure Centre, reopened to families on Saturday after a four-month refurbishment',
    'costing £310,000. The work was paid for from the council’s leisure investment fund and a grant from the Fenwick Community Trust.',
  ),
  j(
    'The three-level play frame has been replaced with a new design that includes a spiral slide, a rope bridge and a climbing wall for',
    'older children. The toddler area has doubled in size and now has its own entrance from the café, so parents with babies no longer',
    'have to walk through the main play hall.',
  ),
  j(
    'A new sensory room, built with advice from families at Otterbrook Special School, can be booked free of charge for 45-minute',
    'sessions. It has bubble tubes, fibre-optic lights and a quiet corner with bean bags.',
  ),
  j(
    '“Little Otters has been a favourite with local families for twenty years, and it was showing its age,” said Councillor Ruth',
    'Adeyemi, cabinet member for leisure. “We listened to what parents told us they wanted, and I think the children are going to love it.”',
  ),
  'New opening hours',
  'The centre is now open from 9am to 6pm every day, and until 7pm on Fridays. Prices are unchanged:',
  'Under 1s: free',
  'Ages 1 to 4: £4.50',
  'Ages 5 to 11: £6.20',
  j(
    'Leisure card holders receive a 20% discount, and there is a free session for children with additional needs and their families',
    'every Sunday from 8am to 9am.',
  ),
];
const lList = lBody.slice(6, 9);
const lCaption = 'Councillor Ruth Adeyemi with children from Fenwick Nursery on the new play frame';
const lRelated = [
  'Fenwick Lido opening dates for summer 2026',
  'Free holiday activities for children on free school meals',
  'Leisure centre car park to close for resurfacing',
];
const lNav = ['Bins and recycling', 'Council tax', 'Housing', 'Leisure and culture', 'Planning', 'Schools'];
const lFoot = ['Accessibility statement', 'Contact us', 'Cookies', 'Privacy notice', 'Jobs'];
const lHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"><title>${lTitle} | Fenwick District Council</title>
<meta name="description" content="${lSummary}"><link rel="canonical" href="https://www.fenwick.gov.uk/news/little-otters-soft-play-reopens">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${lTitle}",
"datePublished":"2026-03-02"}]}</script>
<link rel="stylesheet" media="all" href="/themes/contrib/localgov_base/css/base.css?t9k2xp"></head>
<body class="path-node page-node-type-localgov-news-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><header class="lgd-header"><div class="lgd-container padding-horizontal">
<div class="lgd-header__inner"><div class="lgd-header__site-branding">
<a href="/" rel="home" class="site-logo"><img src="/sites/default/files/fenwick-logo.svg"
alt="Fenwick District Council home page"></a></div><div class="lgd-header__search"><form action="/search" method="get" class="localgov-search-form">
<label for="edit-s" class="visually-hidden">Search</label><input type="text" id="edit-s" name="s" placeholder="Search"><button type="submit">Search</button>
</form></div></div></div><nav class="lgd-header__nav lgd-header__nav--primary" aria-label="Primary"><ul class="lgd-header__nav-list">
${links(lNav, 'lgd-header__nav-item')}</ul></nav></header>
<div class="lgd-region lgd-region--breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>${links(['Home', 'News'])}</ol></nav></div>
<main class="main" id="main-content"><div class="lgd-container padding-horizontal"><div class="lgd-row"><div class="lgd-row__two-thirds">
<div class="lgd-region lgd-region--content region region-content"><article class="localgov-news-article node node--type-localgov-news-article">
<div class="lgd-page-title-block"><h1 class="lgd-page-title-block__title">${lTitle}</h1></div>
<div class="news-article__date"><time datetime="2026-03-02T09:00:00Z">2 March 2026</time></div>
<div class="news-article__summary"><p>${lSummary}</p></div>
<figure class="news-article__image"><img src="/sites/default/files/2026-03/little-otters.jpg" alt="Children on the new play frame">
<figcaption>${lCaption}</figcaption></figure>
<div class="field field--name-body field--type-text-with-summary">${ps(lBody.slice(0, 4))}
<h2>${lBody[4]}</h2>${ps([lBody[5] ?? ''])}<ul>${lis(lList)}</ul>${ps([lBody[9] ?? ''])}</div>
<div class="localgov-share"><h2 class="localgov-share__title">Share this page</h2><ul>${links(['Facebook', 'X', 'Email'])}</ul></div>
</article></div></div><aside class="lgd-row__one-third"><div class="lgd-region lgd-region--sidebar-second"><div class="news-related">
<h2 class="news-related__title">Related news</h2><ul>${links(lRelated)}</ul></div></div></aside></div></div></main>
<footer class="lgd-footer"><div class="lgd-container padding-horizontal"><ul class="lgd-footer__links">${links(lFoot)}</ul>
<p class="lgd-footer__copyright">© Fenwick District Council 2026</p></div></footer></div>
<script src="/core/misc/drupal.js?v=10.2.4"></script></body></html>`;
const localgovNews: TestPage = {
  name: 'heldout529-localgov-soft-play-reopens',
  kind: 'news',
  html: lHtml,
  title: lTitle,
  headings: [lBody[4] ?? ''],
  body: texts([lSummary, ...lBody.filter((_, i) => i !== 4)]),
  bylines: ['2 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Search', ...lNav, 'Breadcrumb', 'Home', 'News', lCaption, 'Share this page', 'Facebook', 'X', 'Email', 'Related news',
    ...lRelated, ...lFoot, '© Fenwick District Council 2026',
  ],
};

export const HELDOUT529_D: readonly TestPage[] = [webflowAbout, localgovNews];
