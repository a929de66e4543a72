import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout481-kit.js';

/**
 * Held-out batch 481, file c: a community portal post on Webflow (CMS collection template with a related-posts grid), and a
 * neighborhood association newsletter issue on Ghost (Casper theme) with a members signup box.
 */
const fTitle = 'Road Resurfacing on Juniper Loop Starts June 8';
const fDek = 'Expect lane closures and a parking ban on alternate days for about three weeks.';
const fBody = [
  j(
    'The county\u2019s contractor, Ridgeline Paving, will mill and resurface Juniper Loop between Sage Court and the north gate starting',
    'Monday, June 8. Work runs from 7 a.m. to 5 p.m., weekdays only.',
  ),
  'Parking',
  j(
    'Cars must be off the street on the side being paved. Orange signs will go up 48 hours before each section. Vehicles left in a',
    'posted zone will be towed at the owner\u2019s expense, and the association cannot get towing fees refunded.',
  ),
  'Access to your driveway',
  'You will always be able to get in and out, but there may be waits of up to 15 minutes while rollers pass.',
  'Deliveries and trash pickup continue as usual.',
  'The north gate will be open all day while the gatehouse lane is closed.',
  j(
    'Questions go to the community manager, Ana Ferreira, through the portal\u2019s Contact form. Updates will be posted here and sent by',
    'text to residents signed up for alerts.',
  ),
];
const fNav = ['Announcements', 'Calendar', 'Amenities', 'Documents', 'Pay Dues'];
const fRelated = ['Gate Code Changes on May 1', 'Summer Pool Hours', 'Architectural Review: New Fence Rules'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->
<!-- Last Published: Tue Jun 02 2026 15:10:44 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.sagecanyonresidents.com" data-wf-page="65f0a1c2d3e4f5a6b7c8d9e0" data-wf-site="65f0a1c2d3e4f5a6b7c8d9a1"
data-wf-collection="65f0a1c2d3e4f5a6b7c8d9b2" data-wf-item-slug="road-resurfacing-juniper-loop">
<head><meta charset="utf-8"><title>${fTitle} | Sage Canyon Residents</title><meta content="${fDek}" name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65f0a1c2d3e4f5a6b7c8d9a1/css/sage-canyon.webflow.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/65f0/logo.svg" loading="lazy"
alt="Sage Canyon Residents" class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${fNav
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="nav-link w-nav-link">${t}</a>`,
  )
  .join('')}
<a href="/login" class="button-nav w-button">Resident Login</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-post"><div class="container-post w-container"><a href="/announcements" class="back-link">← All announcements</a>
<div class="post-category-tag">Maintenance</div><h1 class="post-title">${fTitle}</h1><p class="post-summary">${fDek}</p>
<div class="post-meta"><div class="post-date">June 2, 2026</div><div class="meta-divider">·</div><div
class="post-author">Posted by Sage Canyon Management</div></div>
<img src="https://assets-global.website-files.com/65f0/juniper-loop.jpg" loading="lazy" alt="Juniper Loop" class="post-hero-image">
<div class="post-body w-richtext">${ps([fBody[0] ?? ''])}<h2>${fBody[1]}</h2>${ps([fBody[2] ?? ''])}<h2>${fBody[3]}</h2><ul
role="list">${lis(fBody.slice(4, 7))}</ul>
${ps([fBody[7] ?? ''])}</div></div></section>
<section class="section-related"><div class="w-container"><h3 class="related-heading">More announcements</h3><div class="w-dyn-list"><div role="list"
class="related-grid w-dyn-items">
${fRelated
  .map(
    (t) => `<div role="listitem" class="w-dyn-item"><a href="/announcements/x" class="related-card w-inline-block"><div
class="related-title">${t}</div><div class="related-more">Read more</div></a></div>`,
  )
  .join('\n')}
</div></div></div></section>
<footer class="footer"><div class="footer-container w-container"><div
class="footer-text">Sage Canyon Residents Association · Managed by Alta Vista Community Management</div>
<div class="footer-links"><a href="/privacy" class="footer-link">Privacy</a><a href="/contact" class="footer-link">Contact</a></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65f0a1c2d3e4f5a6b7c8d9a1" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65f0a1c2d3e4f5a6b7c8d9a1/js/webflow.js" type="text/javascript"></script></body></html>`;
const webflowPortal: TestPage = {
  name: 'heldout481-webflow-portal-roadwork',
  kind: 'news',
  html: fHtml,
  title: fTitle,
  headings: at(fBody, 1, 3),
  body: texts([fDek, ...fBody.filter((_, i) => i !== 1 && i !== 3)]),
  bylines: ['June 2, 2026', 'Posted by Sage Canyon Management'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Resident Login', '← All announcements', 'Maintenance', '·', 'More announcements', ...fRelated, 'Read more',
    'Sage Canyon Residents Association · Managed by Alta Vista Community Management', 'Privacy',
  ],
};

const gTitle = 'The Bellweather Bulletin, Issue 14: What the Dues Increase Pays For';
const gDek = 'A plain-language look at next year\u2019s budget before the vote on October 20.';
const gBody = [
  j(
    'At the September board meeting, the Bellweather Park Neighborhood Association proposed raising annual dues from $60 to $75 per',
    'household. It is the first increase since 2019. Before members vote, we want to show exactly where the money goes.',
  ),
  j(
    'The short answer: most of the increase covers the rising cost of insuring our two small parks and the liability policy for',
    'events. Our insurer raised the premium by 38 percent this year, and we could not find a cheaper policy with the same cover.',
  ),
  'Where your $75 goes',
  'Insurance for parks and events: $29',
  'Mowing and upkeep of Linden Green and the pocket park: $22',
  'Summer concert series and the fall festival: $12',
  'Printing and mailing this bulletin: $7',
  'Reserve for playground repairs: $5',
  'What happens if the vote fails',
  j(
    'If members reject the increase, the board will cancel two of the four summer concerts and stop printing the bulletin, sending it',
    'by email only. Insurance and mowing would not be cut, because the city lease for Linden Green requires both.',
  ),
  j(
    '\u201cNobody likes paying more,\u201d said association president Marguerite Oyelaran. \u201cBut we would rather ask openly than quietly',
    'let the parks slide.\u201d',
  ),
  'How to vote',
  j(
    'Every household that has paid 2026 dues gets one vote. You can vote in person at the annual meeting on October 20 at the library',
    'branch, or by mailing the ballot enclosed with the printed bulletin. Mailed ballots must arrive by October 17.',
  ),
];
const gNav = ['Home', 'Bulletin', 'Events', 'Join', 'About'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${gTitle}</title><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=a1b2c3d4e5">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://bellweatherpark.org/bulletin-14-dues/">
<meta property="og:site_name" content="Bellweather Park Neighborhood Association"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization",
"name":"Bellweather Park Neighborhood Association"},"author":{"@type":"Person","name":"Tessa Lindqvist"},
"headline":"${gTitle}","datePublished":"2026-09-28T14:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
data-ghost="https://bellweatherpark.org/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column}</style></head>
<body class="post-template tag-bulletin is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo"
href="https://bellweatherpark.org">Bellweather Park</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${gNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase()}"><a
href="/${t.toLowerCase()}/">${t}</a></li>`,
  )
  .join('')}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-bulletin image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a
href="/tag/bulletin/">Bulletin</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/tessa/" class="author-avatar" aria-label="Read more of Tessa Lindqvist"><img class="author-profile-image" src="/content/images/tessa.jpg"
alt="Tessa Lindqvist"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/tessa/">Tessa Lindqvist</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-09-28">Sep 28, 2026</time><span class="byline-reading-time"><span
class="bull">&bull;</span> 3 min read</span></div></div></section></div>
<figure class="article-image"><img src="/content/images/linden-green.jpg" alt="Linden Green"><figcaption><span
style="white-space: pre-wrap;">Linden Green after the spring planting.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">${ps(gBody.slice(0, 2))}<h2 id="where-your-75-goes">${gBody[2]}</h2><ul>${lis(gBody.slice(3, 8))}</ul>
<h2 id="what-happens-if-the-vote-fails">${gBody[8]}</h2>${ps([gBody[9] ?? ''])}<blockquote>${gBody[10]}</blockquote>
<h2 id="how-to-vote">${gBody[11]}</h2>${ps([gBody[12] ?? ''])}</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for Bellweather Park Neighborhood Association</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card post"><a class="post-card-image-link"
href="/fall-festival-volunteers/"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/fall-festival-volunteers/"><header class="post-card-header"><h2
class="post-card-title">Fall Festival Needs Volunteers</h2></header>
<div class="post-card-excerpt">Twelve shifts left to fill for October 4.</div></a><footer class="post-card-meta"><time class="post-card-meta-date"
datetime="2026-09-14">Sep 14, 2026</time></footer></div></article></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a
href="https://bellweatherpark.org">Bellweather Park Neighborhood Association</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-contact"><a href="/contact/">Contact</a></li><li class="nav-privacy"><a
href="/privacy/">Privacy</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=a1b2c3d4e5"></script></body></html>`;
const ghostBulletin: TestPage = {
  name: 'heldout481-ghost-neighborhood-bulletin',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: at(gBody, 2, 8, 11),
  body: texts([gDek, ...gBody.filter((_, i) => ![2, 8, 11].includes(i))]),
  bylines: ['Tessa Lindqvist', 'Sep 28, 2026', 'Sep 14, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gNav.filter((t) => t !== 'Bulletin' && t !== 'Events'), 'Sign in', 'Subscribe', '• 3 min read', 'Linden Green after the spring planting.',
    'Sign up for Bellweather Park Neighborhood Association', 'Enter your email', 'Fall Festival Needs Volunteers', 'Twelve shifts left to fill for October 4.',
    'Bellweather Park Neighborhood Association © 2026', 'Contact', 'Privacy', 'Powered by Ghost',
  ],
};

export const HELDOUT481_C: readonly TestPage[] = [webflowPortal, ghostBulletin];
