import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, finish, j, lis } from './pages-heldout557-kit.js';

/**
 * Held-out batch 557, file d: a heat pump survey walkthrough on a HubSpot CMS blog (hs_cos_wrapper modules, a CTA image,
 * tags, related posts, the HubSpot cookie banner) and an installer's news post on Ghost (Casper theme, excerpt, feature
 * image caption, footer signup and read-more cards).
 */
const pTitle = 'What happens during a heat pump survey (and how to prepare)';
const pBody = [
  j(
    'A heat pump survey takes two to three hours, longer than most people expect. That is because the surveyor is not just',
    'checking where the outdoor unit can go: they are measuring every room to work out how much heat your home loses.',
  ),
  'Room by room',
  j(
    'The surveyor records the size of each room, its windows and outside walls, and the size of every radiator. From these',
    'they calculate the heat loss at minus 2 degrees outside, the design temperature for most of the Midlands.',
  ),
  'Outside',
  j(
    'The outdoor unit needs a flat base, space for air to flow, and a distance of at least a metre from your neighbour\u2019s',
    'boundary in most cases. The surveyor will check noise levels against the permitted development limit.',
  ),
  'How to prepare',
  'clear access to the loft hatch and the airing cupboard',
  'have your last twelve months of gas or oil bills to hand',
  'find your Energy Performance Certificate, or its reference number',
  'move furniture away from radiators if you can',
];
const pNav = ['Heat pumps', 'Hot water', 'Finance', 'Resources', 'About'];
const pRel = ['Heat pump running costs in the first winter', 'Do I need a new hot water cylinder?', 'Our installers: meet the team'];
const pHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${pTitle}</title>
<meta name="description" content="What the surveyor measures, how long it takes and what to have ready.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script>hsjQuery = window['jQuery'];</script><meta property="og:type" content="article">
<link rel="canonical" href="https://www.thornfieldheat.co.uk/blog/heat-pump-survey">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${pTitle}","author":{"@type":"Person",
"name":"Priya Sandhu"}}</script>
<link rel="stylesheet" href="https://www.thornfieldheat.co.uk/hubfs/hub_generated/template_assets/1/5321/1712345/template_main.min.css"></head>
<body><div class="body-wrapper hs-content-id-154220918 hs-blog-post hs-blog-id-8820041">
<div data-global-resource-path="thornfield-theme/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper">
<div class="header__logo header__logo--main">
<div id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget"
data-hs-cos-type="module"><span id="hs_cos_wrapper_site_logo_hs_logo_widget" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo"><a href="/"
id="hs-link-site_logo_hs_logo_widget"><img src="https://www.thornfieldheat.co.uk/hubfs/thornfield-logo.svg" class="hs-image-widget" alt="Thornfield Heat"></a>
</span></div></div>
<div class="header__column"><div class="header__row-2"><div class="header__menu header__menu--desktop">
<div id="hs_cos_wrapper_navigation-primary" class="hs_cos_wrapper
hs_cos_wrapper_widget hs_cos_wrapper_type_module" data-hs-cos-general-type="widget" data-hs-cos-type="module">
<nav class="menu menu--desktop" aria-label="Main menu">
<ul class="menu__wrapper no-list">${links(pNav, 'hs-menu-item hs-menu-depth-1 menu__item menu__item--depth-1')}</ul></nav></div></div></div></div></div>
</header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post">
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${pTitle}</span></h1><div class="blog-post__meta"><a href="https://www.thornfieldheat.co.uk/blog/author/priya-sandhu">Priya Sandhu</a>
<time datetime="2027-04-02 09:00:00" class="blog-post__timestamp">Apr 2, 2027 10:00:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${ps([at(pBody, 0)])}<!--more-->
<h2>${at(pBody, 1)}</h2>${ps([at(pBody, 2)])}<h2>${at(pBody, 3)}</h2>${ps([at(pBody, 4)])}
<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-8c1f2e0a"><span class="hs-cta-node hs-cta-8c1f2e0a" id="hs-cta-8c1f2e0a">
<a href="https://cta-redirect.hubspot.com/cta/redirect/8820041/8c1f2e0a"><img class="hs-cta-img" id="hs-cta-img-8c1f2e0a" style="border-width:0px;"
src="https://no-cache.hubspot.com/cta/default/8820041/8c1f2e0a.png" alt="Book your heat pump survey"></a></span>
<script charset="utf-8" src="/hs/cta/cta/current.js"></script>
<script type="text/javascript">hbspt.cta.load(8820041, '8c1f2e0a', {"useNewLoader":"true"});</script>
</span><!-- end HubSpot Call-to-Action Code --></p><h2>${at(pBody, 5)}</h2><ul>${lis(pBody.slice(6))}</ul></span></div>
<div class="blog-post__tags"><svg version="1.0" aria-hidden="true"></svg><a class="blog-post__tag-link" href="/blog/tag/heat-pumps">Heat pumps</a>,
<a class="blog-post__tag-link" href="/blog/tag/surveys">Surveys</a></div></article>
<div class="blog-comments"><div id="hs_cos_wrapper_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module">
<div class="section post-footer">
<div id="comments-listing" class="new-comments"></div><div id="hs_form_target_hubspot-blog-comments"><h3>Comments</h3><form novalidate class="hs-form stacked">
<div class="hs_firstname hs-firstname hs-fieldtype-text field hs-form-field"><label for="firstname-8c1f"><span>First Name</span></label>
<input id="firstname-8c1f"
name="firstname" type="text"></div><div class="hs_comment hs-comment hs-fieldtype-textarea field hs-form-field"><label for="comment-8c1f"><span>Comment</span>
</label>
<textarea id="comment-8c1f" name="comment"></textarea></div><div class="hs_submit hs-submit">
<input type="submit" value="Submit Comment" class="hs-button primary large"></div>
</form></div></div></div></div></div>
<div class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2><div class="blog-related-posts__list">${pRel
  .map(
    (r) => `<article class="blog-related-posts__post"><div class="blog-related-posts__content"><h3 class="blog-related-posts__title"><a
class="blog-related-posts__title-link" href="/blog/${r.slice(0, 12).toLowerCase().replace(/ /g, '-')}">${r}</a></h3></div></article>`,
  )
  .join('')}</div></div></div></div></main>
<div data-global-resource-path="thornfield-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<div id="hs_cos_wrapper_footer_text" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-rich_text"><span class="hs_cos_wrapper
hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text"><p>Thornfield Heat Ltd · 3 Foundry Row, Castle Lydney DE73 9GB · MCS 00412776</p>
<p>© 2027 Thornfield Heat</p></span></div></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" role="region" data-hs-not-dismissable="true">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve your
website experience and provide more personalized services to you.</p></div><div id="hs-en-cookie-confirmation-buttons-area">
<div id="hs-eu-cookie-confirmation-button-group">
<a href="#" id="hs-eu-confirmation-button" role="button">Accept</a><a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/8820041.js"></script></body></html>`;
const hubspotSurvey: TestPage = finish({
  name: 'heldout557-hubspot-heat-pump-survey',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: [at(pBody, 1), at(pBody, 3), at(pBody, 5)],
  body: texts(pBody.filter((_, i) => ![1, 3, 5].includes(i))),
  bylines: ['Priya Sandhu', 'Apr 2, 2027 10:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...pNav, 'Heat pumps', 'Surveys', 'Comments', 'First Name', 'Comment', 'Related posts', ...pRel,
    'Thornfield Heat Ltd · 3 Foundry Row, Castle Lydney DE73 9GB · MCS 00412776', '© 2027 Thornfield Heat',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ],
});

const gTitle = 'Heatline opens a second depot to cut survey waits in the north';
const gDek = 'The new Brackenford site will take on 40 installs a month and bring survey waits down to two weeks.';
const gBody = [
  j(
    'Heatline will open its second depot next month on the Moorgate trading estate in Brackenford, 35 miles north of the',
    'company\u2019s base in Selworth. Surveys for customers in the northern half of the county will be booked from the new site.',
  ),
  j(
    'Demand for heat pumps in the area has doubled since the autumn, and waits for a survey reached seven weeks in March. The',
    'company expects the new depot to bring that down to two weeks by the end of the summer.',
  ),
  j(
    'Eight engineers will be based at Brackenford, four of them apprentices from the local college. The site also has a training',
    'bay where new staff practise on a working air source unit before going out to homes.',
  ),
  j(
    '\u201cWe were sending vans an hour each way, which is time nobody is paying for,\u201d said operations lead Kiera Dunmore.',
    '\u201cBeing closer means shorter visits, quicker repairs, and less diesel.\u201d',
  ),
  'What changes for customers',
  j(
    'Nothing, unless you are in the northern postcodes. Existing bookings stay as they are; new customers there will see a',
    'Brackenford surveyor and a Brackenford install team, with the same prices and warranties.',
  ),
];
const gNav = ['Home', 'Heat pumps', 'Solar', 'News', 'About'];
const gMore = ['Heat pump prices fall for the third quarter running', 'Meet our first class of apprentices', 'Why we stopped fitting hybrid systems'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://news.heatline.co.uk/assets/built/screen.css?v=8e1a3b4c2d"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://news.heatline.co.uk/second-depot-brackenford/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Heatline News"><meta property="article:published_time" content="2027-05-10T08:00:00.000Z">
<meta property="article:tag" content="News">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Heatline News"},
"author":{"@type":"Person","name":"Tom Ferris"},"headline":"${gTitle}","datePublished":"2027-05-10T08:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://news.heatline.co.uk/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:4px}</style>
<script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/sodo-search.min.js" data-key="5b1c" data-styles=""
data-sodo-search="https://news.heatline.co.uk/"
crossorigin="anonymous"></script></head>
<body class="post-template tag-news is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" class="gh-head outer is-header-hidden">
<div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="https://news.heatline.co.uk">Heatline News</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"></svg>
</button>
<button class="gh-burger" aria-label="Toggle menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-news image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/news/">News</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p><div class="article-byline"><section class="article-byline-content">
<ul class="author-list instapaper_ignore"><li class="author-list-item"><a href="/author/tom/" class="author-avatar author-profile-image">
<svg viewBox="0 0 24 24"></svg></a>
</li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/tom/">Tom Ferris</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2027-05-10">May 10, 2027</time><span class="byline-reading-time"><span class="bull">&bull;</span> 2 min read</span>
</div></div>
</section></div><figure class="article-image"><img srcset="/content/images/size/w300/2027/05/depot.jpg 300w" sizes="(min-width: 1400px) 1400px, 92vw"
src="/content/images/size/w2000/2027/05/depot.jpg" alt="The Brackenford depot"><figcaption>
<span style="white-space: pre-wrap;">The Brackenford depot before the fit-out.
Photo: Heatline</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
${ps(gBody.slice(0, 4))}<h2 id="what-changes-for-customers">${at(gBody, 4)}</h2>${ps([at(gBody, 5)])}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"
data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gMore
  .map(
    (m, i) => `<article class="post-card post tag-news keep-ratio"><a class="post-card-image-link"
href="/more-${i}/"><img class="post-card-image" src="/content/images/2027/04/more-${i}.jpg" alt="" loading="lazy"></a><div class="post-card-content">
<a class="post-card-content-link" href="/more-${i}/"><header class="post-card-header"><div class="post-card-tags"></div><h2 class="post-card-title">${m}</h2>
</header></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2027-04-2${i}">Apr 2${i}, 2027</time></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://news.heatline.co.uk">Heatline News</a> &copy; 2027</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li><li class="nav-privacy">
<a href="/privacy/">Privacy</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__ui pswp__ui--hidden">
<div class="pswp__counter"></div>
<button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div>
<script src="https://news.heatline.co.uk/assets/built/casper.js?v=8e1a3b4c2d"></script></body></html>`;
const ghostDepot: TestPage = finish({
  name: 'heldout557-ghost-installer-news',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: [at(gBody, 4)],
  body: texts([gDek, ...gBody.filter((_, i) => i !== 4)]),
  bylines: ['Tom Ferris', 'May 10, 2027', '• 2 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Heatline News', ...gNav, 'Sign in', 'Subscribe', 'The Brackenford depot before the fit-out. Photo: Heatline', 'Sign up for more like this.',
    'Enter your email',
    ...gMore, 'Apr 20, 2027', 'Apr 21, 2027', 'Apr 22, 2027', 'Heatline News © 2027', 'Sign up', 'Privacy', 'Powered by Ghost',
  ],
});

export const HELDOUT557_D: readonly TestPage[] = [hubspotSurvey, ghostDepot];
