import { links, type TestPage, texts } from './page-kit.js';
import { techCrunch } from './pages-heldout129-c2.js';

/**
 * Held-out batch 129, file c: a The Verge news post on the Vox Media "duet" template (skip link, the header with the section
 * links, "Subscribe" and "Sign in", the topic links above the headline, the dek, the byline with its hidden follow tooltip,
 * the date, the comments count and share buttons, the lead image with caption and credit, the body components with a
 * blockquote from the company's announcement, the commerce disclosure, the "Follow topics and authors" box with its hidden
 * tooltips, the "Most Popular" rail, the newsletter box and the footer) and, from file c2, a TechCrunch article.
 */
const paras = (s: string): string[] => s.trim().split(/\n\s*\n/);
const vTitle = 'Pinwheel’s new e-reader has a color screen and a real page-turn dial';
const vDek = 'The $249 Pinwheel Loop goes on sale next week and is the first e-reader the company has built without a touchscreen.';
const vP1 = paras(`
Pinwheel, the small e-reader maker best known for its open-source firmware, has announced the
<a href="https://www.pinwheel.example/loop">Loop</a>, a 7-inch color e-reader that turns pages with a clicky dial on its side instead of
a touchscreen. It costs $249 and ships on November 12th.

The Loop uses the latest generation of color E Ink, which Pinwheel says is about 20 percent brighter than the panels in last year’s color
readers and refreshes faster when you turn a page. Color is limited to 150 pixels per inch, while black-and-white text is shown at the
full 300 ppi, so books should look as sharp as on any other reader while comics and cookbooks get a bit of color.

The dial is the unusual part. It sits where your thumb rests on the right edge of the device, and a click forward or back turns one page.
Holding it down and turning it skims through a chapter, a bit like the scroll wheel on an old iPod. Pinwheel says it removed the
touchscreen entirely to save power and to make the Loop easier to use with gloves or wet hands.

In a blog post announcing the device, Pinwheel co-founder Ines Valdez wrote:`);
const vQuote =
  'We kept hearing from readers who loved physical buttons but hated how every reader with buttons felt like an afterthought. So we ' +
  'designed the Loop around one control you can use without looking, and we left out everything that did not help you read.';
const vP2 = paras(`
Without a touchscreen, menus are navigated with the dial and a single button below it, and typing a search uses an on-screen keyboard you
move through letter by letter. Pinwheel admits that is slow, and says most people will manage their library from its phone app instead.

The Loop has 32GB of storage, a USB-C port, Wi-Fi and Bluetooth for audiobooks, and is rated IPX8 for water resistance. Pinwheel claims
up to eight weeks of battery life with half an hour of reading a day, roughly double its previous model.

As with the company’s earlier readers, the Loop does not lock you into a single store. It reads EPUB, PDF and CBZ files, syncs with
public library lending apps, and lets you install the community firmware if you want to. Pinwheel says it will publish the source code
for the Loop’s software on launch day.

Preorders open today on Pinwheel’s website in black and a pale green called “sage,” with a folio case that adds a second dial on the left
for $39.`);
const vTopics = ['Gadgets', 'News', 'Tech'];
const vNav = ['Tech', 'Reviews', 'Science', 'Entertainment', 'AI', 'Policy'];
const vTip = 'Posts from this author will be added to your daily email digest and your homepage feed.';
const vTopicTip = 'Posts from this topic will be added to your daily email digest and your homepage feed.';
const vCaption = 'The Pinwheel Loop’s dial sits under your right thumb.';
const vCredit = 'Image: Pinwheel';
const vDisclosure = 'If you buy something from a Verge link, Vox Media may earn a commission. See our ethics statement.';
const vFollow = 'Follow topics and authors from this story to see more like this in your personalized homepage feed and to receive email updates.';
const vPopular = [
  'The best Black Friday deals we’ve found so far',
  'A popular smart lock is getting a surprise subscription fee',
  'Our favorite budget headphones just got a successor',
  'This tiny projector is the most fun gadget I tested this year',
  'The streaming price hikes are not over yet',
];
const vNews = [
  'The Verge Daily',
  'A free daily digest of the news that matters most.',
  'Email (required)',
  'Sign Up',
  'By submitting your email, you agree to our Terms and Privacy Notice. This site is protected by reCAPTCHA and the Google Privacy Policy ' +
    'and Terms of Service apply.',
];
const vFoot = [
  'Terms of Use',
  'Privacy Notice',
  'Cookie Policy',
  'Do Not Sell Or Share My Personal Info',
  'Licensing FAQ',
  'Accessibility',
  'Platform Status',
  'How We Rate and Review Products',
  'Contact',
  'Tip Us',
  'Community Guidelines',
  'Archives',
  'About',
  'Ethics Statement',
];
const vBody = (inner: string): string => `<div class="duet--article--article-body-component"><div class="_1ymtmqp1">${inner}</div></div>`;
const vPs = (a: readonly string[]): string =>
  a.map((p) => vBody(`<p class="duet--article--dangerously-set-cms-markup duet--article--standard-paragraph _1agbrixi _1agbrixh">${p}</p>`)).join('\n');
const vFollowBtn = (name: string, tip: string): string => `<li class="_1u1ttgw1"><button class="duet--cta--follow-button _1u1ttgw2" aria-pressed="false">
<span class="_1u1ttgw3">${name}</span><span class="_1u1ttgw4" aria-hidden="true">Follow</span></button>
<div class="duet--tooltip _9ykxp20" role="tooltip" hidden>${tip}</div></li>`;
const vHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pinwheel’s new e-reader has a color screen and a real page-turn dial | The Verge</title>
<meta name="description" content="${vDek}"><meta property="og:title" content="${vTitle}"><meta property="og:site_name" content="The Verge">
<meta property="og:type" content="article"><meta name="parsely-type" content="post"><meta name="parsely-tags" content="Gadgets,News,Tech">
<link rel="canonical" href="https://www.theverge.example/news/812345/pinwheel-loop-color-e-reader-dial-price-release-date">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${vTitle}","description":"${vDek}",
"datePublished":"2025-11-04T15:00:00.000Z","author":[{"@type":"Person","name":"Joel Ferris","url":"https://www.theverge.example/authors/joel-ferris"}],
"publisher":{"@type":"Organization","name":"The Verge"}}</script>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"hydration":{"responses":[{"operationName":"ArticleLayoutQuery"}]}}},
"page":"/[...slugs]"}</script>
<link rel="stylesheet" href="https://www.theverge.example/_next/static/css/6f1a3c0b2e.css"></head>
<body class="_1xwtict1"><div id="__next"><a class="_1pq2hzb0" href="#content">Skip to main content</a>
<header class="duet--navigation--navigation _1k8lwfu0"><div class="_1k8lwfu1"><a href="/" aria-label="The Verge homepage" class="_1k8lwfu2">
<svg role="img" aria-hidden="true" viewBox="0 0 174 24"></svg></a><nav aria-label="Site navigation"><ul class="_1k8lwfu4">
${links(vNav, '_1k8lwfu5')}</ul></nav><div class="_1k8lwfu6"><button class="_1k8lwfu7" aria-label="Expand Navigation Menu"></button>
<a class="duet--cta--button _1k8lwfu8" href="/subscribe">Subscribe</a><a class="_1k8lwfu9" href="/signin">Sign in</a></div></div></header>
<main id="content" class="_1xwtict2"><article id="zephr-anchor" class="duet--article--article _1xwtict3">
<div class="duet--article--lede _1xwtict5"><div class="_1xwtict6"><ul class="duet--article--topic-list _1xwtict7">
${vTopics.map((t) => `<li><a class="_1xwtict8" href="/${t.toLowerCase()}">${t}</a></li>`).join('\n')}</ul></div>
<h1 class="_1xwtict9 _1xwticta">${vTitle}</h1><p class="duet--article--dek _1xwtictb">${vDek}</p>
<div class="duet--article--byline _1xwtictc"><p class="_1xwtictd"><span class="_1xwticte">by</span>
<span class="_1xwtictf"><a href="/authors/joel-ferris" class="_1xwtictg">Joel Ferris</a><button class="_1xwticth" aria-label="Follow Joel Ferris">
<span class="duet--tooltip" role="tooltip" hidden>${vTip}</span></button></span></p>
<div class="_1xwticti"><time datetime="2025-11-04T15:00:00.000Z">Nov 4, 2025, 3:00 PM UTC</time></div>
<div class="duet--article--share-buttons _1xwtictj"><a class="_1xwtictk" href="#comments"><span class="_1xwtictl">Comments</span>
<span class="_1xwtictm">41</span></a><button class="_1xwtictn" aria-label="Share"><span class="_1xwticto">Share</span></button>
<button class="_1xwtictn" aria-label="Gift"><span class="_1xwticto">Gift</span></button></div></div></div>
<div class="duet--article--lede-image _1xwtictp"><figure class="duet--media--figure"><img alt="A small white e-reader with a dial on its right edge."
src="https://platform.theverge.example/wp-content/uploads/chorus/uploads/pinwheel-loop.jpg" width="2040" height="1360">
<figcaption class="duet--media--caption _1kwt8v80"><span>${vCaption}</span> <cite class="_1kwt8v81">${vCredit}</cite></figcaption></figure></div>
<div class="duet--layout--entry-body-container _1xwtictq"><div class="duet--layout--entry-body _1xwtictr">
${vPs(vP1)}
${vBody(`<blockquote class="duet--article--blockquote _1n2bfm10"><p class="duet--article--dangerously-set-cms-markup">${vQuote}</p></blockquote>`)}
${vPs(vP2.slice(0, 2))}
<div class="duet--ad--native-ad-slot _1c9qsdn0" aria-hidden="true"><div class="adslot" data-slot="article-inline-1"></div></div>
${vPs(vP2.slice(2))}
</div></div>
<div class="duet--article--commerce-disclosure _1xwticts"><p>${vDisclosure}</p></div>
<div class="duet--article--follow-topics _1u1ttgw0"><p class="_1u1ttgw5">${vFollow}</p><ul class="_1u1ttgw6">
${vFollowBtn('Joel Ferris', vTip)}
${vTopics.map((t) => vFollowBtn(t, vTopicTip)).join('\n')}</ul><a class="_1u1ttgw7" href="/authors/joel-ferris">See All by Joel Ferris</a></div>
<div id="comments" class="duet--article--comments-join _1xwtictt"><button class="_1xwtictu">41 Comments</button></div></article>
<aside class="duet--layout--rail _1xwtictv"><section class="duet--recirculation--most-popular"><h2 class="_1ls8xrx0">Most Popular</h2><ol class="_1ls8xrx1">
${vPopular.map((t, i) => `<li class="_1ls8xrx2"><span class="_1ls8xrx3">${i + 1}</span><a class="_1ls8xrx4" href="/news/8120${i}">${t}</a></li>`).join('\n')}
</ol></section><section class="duet--cta--newsletter _1jma2k90"><h2 class="_1jma2k91">${vNews[0]}</h2><p>${vNews[1]}</p><form>
<label for="nl-email" class="_1jma2k92">${vNews[2]}</label><input id="nl-email" type="email"><button type="submit">${vNews[3]}</button></form>
<p class="_1jma2k93">${vNews[4]}</p></section><div class="duet--ad--rail-ad"><div class="adslot" data-slot="rail-1"></div></div></aside></main>
<footer class="duet--navigation--footer _1ob3e0s0"><a href="/" aria-label="The Verge homepage"></a><ul class="_1ob3e0s1">${links(vFoot, '_1ob3e0s2')}</ul>
<p class="_1ob3e0s3">© 2025 Vox Media, LLC. All Rights Reserved</p></footer></div>
<script src="https://www.theverge.example/_next/static/chunks/pages/_app-3b1e2f.js" defer></script></body></html>`;
const verge: TestPage = {
  html: vHtml,
  name: 'heldout129-the-verge-news-article',
  kind: 'news',
  // the dek and the quoted announcement (a blockquote) are body; "by" with the author, and the date are bylines; topic links,
  // the hidden follow tooltips, comment count, share and gift buttons, caption and credit, the commerce disclosure, the
  // follow box, "Most Popular", the newsletter box, nav and footer are furniture
  title: vTitle,
  headings: [],
  body: texts([vDek, ...vP1, vQuote, ...vP2]),
  bylines: ['by Joel Ferris', 'Nov 4, 2025, 3:00 PM UTC'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...vNav, 'Subscribe', 'Sign in', ...vTopics.filter((t) => !vNav.includes(t)), vTip, 'Comments', '41', 'Share', 'Gift', vCaption,
    vCredit, vDisclosure, vFollow, 'Follow', vTopicTip, 'See All by Joel Ferris', '41 Comments', 'Most Popular', ...vPopular, ...vNews, ...vFoot,
    '© 2025 Vox Media, LLC. All Rights Reserved',
  ],
};

export const HELDOUT129_C: readonly TestPage[] = [verge, techCrunch];
