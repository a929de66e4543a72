import { type TestPage, texts } from './page-kit.js';
import { ghostPost } from './pages-heldout131-c2.js';

/**
 * Held-out batch 131, file c: a paid Substack post saved signed out, cut by the paywall after the preview (the navbar
 * whose publication name is an h1, search, "Subscribe" and "Sign in", the tab menu, the post h1, the subtitle h3, author,
 * date and "Paid" label, the like/comment/restack/share bar, section headings with the anchor-link button inside them, an
 * embedded subscribe widget and a captioned image inside the body, the paywall box, the footer action bar, previous/next,
 * "Discussion about this post" with one comment, "Ready for more?", the footer and the _preloads script) and, from file c2,
 * a Ghost post on the Source theme.
 */
const ssTitle = 'Why the egg price at our farm gate hasn’t moved in three years';
const ssSubtitle = 'Feed went up 40 per cent. Our price didn’t. Here is the maths, and what happens next.';
const ssP1 = [
  'Every Saturday morning somebody at the farm gate asks why our eggs are still £3 a half-dozen when the supermarket in Lowerby has ' +
    'put its free-range price up twice this year. It is a fair question. The honest answer is that I have been too stubborn, and ' +
    'possibly too sentimental, to change the number on the chalkboard.',
  'This week I sat down with three years of receipts to work out what that stubbornness has actually cost us. Paid subscribers get ' +
    'the full spreadsheet at the end of this post, but the short version is: more than I expected.',
];
const ssH1 = 'What a dozen eggs costs us';
const ssP2 = [
  'We keep 140 hens on about two acres, moved around in two mobile houses. In 2022 a tonne of layers’ pellets cost us £310. This ' +
    'autumn it was £438. The hens eat roughly the same amount as they always have, a little over 120 grams each a day, so almost all ' +
    'of that increase lands straight on the cost of each egg.',
  'Feed is not the only thing that has gone up. Here is what a dozen eggs cost us to produce, before anyone is paid for their time:',
];
const ssList = [
  'Feed: £1.71, up from £1.21',
  'Bedding, grit and vet costs: 38p, up from 29p',
  'Boxes and labels: 22p, up from 15p',
  'Electricity for the fence and the lights: 19p, up from 9p',
];
const ssP3 = [
  'That comes to £2.50 a dozen. We sell them for £6. On paper that still looks like a healthy margin, until you remember that ' +
    'somebody has to collect, clean, grade and pack every one of them, seven days a week.',
];
const ssH2 = 'The hours nobody counts';
const ssP4 = [
  'I timed myself for a fortnight in September. Looking after the hens, including moving the houses, collecting, washing and ' +
    'packing, takes a little under two hours a day. That is fourteen hours a week that never appears on any of the sums above.',
];
const ssTabs = ['Home', 'Notes', 'Archive', 'About'];
const ssWidget =
  'The Allotment Ledger is a reader-supported publication. To receive new posts and support my work, consider becoming a free or ' + 'paid subscriber.';
const ssCaption = 'The Saturday chalkboard, unchanged since March 2022.';
const ssPaywall = [
  'Keep reading with a 7-day free trial',
  'Subscribe to The Allotment Ledger to keep reading this post and get 7 days of free access to the full post archives.',
  'Start trial',
  'Already a paid subscriber?',
];
const ssPrev = 'The rats, the drain and the very long week';
const ssNext = 'What we planted for next year’s veg boxes';
const ssComment = {
  name: 'Ellis Darrow',
  date: 'Oct 21',
  text: 'Two hours a day is the bit that gets me. We run sixty hens and I have never dared time it.',
};
const ssMore = ['Ready for more?', 'Subscribe'];
const ssFoot = ['© 2025 Ruth Camberwell', 'Privacy', 'Terms', 'Collection notice', 'Start your Substack', 'Get the app'];
const ssFootTag = 'Substack is the home for great culture';
const pc = 'pencraft pc-reset';
const meta = 'line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA';
const ssH = (t: string, slug: string): string => `<h2 class="header-anchor-post">${t}<div class="pencraft pc-display-flex pc-alignItems-center
pc-position-absolute pc-reset header-anchor-parent"><div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA"><div id="§${slug}" class="${pc}
header-anchor offset-top"></div><button tabindex="0" type="button" aria-label="Link" data-href="https://allotmentledger.substack.example/p/egg-price#§${slug}"
class="${pc} pencraft copy-anchor-button"><svg xmlns="http://www.w3.org/2000/svg" width="18" height="18" viewBox="0 0 24 24" class="lucide lucide-link">
<path d="M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71"></path></svg></button></div></div></h2>`;
const ufi = (where: string): string => `<div class="post-ufi style-${where} themed"><div class="like-button-container post-ufi-button style-button">
<button tabindex="0" type="button" aria-label="Like (212)" aria-pressed="false" class="${pc} pencraft post-ufi-button style-button has-label with-border">
<svg role="img" width="20" height="20" viewBox="0 0 24 24" class="lucide lucide-heart"><g><title></title><path d="M19 14c1.49-1.46 3-3.21
3-5.5"></path></g></svg>
<div class="label">212</div></button></div><a role="button" aria-label="View comments (38)" href="https://allotmentledger.substack.example/p/egg-price/comments"
class="${pc} pencraft post-ufi-button post-ufi-comment-button has-label with-border"><svg role="img" width="20" height="20" viewBox="0 0 24 24"
class="lucide lucide-message-circle"></svg><div class="label">38</div></a><button tabindex="0" type="button" aria-label="Restack (17)"
class="${pc} pencraft post-ufi-button style-button has-label with-border"><svg role="img" width="20" height="20" viewBox="0 0 24 24"></svg>
<div class="label">17</div></button><button tabindex="0" type="button" class="${pc} pencraft post-ufi-button style-button has-label with-border">
<svg role="img" width="20" height="20" viewBox="0 0 24 24" class="lucide lucide-share"></svg><div class="label">Share</div></button></div>`;
const ssHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="norton-safeweb-site-verification"
content="24usqpep0ejc5w6hod3dulxwciwp0djs6c6ufp96av3t4whuxovj72wfkdjxu82yacb7430qjm8adbd5ezlt4592dq">
<title>Why the egg price at our farm gate hasn’t moved in three years - by Ruth Camberwell</title>
<meta name="description" content="${ssSubtitle}"><meta property="og:type" content="article"><meta property="og:title" content="${ssTitle}">
<meta property="og:description" content="${ssSubtitle}"><meta name="author" content="Ruth Camberwell"><meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://allotmentledger.substack.example/p/egg-price"><link rel="alternate" type="application/rss+xml"
href="https://allotmentledger.substack.example/feed" title="The Allotment Ledger">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","url":"https://allotmentledger.substack.example/p/egg-price",
"mainEntityOfPage":"https://allotmentledger.substack.example/p/egg-price","headline":"${ssTitle}","description":"${ssSubtitle}",
"datePublished":"2025-10-21T06:01:44+00:00",
"isAccessibleForFree":false,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".paywall"},
"author":[{"@type":"Person","name":"Ruth Camberwell","url":"https://substack.example/@ruthcamberwell"}],"publisher":{"@type":"Organization",
"name":"The Allotment Ledger"}}</script>
<link rel="stylesheet" type="text/css" href="https://substackcdn.example/bundle/static/css/main.1e0f11fb.css"></head>
<body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg"><div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA">
<div data-testid="navbar" class="main-menu"><div class="main-menu-content"><div class="topBar-pIF0J1 topBarTitleOnly-d0Rgk2"><div class="navbar-left-container">
<a class="navbar-logo-container" href="/"><img class="navbar-logo" src="https://substackcdn.example/image/fetch/w_80,h_80/ledger-logo.png" alt=""
width="40"></a></div>
<div class="navbar-title"><h1 class="navbar-title-link"><a class="navbar-title-link" href="/">The Allotment Ledger</a></h1></div>
<div class="navbar-buttons"><button tabindex="0" type="button" aria-label="Search" class="${pc} pencraft iconButton-mA5A9i iconButtonBase-dJGHgN"><svg
role="img"
width="20" height="20" viewBox="0 0 24 24" class="lucide lucide-search"></svg></button><button tabindex="0" type="button"
class="${pc} pencraft buttonBase-GK1x3M buttonStyle-r7yGCK priority_primary-RfbeYt size_sm-G3LciD">Subscribe</button><div data-testid="user-indicator"
class="user-indicator"><a class="${pc} pencraft buttonBase-GK1x3M buttonStyle-r7yGCK priority_tertiary-rlke8z size_sm-G3LciD" native
href="https://substack.example/sign-in?redirect=%2Fp%2Fegg-price&amp;for_pub=allotmentledger">Sign in</a></div></div></div>
<div class="topBarTabs-RRC5pl"><div class="pencraft pc-display-flex pc-gap-24 pc-reset">
${ssTabs.map((t) => `<a class="${pc} pencraft tabLink-n4vZ1Q" href="/${t === 'Home' ? '' : t.toLowerCase()}">${t}</a>`).join('\n')}</div></div></div></div>
<div><div class="single-post-container"><div class="container"><div class="single-post"><div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA">
<article class="typography newsletter-post post"><div class="post-header" role="region" aria-label="Post header">
<h1 dir="auto" class="post-title published title-X77sOw">${ssTitle}</h1><h3 dir="auto" class="subtitle subtitle-HEEcLo">${ssSubtitle}</h3>
<div class="pencraft pc-display-flex pc-flexDirection-column pc-gap-16 pc-reset"><div class="pencraft pc-display-flex pc-gap-12 pc-alignItems-center pc-reset
byline-wrapper"><div class="pencraft pc-display-flex pc-reset"><div class="pencraft pc-display-flex pc-flexDirection-row pc-gap-8 pc-alignItems-center
pc-justifyContent-flex-start pc-reset"><div class="pencraft pc-display-flex pc-reset"><div class="profile-hover-card-target profileHoverCardTarget-PBxvGm">
<a href="https://substack.example/@ruthcamberwell" aria-label="View Ruth Camberwell's profile" class="${pc}"><div class="pencraft pc-display-flex pc-width-36
pc-height-36 pc-justifyContent-center pc-alignItems-center pc-position-relative pc-reset bg-secondary-UUD3_J flex-auto-j3S2WA animate-XFJxE4
outline-detail-vcQLyr
pc-borderRadius-full overflow-hidden-WdpwT6 sizing-border-box-DggLA4 container-TAtrWj"><img src="https://substackcdn.example/image/fetch/w_72,h_72/rc.jpg"
sizes="32px" alt="" width="32" height="32" class="img-OACg1c image-nBNbRY pencraft pc-reset"></div></a></div></div>
<div class="pencraft pc-display-flex pc-flexDirection-column pc-reset"><div class="${pc} color-pub-primary-text-NyXPlw ${meta}"><span data-state="closed">
<a href="https://substack.example/@ruthcamberwell" class="${pc} decoration-hover-underline-ClDVRM reset-IxiVJZ">Ruth Camberwell</a></span></div>
<div class="pencraft pc-display-flex pc-gap-4 pc-reset"><div class="${pc} color-pub-secondary-text-hGQ02T ${meta}">Oct 21, 2025</div>
<div class="${pc} color-accent-themed ${meta}">Paid</div></div></div></div></div></div>${ufi('large-on-web')}</div></div>
<div class="available-content"><div dir="auto" class="body markup">
${ssP1.map((t) => `<p>${t}</p>`).join('\n')}
<div class="subscription-widget-wrap-editor"
data-attrs="{&quot;url&quot;:&quot;https://allotmentledger.substack.example/subscribe?&quot;,&quot;text&quot;:&quot;Subscribe&quot;,
&quot;language&quot;:&quot;en&quot;}" data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div class="preamble">
<p class="cta-caption">${ssWidget}</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email"
placeholder="Type your email…" tabindex="-1"><input type="submit" class="button primary" value="Subscribe"><div class="fake-input-wrapper">
<div class="fake-input"></div><div class="fake-button"></div></div></form></div></div>
${ssH(ssH1, 'what-a-dozen-eggs-costs-us')}
${ssP2.map((t) => `<p>${t}</p>`).join('\n')}
<ul>${ssList.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ul>
${ssP3.map((t) => `<p>${t}</p>`).join('\n')}
<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank"
href="https://substackcdn.example/image/fetch/f_auto,q_auto:good/chalkboard.jpeg" data-component-name="Image2ToDOM"><div class="image2-inset"><picture>
<source type="image/webp" srcset="https://substackcdn.example/image/fetch/w_424,c_limit,f_webp/chalkboard.jpeg 424w" sizes="100vw">
<img src="https://substackcdn.example/image/fetch/w_1456,c_limit,f_auto/chalkboard.jpeg" width="1456" height="1092" alt="" class="sizing-normal"
loading="lazy"></picture><div class="image-link-expand"><div class="pencraft pc-display-flex pc-gap-8 pc-reset"><button tabindex="0" type="button"
class="${pc} pencraft icon-container restack-image"><svg role="img" width="20" height="20" viewBox="0 0 20 20"></svg></button><button tabindex="0" type="button"
class="${pc} pencraft icon-container view-image"><svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" viewBox="0 0 24 24"></svg></button></div></div>
</div></a><figcaption class="image-caption">${ssCaption}</figcaption></figure></div>
${ssH(ssH2, 'the-hours-nobody-counts')}
${ssP4.map((t) => `<p>${t}</p>`).join('\n')}
</div></div><div class="paywall-jump" data-component-name="PaywallJump"></div>
<div class="paywall" data-component-name="Paywall"><h2 class="paywall-title">${ssPaywall[0]}</h2><div class="paywall-cta"><p>${ssPaywall[1]}</p></div>
<a class="button primary paywall-cta-btn"
href="https://allotmentledger.substack.example/subscribe?simple=true&amp;next=%2Fp%2Fegg-price&amp;utm_source=paywall-free-trial">
<span>${ssPaywall[2]}</span></a><div class="paywall-login"><p><a class="sign-in-link" href="https://substack.example/sign-in?redirect=%2Fp%2Fegg-price">
${ssPaywall[3]} <b>Sign in</b></a></p></div></div>
<div class="visibility-check"></div><div class="post-footer use-separators">${ufi('compressed')}</div>
<div class="post-nav"><a class="post-nav-prev" href="/p/rats-drain-long-week"><div class="${pc} ${meta}">Previous</div><div
class="post-nav-title">${ssPrev}</div></a>
<a class="post-nav-next" href="/p/next-years-veg-boxes"><div class="${pc} ${meta}">Next</div><div class="post-nav-title">${ssNext}</div></a></div>
</article></div></div></div></div>
<div id="discussion" class="comments-page"><div class="container"><div class="comments-section"><h4 class="comments-heading">Discussion about this post</h4>
<div class="pencraft pc-display-flex pc-gap-16 pc-reset tabs"><button class="${pc} tab active">Comments</button><button class="${pc}
tab">Restacks</button></div>
<div class="comment-list"><div class="comment-list-items"><div class="comment" data-comment-id="118822341"><div class="comment-content"><div
class="comment-meta">
<a href="https://substack.example/@ellisdarrow" class="commenter-name">${ssComment.name}</a><a href="/p/egg-price/comment/118822341" class="comment-timestamp">
${ssComment.date}</a></div><div class="comment-body"><p><span>${ssComment.text}</span></p></div><div class="comment-actions"><div class="comment-liked-by">
Liked by Ruth Camberwell</div><button class="${pc} comment-action">Reply</button><button class="${pc} comment-action">Share</button></div></div></div></div>
<a class="more-comments" href="/p/egg-price/comments">37 more comments...</a></div></div></div></div>
<div class="footer-wrap publication-footer"><div class="subscribe-footer"><div class="container"><h3 class="subscribe-footer-title">${ssMore[0]}</h3>
<form class="form" action="/api/v1/free?nojs=true" method="post"><input type="email" name="email" placeholder="Type your email…">
<button tabindex="0" type="submit" class="${pc} pencraft button primary">${ssMore[1]}</button></form></div></div>
<div class="footer"><div class="container"><div class="pencraft pc-display-flex pc-reset footer-row"><div class="copyright">${ssFoot[0]}</div>
<div class="footer-terms"><a href="https://substack.example/privacy">${ssFoot[1]}</a> ∙ <a href="https://substack.example/tos">${ssFoot[2]}</a> ∙
<a href="https://substack.example/ccpa#personal-data-collected">${ssFoot[3]}</a></div></div><div class="footer-substack-cta">
<a class="${pc} pencraft button" href="https://substack.example/signup?utm_source=substack&amp;utm_medium=web&amp;utm_content=footer">${ssFoot[4]}</a>
<a class="${pc} pencraft button"
href="https://substack.example/app/app-store-redirect?utm_campaign=app-marketing&amp;utm_content=web-footer-button">${ssFoot[5]}</a>
</div><div class="footer-slogan"><a href="https://substack.example" native>${ssFootTag}</a></div></div></div></div></div></div></div></div>
<script>window._preloads = JSON.parse("{\\"isEU\\":true,\\"language\\":\\"en\\",\\"post\\":{\\"id\\":176102331,\\"audience\\":\\"only_paid\\"}}")</script>
<script src="https://substackcdn.example/bundle/static/js/main.5c3e7a1b.js" charset="utf-8" type="module"></script>
<script nomodule>(function(){var message='Your browser does not support modern JavaScript modules. Please upgrade your browser for the best experience.';
var warningDiv=document.createElement('div');warningDiv.textContent=message;document.body.prepend(warningDiv);})();</script>
</body></html>`;
const substackPost: TestPage = {
  name: 'heldout131-substack-paywall-blog',
  kind: 'blog',
  html: ssHtml,
  // only the free preview is on the page: that is the article; the subtitle is body; the navbar h1 (publication name),
  // the "Paid" label, the subscribe widget and the image caption inside the body, the paywall box and the comment are furniture
  title: ssTitle,
  headings: [ssH1, ssH2],
  body: texts([ssSubtitle, ...ssP1, ...ssP2, ...ssList, ...ssP3, ...ssP4]),
  bylines: ['Ruth Camberwell', 'Oct 21, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Allotment Ledger', 'Subscribe', 'Sign in', ...ssTabs, 'Paid', '212', '38', '17', 'Share', ssWidget, ssCaption, ...ssPaywall, 'Previous', ssPrev,
    'Next', ssNext, 'Discussion about this post', 'Comments', 'Restacks', ssComment.name, ssComment.date, ssComment.text, 'Liked by Ruth Camberwell', 'Reply',
    '37 more comments...', ssMore[0]!, ...ssFoot, ssFootTag,
  ],
};

export const HELDOUT131_C: readonly TestPage[] = [substackPost, ghostPost];
