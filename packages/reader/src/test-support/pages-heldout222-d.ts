import { links, type TestPage, texts } from './page-kit.js';
import { csmReview } from './pages-heldout222-d2.js';

/**
 * Held-out batch 222, file d: a Fatherly-style article (the header with section nav and "Subscribe", the rubric, the h1 and
 * dek, author and date, the share bar, hero image credit, a pull quote, an in-article "Related" link and ad slot, the
 * newsletter box inside the article column, "Filed Under" tags, "More From Fatherly" cards, consent banner and footer) and,
 * from file d2, a Common Sense Media review.
 */
const ftTitle = 'The Dad Who Quit Yelling: What Happened When I Tried a 30-Day Reset';
const ftDek = 'I thought I was a calm parent. My kids’ drawings of me suggested otherwise.';
const ftP = [
  'The picture was stuck to the fridge with a banana magnet. My six-year-old had drawn our family: my wife smiling, the baby ' +
    'smiling, the dog smiling, and me with a huge open mouth and jagged lines coming out of it. “That’s you doing your loud ' +
    'voice,” she explained, helpfully.',
  'I am not a screamer, or at least I did not think I was. But I raise my voice at bedtime, at shoe time, at the moment every ' +
    'morning when we are supposed to be in the car and nobody is in the car. So I decided to try something: thirty days without ' +
    'yelling, and a tally on the back of that drawing every time I slipped.',
];
const ftH = ['Week one: counting', 'Week two: what was actually going on', 'The end of the month'];
const ftP1 = [
  'I yelled eleven times in the first four days. Almost all of them happened between 7:15 and 7:45 in the morning, and almost all ' +
    'of them were about the same three things: shoes, teeth and coats.',
  'Writing each one down was humbling, but it was also useful. Seeing the pattern made it feel less like a character flaw and ' +
    'more like a logistics problem.',
];
const ftQuote = 'Seeing the pattern made it feel less like a character flaw and more like a logistics problem.';
const ftP2 = [
  'I talked to Dr. Renata Solberg, a family psychologist in Minneapolis, who told me that most parents yell when they feel a loss ' +
    'of control combined with time pressure. “The yelling is rarely about the shoes,” she said. “It is about the clock, and the ' +
    'parent’s own stress about being late.”',
  'Her suggestion was simple: move the pressure earlier. We started laying out shoes and coats the night before, and I set an ' +
    'alarm for ten minutes before we needed to leave, instead of at the moment we needed to leave. I also started getting down to ' +
    'my kids’ eye level and saying things once, quietly, before I got frustrated.',
];
const ftP3 = [
  'By week four I was down to one or two slips a week. I still raise my voice sometimes; I am not a different person. But the ' +
    'mornings are calmer, and the kids seem to listen more when I speak quietly, maybe because it is no longer background noise.',
  'Last week my daughter drew another family portrait. I am still the tallest, and my hair is still wrong, but this time my mouth ' +
    'is a small straight line. I will take it.',
];
const ftNav = ['Parenting', 'Health & Science', 'Entertainment', 'Gear', 'Relationships', 'Life'];
const ftShare = ['Share on Facebook', 'Share on Twitter', 'Share on Pinterest', 'Copy Link'];
const ftTags = ['Discipline', 'Yelling', 'Fatherhood', 'Parenting Advice'];
const ftMore = [
  'How to Talk to Kids About Money Without Making It Weird',
  'The 5-Minute Bedtime Trick Pediatricians Swear By',
  'Why Your Toddler Says No to Everything',
  'The Best Kids’ Rain Jackets, Tested by Actual Puddles',
];
const ftNews = [
  'Get Fatherly’s Newsletter',
  'Parenting advice, gear and stories for dads, delivered every weekday.',
  'Enter your email',
  'Sign Up',
  'By subscribing you agree to our Terms of Service and Privacy Policy.',
];
const ftFoot = ['About', 'Contact', 'Advertise', 'Careers', 'Privacy Policy', 'Terms of Service', 'Do Not Sell My Personal Information'];
const ftConsent = 'We use cookies and similar technologies to personalize content and ads and to analyze our traffic.';
const ps = (a: readonly string[]): string => a.map((p) => `<p class="paragraph">${p}</p>`).join('\n');
const ftHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>The Dad Who Quit Yelling: What Happened When I Tried a 30-Day Reset</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${ftDek}">
<meta property="og:site_name" content="Fatherly"><meta property="og:title" content="${ftTitle}"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.fatherly.example/parenting/dad-quit-yelling-30-day-reset">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${ftTitle}","description":"${ftDek}",
"author":[{"@type":"Person","name":"Theo Bramwell"}],"datePublished":"2025-05-19T10:00:00Z","publisher":{"@type":"Organization","name":"Fatherly"}}</script>
<script>window.__BUSTLE_STATE__={"site":"fatherly","vertical":"parenting"};</script><script async src="https://cdn.fatherly.example/app.js"></script></head>
<body><div id="root"><header class="hdr"><a class="hdr__logo" href="/" aria-label="Fatherly"><svg></svg></a><nav
aria-label="Sections"><ul>${links(ftNav)}</ul></nav>
<a class="hdr__sub" href="/newsletter">Subscribe</a><button class="hdr__search" aria-label="Search">Search</button></header>
<main><article class="art"><header class="art__head"><a class="art__rubric" href="/parenting">Parenting</a><h1 class="art__title">${ftTitle}</h1>
<p class="art__dek">${ftDek}</p><div class="art__byline"><span>by </span><a href="/author/theo-bramwell" rel="author">Theo Bramwell</a>
<time datetime="2025-05-19T10:00:00Z">May 19, 2025</time></div>
<div class="share">${ftShare.map((s) => `<button aria-label="${s}" class="share__btn"><span class="sr-only">${s}</span></button>`).join('')}</div></header>
<figure class="art__hero"><img src="https://imgix.fatherly.example/dad-quiet.jpg" alt=""><figcaption><span class="credit">Fatherly; Getty
Images</span></figcaption></figure>
<div class="art__body">${ps(ftP)}
<h2>${ftH[0]}</h2>${ps(ftP1)}
<aside class="pullquote" aria-hidden="true"><blockquote>${ftQuote}</blockquote></aside>
<div class="ad" data-ad="inline1"><span class="ad__label">Advertisement</span></div>
<h2>${ftH[1]}</h2>${ps(ftP2.slice(0, 1))}
<div class="related-inline"><span>Related:</span> <a href="/parenting/toddler-says-no">${ftMore[2]}</a></div>${ps(ftP2.slice(1))}
<section class="nl-box"><h3>${ftNews[0]}</h3><p>${ftNews[1]}</p><form><input type="email" placeholder="${ftNews[2]}" aria-label="${ftNews[2]}">
<button>${ftNews[3]}</button></form><p class="nl-box__legal">${ftNews[4]}</p></section>
<h2>${ftH[2]}</h2>${ps(ftP3)}</div>
<footer class="art__foot"><p class="tags"><span>Filed Under:</span> ${ftTags.map((t) => `<a href="/tag/${t}">${t}</a>`).join(', ')}</p></footer></article>
<section class="more"><h2>More From Fatherly</h2><ul>${links(ftMore)}</ul></section></main>
<footer class="ftr"><ul>${links(ftFoot)}</ul><p>© 2025 Fatherly Media Co. All rights reserved.</p></footer></div>
<div class="consent" role="dialog" aria-label="Cookie consent"><p>${ftConsent}</p><button>Accept</button><button>Manage
Preferences</button></div></body></html>`;
const fatherly: TestPage = {
  html: ftHtml,
  name: 'heldout222-fatherly-news',
  kind: 'news',
  // the dek is body; the pull quote repeats a body sentence and is furniture-like decoration, so it is in neither list; the
  // rubric, credit, inline "Related" link, newsletter box, tags and rails are furniture
  title: ftTitle,
  headings: ftH,
  body: texts([ftDek, ...ftP, ...ftP1, ...ftP2, ...ftP3]),
  bylines: ['Theo Bramwell', 'May 19, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...ftNav, 'Subscribe', 'Search', ...ftShare, 'Fatherly; Getty Images', 'Advertisement', 'Related:', ...ftMore,
    ...ftNews.filter((n) => n !== 'Enter your email'), 'Filed Under:', ...ftTags,
    'More From Fatherly', ...ftFoot, '© 2025 Fatherly Media Co. All rights reserved.', ftConsent, 'Accept', 'Manage Preferences',
  ],
};
export const HELDOUT222_D: readonly TestPage[] = [fatherly, csmReview];
