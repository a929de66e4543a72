import { type TestPage, texts } from './page-kit.js';
import { ghostHeadline } from './pages-heldout143-c2.js';

/**
 * Held-out batch 143, file c: a Substack post with reader comments (the navbar with the publication name, "Subscribe" and
 * "Sign in", the title and subtitle, the byline with author and date, the like / comment / restack / "Share" bar, a
 * captioned image, an in-post subscribe widget, an in-post "Share" button, a footnote, the bottom bar again, the
 * "Discussion about this post" section with comments, replies and their "Like" / "Reply" / "Share" actions, the
 * "Ready for more?" box, the footer, and the hidden "Discover more from" subscribe prompt) and, from file c2, a Ghost
 * post on the Headline theme.
 */
const pub = 'The Harwick Ledger';
const title = 'What a loaf of bread costs in Harwick, and why';
const sub = 'I asked four bakeries to show me their numbers. Three said yes.';
const p1 = [
  'A large white sandwich loaf at the Co-op on Fore Street costs £1.45. Walk two hundred yards to Pellow’s and a sourdough of ' +
    'about the same weight is £4.80. Both prices get complained about in this town, often by the same people, and I wanted to ' +
    'know what actually goes into them.',
  'So in September I asked the four independent bakeries in Harwick whether they would talk me through the costs of their best ' +
    'selling loaf. Three agreed, on the condition that I would not print anyone’s wages. This is what they told me.',
];
const h1 = 'Flour is the smallest part';
const p2 = [
  'I had assumed flour would be the biggest cost. It is not even close. At Pellow’s the flour in a sourdough loaf costs about ' +
    '38p, even using a stoneground flour from the mill at Tressick.<a class="footnote-anchor" data-component-name="FootnoteAnchorToDOM" ' +
    'id="footnote-anchor-1" href="#footnote-1" target="_self">1</a> Salt, water and the starter add another few pence.',
  'What costs money is time. A sourdough loaf at Pellow’s is handled by someone at six separate points over two days: mixing, ' +
    'folding, dividing, shaping, loading and unloading the oven. Jem Pellow reckons each loaf takes about nine minutes of paid ' +
    'work once you add it all up, and that is before anyone has served a customer.',
];
const h2 = 'The oven runs whether you sell or not';
const p3 = [
  'All three bakers named energy as the cost that frightens them most. The deck oven at Carne Street Bakery uses about as much ' +
    'electricity in a morning as a household does in a week, and it has to be heated to full temperature whether the shop sells ' +
    'sixty loaves that day or two hundred.',
  'That is why small bakeries hate half-empty ovens, and why you see the same loaves every day: a predictable bake is an ' +
    'efficient one. When Carne Street tried a rye loaf on Tuesdays, it sold out, but it meant a second bake at a lower ' +
    'temperature and the baker, Sunniva Roe, says it lost money every single week.',
];
const h3 = 'So is £4.80 too much?';
const p4 = [
  'On the numbers I was shown, no. After flour, energy, rent, packaging and nine minutes of someone’s time, Pellow’s makes ' +
    'roughly 40p on a £4.80 loaf. The supermarket loaf is cheaper because it is made in a factory that bakes thousands an hour ' +
    'and because it is often sold at a loss to get people through the door.',
  'None of that means everyone can afford a £4.80 loaf, and the bakers know it. Two of them now sell yesterday’s bread at half ' +
    'price from ten in the morning, and Pellow’s has started a small loaf at £2.60 that uses the same dough. I will come back ' +
    'to whether that is working in the new year.',
];
const footnote = 'Tressick Mill sells to bakeries at about £1.10 a kilo. A 900g loaf uses roughly 340g of flour.';
const caption = 'Sunniva Roe loading the deck oven at Carne Street Bakery, 6.10am.';
const widget = `Thanks for reading ${pub}! Subscribe for free to receive new posts and support my work.`;
const comments = [
  {
    id: '16271944',
    name: 'Martin Kelsey',
    when: 'Oct 12',
    text: 'This is the kind of local reporting nobody else does any more. I have moaned about Pellow’s prices for years and now I feel a bit daft.',
    likes: 'Like (14)',
    reply: {
      id: '16272010',
      name: 'Nell Pardoe',
      when: 'Oct 12',
      text: 'Ha, you are not alone, Martin. I started this piece expecting to be annoyed too.',
      likes: 'Like (6)',
    },
  },
  {
    id: '16281337',
    name: 'Alys Penhale',
    when: 'Oct 13',
    text: 'Would be great to see the same thing for the butchers. Whole chickens in the market are twice the supermarket price.',
    likes: 'Like (3)',
  },
];
const footer = ['© 2025 Nell Pardoe', 'Privacy', 'Terms', 'Collection notice', 'Start your Substack', 'Get the app'];
const prompt = [
  `Discover more from ${pub}`,
  'Local news, prices and planning decisions from a small Cornish town, every Sunday.',
  'Over 3,000 subscribers',
  'Continue reading',
  'Already have an account? Sign in',
];
const anchor = (t: string): string => `<h2 class="header-anchor-post">${t}<div class="pencraft pc-display-flex pc-alignItems-center pc-position-absolute
pc-reset header-anchor-parent"><div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA"><div id="§${t.toLowerCase().replace(/[^a-z]+/g, '-')}"
class="pencraft pc-reset header-anchor offset-top"></div><button tabindex="0" type="button" aria-label="Link" data-href="#§x" class="pencraft pc-reset
pencraft iconButton-mq_Et5 iconButtonBase-dJGHgN buttonBase-GK1x3M"><svg xmlns="http://www.w3.org/2000/svg" width="18" height="18"
viewBox="0 0 24 24" fill="none" stroke="currentColor" class="lucide lucide-link"><path d="M10 13a5 5 0 0 0 7.54.54"></path></svg></button></div></div></h2>`;
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const ufi = (where: string): string => `<div class="post-ufi style-large-on-tablet ${where}"><div class="like-button-container post-ufi-button style-button">
<button tabindex="0" type="button" aria-label="Like (214)" aria-pressed="false" class="post-ufi-button style-button has-label with-border"><svg
class="lucide lucide-heart" width="20" height="20" viewBox="0 0 24 24"><path d="M19 14c1.49-1.46 3-3.21 3-5.5"></path></svg><div class="label">214</div>
</button></div><a href="https://harwickledger.substack.example/p/bread-costs/comments" aria-label="View comments (38)" class="post-ufi-button
style-button post-ufi-comment-button has-label with-border"><svg class="lucide lucide-message-circle" width="20" height="20"></svg><div class="label">38</div>
</a><button tabindex="0" type="button" aria-label="Restack" class="post-ufi-button style-button has-label with-border"><svg width="20" height="20"></svg>
<div class="label">12</div></button><button tabindex="0" type="button" class="post-ufi-button style-button with-border"><svg width="20" height="20"></svg>
<div class="label">Share</div></button></div>`;
const comment = (c: { id: string; name: string; when: string; text: string; likes: string }, children = ''): string => `<div class="comment-wrapper">
<div class="comment" id="comment-${c.id}"><div class="comment-anchor" id="comment-${c.id}-reply"></div><div class="pencraft pc-display-flex pc-gap-12
pc-reset"><a href="https://substack.example/profile/${c.id}" class="comment-photo"><img src="https://substackcdn.example/image/fetch/w_66/${c.id}.jpg"
alt="" width="32" height="32"></a><div class="comment-content"><div class="comment-meta"><span class="commenter-name"><a
href="https://substack.example/profile/${c.id}">${c.name}</a></span><a href="https://harwickledger.substack.example/p/bread-costs/comment/${c.id}"
class="comment-timestamp" title="${c.when}, 2025">${c.when}</a></div><div class="comment-body"><p><span>${c.text}</span></p></div>
<div class="comment-actions"><button class="comment-action like-action" aria-label="Like"><span class="label">${c.likes}</span></button><a
class="comment-action" href="#">Reply</a><a class="comment-action" href="#">Share</a></div></div></div></div>${children}</div>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="norton-safeweb-site-verification"
content="24usqpep0ejc5w6hod3dulxwciwp0djs6c6ufp96av3t4whuxovj72wfkdjxu82yacb7430qjm8adbd5ezlt4592dq4zrvadcn9j9n-0btgdzpiojfzno16-fnsnu7xd">
<title>${title} - by Nell Pardoe</title><meta name="description" content="${sub}"><meta property="og:type" content="article">
<meta property="og:title" content="${title}"><meta property="og:description" content="${sub}"><meta name="author" content="Nell Pardoe">
<meta name="twitter:card" content="summary_large_image"><link rel="canonical" href="https://harwickledger.substack.example/p/bread-costs">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","url":"https://harwickledger.substack.example/p/bread-costs",
"mainEntityOfPage":"https://harwickledger.substack.example/p/bread-costs",
"headline":"${title}","description":"${sub}","datePublished":"2025-10-12T07:01:44+00:00",
"isAccessibleForFree":true,"author":[{"@type":"Person","name":"Nell Pardoe","url":"https://substack.example/@nellpardoe"}],"publisher":{"@type":"Organization",
"name":"${pub}"}}</script>
<link rel="stylesheet" href="https://substackcdn.example/bundle/theme/main.3d2a.css"><link rel="stylesheet"
href="https://substackcdn.example/bundle/theme/color_links.css">
</head><body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg"><div class="pencraft pc-display-contents pc-reset
pubTheme-yiXxQA"><div data-testid="navbar" class="main-menu"><div class="main-menu-content"><div class="topBar-pIF0J1 topBarSticky"><div class="navbar-left">
<a href="/" class="logo-container"><img src="https://substackcdn.example/image/fetch/w_80/logo.png" alt="" width="40" height="40"></a></div>
<h1 class="navbar-title"><a class="navbar-title-link" href="/">${pub}</a></h1><div class="navbar-buttons"><button tabindex="0" type="button"
class="pencraft pc-reset pencraft buttonBase-GK1x3M buttonText-X0uSmG buttonStyle-r7yGCK priority_primary-RfbeYt size_md-gCDS3o">Subscribe</button>
<button tabindex="0" type="button" class="pencraft pc-reset pencraft buttonBase-GK1x3M priority_tertiary-rlke8z size_md-gCDS3o">Sign in</button></div>
</div></div></div><div><div class="single-post-container"><div class="container"><div class="single-post"><div class="pencraft pc-display-contents pc-reset
pubTheme-yiXxQA"><article class="typography newsletter-post post"><div class="post-header" role="region" aria-label="Post header">
<h1 dir="auto" class="post-title published title-X77sOw">${title}</h1><h3 dir="auto" class="subtitle subtitle-HEEcLo">${sub}</h3>
<div class="pencraft pc-display-flex pc-flexDirection-column pc-paddingBottom-16 pc-reset"><div class="pencraft pc-display-flex pc-gap-12
pc-paddingTop-16 pc-paddingBottom-12 pc-alignItems-center pc-reset byline-wrapper"><div class="pencraft pc-display-flex pc-reset"><a
href="https://substack.example/@nellpardoe" class="pencraft pc-display-contents pc-reset"><img src="https://substackcdn.example/image/fetch/w_80/np.jpg"
alt="Nell Pardoe's avatar" width="36" height="36"></a></div><div class="pencraft pc-display-flex pc-flexDirection-column pc-reset"><div class="pencraft
pc-reset color-pub-primary-text-NyXPlw line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq
reset-IxiVJZ meta-EgzBVA"><span data-state="closed"><a href="https://substack.example/@nellpardoe" class="pencraft pc-reset
decoration-hover-underline-ClDVRM reset-IxiVJZ">Nell Pardoe</a></span></div><div class="pencraft pc-display-flex pc-gap-4 pc-reset"><div
class="pencraft pc-reset color-pub-secondary-text-hGQ02T line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC
transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA">Oct 12, 2025</div></div></div></div>${ufi('post-ufi-top')}</div></div>
<div class="available-content"><div dir="auto" class="body markup">
${ps(p1)}
<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank"
href="https://substackcdn.example/image/fetch/oven.jpg" data-component-name="Image2ToDOM"><div class="image2-inset"><picture><source type="image/webp"
srcset="https://substackcdn.example/image/fetch/w_424/oven.webp 424w"><img src="https://substackcdn.example/image/fetch/w_1456/oven.jpg" width="1456"
height="971" data-attrs="{&quot;src&quot;:&quot;oven.jpg&quot;}" class="sizing-normal" alt="" loading="lazy"></picture></div></a>
<figcaption class="image-caption">${caption}</figcaption></figure></div>
${anchor(h1)}
${ps(p2)}
<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;https://harwickledger.substack.example/subscribe?&quot;}"
data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">${widget}</p></div>
<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1">
<input type="submit" class="button primary" value="Subscribe"><div class="fake-input-wrapper"><div class="fake-input"></div><div class="fake-button"></div>
</div></form></div></div>
${anchor(h2)}
${ps(p3)}
<p class="button-wrapper" data-attrs="{&quot;url&quot;:&quot;https://harwickledger.substack.example/p/bread-costs&quot;,&quot;text&quot;:&quot;Share&quot;}"
data-component-name="ButtonCreateButton"><a class="button primary"
href="https://harwickledger.substack.example/p/bread-costs?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share"><span>Share this
post</span></a></p>
${anchor(h3)}
${ps(p4)}
<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-1" href="#footnote-anchor-1" class="footnote-number" contenteditable="false"
target="_self">1</a><div class="footnote-content"><p>${footnote}</p></div></div>
</div></div><div class="post-footer use-separators">${ufi('post-ufi-bottom')}</div></article></div></div></div></div>
<div class="visibility-check"></div><div class="comments-section" id="comments"><div class="container"><div class="comments-section-title-wrap">
<h4 class="comments-section-title">Discussion about this post</h4></div><div class="pencraft pc-display-flex pc-gap-8 pc-reset comments-tabs"><button
class="pencraft pc-reset tab-active">Comments</button><button class="pencraft pc-reset">Restacks</button></div><div class="comment-input-wrap"><form
class="form comment-input"><textarea name="body" placeholder="Write a comment..." aria-label="Write a comment"></textarea></form></div>
<div class="comment-list"><div class="comment-list-items">
${comment(comments[0]!, `<div class="comment-list-collapser"></div><div class="comment-children">${comment(comments[0]!.reply!)}</div>`)}
${comment(comments[1]!)}
</div><button class="pencraft pc-reset more-comments">35 more comments...</button></div></div></div>
<div class="single-post-section"><div class="container"><div class="pencraft pc-display-flex pc-flexDirection-column pc-reset subscribe-footer">
<h2 class="pencraft pc-reset">Ready for more?</h2><form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email"
placeholder="Type your email…"><button class="button primary subscribe-btn" type="submit">Subscribe</button></form></div></div></div>
<div class="footer-wrap publication-footer"><div class="visibility-check"></div><div class="footer"><div class="container"><div class="footer-blurbs">
<div class="footer-copyright-blurb">${footer[0]}</div><div class="footer-terms-links"><a href="/privacy">${footer[1]}</a> ∙ <a href="/tos">${footer[2]}</a>
∙ <a href="/collection-notice">${footer[3]}</a></div></div><div class="footer-buttons"><a href="https://substack.example/signup" class="footer-substack-cta
button outline">${footer[4]}</a><a href="https://substack.example/app" class="button outline">${footer[5]}</a></div><div class="footer-slogan-blurb">
<a href="https://substack.example">Substack</a> is the home for great culture</div></div></div></div></div></div></div>
<div class="modal typography out gone subscribe-prompt-modal" role="dialog" aria-hidden="true"><div class="modal-table"><div class="modal-row"><div
class="modal-cell modal-content"><div class="container"><button type="button" class="modal-exit-button" aria-label="Close"></button><div
class="subscribe-prompt"><h2 class="subscribe-prompt-title">${prompt[0]}</h2><p class="subscribe-prompt-description">${prompt[1]}</p><p
class="subscribe-prompt-subscriber-count">${prompt[2]}</p><form class="subscription-widget-subscribe"><input type="email" class="email-input"
name="email" placeholder="Type your email…"><button class="button primary" type="submit">Subscribe</button></form><a class="subscribe-prompt-continue"
href="#">${prompt[3]}</a><p class="subscribe-prompt-login">Already have an account? <a href="/sign-in">Sign in</a></p></div></div></div></div></div></div>
<script>window._preloads = JSON.parse("{\\"isEU\\":false,\\"language\\":\\"en\\",\\"post\\":{\\"id\\":175520193,\\"title\\":\\"What a loaf of bread
costs\\"}}")</script>
<script src="https://substackcdn.example/bundle/static/js/main.8f1e2c.js" charset="utf-8" defer></script>
<script src="https://substackcdn.example/bundle/static/js/vendor.51a7d2.js" charset="utf-8" defer></script>
</body></html>`;
const substack: TestPage = {
  html,
  name: 'heldout143-substack-comments-blog',
  kind: 'blog',
  // the subtitle is body (as a dek) and so is the footnote text; the footnote marker stays in its paragraph's text; the
  // caption, the subscribe widget, the "Share this post" button, the comments and the subscribe prompt are furniture
  title,
  headings: [h1, h2, h3],
  body: texts([sub, ...p1, ...p2, ...p3, ...p4, footnote]),
  bylines: ['Nell Pardoe', 'Oct 12, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    pub, 'Subscribe', 'Sign in', '214', '38', '12', 'Share', caption, widget, 'Share this post', 'Discussion about this post', 'Comments', 'Restacks',
    ...comments.flatMap((c) => [c.name, c.text, c.likes]), 'Oct 12', 'Oct 13', comments[0]!.reply!.text, comments[0]!.reply!.likes, 'Reply',
    '35 more comments...', 'Ready for more?', ...footer, 'Substack is the home for great culture', ...prompt,
  ],
};

export const HELDOUT143_C: readonly TestPage[] = [substack, ghostHeadline];
