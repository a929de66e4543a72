import { ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 71, file b2: a Substack newsletter post (the top bar with publication name, "Subscribe" and "Sign in", the
 * post header with title, subtitle, author and date, the UFI bar with like, comment and restack counts and "Share", the
 * body with a subscribe widget in the middle, a captioned image, a "Share" button paragraph and a closing subscribe widget,
 * the footer UFI, "Discussion about this post" with the comment form, three reader comments with "Reply" and "Share", the
 * "Ready for more?" box and the Substack footer).
 */
const ssTitle = 'What a tiny bookshop taught me about pricing';
const ssSub = 'Three years, one till and a lot of wrong guesses about what people will pay';
const ssPub = 'Margins & Marginalia';
const ss1 = [
  'When I opened the shop, I priced secondhand books the way everyone told me to: half the cover price, rounded to something ' +
    'tidy. It took me about eighteen months to notice that this rule was quietly costing me money on almost every shelf.',
  'This week I want to write down what I learned, partly because several of you asked after the last post, and partly because ' +
    'writing it down is how I find out whether I actually believe it.',
];
const ssH1 = 'The cover price lies';
const ss2 = [
  'A cover price tells you what a publisher hoped the book was worth on the day it came out. It tells you almost nothing about ' +
    'what a stranger will pay for it ten years later on a rainy Tuesday.',
  'Some books hold their value far better than the cover suggests. Out-of-print local history, cookbooks from the 1970s and ' +
    'anything about knitting sell almost immediately, at almost any price I put on them. Recent bestsellers, on the other hand, ' +
    'sit on the shelf for months, because every charity shop in town has three copies.',
  'So I stopped looking at the cover and started keeping a notebook. Every sale went in it: the title, the price, and how long ' +
    'the book had been on the shelf.',
];
const ssH2 = 'What the notebook showed';
const ss3 = ['After a year, the notebook had about 4,200 sales in it. A few patterns were hard to miss:'];
const ssList = [
  'Books priced at £3 sold nearly as fast as books priced at £2, but books at £4 slowed down sharply.',
  'Anything on the table by the door sold twice as fast as the same book on a shelf at the back.',
  'Hardbacks in good condition sold for roughly the same price as paperbacks of the same title, so I had been underpricing them.',
  'Sets and series sold better as a bundle than one by one, even when the bundle cost more in total.',
];
const ss4 = [
  'None of this is surprising once you see it. But I would never have seen it without writing everything down, because my ' +
    'memory kept telling me a flattering story about which books were selling.',
];
const ssQuote = ['Price the book for the person who walks in today, not for the person who bought it new.'];
const ss5 = [
  'That line is from Agnes, who ran the shop before me for twenty-two years, and it is the best pricing advice I have had. She ' +
    'wrote it on a card that is still pinned above the till.',
];
const ssH3 = 'What I do now';
const ss6 = [
  'These days every book gets a price based on three questions: how often I have sold that kind of book before, how many copies ' +
    'are in town, and how good its condition is. The cover price only comes into it for the rare recent book in perfect shape.',
  'The result is not dramatic. My average price went up by about 60p and the number of books sold each week went up a little ' +
    'too. Over a year, that is the difference between a shop that pays for itself and one that does not.',
  'Next time I want to write about the other side of this: buying stock, and the awkward moment when someone brings in a box of ' +
    'books they love and I have to tell them what they are worth.',
];
const ssWidget = [
  'Thanks for reading Margins & Marginalia! Subscribe for free to receive new posts and support my work.',
  'Margins & Marginalia is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.',
];
const ssCap = 'The card above the till, in Agnes’s handwriting.';
const ssComments = [
  {
    who: 'Dorothy Fenwick',
    when: 'Mar 4',
    text: 'The bit about the table by the door is so true. I buy almost everything from that table in my local shop and I never go to the back.',
    likes: '12',
  },
  {
    who: 'Imran Qureshi',
    when: 'Mar 4',
    text: 'Did you find that people noticed the higher prices? I would worry about regulars feeling the shop had changed.',
    likes: '4',
  },
  {
    who: 'Beth Carrow',
    when: 'Mar 5',
    text: 'Agnes sounds wonderful. Please write a whole post about her one day.',
    likes: '9',
  },
];
const ssFoot = ['Privacy', 'Terms', 'Collection notice', 'Start writing', 'Get the app'];
const widget = (
  t: string,
): string => `<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;https://marginsmarginalia.substack.com/subscribe?&quot;}"
data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe">${
  t === ''
    ? ''
    : `<div class="preamble"><p
class="cta-caption">${t.replace('&', '&amp;')}</p></div>`
}
<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1">
<input type="submit" class="button primary" value="Subscribe"><div class="fake-input-wrapper"><div class="fake-input"></div>
<div class="fake-button"></div></div></form></div></div>`;
const ufi = (cls: string): string => `<div class="post-ufi style-${cls}"><div class="like-button-container post-ufi-button">
<a role="button" class="post-ufi-button style-button has-label with-border" aria-label="Like (214)"><svg class="lucide lucide-heart"></svg>
<div class="label">214</div></a></div><a role="button" href="/p/tiny-bookshop-pricing/comments" class="post-ufi-button post-ufi-comment-button has-label"
aria-label="View comments (37)"><svg class="lucide lucide-message-circle"></svg><div class="label">37</div></a>
<a role="button" class="post-ufi-button style-button has-label" aria-label="Restack (18)"><svg class="lucide lucide-repeat-2"></svg><div
class="label">18</div></a>
<a role="button" class="post-ufi-button style-button post-ufi-share" aria-label="Share"><div class="label">Share</div></a></div>`;
const ssHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${ssTitle} - by Nell Armitage</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${ssTitle}">
<meta property="og:description" content="${ssSub}"><meta name="author" content="Nell Armitage"><meta property="og:site_name"
content="${ssPub.replace('&', '&amp;')}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"url":"https://marginsmarginalia.substack.com/p/tiny-bookshop-pricing",
"headline":"${ssTitle}","description":"${ssSub}","datePublished":"2025-03-04T07:02:11+00:00","isAccessibleForFree":true,
"author":[{"@type":"Person","name":"Nell Armitage","url":"https://substack.com/@nellarmitage"}]}</script>
<link rel="stylesheet" href="https://substackcdn.com/bundle/theme/main.8f2c1a.css">
<script>window._preloads = JSON.parse("{\\"pub\\":{\\"id\\":1840221,\\"name\\":\\"Margins and Marginalia\\"},\\"isFreemium\\":true}")</script></head>
<body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu-content"><div class="topbar-content"><div class="navbar-logo-container"><a href="/"
class="navbar-title-link">${ssPub.replace('&', '&amp;')}</a></div>
<div class="navbar-buttons"><button type="button" class="button primary subscribe-btn">Subscribe</button>
<a href="https://substack.com/sign-in?redirect=%2Fp%2Ftiny-bookshop-pricing" class="button sign-in-link">Sign in</a></div></div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 dir="auto" class="post-title published title-X77sOw">${ssTitle}</h1><h3 dir="auto" class="subtitle">${ssSub}</h3>
<div class="pencraft pc-display-flex pc-gap-12 pc-paddingTop-16 post-meta"><div class="pencraft pc-display-flex profile-hover-card-target">
<a href="https://substack.com/@nellarmitage" class="pencraft pc-reset color-pub-primary-text-NyXPlw">Nell Armitage</a></div>
<div class="pencraft pc-reset color-pub-secondary-text-hGQ02T meta-EgzBVA">Mar 04, 2025</div></div>${ufi('top')}</div>
<div class="available-content"><div dir="auto" class="body markup">${ps(ss1)}
<h2 class="header-anchor-post">${ssH1}<div class="pencraft pc-display-flex header-anchor-parent"><div class="header-anchor offset-top"
id="§the-cover-price-lies">
<button type="button" aria-label="Link" class="pencraft pc-reset"></button></div></div></h2>
${ps(ss2)}
${widget(ssWidget[0]!)}
<h2 class="header-anchor-post">${ssH2}<div class="pencraft pc-display-flex header-anchor-parent"><div class="header-anchor offset-top"
id="§what-the-notebook-showed"></div></div></h2>
${ps(ss3)}
<ul>${ssList.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ul>
${ps(ss4)}
<blockquote>${ps(ssQuote)}</blockquote>
<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank"
href="https://substack-post-media.s3.amazonaws.com/card.jpeg">
<div class="image2-inset"><picture><img src="https://substackcdn.com/image/fetch/w_1456,c_limit,f_auto/card.jpeg" width="1456" height="970" alt=""
loading="lazy"></picture><div class="image-link-expand"><button tabindex="0" type="button" class="pencraft pc-reset icon-container restack-image"></button>
</div></div></a><figcaption class="image-caption">${ssCap}</figcaption></figure></div>
${ps(ss5)}
<p class="button-wrapper" data-attrs="{&quot;text&quot;:&quot;Share&quot;,&quot;action&quot;:null,&quot;class&quot;:null}"
data-component-name="ButtonCreateButton"><a class="button primary"
href="https://marginsmarginalia.substack.com/p/tiny-bookshop-pricing?action=share"><span>Share</span></a></p>
<h2 class="header-anchor-post">${ssH3}</h2>
${ps(ss6)}
${widget(ssWidget[1]!)}
</div></div>
<div class="post-footer">${ufi('bottom')}</div></article>
<div id="discussion" class="comments-section"><h4 class="comments-heading">Discussion about this post</h4>
<div class="comments-tabs" role="tablist"><button role="tab" aria-selected="true">Comments</button><button role="tab">Restacks</button></div>
<form class="comment-input"><textarea placeholder="Write a comment..." aria-label="Write a comment"></textarea></form>
<div class="comment-list">${ssComments
  .map(
    (c) => `<div class="comment"><div class="comment-content"><div class="comment-meta">
<a href="https://substack.com/@${c.who.split(' ')[0]!.toLowerCase()}" class="comment-author">${c.who}</a>
<a href="#comment" class="comment-date"><time>${c.when}</time></a></div><div class="comment-body"><p>${c.text}</p></div>
<div class="comment-actions"><button type="button" class="like-button"><span>${c.likes}</span></button><button type="button">Reply</button>
<button type="button">Share</button></div></div></div>`,
  )
  .join('\n')}</div>
<a href="/p/tiny-bookshop-pricing/comments" class="more-comments">34 more comments...</a></div>
<div class="finish-reading"><h3>Ready for more?</h3>${widget('')}</div>
</div></div></div>
<div class="footer-wrap publication-footer"><div class="footer"><div class="copyright">© 2025 Nell Armitage</div>
<ul class="footer-terms">${ssFoot.map((t) => `<li><a href="https://substack.com/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('∙')}</ul>
<div class="footer-substack-cta"><a href="https://substack.com">Substack</a> is the home for great culture</div></div></div>
</div></div><script src="https://substackcdn.com/bundle/static/js/main.5d1e2b.js" async></script></body></html>`;

export const substackPost: TestPage = {
  html: ssHtml,
  name: 'heldout71-substack-blog',
  kind: 'blog',
  // the subtitle is body (the post's dek); the quote of Agnes is body; the subscribe widgets, the "Share" button paragraph,
  // the caption and all reader comments with their names, dates and like counts are furniture
  title: ssTitle,
  headings: [ssH1, ssH2, ssH3],
  body: [ssSub, ...texts(ss1), ...texts(ss2), ...texts(ss3), ...ssList, ...texts(ss4), ...ssQuote, ...texts(ss5), ...texts(ss6)],
  bylines: ['Nell Armitage', 'Mar 04, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    ssPub, 'Subscribe', 'Sign in', '214', '37', '18', 'Share', ...ssWidget, ssCap, 'Discussion about this post', 'Comments', 'Restacks',
    ...ssComments.flatMap((c) => [c.who, c.when, c.text, c.likes]), 'Reply', '34 more comments...', 'Ready for more?', '© 2025 Nell Armitage',
    ...ssFoot, 'Substack is the home for great culture',
  ])],
};
