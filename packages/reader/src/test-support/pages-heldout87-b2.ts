import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 87, file b2: a Ghost 5 post in the Source theme on a one-person newsletter site (the gh-navigation with
 * "Sign in" and "Subscribe", the primary tag above the h1, the custom excerpt, the author name, date and reading time, the
 * feature image with caption, Koenig cards in the content: an image card with caption, a callout card, a bookmark card
 * pointing at an older post, a signup card, the hidden comments script, the "Read more" feed with its cards, and the footer
 * with its signup form and "Powered by Ghost").
 */
const ghTitle = 'Is growing your own vegetables actually cheaper? I kept every receipt for a year';
const ghExcerpt = 'Seeds, compost, netting, water and a lot of slugs: the full accounts of one 250-square-metre allotment.';
const ghP1 = [
  'Every spring somebody tells me that growing vegetables is a way to save money, and every spring I nod and say nothing, because ' +
    'I had honestly never checked. So last year I did. From the first seed order in January to the last leeks in December, every ' +
    'receipt went into a shoebox, and every harvest went onto the kitchen scales.',
  'This is the full account. It is long, so if you only want the answer: yes, I came out ahead, but by much less than I expected, ' +
    'and only because of three crops.',
];
const ghH1 = 'What I spent';
const ghP2 = ['The plot rent is the one cost nobody can avoid, and the rest adds up faster than you think. Here is where the money went:'];
const ghList = [
  'Plot rent for the year: £64.',
  'Seeds and seed potatoes: £52, about half of it on varieties I had never grown before.',
  'Compost and manure: £71, mostly two trailer loads of manure in February.',
  'Netting, canes and fleece: £38, after the pigeons flattened the first sowing of kale.',
  'Slug traps and a water butt: £29.',
];
const ghP3 = [
  'That comes to £254. I did not count my time, which I will come back to, or the petrol for the two-mile drive, which is harder to ' +
    'separate from the supermarket run it usually replaced.',
];
const ghH2 = 'What I grew';
const ghP4 = [
  'I weighed everything and priced it against what the same amount would cost at the nearest supermarket, using the ordinary ' +
    'version, not organic, on the week I picked it. The total came to £397, so on paper the plot made £143.',
  'But the spread was very uneven. Courgettes, runner beans and salad leaves made up more than two thirds of the value on their own. ' +
    'They are expensive in the shops and they crop for months. Potatoes, onions and carrots, the crops most people start with, barely ' +
    'covered their seed and compost. Supermarket potatoes are cheap, and mine had scab.',
];
const ghCallout =
  'If you want one change that pays: grow what is dear to buy and quick to pick. A single row of cut-and-come-again salad was ' +
  'worth more than my entire potato bed.';
const ghH3 = 'So, was it worth it?';
const ghP5 = [
  'In money, only just. If I had paid myself even a pound an hour for the roughly 180 hours I spent on the plot, I would be well ' +
    'in the red. Anyone who tells you an allotment is a money-saving scheme is counting very selectively.',
  'But that is not really why anyone does it. I ate better, I was outside three evenings a week, and I gave away more courgettes ' +
    'than I can count. This year I am dropping maincrop potatoes entirely and giving the space to beans and salad. I will report back ' +
    'in December with another shoebox.',
];
const ghNav = ['Home', 'About', 'Archive', 'Plot notes', 'Recipes'];
const ghFeatureCap = 'The plot in late July, the best month for the accounts.';
const ghImageCap = 'One week’s harvest in August, weighed and priced against the supermarket.';
const ghBookmark = [
  'Why I stopped digging my beds',
  'Three years of no-dig on a heavy clay plot: what changed, what did not, and how much compost it really takes.',
  'The Allotment Ledger',
  'Harriet Okonjo',
];
const ghSignup = ['Get the next shoebox report', 'One email a month from the plot. No spam, just vegetables and the occasional spreadsheet.', 'Subscribe'];
const ghRead = [
  { title: 'The cheapest way to raise leeks from seed', excerpt: 'A pot of compost, a pencil and a lot of patience.', date: 'Oct 12, 2025' },
  { title: 'A season of slugs, counted', excerpt: 'I went out with a torch every night in May. Here are the numbers.', date: 'Sep 3, 2025' },
  { title: 'What the allotment committee actually does', excerpt: 'Waiting lists, water rates and the great shed dispute.', date: 'Aug 9, 2025' },
];
const ghFootNav = ['Sign up', 'Contact', 'Privacy'];
const ghFootDesc = 'Notes, numbers and the odd recipe from a council allotment in the East Midlands.';
const ghPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const ghCard = (r: (typeof ghRead)[number], i: number): string => `<article class="gh-card post">
<a class="gh-card-link" href="/${r.title.toLowerCase().replace(/[^a-z]+/g, '-')}/"><figure class="gh-card-image">
<img src="/content/images/size/w600/2025/${i}/card.jpg" alt="${r.title}" loading="lazy"></figure><div class="gh-card-wrapper">
<h3 class="gh-card-title is-title">${r.title}</h3><p class="gh-card-excerpt is-body">${r.excerpt}</p><footer class="gh-card-meta">
<time class="gh-card-date" datetime="2025">${r.date}</time></footer></div></a></article>`;
const ghHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${ghTitle}</title><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=a91c3e7f20">
<meta name="description" content="${ghExcerpt}"><link rel="canonical" href="https://allotmentledger.example/kept-every-receipt/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="The Allotment Ledger">
<meta property="og:type" content="article"><meta property="og:title" content="${ghTitle}"><meta property="article:published_time"
content="2025-11-02T08:30:12.000Z">
<meta property="article:tag" content="Costs"><meta name="generator" content="Ghost 5.101">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Allotment Ledger"},
"author":{"@type":"Person","name":"Harriet Okonjo","url":"https://allotmentledger.example/author/harriet/"},"headline":"${ghTitle}",
"datePublished":"2025-11-02T08:30:12.000Z","description":"${ghExcerpt}"}</script>
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.51/umd/portal.min.js" data-i18n="true" data-ghost="https://allotmentledger.example/"
data-key="3f1a9c0e2b7d" data-api="https://allotmentledger.example/ghost/api/content/" data-locale="en" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{display:flex}</style>
<script defer src="https://cdn.jsdelivr.example/ghost/sodo-search@~1.5/umd/sodo-search.min.js" data-key="3f1a9c0e2b7d" crossorigin="anonymous"></script>
<link href="https://allotmentledger.example/webmentions/receive/" rel="webmention"></head>
<body class="post-template tag-costs tag-hash-import has-serif-title has-sans-body"><div class="gh-viewport">
<header id="gh-navigation" class="gh-navigation is-left-logo gh-outer"><div class="gh-navigation-inner gh-inner">
<div class="gh-navigation-brand"><a class="gh-navigation-logo is-title" href="https://allotmentledger.example">The Allotment Ledger</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger gh-icon-btn"
aria-label="Toggle menu"></button></div><nav class="gh-navigation-menu"><ul class="nav">${links(ghNav, 'nav-item')}</ul></nav>
<div class="gh-navigation-actions"><div class="gh-navigation-members"><a href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<main class="gh-main"><article class="gh-article post tag-costs"><header class="gh-article-header gh-canvas">
<a class="gh-article-tag" href="https://allotmentledger.example/tag/costs/">Costs</a><h1 class="gh-article-title is-title">${ghTitle}</h1>
<p class="gh-article-excerpt is-body">${ghExcerpt}</p><div class="gh-article-meta"><div class="gh-article-author-image instapaper_ignore">
<a href="/author/harriet/"><img class="author-profile-image" src="/content/images/2024/01/harriet.jpg" alt="Harriet Okonjo"></a></div>
<div class="gh-article-meta-wrapper"><h4 class="gh-article-author-name"><a href="/author/harriet/">Harriet Okonjo</a></h4>
<div class="gh-article-meta-content"><time class="gh-article-meta-date" datetime="2025-11-02">Nov 2, 2025</time>
<span class="gh-article-meta-length"><span class="bull">—</span> 5 min read</span></div></div></div>
<figure class="gh-article-image"><img src="/content/images/size/w1200/2025/11/plot-july.jpg" alt="${ghTitle}">
<figcaption><span style="white-space: pre-wrap;">${ghFeatureCap}</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body drop-cap">
${ghPs(ghP1)}
<h2 id="what-i-spent">${ghH1}</h2>
${ghPs(ghP2)}
<ul>${ghList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ghPs(ghP3)}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2025/11/harvest-august.jpg" class="kg-image" alt="" loading="lazy"
width="2000" height="1333"><figcaption><span style="white-space: pre-wrap;">${ghImageCap}</span></figcaption></figure>
<h2 id="what-i-grew">${ghH2}</h2>
${ghPs(ghP4)}
<div class="kg-card kg-callout-card kg-callout-card-green"><div class="kg-callout-emoji">🥬</div><div class="kg-callout-text">${ghCallout}</div></div>
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://allotmentledger.example/why-i-stopped-digging/">
<div class="kg-bookmark-content"><div class="kg-bookmark-title">${ghBookmark[0]}</div><div class="kg-bookmark-description">${ghBookmark[1]}</div>
<div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="/content/images/icon/ledger.png" alt=""><span
class="kg-bookmark-author">${ghBookmark[2]}</span>
<span class="kg-bookmark-publisher">${ghBookmark[3]}</span></div></div><div class="kg-bookmark-thumbnail"><img src="/content/images/thumb/no-dig.jpg" alt=""
onerror="this.style.display = 'none'"></div></a></figure>
<h2 id="so-was-it-worth-it">${ghH3}</h2>
${ghPs(ghP5)}
<div class="kg-card kg-signup-card kg-width-regular" data-lexical-signup-form style="background-color: #F0F0F0; display: none;">
<div class="kg-signup-card-content"><div class="kg-signup-card-text"><h2 class="kg-signup-card-heading" style="color: #000000;">${ghSignup[0]}</h2>
<p class="kg-signup-card-subheading" style="color: #000000;">${ghSignup[1]}</p><form class="kg-signup-card-form" data-members-form="signup">
<div class="kg-signup-card-fields"><input class="kg-signup-card-input" id="email" data-members-email type="email" required="true" placeholder="Your email">
<button class="kg-signup-card-button kg-style-accent" type="submit"><span class="kg-signup-card-button-default">${ghSignup[2]}</span>
<span class="kg-signup-card-button-loading"></span></button></div><div class="kg-signup-card-success" style="color: #000000;">Email sent! Check your inbox
to complete your signup.</div><div class="kg-signup-card-error" style="color: #000000;" data-members-error></div></form>
<p class="kg-signup-card-disclaimer" style="color: #000000;">No spam. Unsubscribe anytime.</p></div></div></div>
</section></article>
<div class="gh-comments gh-canvas"><script defer src="https://cdn.jsdelivr.example/ghost/comments-ui@~0.21/umd/comments-ui.min.js"
data-ghost-comments="https://allotmentledger.example/" data-api="https://allotmentledger.example/ghost/api/content/" data-post-id="6725f0"
data-count="true" data-color-scheme="auto" crossorigin="anonymous"></script></div></main>
<section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner"><h2 class="gh-container-title">Read more</h2>
<div class="gh-feed">${ghRead.map(ghCard).join('\n')}</div></div></section>
<footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-inner"><div class="gh-footer-bar"><span class="gh-footer-logo is-title">
<a href="https://allotmentledger.example">The Allotment Ledger</a></span><nav class="gh-footer-menu"><ul class="nav">${links(ghFootNav, 'nav-item')}</ul></nav>
<div class="gh-footer-copyright">Powered by <a href="https://ghost.org/" target="_blank" rel="noopener">Ghost</a></div></div>
<div class="gh-footer-signup"><h2 class="gh-footer-signup-header is-title">The Allotment Ledger</h2><p class="gh-footer-signup-subhead
is-body">${ghFootDesc}</p>
<form class="gh-form" data-members-form><input class="gh-form-input" id="footer-email" name="email" type="email" placeholder="jamie@example.com" required
data-members-email><button class="gh-button gh-form-input-button" type="submit" aria-label="Subscribe"><span><span>Subscribe</span></span></button></form>
</div></div></footer></div><div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div></div>
<script src="/assets/built/source.js?v=a91c3e7f20"></script></body></html>`;
export const ghostPost: TestPage = {
  html: ghHtml,
  name: 'heldout87-ghost-blog',
  kind: 'blog',
  // the custom excerpt under the h1 and the callout card are body; the tag, captions, the bookmark card (a link to an older
  // post), the hidden signup card, the "Read more" cards and the footer are furniture; the date and reading time are bylines
  title: ghTitle,
  headings: [ghH1, ghH2, ghH3],
  body: [ghExcerpt, ...texts(ghP1), ...ghP2, ...ghList, ...ghP3, ...texts(ghP4), ghCallout, ...ghP5],
  bylines: ['Harriet Okonjo', 'Nov 2, 2025', '5 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Allotment Ledger', ...ghNav, 'Sign in', 'Subscribe', 'Costs', ghFeatureCap, ghImageCap, ...ghBookmark.slice(0, 2), ...ghSignup.slice(0, 2),
    'Email sent! Check your inbox to complete your signup.', 'No spam. Unsubscribe anytime.', 'Read more',
    ...ghRead.flatMap((r) => [r.title, r.excerpt, r.date]),
    ...ghFootNav, 'Powered by Ghost', ghFootDesc,
  ],
};
