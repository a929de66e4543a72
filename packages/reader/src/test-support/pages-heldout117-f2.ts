import { plain, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 117, file f2: a paid Substack post cut by its paywall, with comments (the publication navbar with search,
 * "Subscribe" and "Sign in", the h1 and the h3 subtitle, the byline block with author, date and "∙ Paid", the like, comment,
 * restack and share buttons, the body markup with a captioned image, a subscription widget and a "Share" button widget inside
 * the text, h2s with their anchor buttons, the paywall box, the repeated post UFI, previous/next links, "Discussion about this
 * post" with comment and restack tabs and comments with Like / Reply / Share, the "Ready for more?" box and the footer).
 */
const pub = 'Sash &amp; Sill';
const title = 'Stripping paint from old sash windows without poisoning yourself';
const subtitle = 'Part two of the window series: heat, chemicals, and why my heat gun now lives in its case.';
const p1 = [
  'Last week I wrote about getting a painted-shut sash moving again. This week is the part most of you asked about: getting decades ' +
    'of paint off the frames so the window can be repaired and repainted properly.',
  'Before anything else, a warning I wish someone had given me. If your house was built before 1978, assume the old paint contains ' +
    'lead until a test tells you otherwise. <strong>Lead dust from sanding or scraping is the real danger here</strong>, far more than ' +
    'the stripper fumes.',
];
const h1 = 'Test first';
const p2 = [
  'Home lead test kits cost a few dollars at any hardware store. You rub a swab on a scraped patch of paint, and it turns red or pink ' +
    'if lead is present. Test several layers, because the newer paint on top is often lead-free while the layers underneath are not.',
  'Mine lit up bright pink on the second swab. So everything below assumes lead, and I would suggest you do the same unless you have ' + 'a clear negative.',
];
const h2 = 'The three methods I tried';
const p3 = ['Over the winter I stripped four sashes and two frames using three different methods, timing each and keeping notes on the mess.'];
const list = [
  '<strong>Heat gun and scraper.</strong> Fastest on flat sections, but hard to control near the glass, and at high settings it can ' +
    'vaporise lead. I cracked one pane and stopped using it.',
  '<strong>Infrared paint remover.</strong> Slower to warm up, but it softens the paint at a lower temperature and is much safer ' +
    'around glass. This became my main tool.',
  '<strong>Chemical stripper paste.</strong> Best on the mouldings, where scrapers cannot reach. Messy, slow, and it needs a full day ' +
    'under plastic film to work.',
];
const p4 = [
  'The short version is that I now use the infrared heater on every flat surface and the paste for the profiles, and the heat gun ' +
    'stays in its case. Below, for paid subscribers: my full setup for containing the dust, the timings for each method, and the ' +
    'three scrapers I would buy again.',
];
const caption = 'The lower sash on the bench, halfway through. Left side infrared, right side untouched.';
const widget = `${pub} is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.`;
const paywall = [
  'Keep reading with a 7-day free trial',
  `Subscribe to ${pub} to keep reading this post and get 7 days of free access to the full post archives.`,
  'Start trial',
  'Already a paid subscriber? Sign in',
];
const comments = [
  [
    'Gwen Talbot',
    'Nov 18',
    'The lead test warning should be printed on every tin of stripper. We found out the hard way with a toddler in the house.',
    'Like (31)',
  ],
  ['Eleanor Prewitt', 'Nov 18', 'Gwen, I am so sorry. I hope everyone is OK. This is exactly why I put it first.', 'Like (12)'],
  ['Marco Ilic', 'Nov 19', 'Which infrared remover did you end up with? The cheap ones look very different from the ones the pros use.', 'Like (8)'],
];
const footLinks = ['Privacy', 'Terms', 'Collection notice'];
const ufi = (n: string): string => `<div class="pencraft pc-display-flex pc-gap-8 pc-alignItems-center pc-reset post-ufi${n}"><div class="like-button-container
post-ufi-button
style-button"><button tabindex="0" type="button" class="pencraft pc-reset pencraft post-ufi-button style-button has-label with-border" aria-label="Like (214)"
aria-pressed="false"><svg role="img" width="20" height="20" viewBox="0 0 24 24"></svg><div class="label">214</div></button></div><a role="button"
href="https://sashandsill.substack.example/p/stripping-paint-sash-windows/comments" class="post-ufi-button style-button post-ufi-comment-button has-label
with-border"
aria-label="View comments (37)"><svg role="img" width="20" height="20" viewBox="0 0 24 24"></svg><div class="label">37</div></a><a role="button"
class="post-ufi-button
style-button has-label with-border" aria-label="Restack"><svg role="img" width="20" height="20" viewBox="0 0 24 24"></svg><div class="label">9</div></a>
<button tabindex="0" type="button" class="pencraft pc-reset pencraft post-ufi-button style-button has-label with-border"><svg role="img" width="20" height="20"
viewBox="0 0 24 24"></svg><div class="label">Share</div></button></div>`;
const anchorH = (t: string): string => `<h2 class="header-anchor-post">${t}<div class="pencraft pc-display-flex pc-alignItems-center pc-position-absolute
pc-reset
header-anchor-parent"><div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA"><div id="§${t.toLowerCase().replace(/ /g, '-')}" class="pencraft
pc-reset
header-anchor offset-top"></div><button tabindex="0" type="button" aria-label="Link" class="pencraft pc-display-flex pc-alignItems-center
pc-justifyContent-center pc-reset
pc-borderRadius-sm iconButton-mCPBnP"><svg role="img" width="18" height="18" viewBox="0 0 24 24"></svg></button></div></div></h2>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1"><title>${title}</title>
<meta property="og:url" content="https://sashandsill.substack.example/p/stripping-paint-sash-windows"><meta property="og:type" content="article">
<meta property="og:title" content="${title}"><meta property="og:description" content="${subtitle}"><meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://sashandsill.substack.example/p/stripping-paint-sash-windows"><meta name="author" content="Eleanor Prewitt">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"url":"https://sashandsill.substack.example/p/stripping-paint-sash-windows",
"headline":"${title}","description":"${subtitle}","datePublished":"2025-11-18T12:03:41+00:00","isAccessibleForFree":false,"hasPart":{"@type":"WebPageElement",
"isAccessibleForFree":false,"cssSelector":".paywall"},"author":[{"@type":"Person","name":"Eleanor Prewitt","url":"https://substack.example/@eleanorprewitt"}],
"publisher":{"@type":"Organization","name":"Sash & Sill","url":"https://sashandsill.substack.example"}}</script>
<link rel="stylesheet" href="https://substackcdn.example/bundle/theme/main.5e1f0c2a.css"><link rel="stylesheet"
href="https://substackcdn.example/bundle/theme/color_links.css">
<script>window._preloads =
JSON.parse("{\\"isEU\\":false,\\"language\\":\\"en\\",\\"post\\":{\\"id\\":178201234,\\"audience\\":\\"only_paid\\",\\"title\\":\\"Stripping
paint\\"}}")</script></head>
<body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg"><div class="main-menu" data-testid="navbar"><div
class="main-menu-content">
<div class="topbar-content"><div class="navbar-left"><a href="/" class="navbar-logo-container"><img class="navbar-logo" alt="" width="40" height="40"
src="https://substackcdn.example/image/fetch/w_80,h_80,c_fill/logo.png"></a></div><h1 class="navbar-title"><a class="navbar-title-link" href="/">${pub}</a></h1>
<div class="navbar-buttons"><button tabindex="0" type="button" aria-label="Search" class="pencraft pc-reset pencraft iconButton-mCPBnP"><svg role="img"
width="20" height="20"
viewBox="0 0 24 24"></svg></button><div class="subscribe-cta"><a class="button primary subscribe-btn"
href="/subscribe?simple=true&amp;next=%2Fp%2Fstripping-paint">Subscribe</a>
</div><div class="sign-in-link"><a class="button primary outline" href="/sign-in?redirect=%2Fp%2Fstripping-paint">Sign in</a></div></div></div></div></div>
<div class="container"><div class="single-post-container"><div class="container"><div class="single-post"><div class="post-wrapper"><article class="typography
newsletter-post post">
<div class="post-header"><h1 dir="auto" class="post-title published title-X77sOw">${title}</h1><h3 dir="auto" class="subtitle subtitle-HEEcLo">${subtitle}</h3>
<div class="pencraft pc-display-flex pc-gap-16 pc-paddingTop-16 pc-paddingBottom-16 pc-justifyContent-space-between pc-alignItems-center pc-reset
post-ufi-wrap">
<div class="pencraft pc-display-flex pc-gap-12 pc-alignItems-center pc-reset byline-wrapper"><a href="https://substack.example/@eleanorprewitt" class="pencraft
pc-reset"><div
class="pencraft pc-display-flex pc-width-36 pc-height-36 pc-reset pc-borderRadius-full overflow-hidden-WdpwT6"><picture><img
src="https://substackcdn.example/avatar.png"
alt="Eleanor Prewitt's avatar" width="36" height="36" class="img-OACg1c"></picture></div></a><div class="pencraft pc-display-flex pc-flexDirection-column
pc-reset">
<div class="pencraft pc-reset color-pub-primary-text-NyXPlw font-meta-MWBumP size-11-NuY2Zx transform-uppercase-yKDgcq meta-EgzBVA"><span data-state="closed"><a
href="https://substack.example/@eleanorprewitt" class="pencraft pc-reset decoration-hover-underline-ClDVRM">Eleanor Prewitt</a></span></div><div class="pencraft
pc-display-flex
pc-gap-4 pc-reset"><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T font-meta-MWBumP size-11-NuY2Zx meta-EgzBVA">Nov 18, 2025</div><div
class="pencraft pc-reset
color-pub-secondary-text-hGQ02T font-meta-MWBumP size-11-NuY2Zx meta-EgzBVA">∙ Paid</div></div></div></div>${ufi('')}</div></div>
<div class="available-content"><div dir="auto" class="body markup">
${p1.map((p) => `<p>${p}</p>`).join('\n')}
<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank"
href="https://substackcdn.example/image/fetch/sash.jpeg"
data-component-name="Image2ToDOM"><div class="image2-inset"><picture><source type="image/webp" srcset="https://substackcdn.example/image/fetch/w_1456/sash.webp
1456w"><img
src="https://substackcdn.example/image/fetch/w_1456/sash.jpeg" width="1456" height="1092" class="sizing-normal" alt="" loading="lazy"></picture><div
class="image-link-expand">
<div class="pencraft pc-display-flex pc-gap-8 pc-reset"><button tabindex="0" type="button" class="pencraft pc-reset icon-container restack-image"><svg
role="img" width="20"
height="20"></svg></button><button tabindex="0" type="button" class="pencraft pc-reset icon-container view-image"><svg role="img" width="20"
height="20"></svg></button></div>
</div></div></a><figcaption class="image-caption">${caption}</figcaption></figure></div>
${anchorH(h1)}
${p2.map((p) => `<p>${p}</p>`).join('\n')}
<div class="subscription-widget-wrap-editor"
data-attrs="{&quot;url&quot;:&quot;https://sashandsill.substack.example/subscribe?&quot;,&quot;text&quot;:&quot;Subscribe&quot;}"
data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">${widget}</p></div><form
class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1"><input type="submit"
class="button primary" value="Subscribe"><div class="fake-input-wrapper"><div class="fake-input"></div><div class="fake-button"></div></div></form></div></div>
${anchorH(h2)}
${p3.map((p) => `<p>${p}</p>`).join('\n')}
<ul>${list.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ul>
${p4.map((p) => `<p>${p}</p>`).join('\n')}
<p class="button-wrapper"
data-attrs="{&quot;url&quot;:&quot;https://sashandsill.substack.example/p/stripping-paint-sash-windows?utm_source=substack&quot;,
&quot;text&quot;:&quot;Share&quot;}"
data-component-name="ButtonCreateButton"><a class="button primary"
href="https://sashandsill.substack.example/p/stripping-paint-sash-windows?utm_source=substack&amp;action=share">
<span>Share</span></a></p>
</div></div><div class="paywall-jump" data-component-name="PaywallToDOM"></div><div class="paywall"><h2 class="paywall-title">${paywall[0]}</h2><div
class="paywall-cta">
<p>${paywall[1]}</p><a class="button primary"
href="/subscribe?simple=true&amp;next=%2Fp%2Fstripping-paint&amp;utm_source=paywall-free-trial&amp;coupon=7day">${paywall[2]}</a>
</div><div class="paywall-login"><p>Already a paid subscriber? <a href="/sign-in?redirect=%2Fp%2Fstripping-paint">Sign in</a></p></div></div>
${ufi(' post-ufi-footer')}
<div class="post-footer-nav"><a class="post-footer-nav-item previous" href="/p/unsticking-a-painted-shut-sash"><div class="post-footer-nav-label">Previous</div>
<div class="post-footer-nav-title">Unsticking a painted-shut sash in an afternoon</div></a><a class="post-footer-nav-item next" href="/p/sash-cords"><div
class="post-footer-nav-label">Next</div><div class="post-footer-nav-title">Replacing sash cords: the two-hour version</div></a></div></article></div>
<div id="discussion" class="comments-section"><h4 class="comments-heading">Discussion about this post</h4><div class="pencraft pc-display-flex pc-gap-8 pc-reset
comments-tabs">
<button class="pencraft pc-reset tab active">Comments</button><button class="pencraft pc-reset tab">Restacks</button></div><div
class="comment-input-wrap"><textarea
placeholder="Write a comment…" class="comment-input" aria-label="Write a comment"></textarea></div><div class="comments-list">
${comments
  .map(
    ([name, date, text, like], i) => `<div class="comment${i === 1 ? ' comment-reply author' : ''}" id="comment-${9120 + i}"><div class="comment-content"><div
class="comment-meta">
<span class="commenter-name"><a href="https://substack.example/@c${i}">${name}</a></span>${i === 1 ? '<span class="comment-author-tag">Author</span>' : ''}<a
class="comment-date"
href="/p/stripping-paint-sash-windows/comment/${9120 + i}">${date}</a></div><div class="comment-body"><p>${text}</p></div><div class="comment-actions"><button
class="pencraft pc-reset comment-action">${like}</button><button class="pencraft pc-reset comment-action">Reply</button><button class="pencraft pc-reset
comment-action">Share
</button></div></div></div>`,
  )
  .join('\n')}</div><a class="more-comments" href="/p/stripping-paint-sash-windows/comments">34 more comments...</a></div>
<div class="post-end-cta-full"><h3>Ready for more?</h3><div class="subscription-widget show-subscribe"><form class="subscription-widget-subscribe"><input
type="email"
class="email-input" name="email" placeholder="Type your email…"><input type="submit" class="button primary"
value="Subscribe"></form></div></div></div></div></div></div>
<div class="footer-wrap publication-footer"><div class="footer"><div class="container"><div class="footer-buttons"><div class="footer-copyright">© 2025 Eleanor
Prewitt</div>
<div class="footer-links">${footLinks.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`).join(' ∙ ')}</div><a class="footer-substack-cta"
href="https://substack.example/signup?utm_source=substack&amp;utm_medium=web&amp;utm_content=footer">Start your Substack</a><a class="footer-substack-cta"
href="https://substack.example/app/app-store-redirect?utm_campaign=app-marketing&amp;utm_content=web-footer-button">Get the app</a></div><div
class="footer-slogan-blurb"><a
href="https://substack.example">Substack</a> is the home for great culture</div></div></div></div></div></div>
<script src="https://substackcdn.example/bundle/static/js/main.b2c0a1e9.js" charset="utf-8" async></script></body></html>`;
export const substackPost: TestPage = {
  html,
  name: 'heldout117-substack-paywalled-blog-post',
  kind: 'blog',
  // the subtitle is body (a dek); only the text above the paywall is the article; the subscription widget and the "Share"
  // button widget inside the body markup, the image caption, the paywall box and the comments are furniture
  title,
  headings: [h1, h2],
  body: [subtitle, ...texts(p1), ...p2, ...p3, ...texts(list), ...p4],
  bylines: ['Eleanor Prewitt', 'Nov 18, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    plain(pub), 'Subscribe', 'Sign in', '∙ Paid', '214', '37', 'Share', caption, plain(widget), ...paywall.map(plain), 'Previous',
    'Unsticking a painted-shut sash in an afternoon', 'Next', 'Replacing sash cords: the two-hour version', 'Discussion about this post', 'Comments',
    'Restacks',
    ...comments.flat(), 'Author', 'Reply', '34 more comments...', 'Ready for more?', '© 2025 Eleanor Prewitt', ...footLinks, 'Start your Substack',
    'Get the app',
    'Substack is the home for great culture',
  ])].filter((f) => f !== 'Eleanor Prewitt'),
};
