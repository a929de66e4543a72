/**
 * Held-out batch 84, file d3: the texts and HTML of a Substack post with footnotes (invented newsletter): the topbar with the
 * publication name, Subscribe and Sign in, the title and subtitle, the author and date, the like / comment / restack / share
 * bar (twice), a captioned image, h3 section headings with their header-anchor buttons, the mid-post subscribe widget, the
 * footnote anchors in the text and the footnotes at the end, the "Discussion about this post" block with two comments, the
 * "Ready for more?" box and the Substack footer.
 */
const paras = (s: string): string[] => s.trim().split(/\n\s*\n/);
const fn = (n: number): string =>
  `<a class="footnote-anchor" data-component-name="FootnoteAnchorToDOM" id="footnote-anchor-${n}" href="#footnote-${n}" target="_self">${n}</a>`;

export const ssTitle = 'The post office that paid for itself';
export const ssSub = 'How a village counter in the 1890s balanced its books, and what its ledger says about small institutions';
export const ssP1 = paras(`
A few months ago a reader sent me photographs of a ledger she had found in her late uncle’s shed. It was the account book of the
post office in Aldbourne Parva, a village of about four hundred people, for the years 1891 to 1897. Every page is ruled in red
ink and filled in a small, careful hand.${fn(1)}

I have spent more evenings than I would like to admit reading it. What struck me is not how old-fashioned it is, but how modern
the problem it records feels: how do you keep a small public service open when almost nobody uses it enough to pay for it?
`);
export const ssH1 = 'Stamps were the least of it';
export const ssP2 = paras(`
You would expect a post office to live on postage. This one did not. In 1893, the busiest year in the ledger, stamp sales came to
a little over £41. The postmistress, a widow named Harriet Cole, was paid £28 a year, and the rent on the front room of her
cottage, which served as the office, was another £6.

What kept the office going was everything else. The ledger records commission on postal orders, on savings bank deposits, on
dog licences and on the sale of government annuities.${fn(2)} By 1895 the savings bank alone earned more for the office than
stamps did, because dozens of farm workers were paying in a few pence every week.

In other words, the post office survived by becoming the village’s bank, licensing office and notice board. The letters were
almost incidental.
`);
export const ssH2 = 'The telegraph that nearly sank it';
export const ssP3 = paras(`
The one disaster in the ledger is the telegraph. In 1894 the village petitioned for a telegraph line, and the General Post Office
agreed on the condition that local subscribers guaranteed any shortfall in its running costs for seven years.${fn(3)}

The line cost far more to run than it earned. In its first year it handled 212 telegrams, most of them from the two largest
farms. The guarantors, who included the vicar and the miller, had to make up a deficit of over £19, which Mrs Cole records
with what I can only read as grim satisfaction, in slightly larger handwriting than usual.
`);
export const ssH3 = 'What the ledger teaches';
export const ssP4 = paras(`
I do not want to draw too tidy a lesson from one village’s accounts. But I keep thinking about the small institutions we have
lost in my own lifetime: the bank branch, the library van, the bus that came twice a day. Each of them was judged on its main
job, found unprofitable, and closed.

The Aldbourne Parva office would have failed that test too. It lasted because it did many small things for the same people,
in the same room, and the sum of them was enough.${fn(4)} That seems to me a better way of judging what a village needs than
asking whether any single service pays its way.
`);
export const ssNotes = [
  'The ledger is now with the county record office, which has kindly let me quote from it. The reader who found it asked not to be named.',
  'Government annuities were small pensions that could be bought in instalments at the counter. Only three were sold in the whole period.',
  'Guarantee schemes like this were common for rural telegraph lines. Many villages found, as this one did, that the guarantee was called on.',
  'The office finally closed in 1971, by which time it had also been selling television licences and premium bonds.',
];
export const ssCaption = 'A page of the Aldbourne Parva ledger for March 1893, with savings bank deposits in the right-hand columns.';
export const ssWidget = 'Thanks for reading The Margin Notes! Subscribe for free to receive new posts and support my work.';
export const ssComments = [
  {
    name: 'Geraint Lloyd',
    date: 'Nov 9',
    text: 'My grandmother ran a sub-post office in the 1960s and said exactly the same thing: the stamps paid for nothing, the pensions paid for everything.',
  },
  { name: 'Ruth M', date: 'Nov 10', text: 'The grim satisfaction in larger handwriting made me laugh out loud. Wonderful piece.' },
];
export const ssNav = ['Home', 'Notes', 'Archive', 'About'];
export const ssFoot = ['Privacy', 'Terms', 'Collection notice', 'Start your Substack', 'Get the app'];

const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const h3 = (t: string): string => `<h3 class="header-anchor-post">${t}<div class="pencraft pc-display-flex pc-alignItems-center pc-position-absolute
pc-reset header-anchor-parent"><div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA"><div id="§${t.length}" class="pencraft pc-reset header-anchor
offset-top"></div><button tabindex="0" type="button" aria-label="Link" data-href="#§${t.length}" class="pencraft pc-reset pencraft icon-container
header-anchor-button"><svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor"
class="lucide lucide-link"></svg></button></div></div></h3>`;
const ufi = (where: string): string => `<div class="post-ufi style-${where}"><div class="like-button-container post-ufi-button style-button">
<button tabindex="0" type="button" aria-label="Like (143)" aria-pressed="false" class="post-ufi-button style-button has-label with-border"><svg
class="lucide lucide-heart"></svg>
<div class="label">143</div></button></div><a href="https://marginnotes.substack.example/p/the-post-office-that-paid-for-itself/comments" class="post-ufi-button
style-button post-ufi-comment-button has-label with-border"><svg class="lucide lucide-message-circle"></svg><div class="label">27</div></a>
<a role="button" class="post-ufi-button style-button has-label with-border"><svg class="lucide lucide-repeat-2"></svg><div class="label">12</div></a>
<a role="button" class="post-ufi-button style-button no-icon has-label with-border"><div class="label">Share</div></a></div>`;

export const ssHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="norton-safeweb-site-verification"
content="24usqpep0ejc5w6hod3dulxwciwp0djs6c6ufp96av3t4whuxovj72wfkdjxu82y">
<title>The post office that paid for itself - by Tamsin Okoro</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article"><meta property="og:title" content="${ssTitle}"><meta property="og:description" content="${ssSub}">
<meta name="author" content="Tamsin Okoro"><link rel="canonical" href="https://marginnotes.substack.example/p/the-post-office-that-paid-for-itself">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"url":"https://marginnotes.substack.example/p/the-post-office-that-paid-for-itself",
"mainEntityOfPage":"https://marginnotes.substack.example/p/the-post-office-that-paid-for-itself","headline":"${ssTitle}","description":"${ssSub}",
"datePublished":"2025-11-09T08:02:11+00:00","isAccessibleForFree":true,
"author":[{"@type":"Person","name":"Tamsin Okoro","url":"https://substack.com/@tamsinokoro"}],
"publisher":{"@type":"Organization","name":"The Margin Notes"}}</script>
<link rel="stylesheet" href="https://substackcdn.example/bundle/theme/main.9b2c4d.css"></head>
<body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu" data-testid="navbar"><div class="main-menu-content"><div class="topbar-spacer"></div><div class="topbar-content">
<div class="navbar-left"><a href="/" class="navbar-logo-container"><img class="navbar-logo" alt=""
src="https://substackcdn.example/image/fetch/w_80/logo.png"></a></div>
<h1 class="navbar-title"><a class="navbar-title-link" href="/">The Margin Notes</a></h1><div class="navbar-buttons">
<button tabindex="0" type="button" class="button primary subscribe-btn">Subscribe</button><button tabindex="0" type="button" class="button sign-in-link">Sign
in</button>
</div></div></div></div>
<div class="main-menu-nav"><nav class="pencraft pc-display-flex pc-gap-20 pc-justifyContent-center pc-reset nav-menu"
aria-label="Publication navigation">${ssNav
  .map((t) => `<a class="pencraft pc-reset nav-link" href="/${t === 'Home' ? '' : t.toLowerCase()}">${t}</a>`)
  .join('')}</nav></div>
<div class="container"><div class="single-post-container"><div class="container"><div class="single-post"><div
class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA">
<article class="typography newsletter-post post"><div class="post-header"><h1 dir="auto" class="post-title published title-X77sOw">${ssTitle}</h1>
<h3 dir="auto" class="subtitle subtitle-HEEcLo">${ssSub}</h3><div class="pencraft pc-display-flex pc-gap-16 pc-paddingTop-24 pc-paddingBottom-24 pc-reset">
<div class="pencraft pc-display-flex pc-gap-12 pc-alignItems-center pc-reset byline-wrapper"><div class="pencraft pc-display-flex pc-reset">
<div class="profile-hover-card-target"><a href="https://substack.com/@tamsinokoro" class="pencraft pc-reset link-HFGDGn">Tamsin Okoro</a></div></div>
<div class="pencraft pc-reset color-pub-secondary-text-hGQ02T line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC">Nov 09,
2025</div></div>
${ufi('top')}</div></div>
<div class="available-content"><div dir="auto" class="body markup">
${ps(ssP1)}
<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank"
href="https://substackcdn.example/image/ledger.jpeg">
<div class="image2-inset"><picture><img src="https://substackcdn.example/image/fetch/w_1456/ledger.jpeg" width="1456" height="971" alt="" class="sizing-normal"
loading="lazy"></picture><div class="image-link-expand"><div class="pencraft pc-display-flex pc-gap-8 pc-reset"><button tabindex="0" type="button"
class="pencraft pc-reset icon-container restack-image"><svg class="lucide lucide-refresh-cw"></svg></button><button tabindex="0" type="button"
class="pencraft pc-reset icon-container view-image"><svg class="lucide lucide-maximize2"></svg></button></div></div></div></a>
<figcaption class="image-caption">${ssCaption}</figcaption></figure></div>
${h3(ssH1)}
${ps(ssP2)}
<div class="subscription-widget-wrap-editor"
data-attrs="{&quot;url&quot;:&quot;https://marginnotes.substack.example/subscribe?&quot;,&quot;language&quot;:&quot;en&quot;}"
data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">${ssWidget}</p></div>
<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1">
<input type="submit" class="button primary" value="Subscribe"><div class="fake-input-wrapper"><div class="fake-input"></div><div class="fake-button"></div>
</div></form></div></div>
${h3(ssH2)}
${ps(ssP3)}
${h3(ssH3)}
${ps(ssP4)}
${ssNotes
  .map(
    (t, i) => `<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-${i + 1}" href="#footnote-anchor-${i + 1}" class="footnote-number"
contenteditable="false" target="_self">${i + 1}</a><div class="footnote-content"><p>${t}</p></div></div>`,
  )
  .join('\n')}
</div></div>
<div class="post-footer">${ufi('bottom')}</div></article></div></div></div>
<div class="visibility-check"></div><div id="discussion" class="comments-section"><div class="container"><h4 class="comments-heading">Discussion about this
post</h4>
<div class="pencraft pc-display-flex pc-gap-8 pc-reset comments-tabs"><button class="tab selected">Comments</button><button class="tab">Restacks</button></div>
<div class="comment-input-wrap"><textarea placeholder="Write a comment..."></textarea></div><div class="comments-list">${ssComments
  .map(
    (c) => `<div class="comment"><div class="comment-content"><div class="comment-meta"><a class="commenter-name" href="#">${c.name}</a>
<a class="comment-timestamp" href="#">${c.date}</a></div><div class="comment-body"><p>${c.text}</p></div><div class="comment-actions">
<button class="like-button">Like</button><button class="reply-button">Reply</button><button class="share-button">Share</button></div></div></div>`,
  )
  .join('\n')}</div></div></div>
<div class="subscribe-footer"><div class="container"><h3>Ready for more?</h3><form class="subscription-widget-subscribe"><input type="email"
placeholder="Type your email…">
<button class="button primary" type="submit">Subscribe</button></form></div></div></div></div>
<div class="footer-wrap publication-footer"><div class="footer"><div class="container"><div class="footer-copyright-blurb">© 2025 Tamsin Okoro</div>
<div class="footer-terms"><span class="footer-terms-links">${ssFoot
  .slice(0, 3)
  .map((t) => `<a href="https://substack.com/${t.toLowerCase().replace(/ /g, '')}" target="_blank">${t}</a>`)
  .join(' ∙ ')}</span></div><div class="footer-buttons"><a class="footer-substack-cta" href="https://substack.com/signup">${ssFoot[3]}</a>
<a class="footer-app-cta" href="https://substack.com/app">${ssFoot[4]}</a></div>
<div class="footer-slogan-blurb"><a href="https://substack.com">Substack</a> is the home for great culture</div></div></div></div></div></div>
<script>window._preloads = JSON.parse("{\\"isEU\\":true,\\"post\\":{\\"id\\":177204183,\\"title\\":\\"The post office that paid for itself\\"}}")</script>
<script src="https://substackcdn.example/bundle/static/js/main.7c6d5a.js" charset="utf-8"></script></body></html>`;
