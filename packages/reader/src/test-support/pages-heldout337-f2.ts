import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout337-kit.js';

/**
 * Held-out batch 337, file f2: a literary magazine's essay on a classic, on a Next.js site with CSS-module class names
 * (the issue banner, header nav with Subscribe, the kicker, the dek, the byline block with date and reading time, the
 * share rail, a hero figure with caption and credit, a pull quote that repeats the body, a "Read more" inline promo,
 * the contributor note, tags, "More from this issue", the paywall-meter notice, the newsletter box, the footer and the
 * __NEXT_DATA__ script).
 */
const mTitle = 'The Solicitor Who Never Understood: Rereading The Fenwick Inheritance';
const mDek = 'Eliza Harrowgate’s great serial novel hides its heroine behind its funniest narrator. That is the point.';
const mS1 = [
  j(
    'The most reliable way to find out what a Victorian novel is about is to look at the bits readers skip. In <i>The Fenwick',
    'Inheritance</i>, which Eliza Harrowgate published in nineteen monthly parts between 1870 and 1871, those bits are easy',
    'to spot: the eleven chapters narrated by the family solicitor, Mr Pennock, in the form of letters to his sister in Bath.',
  ),
  j(
    'Generations of students have been advised, sometimes by their teachers, to read them quickly. They are long, they are',
    'digressive, and Mr Pennock is wrong about nearly everything. He mistakes the heroine’s patience for stupidity, her',
    'silence for agreement and her one act of open defiance for a fit of nerves brought on by the weather.',
  ),
];
const mS2 = [
  j(
    'Read at speed, the Pennock letters look like comic relief. Read slowly, they turn out to be the architecture of the',
    'book. Harrowgate gives the only first-person voice in the novel to the one character who cannot see what is happening',
    'in front of him, and in doing so she puts the reader in the same position as the world Dorcas Fenwick has to live in.',
  ),
  j(
    'Everyone around Dorcas is narrating her. Her cousins narrate her as an obstacle, the mill hands as a soft touch, the',
    'curate as a project. Mr Pennock simply does it in writing. The comedy of his letters is the comedy of a whole society',
    'that has decided in advance what a young woman with no money can be.',
  ),
  j(
    'What makes the novel more than a clever trick is that Harrowgate never lets Dorcas explain herself. There is no chapter',
    'in which she tells us what she really thinks. We have to work it out from what she does, exactly as the people around',
    'her fail to.',
  ),
];
const mQuote = j('Miss Fenwick has been very quiet this week, which I take to mean that she has at last accepted the wisdom of my', 'arrangements.');
const mS2b = [
  j(
    'That line, from the ninth letter, comes two pages before Dorcas sells the mill to its workers. Harrowgate does not',
    'comment on it. She does not need to.',
  ),
];
const mS3 = [
  j(
    'It is tempting to call the novel ahead of its time, but that undersells it. Harrowgate was writing for the readers of',
    'her own day, many of whom knew exactly what it was to be narrated by a Mr Pennock. The serial form let her hold them in',
    'that position for months at a time, waiting with Dorcas for the next instalment of other people’s misreadings.',
  ),
  j(
    'The new Calder Classics edition, which restores the original part divisions, makes this rhythm visible again. Each part',
    'ends not on a cliffhanger of plot but on a cliffhanger of interpretation: a moment where we know more than Mr Pennock,',
    'and less than Dorcas.',
  ),
  j(
    'Read it slowly, and do not skip the letters. They are where the novel keeps its heroine safe from the people who think',
    'they understand her, and from us.',
  ),
];
const mNav = ['Essays', 'Fiction', 'Poetry', 'Reviews', 'Archive', 'Events'];
const mShare = ['Copy link', 'Share on Facebook', 'Share on Bluesky', 'Email'];
const mTags = ['Victorian fiction', 'Nineteenth century', 'Rereadings'];
const mMore = ['On Abandoned Novels', 'The Weather in Fiction: A Short History', 'Translating Silence'];
const mFoot = ['About', 'Submissions', 'Masthead', 'Advertise', 'Privacy', 'Terms'];
const mPull = 'Everyone around Dorcas is narrating her.';
const mHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>The Solicitor Who Never Understood: Rereading The Fenwick Inheritance | The Lamplight Review</title>
<meta name="description" content="${mDek}"/><meta property="og:type" content="article"/><meta property="article:published_time" content="2026-05-12T07:00:00Z"/>
<meta property="article:author" content="Ottoline Vane"/><link rel="canonical"
href="https://lamplightreview.example/essays/the-solicitor-who-never-understood"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"The Solicitor Who Never
Understood","author":{"@type":"Person",
"name":"Ottoline Vane"},"datePublished":"2026-05-12T07:00:00Z","publisher":{"@type":"Organization","name":"The Lamplight Review"}}</script>
<link rel="preload" href="/_next/static/css/a81c3f.css" as="style"/><noscript data-n-css=""></noscript>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script></head>
<body><div id="__next"><div class="Banner_banner__q1Z8x">Issue 58 is out now: “Rereadings”. <a href="/issues/58">Read the issue</a></div>
<header class="Header_header__Kd9sP"><a class="Header_logo__2fQwe" href="/">The Lamplight Review</a><nav class="Header_nav__U7c1m"><ul>${links(
  mNav,
  'Header_item__0pLx3',
)}</ul>
</nav><a class="Button_button__mX2a1 Button_primary__Rr8kq" href="/subscribe">Subscribe</a></header>
<main class="Layout_main__Wq3nB"><article class="Article_article__7hTqd"><header class="ArticleHeader_header__p0dLx"><a class="ArticleHeader_kicker__Bn3sA"
href="/essays">Essays</a><h1 class="ArticleHeader_title__xY2k9">${mTitle}</h1><p class="ArticleHeader_dek__Lm7v4">${mDek}</p>
<div class="Byline_byline__Hq2Rt"><span class="Byline_author__f9Kd2">By <a href="/contributors/ottoline-vane">Ottoline Vane</a></span><time
class="Byline_date__L0pQ1"
dateTime="2026-05-12">May 12, 2026</time><span class="Byline_readTime__Zx81c">12 min read</span></div></header>
<div class="ShareRail_rail__c4Rt8" aria-label="Share">${mShare
  .map(
    (s) => `<button class="ShareRail_button__N2kx0"
aria-label="${s}"><span>${s}</span></button>`,
  )
  .join('')}</div>
<figure class="HeroImage_figure__T9v2s"><img alt="" src="/_next/image?url=%2Fimages%2Fmill.jpg&amp;w=1920&amp;q=75" decoding="async"/><figcaption
class="HeroImage_caption__d8Hc1">A Yorkshire woollen mill in the 1870s. <span class="HeroImage_credit__mQ2z0">Photograph: Hallam
Collection</span></figcaption></figure>
<div class="ArticleBody_body__R5tLw"><div class="ArticleBody_prose__Gx6Pn">${ps(mS1)}
<h2 id="the-letters">The letters are the architecture</h2>${ps(mS2.slice(0, 1))}
<aside class="PullQuote_pull__aV3b7" aria-hidden="true"><p>${mPull}</p></aside>${ps(mS2.slice(1))}
<blockquote class="Blockquote_quote__Wc0rE"><p>${mQuote}</p></blockquote>${ps(mS2b)}
<div class="InlinePromo_promo__Fh1kQ"><span class="InlinePromo_label__Ab7xm">Read more:</span> <a href="/essays/on-abandoned-novels">On Abandoned
Novels</a></div>
<h2 id="serial">The serial and its readers</h2>${ps(mS3)}</div>
<div class="ContributorNote_note__v8Lk3"><p><em>Ottoline Vane is a critic and the author of a study of Victorian serial fiction. She teaches at a college
in the Fens.</em></p></div>
<ul class="Tags_tags__s2nQk">${links(mTags, 'Tags_tag__Yh0cB')}</ul></div></article>
<section class="MoreFrom_section__pQ5x1"><h2 class="MoreFrom_heading__Jt4cW">More from Issue 58</h2><ul>${links(mMore, 'MoreFrom_item__3bNc7')}</ul></section>
<div class="Meter_meter__eC4r2">You have read 2 of 3 free essays this month. <a href="/subscribe">Subscribe for unlimited access</a></div>
<section class="Newsletter_box__7GpR1"><h2 class="Newsletter_title__kd1Lq">The Lamplight Letter</h2><p class="Newsletter_text__Ux0pB">New essays and reviews,
every Friday.</p><form><input type="email" placeholder="Your email address"/><button type="submit">Sign me up</button></form></section></main>
<footer class="Footer_footer__Q3wLs"><ul>${links(mFoot)}</ul><p>© 2026 The Lamplight Review. Published with support from the Fenland Arts
Trust.</p></footer></div>
<script id="__NEXT_DATA__"
type="application/json">{"props":{"pageProps":{"slug":"the-solicitor-who-never-understood","issue":58,"section":"essays"},"__N_SSG":true},
"page":"/essays/[slug]","query":{"slug":"the-solicitor-who-never-understood"},"buildId":"lmp-2026-05-11",
"isFallback":false,"gsp":true,"scriptLoader":[]}</script>
</body></html>`;

export const magazineEssay: TestPage = {
  name: 'heldout337-nextjs-literary-magazine-essay-news',
  kind: 'news',
  html: mHtml,
  title: mTitle,
  headings: ['The letters are the architecture', 'The serial and its readers'],
  body: [mDek, ...texts(mS1), ...texts(mS2), mQuote, ...texts(mS2b), ...texts(mS3)],
  bylines: ['By Ottoline Vane', 'May 12, 2026', '12 min read'],
  furniture: [
    'Issue 58 is out now: “Rereadings”.',
    'Read the issue',
    'The Lamplight Review',
    ...mNav,
    'Subscribe',
    ...mShare,
    'A Yorkshire woollen mill in the 1870s.',
    'Photograph: Hallam Collection',
    'Read more:',
    j('Ottoline Vane is a critic and the author of a study of Victorian serial fiction. She teaches at a college in the', 'Fens.'),
    ...mTags,
    'More from Issue 58',
    ...mMore,
    'You have read 2 of 3 free essays this month.',
    'Subscribe for unlimited access',
    'The Lamplight Letter',
    'New essays and reviews, every Friday.',
    'Sign me up',
    ...mFoot,
    '© 2026 The Lamplight Review. Published with support from the Fenland Arts Trust.',
  ],
};
