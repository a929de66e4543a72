import { ps, type TestPage, texts } from './page-kit.js';
import { reddit } from './pages-heldout238-d2.js';

/**
 * Held-out batch 238, file d: a sustainable-fashion Substack post: the publication navbar, title and subtitle, the author
 * and date line, like / comment / restack buttons, the inline subscribe widget, a pull quote, a "Share" button block, the
 * post footer with the subscribe box, the comments with their like and reply buttons, and the footer; and, from file d2,
 * a Reddit skincare thread.
 */
const uTitle = 'What I Learned Buying Nothing New for a Year';
const uSub = 'Twelve months, four repairs, one wedding outfit and far fewer regrets than I expected.';
const uIntro = [
  `A year ago this week I wrote here that I was going to try to buy no new clothes for twelve months. A lot of you wrote back to say you
would do it with me, and a few of you wrote to say I would not last until summer. I am happy to report that the second group was wrong,
although it was closer than I would like to admit.`,
  `This is not a purity post. I bought second-hand, I borrowed, I swapped, and in October I broke down and bought new socks. But the year
changed the way I think about my wardrobe more than any book or documentary ever did, so here is what I learned.`,
];
const uH = ['The first three months were the hardest', 'Repair is a skill, and it is learnable', 'The wedding problem', 'What happens now'];
const uS1 = [
  `I had not realised how much of my shopping was a habit rather than a need. In January I caught myself opening a shopping app on the bus
four or five times a day just to scroll. Deleting it was the single most useful thing I did all year.`,
];
const uS2 = [
  `I had always assumed mending was for people with patience and a sewing machine. I have neither. What I found instead was a Saturday repair
café at the library in Brackwater, where a retired tailor named Osric taught me to darn a jumper and replace a zip in an afternoon.`,
  `By December I had fixed four things I would once have thrown away: two jumpers, a coat lining and the strap of my favourite bag.`,
];
const uQuote = `The most sustainable garment is the one already hanging in your wardrobe, but only if you actually wear it.`;
const uS3 = [
  `My sister got married in August, and for a while I was sure this was where the experiment would end. In the end I rented a dress from a
small local library of occasion wear, had it taken in for twelve pounds, and wore shoes I already owned. Nobody knew, and I got more
compliments than I have ever had in anything new.`,
];
const uS4 = [
  `I am not going to keep a strict rule this year. Instead I am giving myself a simple test for anything I want to buy:`,
  'Will I wear it at least thirty times?',
  'Can I buy it second-hand, or borrow it for the one occasion I need it for?',
  'Do I know how to mend it when it wears out, or who could?',
  `If the answer to all three is yes, I will buy it without guilt. I suspect it will not happen often. Thank you for reading along all year,
and for every tip you sent. Many of them are in this post.`,
];
const uComments: [string, string, string][] = [
  ['Lucía Ferreira', 'Mar 8', 'The thirty-wears test is going on a sticky note on my wardrobe door. Thank you for this whole series.'],
  ['Ben Aldous', 'Mar 8', 'Is the repair café open to anyone? I have a coat with a broken zip that has been sitting in a bag for two years.'],
  ['Wren Hallam', 'Mar 9', 'Ben, yes, it is free and you just turn up. Bring the coat!'],
];
const uCmt = (c: [string, string, string]): string => `<div class="comment"><div class="comment-content"><div class="comment-meta">
<a class="comment-name" href="/profile/${c[0].split(' ')[0]?.toLowerCase()}">${c[0]}</a><a class="comment-date" href="#">${c[1]}</a></div>
<div class="comment-body"><p>${c[2]}</p></div><div class="comment-actions"><button class="like-button">Like</button><button class="reply-button">Reply</button>
<button class="share-button">Share</button></div></div></div>`;
const uHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${uTitle} - The Second Wardrobe</title>
<meta name="description" content="${uSub}"><meta property="og:type" content="article"><meta name="author" content="Imogen Tarrant">
<link rel="canonical" href="https://secondwardrobe.substack.example/p/what-i-learned-buying-nothing-new">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","url":"https://secondwardrobe.substack.example/p/what-i-learned",
"headline":
"${uTitle}","description":"${uSub}","datePublished":"2026-03-07T09:01:12+00:00","author":[{"@type":"Person","name":"Imogen
Tarrant"}],"isAccessibleForFree":true}</script>
<script>window._preloads = JSON.parse("{\\"pub\\":{\\"name\\":\\"The Second
Wardrobe\\",\\"subdomain\\":\\"secondwardrobe\\"},\\"post\\":{\\"id\\":158224410}}")</script></head>
<body><div id="entry"><div id="main" class="main typography use-theme-bg"><div class="main-menu-content"><div class="topbar-content">
<a href="/" class="navbar-title-link">The Second Wardrobe</a><div class="navbar-buttons"><button class="button subscribe-btn primary">Subscribe</button>
<button class="button sign-in-link">Sign in</button></div></div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 dir="auto" class="post-title published title-X77sOw">${uTitle}</h1><h3 dir="auto" class="subtitle subtitle-HEEcLo">${uSub}</h3>
<div class="pencraft pc-display-flex pc-gap-12 byline-wrapper"><div class="pencraft pc-display-flex pc-flexDirection-column">
<div class="pencraft pc-reset color-pub-primary-text-NyXPlw"><a href="https://substack.example/@imogentarrant" class="pencraft pc-reset">Imogen Tarrant</a>
</div>
<div class="pencraft pc-display-flex pc-gap-4"><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T meta-EgzBVA">Mar 07, 2026</div></div></div></div>
<div class="post-ufi style-large"><div class="like-button-container post-ufi-button"><a class="post-ufi-button style-button"><div class="label">214</div>
</a></div>
<a class="post-ufi-button style-button post-ufi-comment-button"><div class="label">37</div></a><a class="post-ufi-button style-button"><div
class="label">Share</div></a></div></div>
<div class="available-content"><div dir="auto" class="body markup">
${ps(uIntro)}
<div class="subscription-widget-wrap-editor" data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div class="preamble">
<p class="cta-caption">The Second Wardrobe is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid
subscriber.</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" placeholder="Type your email…">
<input type="submit" class="button primary" value="Subscribe"></form></div></div>
<h2 class="header-anchor-post">${uH[0]}</h2>
${ps(uS1)}
<h2 class="header-anchor-post">${uH[1]}</h2>
${ps(uS2)}
<blockquote><p>${uQuote}</p></blockquote>
<h2 class="header-anchor-post">${uH[2]}</h2>
${ps(uS3)}
<p class="button-wrapper" data-component-name="ButtonCreateButton"><a class="button primary" href="/share"><span>Share The Second Wardrobe</span></a></p>
<h2 class="header-anchor-post">${uH[3]}</h2>
${ps(uS4.slice(0, 1))}
<ul>${uS4
  .slice(1, 4)
  .map((t) => `<li><p>${t}</p></li>`)
  .join('\n')}</ul>
${ps(uS4.slice(4))}
</div></div>
<div class="visibility-check"></div><div class="post-footer"><div class="subscribe-footer"><p>Thanks for reading The Second Wardrobe! Subscribe for free to
receive new posts and support my work.</p></div></div></article>
<div id="discussion" class="comments-section"><div class="comments-page"><h4 class="comments-heading">Discussion about this post</h4>
<div class="comment-list">${uCmt(uComments[0] as [string, string, string])}${uCmt(uComments[1] as [string, string, string])}
<div class="comment-list-collapsible">${uCmt(uComments[2] as [string, string, string])}</div></div></div></div>
<div class="post-end-cta-full"><p>Ready for more?</p><button class="button primary">Subscribe</button></div></div></div></div>
<div class="footer-wrap publication-footer"><div class="footer-copyright"><div class="copyright">© 2026 Imogen Tarrant</div>
<ul class="footer-terms"><li><a href="/privacy">Privacy</a></li><li><a href="/tos">Terms</a></li><li><a href="/collection">Collection notice</a></li></ul>
<p class="footer-substack"><a href="https://substack.example/signup">Start writing</a><a href="https://substack.example/app">Get the app</a></p>
<p class="footer-substack-text">Substack is the home for great culture</p></div></div></div></div>
<script src="https://substackcdn.example/bundle/static/js/main.3ab5f1.js" charset="utf-8"></script></body></html>`;
const substack: TestPage = {
  name: 'heldout238-substack-sustainable-fashion-post',
  kind: 'blog',
  html: uHtml,
  title: uTitle,
  headings: uH,
  body: texts([uSub, ...uIntro, ...uS1, ...uS2, uQuote, ...uS3, ...uS4]),
  bylines: ['Imogen Tarrant', 'Mar 07, 2026', ...uComments.flatMap((c) => [c[0], c[1]])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Second Wardrobe', 'Subscribe', 'Sign in', '214', 'Share',
    'The Second Wardrobe is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.',
    'Share The Second Wardrobe', 'Thanks for reading The Second Wardrobe! Subscribe for free to receive new posts and support my work.',
    'Discussion about this post', ...uComments.map((c) => c[2]), 'Like', 'Reply', 'Ready for more?', '© 2026 Imogen Tarrant', 'Privacy', 'Terms',
    'Collection notice', 'Start writing', 'Get the app', 'Substack is the home for great culture',
  ],
};

export const HELDOUT238_D: readonly TestPage[] = [substack, reddit];
