import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, ld, lis } from './pages-heldout414-kit.js';

/**
 * Held-out batch 414, file f: a housing charity's news story on a WordPress block theme (template parts for header and
 * footer, post terms, author and date blocks, reading time, share buttons, image with caption and credit, pull quote,
 * "Read more" paragraph, newsletter group, query loop of related posts, comments with a reply form, Complianz banner) and
 * a student accommodation guide on Ghost with the Casper theme (site header, tag, byline with reading time, feature image
 * caption, Koenig callout, bookmark and table cards, members subscribe CTA, "Read more" cards, Portal button, footer).
 */
const nTitle = 'Families wait longer than ever in temporary housing, new figures show';
const nHeads = ['Children moving schools', 'What the charity is asking for'];
const nIntro = [
  j(
    'Families placed in temporary accommodation in Kelbury are now waiting an average of 19 months for a settled home, almost twice as',
    'long as five years ago, according to figures obtained by the housing charity Open Door Trust.',
  ),
  j(
    'The council data, released under freedom of information rules, show 1,140 households living in temporary homes at the end of',
    'December, including 2,065 children. More than 300 families had been in a single room in a hostel or bed and breakfast for longer',
    'than the six-week legal limit.',
  ),
];
const nS1 = [
  j(
    'Caseworkers at the charity say the delays are hardest on children. Families are often moved several times, sometimes to',
    'neighbouring towns, which can mean a two-hour round trip to school or a change of school in the middle of the year.',
  ),
  '“My son has been at four schools since he was seven,” said one mother, who asked not to be named. “Every time he settles, we get a call to pack.”',
  j(
    'Kelbury Council said it was “acutely aware” of the pressure on families and had bought 86 homes last year to use as temporary',
    'accommodation instead of hotels. A spokesperson said rising private rents had made it harder to move families on.',
  ),
];
const nQuote = 'What we call temporary accommodation has stopped being temporary. A child can spend most of primary school without a home of their own.';
const nS2 = [
  'The charity is calling on the council and the government to:',
  'end the use of bed and breakfasts for families, except in emergencies and for no more than six weeks',
  'raise local housing allowance so that private rents are within reach of families on benefits',
  'fund a building programme of social rented homes in the borough',
  j(
    "Open Door Trust's chief executive, Hannah Obi, said the figures should be a wake-up call. The charity will present them to the",
    "council's housing scrutiny committee next month.",
  ),
];
const nNav = ['Our work', 'Get help', 'News', 'Campaigns', 'Support us'];
const nTerms = ['News', 'Temporary accommodation'];
const nRelated = ['Hostel residents describe winter without heating', 'Council pledges to end hotel stays by 2027', 'Our annual report is out'];
const nComments = [
  'This matches what we see at the school gate. Thank you for getting these numbers out.',
  'Would be good to know how many of these families are working. Most people assume they are not.',
];
const nHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="max-image-preview:large"><title>${nTitle} &#8211; Open Door Trust</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-02-24T07:00:00+00:00">
<meta name="author" content="Tom Reddaway"><meta name="generator" content="WordPress 6.7.2">
${ld({
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: nTitle,
  author: [{ '@type': 'Person', name: 'Tom Reddaway' }],
  datePublished: '2026-02-24',
})}
<style id="wp-block-library-inline-css">:root{--wp-admin-theme-color:#007cba}</style>
<script id="cmplz-cookiebanner-js-extra">var complianz = {"prefix":"cmplz_","consenttype":"optin","version":"7.1.0"};</script></head>
<body class="post-template-default single single-post postid-5521 single-format-standard wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-block-group alignfull has-global-padding is-layout-constrained">
<div class="wp-block-group is-content-justification-space-between is-layout-flex"><p class="wp-block-site-title"><a href="/" rel="home">Open Door Trust</a></p>
<nav class="is-responsive items-justified-right wp-block-navigation is-layout-flex" aria-label="Header navigation"><ul class="wp-block-navigation__container">
${links(nNav, 'wp-block-navigation-item wp-block-navigation-link')}</ul></nav>
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button"
href="/donate">Donate</a></div></div></div></div></header>
<main class="wp-block-group is-layout-flow"><div class="wp-block-group has-global-padding is-layout-constrained">
<div class="taxonomy-category wp-block-post-terms">${nTerms
  .map(
    (t) => `<a href="/category/x"
rel="tag">${t}</a>`,
  )
  .join('<span class="wp-block-post-terms__separator">, </span>')}</div>
<h1 class="wp-block-post-title">${nTitle}</h1>
<div class="wp-block-group is-layout-flex post-meta"><div class="wp-block-post-author-name">By <a href="/author/tom-reddaway"
class="wp-block-post-author-name__link">Tom
Reddaway</a></div><div class="wp-block-post-date"><time datetime="2026-02-24T07:00:00+00:00">24 February 2026</time></div>
<div class="wp-block-post-reading-time">5 minute read</div></div>
<div class="wp-block-outermost-social-sharing is-layout-flex"><a class="share-facebook" href="#">Share on Facebook</a><a class="share-x" href="#">Share on X</a>
<a class="share-whatsapp" href="#">Share on WhatsApp</a></div>
<figure class="wp-block-post-featured-image"><img width="1200" height="675" src="/wp-content/uploads/2026/02/hostel-corridor.jpg" class="wp-post-image"
alt="A corridor in a hostel" decoding="async"><figcaption class="wp-element-caption">A hostel corridor in central Kelbury, where 40 families are living.
Photo: Ama Lindqvist</figcaption></figure>
<div class="entry-content wp-block-post-content has-global-padding is-layout-constrained">
${ps(nIntro)}
<p class="has-small-font-size"><strong>Read more:</strong> <a href="/news/hostel-winter">Hostel residents describe winter without heating</a></p>
<h2 class="wp-block-heading">${nHeads[0]}</h2>
${ps(nS1)}
<figure class="wp-block-pullquote"><blockquote><p>${nQuote}</p><cite>Hannah Obi, Open Door Trust</cite></blockquote></figure>
<h2 class="wp-block-heading">${nHeads[1]}</h2>
<p>${nS2[0]}</p><ul class="wp-block-list">${lis(nS2.slice(1, 4))}</ul><p>${nS2[4]}</p>
</div>
<div class="wp-block-group newsletter-signup has-background"><h3 class="wp-block-heading">Get our news by email</h3><p>Stories from the front line of the
housing crisis, once a month.</p><form class="wp-block-jetpack-subscriptions"><input type="email" placeholder="Type your email…"><button
type="submit">Subscribe</button>
</form></div>
<div class="wp-block-query related-posts"><h2 class="wp-block-heading">Related stories</h2><ul class="wp-block-post-template">${nRelated
  .map((t) => `<li class="wp-block-post"><h3 class="wp-block-post-title"><a href="/news/x">${t}</a></h3></li>`)
  .join('')}</ul></div>
<div class="wp-block-comments"><h2 id="comments" class="wp-block-comments-title">2 responses to “${nTitle}”</h2><ol
class="wp-block-comment-template">${nComments
  .map(
    (c, i) => `<li id="comment-${81 + i}" class="comment even thread-even depth-1"><div class="wp-block-comment-author-name">${['Gemma T', 'R. Aziz'][i]}</div>
<div class="wp-block-comment-date"><time datetime="2026-02-2${4 + i}">February 2${4 + i}, 2026 at ${['9:12', '13:40'][i]}</time></div>
<div class="wp-block-comment-content"><p>${c}</p></div><div class="wp-block-comment-reply-link"><a class="comment-reply-link" href="#">Reply</a></div></li>`,
  )
  .join('')}</ol>
<div id="respond" class="comment-respond wp-block-post-comments-form"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form class="comment-form"><p class="comment-notes">Your email address will not be published.</p><textarea id="comment" name="comment"></textarea>
<input name="submit" type="submit" class="submit wp-block-button__link" value="Post Comment"></form></div></div></div></main>
<footer class="wp-block-template-part"><div class="wp-block-group alignfull has-global-padding"><p>Open Door Trust is a registered charity, number 1165021.</p>
<p>© 2026 Open Door Trust</p><p class="has-small-font-size">Designed with <a href="https://wordpress.org">WordPress</a></p></div></footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show banner-1 optin" aria-modal="true" role="dialog"><div class="cmplz-header">
<div class="cmplz-title">Manage Cookie Consent</div></div><div class="cmplz-body"><div class="cmplz-message"><p>We use cookies to optimise our website and our
service.</p></div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="/wp-includes/js/dist/interactivity.min.js" id="wp-interactivity-js"></script></body></html>`;
const wpBlock: TestPage = {
  name: 'heldout414-wordpress-block-theme-charity-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: nHeads,
  body: texts([...nIntro, ...nS1, nQuote, ...nS2]),
  bylines: ['By Tom Reddaway', '24 February 2026', '5 minute read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nNav, 'Donate', 'Temporary accommodation', 'Share on Facebook', 'Share on X', 'Share on WhatsApp',
    'A hostel corridor in central Kelbury, where 40 families are living.', 'Photo: Ama Lindqvist', 'Read more:', 'Hannah Obi, Open Door Trust',
    'Get our news by email', 'Stories from the front line of the housing crisis, once a month.', 'Subscribe', 'Related stories', ...nRelated,
    `2 responses to “${nTitle}”`, ...nComments, 'Gemma T', 'R. Aziz', 'February 24, 2026 at 9:12', 'February 25, 2026 at 13:40', 'Reply', 'Leave a Reply',
    'Your email address will not be published.', 'Open Door Trust is a registered charity, number 1165021.', '© 2026 Open Door Trust',
  'Designed with WordPress',
    'Manage Cookie Consent', 'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences',
  ],
};

const sgTitle = 'The first-year guide to student accommodation in Carrow';
const sgExcerpt = 'Halls, private blocks or a shared house? What each option really costs and what to check before you sign.';
const sgHeads = ['University halls', 'Private student blocks', 'Shared houses', 'Costs compared', 'Before you sign anything'];
const sgIntro = [
  j(
    'Every summer our inbox fills with the same question from new students: where should I live? There is no single right answer,',
    'but there are a few mistakes we see every year. This guide walks through the three main options in Carrow and what they cost.',
  ),
];
const sgS1 = [
  j(
    'Most first-years at Carrow live in university halls, and every first-year who applies by the deadline in June is guaranteed',
    'a room. Rent includes bills and Wi-Fi, contracts run for 40 weeks, and wardens live on site.',
  ),
  j(
    'Catered halls cost more but include two meals a day in term time, which many students say is worth it in the first few weeks.',
    'Self-catered flats usually share a kitchen between six to eight people.',
  ),
];
const sgS2 = [
  j(
    'Private blocks such as those along Mill Quay often have gyms and cinema rooms, but contracts are usually 51 weeks, so you pay',
    'for the summer whether you stay or not. Read the cancellation terms carefully: some keep the whole first instalment.',
  ),
];
const sgS3 = [
  j(
    'From second year most students move into shared houses. Rents are lower, but bills are extra and you will normally sign a',
    'joint tenancy, which means each of you can be held responsible for the whole rent if a housemate leaves.',
  ),
  j(
    'Do not rush. Letting agents often tell students in October that every house for next year will be gone by Christmas. There are',
    'always houses available in spring, and you will know your friends much better by then.',
  ),
];
const sgCells = [
  'University halls',
  '£152',
  'Included',
  '40 weeks',
  'Private block',
  '£198',
  'Included',
  '51 weeks',
  'Shared house',
  '£118',
  '£22 to £30',
  '52 weeks',
];
const sgS4 = [
  'Whatever you choose, check these before you pay anything:',
  'the length of the contract and whether you can end it early',
  'whether your deposit will be protected in a government-approved scheme',
  'who deals with repairs, and how quickly they promise to respond',
  'whether the building has a valid fire risk assessment and working alarms',
];
const sgNav = ['Home', 'Guides', 'Money', 'Housing', 'About'];
const sgMore = ['How to get your deposit back at the end of the year', 'Guarantors, explained', 'What your council tax exemption covers'];
const sgHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${sgTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=5e1c8a0d21"><meta name="description" content="${sgExcerpt}">
<link rel="canonical" href="https://www.studentdigs.co.uk/first-year-accommodation-guide/"><meta property="og:site_name" content="Student Digs">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-02T08:30:00.000Z">
<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Lydia Marchetti">
${ld({
  '@context': 'https://schema.org',
  '@type': 'Article',
  publisher: { '@type': 'Organization', name: 'Student Digs' },
  author: { '@type': 'Person', name: 'Lydia Marchetti' },
  headline: sgTitle,
})}
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
data-ghost="https://www.studentdigs.co.uk/" data-key="2a9f1c6e0b7d" data-api="https://www.studentdigs.co.uk/ghost/api/content/"
crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template tag-guides tag-housing is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">Student
Digs</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger"
aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${sgNav.map((t) => `<li class="nav-${t.toLowerCase()}"><a href="/x">${t}</a></li>`).join('')}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-guides tag-housing">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a
href="/tag/guides/">Guides</a></span></div>
<h1 class="article-title">${sgTitle}</h1><p class="article-excerpt">${sgExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/lydia/"
class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2025/09/lydia.jpg" alt="Lydia Marchetti"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/lydia/">Lydia Marchetti</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-03-02">Mar 2, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span>
</div></div></section></div>
<figure class="article-image"><img src="/content/images/size/w2000/2026/03/halls.jpg" alt="Student halls at dusk"><figcaption>Halls on the Carrow campus.
Photo by Jun Takeda / Unsplash</figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(sgIntro)}
<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">Short on time? Skip to the table
of costs below.</div></div>
<h2 id="university-halls">${sgHeads[0]}</h2>${ps(sgS1)}
<h2 id="private-student-blocks">${sgHeads[1]}</h2>${ps(sgS2)}
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="/guarantors-explained/"><div class="kg-bookmark-content"><div
class="kg-bookmark-title">
Guarantors, explained</div><div class="kg-bookmark-description">Who can be your guarantor, and what they are signing up for.</div><div
class="kg-bookmark-metadata">
<span class="kg-bookmark-author">Student Digs</span></div></div></a></figure>
<h2 id="shared-houses">${sgHeads[2]}</h2>${ps(sgS3)}
<h2 id="costs-compared">${sgHeads[3]}</h2>
<table><thead><tr><th>Option</th><th>Rent per week</th><th>Bills per week</th><th>Contract</th></tr></thead><tbody>${[0, 4, 8]
  .map(
    (r) =>
      `<tr>${sgCells
        .slice(r, r + 4)
        .map((c) => `<td>${c}</td>`)
        .join('')}</tr>`,
  )
  .join('')}</tbody></table>
<h2 id="before-you-sign-anything">${sgHeads[4]}</h2><p>${sgS4[0]}</p><ul>${lis(sgS4.slice(1))}</ul>
</section>
<section class="article-comments gh-canvas"><div class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content"><h2>Join the discussion</h2>
<p>Become a member of Student Digs to start commenting.</p><a class="gh-btn" data-portal="signup" href="#/portal/signup">Sign up now</a>
<p><small>Already a member? <a data-portal="signin" href="#/portal/signin">Sign in</a></small></p></div></div></section></article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><h2 class="read-more-title">Read more</h2><div class="post-feed">${sgMore
  .map(
    (t) => `<article class="post-card post"><a class="post-card-content-link" href="/x"><header class="post-card-header"><h2 class="post-card-title">${t}</h2>
</header></a></article>`,
  )
  .join('\n')}</div></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Student Digs</a> © 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-privacy"><a href="/privacy/">Privacy</a></li><li class="nav-contact"><a
href="/contact/">Contact</a></li></ul>
</nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=5e1c8a0d21"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout414-ghost-casper-student-housing-blog',
  kind: 'blog',
  html: sgHtml,
  title: sgTitle,
  headings: sgHeads,
  body: texts([sgExcerpt, ...sgIntro, ...sgS1, ...sgS2, ...sgS3, ...sgCells, ...sgS4]),
  bylines: ['Lydia Marchetti', 'Mar 2, 2026', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Student Digs', ...sgNav, 'Sign in', 'Subscribe', 'Guides', 'Halls on the Carrow campus. Photo by Jun Takeda / Unsplash',
    'Short on time? Skip to the table of costs below.', 'Guarantors, explained', 'Who can be your guarantor, and what they are signing up for.',
    'Join the discussion', 'Become a member of Student Digs to start commenting.', 'Sign up now', 'Already a member?', 'Read more', ...sgMore,
    'Privacy', 'Contact', 'Powered by Ghost',
  ],
};

export const HELDOUT414_F: readonly TestPage[] = [wpBlock, ghost];
