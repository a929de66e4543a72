import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout693-kit.js';

/** Held-out batch 693, file f: a captain's day report on Ghost (Casper), and a driving-range drills post on the HubSpot CMS blog. */
const gTitle = 'Captain\u2019s Day 2027: sunshine, a play-off and a very wet captain';
const gDek = 'A record field, a tie on 44 points and the traditional trip into the pond by the 18th green.';
const gBody = [
  j(
    'One hundred and twelve members and guests played on Saturday, the biggest Captain\u2019s Day field since the club moved to',
    'the Elmstead course. The first group went off at 7am in a light mist, and by lunchtime the terrace was full.',
  ),
  j(
    'Captain Rhona Pell hit the opening drive in front of about sixty spectators and found the fairway, which she said later was',
    'the best shot she played all day.',
  ),
  'The golf',
  j(
    'Scoring was excellent. Greens that had been hollow-tined in the spring were at their best, and the wind did not arrive until',
    'after four. Two players finished on 44 points, so for the first time in years the title was decided by a play-off on the 18th.',
  ),
  j(
    'Callum Bright and Joanne Mercer both found the green in two. Joanne holed from twenty feet for a birdie to take the',
    'Captain\u2019s Salver, and Callum was gracious enough to carry the trophy back up to the clubhouse for her.',
  ),
  '\u201cI have been trying to win this for twenty-two years. I am going to sleep with it under my pillow.\u201d',
  'The pond',
  j(
    'Tradition says the captain ends the day in the pond beside the 18th green, and tradition was honoured at about 8.30pm.',
    'The junior section raised £640 for the captain\u2019s charity, Elmstead Hospice at Home, by selling tickets to the push.',
  ),
  j(
    'Thank you to the greens team, the kitchen and bar staff, the starters and everyone who gave prizes. The full results are',
    'on the noticeboard and in the app.',
  ),
];
const gNav = ['Home', 'Club News', 'Results', 'Course', 'About'];
const gMore: readonly (readonly [string, string, string])[] = [
  ['Seniors win the county foursomes', 'A nail-biting final at Hatherley went to the last green.', 'Jun 20, 2027'],
  ['New tee boxes on the back nine', 'Work on the 12th and 15th is finished, and both tees open next week.', 'Jun 6, 2027'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://news.elmsteadgolf.club/assets/built/screen.css?v=7e1b0a2c9d">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://news.elmsteadgolf.club/captains-day-2027/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="The Nineteenth"><meta property="og:type" content="article">
<meta property="article:published_time" content="2027-07-04T17:40:12.000Z"><meta property="article:tag" content="Club News">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Nineteenth"},
"author":{"@type":"Person","name":"Gareth Moyle"},"headline":"${gTitle}","datePublished":"2027-07-04T17:40:12.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><link rel="alternate" type="application/rss+xml" title="The Nineteenth" href="https://news.elmsteadgolf.club/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://news.elmsteadgolf.club/"
data-key="a1b2c3d4e5" data-api="https://news.elmsteadgolf.club/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style>
<style>:root {--ghost-accent-color: #2d6a3e;}</style></head>
<body class="post-template tag-club-news is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" class="gh-head outer">
<div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image" href="https://news.elmsteadgolf.club">The Nineteenth</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none"
viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" d="M21 21l-6-6"></path></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-club-news featured image-full">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/club-news/">Club
News</a></span><span class="post-card-featured"><svg width="16" height="17" viewBox="0 0 16 17" fill="none"></svg> Featured</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p><div class="article-byline"><section class="article-byline-content">
<ul class="author-list instapaper_ignore"><li class="author-list-item"><a href="/author/gareth/" class="author-avatar"><img class="author-profile-image"
src="/content/images/size/w100/2027/01/gareth.jpg" alt="Gareth Moyle"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a
href="/author/gareth/">Gareth Moyle</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2027-07-04">Jul 4, 2027</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2027/07/captain-drive.jpg 300w, /content/images/size/w1000/2027/07/captain-drive.jpg
1000w" sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2027/07/captain-drive.jpg" alt="The captain on the 1st tee">
<figcaption><span style="white-space: pre-wrap;">Rhona Pell drives in. Photo: Lin Okafor</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">${ps(gBody.slice(0, 2))}<h2 id="the-golf">${gBody[2]}</h2>${ps(gBody.slice(3, 5))}
<blockquote>${gBody[5]}</blockquote><figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2027/07/salver.jpg"
class="kg-image" alt="" loading="lazy" width="1600" height="1067"><figcaption><span style="white-space: pre-wrap;">Joanne Mercer with the Captain's
Salver</span></figcaption></figure><h2 id="the-pond">${gBody[6]}</h2>${ps(gBody.slice(7))}</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button"
href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gMore
  .map(
    (m) => `<article class="post-card post"><a class="post-card-image-link"
href="/p/"><img class="post-card-image" src="/content/images/2027/06/card.jpg" alt="${m[0]}" loading="lazy"></a><div class="post-card-content"><a
class="post-card-content-link" href="/p/"><header class="post-card-header"><div class="post-card-tags"></div><h2 class="post-card-title">${m[0]}</h2>
</header><div class="post-card-excerpt">${m[1]}</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2027-06-20">${m[2]}
</time><span class="post-card-meta-length">2 min read</span></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://news.elmsteadgolf.club">The Nineteenth</a> &copy; 2027
</section><nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Elmstead Golf Club'])}</ul></nav><div class="gh-powered-by"><a
href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap"><div class="pswp__ui
pswp__ui--hidden"><div class="pswp__top-bar"><div class="pswp__counter"></div><button class="pswp__button pswp__button--close" title="Close (Esc)"></button>
</div></div></div></div><script src="https://news.elmsteadgolf.club/assets/built/casper.js?v=7e1b0a2c9d"></script></body></html>`;
const ghostCaptain: TestPage = {
  name: 'heldout693-ghost-captains-day',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [at(gBody, 2), at(gBody, 6)],
  body: [gDek, ...gBody.filter((_, i) => i !== 2 && i !== 6)],
  bylines: ['Gareth Moyle', 'Jul 4, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Nineteenth', 'Club News', 'Sign in', 'Subscribe', 'Featured', '3 min read',
    'Rhona Pell drives in. Photo: Lin Okafor', "Joanne Mercer with the Captain's Salver", 'Sign up for more like this.', 'Enter your email',
    ...gMore.flatMap((m) => [...m]), '2 min read', 'The Nineteenth © 2027', 'Sign up', 'Elmstead Golf Club', 'Powered by Ghost',
  ],
};

const hTitle = 'Five range drills that actually carry over to the course';
const hBody = [
  j(
    'Most golfers use a bucket of balls to hit driver after driver at the back fence. It feels like practice, but very little of it',
    'survives the walk to the first tee. These five drills, used by our coaches in every studio, make range time count.',
  ),
  '1. One ball, one routine',
  j(
    'Go through your full pre-shot routine before every ball: pick a target, take a practice swing, set up and go. Hitting',
    'forty balls this way is worth more than a hundred raked over one after another.',
  ),
  '2. The nine-shot grid',
  j(
    'Try to hit a low, medium and high shot with a draw, a straight flight and a fade, using the same 7-iron. You will not',
    'manage all nine, and that is the point: you learn which shapes you can rely on when you are under pressure.',
  ),
  '3. Ladder wedges',
  j(
    'Pick targets at 40, 60 and 80 yards and hit one ball to each in turn, then back down. Note how many finish within a',
    'flagstick\u2019s length of the number. Ball tracking in the bay makes the score honest.',
  ),
  '4. Play the course',
  j(
    'Use the range screen to play the opening holes of your home course. Hit the club you would hit there, to the width of',
    'its fairways, and only move on when the shot would have found the short grass.',
  ),
  '5. Finish with a pressure test',
  j(
    'End each session with five drives that must all land between two markers. If one misses, start again. It is the closest',
    'thing the range has to a first-tee nerves moment.',
  ),
];
const hNav = ['Studios', 'Lessons', 'Range Bays', 'Memberships', 'Blog'];
const hRel: readonly (readonly [string, string])[] = [
  ['What your launch monitor numbers really mean', 'Spin, smash factor and carry explained in plain English.'],
  ['How often should a beginner practise?', 'A simple weekly plan for your first six months.'],
];
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title>
<link rel="shortcut icon" href="https://www.strokelabgolf.com/hubfs/favicon.png"><meta name="description" content="Five drills our coaches use to make
range practice count on the course."><meta name="viewport" content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script>hsjQuery = window['jQuery'];</script>
<meta property="og:description" content="Five drills our coaches use to make range practice count on the course."><meta property="og:title"
content="${hTitle}"><meta property="og:type" content="article"><link rel="canonical" href="https://www.strokelabgolf.com/blog/five-range-drills">
<link rel="stylesheet" href="https://www.strokelabgolf.com/hs-fs/hub/2114077/hub_generated/template_assets/1/5531/1707/main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","author":{"@type":"Person",
"name":"Kieran Alcott"},"datePublished":"2027-02-16T10:00:00Z"}</script>
<meta property="article:published_time" content="2027-02-16T10:00:00Z"><meta property="article:author" content="Kieran Alcott"></head>
<body><div class="body-wrapper   hs-content-id-156702 hs-blog-post hs-blog-id-88411"><div data-global-resource-path="strokelab/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper"><div
class="header__logo header__logo--main"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module
widget-type-logo" style="" data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_site_logo_hs_logo_widget"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo"><a href="https://www.strokelabgolf.com" id="hs-link-site_logo_hs_logo_widget"
style="border-width:0px;border:0px;"><img src="https://www.strokelabgolf.com/hubfs/strokelab-logo.svg" class="hs-image-widget" height="40" width="180"
alt="Stroke Lab Golf Studios"></a></span></span></div><div class="header__column"><div class="header__row-1"><div class="header__search
header--element"><div class="hs-search-field"><div class="hs-search-field__bar"><form data-hs-do-not-collect="true" action="/hs-search-results">
<label class="hs-search-field__label show-for-sr" for="site-search-input">Search</label><input type="text" id="site-search-input"
class="hs-search-field__input" name="term" autocomplete="off" aria-label="Search" placeholder="Search"><button class="hs-search-field__button"
aria-label="Search"><svg width="18" height="18" viewBox="0 0 512 512" aria-hidden="true"></svg></button></form></div></div></div></div>
<div class="header__row-2"><div class="header--toggle header__navigation--toggle"></div><div class="header__close--toggle"></div><div
class="header__navigation header--element"><span id="hs_cos_wrapper_navigation-primary" class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_module" style="" data-hs-cos-general-type="widget" data-hs-cos-type="module"><nav aria-label="Main menu"
class="navigation-primary"><ul class="submenu level-1">${links(hNav, 'menu-item hs-skip-lang-url-rewrite')}</ul></nav></span></div>
<div class="header__button header--element"><a class="button" href="/book">Book a bay</a></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" style=""
data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${hTitle}</span></h1><div class="blog-post__meta"><a href="/blog/author/kieran-alcott">
Kieran Alcott</a><time datetime="2027-02-16 10:00:00" class="blog-post__timestamp">February 16, 2027</time></div><div class="blog-post__body">
<span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" style=""
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${ps([at(hBody, 0)])}<!--more-->
${[1, 3, 5, 7, 9].map((i) => `<h2>${hBody[i]}</h2>\n<p>${hBody[i + 1]}</p>`).join('\n')}
<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-7f3c"><span class="hs-cta-node hs-cta-7f3c" id="hs-cta-7f3c">
<a href="https://cta-redirect.hubspot.com/cta/redirect/2114077/7f3c" target="_blank" rel="noopener"><img class="hs-cta-img" id="hs-cta-img-7f3c"
style="border-width:0px;" src="https://no-cache.hubspot.com/cta/default/2114077/7f3c.png" alt="Book a free swing assessment"></a></span><script
charset="utf-8" src="/hs/cta/cta/current.js"></script><script type="text/javascript">hbspt.cta._relativeUrls=true;hbspt.cta.load(2114077,
'7f3c', {"useNewLoader":"true","region":"na1"});</script></span><!-- end HubSpot Call-to-Action Code --></p></span></div>
<div class="blog-post__tags"><svg version="1.0" viewBox="0 0 512 512" aria-hidden="true"></svg><a class="blog-post__tag-link"
href="/blog/tag/practice">Practice</a>, <a class="blog-post__tag-link" href="/blog/tag/coaching">Coaching</a></div></article>
<section class="blog-comments"><span id="hs_cos_wrapper_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module
widget-type-blog_comments" style="" data-hs-cos-general-type="widget" data-hs-cos-type="module"><div class="section post-footer"><div
id="comments-listing" class="new-comments"></div></div></span></section></div></div>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2><div class="blog-related-posts__list">${hRel
  .map(
    (r) => `<article
class="blog-related-posts__post" aria-label="Blog post summary: ${r[0]}"><a class="blog-related-posts__image-link" href="/blog/x"><img loading="lazy"
src="/hubfs/related.jpg" alt="" class="blog-related-posts__image"></a><div class="blog-related-posts__content"><h3 class="blog-related-posts__title"><a
class="blog-related-posts__title-link" href="/blog/x">${r[0]}</a></h3><p class="blog-related-posts__post-summary">${r[1]}</p></div></article>`,
  )
  .join('\n')}
</div></div></section></main>
<div data-global-resource-path="strokelab/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form"><h3 class="form-title">Get practice tips in your inbox</h3><form
class="hs-form stacked hs-custom-form" novalidate accept-charset="UTF-8"><div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label
for="email-3f1e"><span>Email</span><span class="hs-form-required">*</span></label><input id="email-3f1e" name="email" type="email" class="hs-input">
</div><div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form>
</div><p class="footer__copyright">© 2027 Stroke Lab Golf Studios Ltd. All rights reserved.</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" data-hs-banner-type="default">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to
improve your website experience and provide more personalised services to you.</p></div><div id="hs-en-cookie-confirmation-buttons-area"><div
id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button" role="button">Accept</a><a href="#" id="hs-eu-decline-button"
role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/keyboard-accessible-menu-flyouts/static-1.17/bundles/project.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/2114077.js"></script></body></html>`;
const hubspotDrills: TestPage = {
  name: 'heldout693-hubspot-range-drills',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: [1, 3, 5, 7, 9].map((i) => at(hBody, i)),
  body: texts(hBody.filter((_, i) => i % 2 === 0)),
  bylines: ['Kieran Alcott', 'February 16, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Search', 'Studios', 'Lessons', 'Range Bays', 'Memberships', 'Blog', 'Book a bay', 'Practice, Coaching', 'Related posts',
    ...hRel.flat(), 'Get practice tips in your inbox', 'Email*', '© 2027 Stroke Lab Golf Studios Ltd. All rights reserved.',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalised services to you.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT693_F: readonly TestPage[] = [ghostCaptain, hubspotDrills];
