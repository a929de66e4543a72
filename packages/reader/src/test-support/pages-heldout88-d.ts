import { links, type TestPage, texts } from './page-kit.js';
import { vergeTech } from './pages-heldout88-d2.js';

/**
 * Held-out batch 88, file d: a magazine feature in The Atlantic's current Next.js shape, for an invented magazine (skip link,
 * header with "Popular", "Latest", "Sections", "Sign In" and "Subscribe", the rubric, headline and dek, "By" byline,
 * share and save buttons, the lead illustration credit, the timestamp, the narrated-audio player with its AI narration
 * note, paragraphs with a drop cap, a pull quote that repeats a sentence of the text, section-break ornaments, a mid-article
 * subscription promo, the author bio at the end, "Explore More Topics", and the footer).
 */
const atTitle = 'The Quiet Disappearance of the Small-Town Pharmacy';
const atDek = 'When the last drugstore in a rural county closes, it takes more with it than prescriptions.';
const atQuote = 'A pharmacy, it turns out, is one of the last places where a stranger will ask how you are and wait for the answer.';
// biome-ignore format: kept under 160 bytes a line
const atP1 = [
  'On the morning the Harlan Drug Company closed for good, Bev Sutter stood behind the counter for the last time and ' +
    'handed out the things nobody had come in to buy. A blood-pressure cuff went to a farmer who had been borrowing it ' +
    'every Tuesday for six years. A box of reading glasses went to the church. The candy jar went to the school bus driver.',
  'Sutter had worked at the pharmacy for 31 years, the last 12 as its owner. She had not planned to close it. But the ' +
    'reimbursements she received for filling prescriptions had fallen year after year, while the fees charged by the ' +
    'companies that stand between pharmacies and insurers had risen. By the end she was losing money on about one in ' +
    'every four prescriptions she filled.',
  '“People think a pharmacy closes because nobody comes in,” she told me. “We were busy every day. We were busy right ' +
    'up until we couldn’t afford to be.”',
];
const atP2 = [
  'Harlan, a county seat of about 2,300 people on the high plains, is one of hundreds of American towns that have lost ' +
    'their only pharmacy in the past decade. Researchers at the University of Clement estimate that more than 1,200 ' +
    'independent pharmacies in rural areas have closed since 2015, and that about one in eight rural counties now has ' +
    'one pharmacy or none.',
  'The obvious loss is medicine. The nearest pharmacy to Harlan is now 43 miles away, in a town that has its own ' +
    'troubles. Mail-order services have filled part of the gap, but not for the antibiotics a child needs tonight, or the ' +
    'insulin that cannot sit in a hot mailbox in July.',
  'The less obvious loss is harder to measure. A pharmacy, it turns out, is one of the last places where a stranger will ' +
    'ask how you are and wait for the answer. Sutter knew which of her customers lived alone, which ones were getting ' +
    'confused about their pills, and which ones had stopped coming in. More than once, she told me, she had driven out to ' +
    'a farmhouse after closing because somebody had missed a refill.',
];
const atP3 = [
  'There are ideas for keeping rural pharmacies open. Some states have begun requiring the middlemen, known as pharmacy ' +
    'benefit managers, to pay independent stores at least what the drugs cost them. Others have allowed pharmacists to ' +
    'bill for services such as vaccinations and blood-pressure checks, the kind of care Sutter gave away for free.',
  'A handful of towns have tried something more direct. In Caldwell Springs, about two hours east of Harlan, the ' +
    'hospital district bought the local drugstore when its owner retired and now runs it at a small loss, paid for by a ' +
    'property tax that voters approved by a wide margin. “We decided it was part of the hospital,” the district’s ' +
    'administrator, Luis Ortega, said. “Nobody asks whether the emergency room makes a profit.”',
  'Telepharmacy is another option: a technician runs the store and a pharmacist in another town checks each ' +
    'prescription over video. It is legal in about half the states, and it has kept the lights on in places too small to ' +
    'support a full-time pharmacist. But it is hard to check on a neighbor through a screen.',
];
const atP4 = [
  'The building where the Harlan Drug Company stood for 74 years is empty now. Someone has taped a sign to the door ' +
    'with the phone number of the mail-order service and the hours of the pharmacy in the next county.',
  'Sutter still gets calls. Last month a woman phoned her at home to ask whether she should worry about a new ' +
    'medication her doctor had prescribed. Sutter looked it up and told her what to watch for.',
  '“I’m not supposed to do that anymore,” she said. “But who else is she going to ask?”',
];
const atNav = ['Popular', 'Latest', 'Newsletters', 'Sections'];
const atAudio = 'Produced by ElevenLabs and News Over Audio (Noa) using AI narration. Listen to more stories on the Noa app.';
const atPromo = ['Your subscription supports the journalism that makes stories like this possible.', 'Subscribe Now'];
const atBio = 'Hollis Maren is a staff writer at The Windward, where she covers rural America and health care.';
const atTopics = ['health care', 'rural America', 'pharmacies'];
const atFoot = [
  'About',
  'Our History',
  'Careers',
  'Contact',
  'Help Center',
  'Press',
  'Podcasts',
  'Give a Gift',
  'Manage Subscription',
  'Privacy Policy',
  'Your Privacy Choices',
  'Advertising Guidelines',
  'Terms & Conditions',
  'Terms of Sale',
  'Site Map',
];
const atCopy = 'TheWindward.com Copyright (c) 2025 by The Windward Monthly Group. All Rights Reserved.';
const atPs = (a: readonly string[], drop = false): string =>
  a
    .map((p, i) =>
      drop && i === 0
        ? `<p class="ArticleParagraph_root__4mszW ArticleParagraph_dropcap__uIVzg" data-flatplan-paragraph="true">${p}</p>`
        : `<p class="ArticleParagraph_root__4mszW" data-flatplan-paragraph="true">${p}</p>`,
    )
    .join('\n');
const atBreak = '<div class="ArticleSectionBreak_root__Oo9xM" role="separator" data-flatplan-section_break="true"><span aria-hidden="true">✦</span></div>';
const atHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Quiet Disappearance of the Small-Town Pharmacy - The Windward</title><meta name="description" content="${atDek}">
<meta property="og:title" content="${atTitle}"><meta property="og:type" content="article"><meta name="author" content="Hollis Maren">
<meta property="article:published_time" content="2025-11-12T11:00:00Z"><meta name="article:section" content="Health">
<link rel="canonical" href="https://www.thewindward.example/health/archive/2025/11/rural-pharmacy-closures-harlan/684512/">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${atTitle}","description":"${atDek}",
"author":[{"@type":"Person","name":"Hollis Maren","sameAs":"https://www.thewindward.example/author/hollis-maren/"}],"datePublished":"2025-11-12T11:00:00Z",
"isAccessibleForFree":false,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".article-content-body"}}</script>
<link rel="stylesheet" href="/_next/static/css/9d2a4c1e0b.css"></head>
<body><div id="__next"><a href="#main-content" class="SkipLink_root__4wCvF">Skip to content</a>
<header class="SiteHeader_root__2Zp9T" data-event-module="header"><a href="/" aria-label="The Windward" class="SiteHeader_logo__1Uf6r"><svg></svg></a>
<nav class="SiteHeader_nav__3yCHe"><ul>${links(atNav, 'SiteHeader_navItem__2W0oB')}</ul></nav><div class="SiteHeader_account__3lqVg">
<a href="/accounts/login/" class="SiteHeader_signIn__21dGf">Sign In</a><a href="/subscribe/navigation/" class="SiteHeader_subscribe__1m4aX">Subscribe</a>
</div></header>
<main id="main-content"><article class="ArticleLayout_article__3C0zl"><header class="ArticleHero_root__1nR2b">
<div class="ArticleHero_rubric__2FZ9p"><a class="ArticleRubric_root__1w7Xo" href="/health/">Health</a></div>
<h1 class="ArticleTitle_root__VrZaG">${atTitle}</h1><p class="ArticleDek_root__P3leE">${atDek}</p>
<div class="ArticleBylines_root__2b3fY"><address id="byline" class="ArticleBylines_address__2Kz6P">By <a class="ArticleBylines_link__kNP4C"
href="/author/hollis-maren/">Hollis Maren</a></address></div>
<div class="ArticleShare_root__1s2Xz"><button class="ArticleShare_button__2hJ0m" aria-label="Share">Share</button>
<button class="ArticleShare_button__2hJ0m" aria-label="Save">Save</button></div>
<figure class="ArticleLeadFigure_root__P_6Jw"><picture><img alt="" class="Image_root__XxsOp" src="https://cdn.thewindward.example/pharmacy.jpg"
width="1440" height="810"></picture><figcaption class="ArticleLeadFigure_caption__3h8Ll">Illustration by Ruth Okafor</figcaption></figure>
<time class="ArticleTimestamp_root__b3bL6" datetime="2025-11-12T11:00:00Z">November 12, 2025, 6 AM ET</time></header>
<div class="ArticleAudio_root__2EAZu"><button class="ArticleAudio_play__1YQ7f" aria-label="Play">Listen to this article</button>
<span class="ArticleAudio_time__3S4Fd">00:00</span><span class="ArticleAudio_duration__1lMDH">14:06</span>
<p class="ArticleAudio_credit__2XHyC">${atAudio}</p></div>
<section class="ArticleBody_root__2gF81 article-content-body" data-event-module="article body">
${atPs(atP1, true)}
${atBreak}
${atPs(atP2.slice(0, 2))}
<aside class="ArticlePullquote_root__Xw5cV" data-flatplan-pullquote="true"><p class="ArticlePullquote_text__3A1Jk">${atQuote}</p></aside>
${atPs(atP2.slice(2))}
<div class="ArticleInlineSubscribe_root__1cSzj" data-event-module="inline subscribe"><p>${atPromo[0]}</p><a href="/subscribe/article/">${atPromo[1]}</a></div>
${atBreak}
${atPs(atP3)}
${atBreak}
${atPs(atP4)}
</section>
<address class="ArticleBio_root__3cWaU" id="article-writer-0"><div class="ArticleBio_content__xS5rV"><p>${atBio}</p></div></address>
<div class="ArticleTopics_root__2M8p9"><h2 class="ArticleTopics_title__3gR5q">Explore More Topics</h2><ul>${links(atTopics, 'ArticleTopics_item__1xnEq')}</ul>
</div>
</article></main>
<footer class="SiteFooter_root__2FVmz"><ul class="SiteFooter_links__3w1cR">${links(atFoot, 'SiteFooter_item__1yXz0')}</ul>
<p class="SiteFooter_copyright__1SXq3">${atCopy}</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"id":684512,"channel":"health"}}}}</script></body></html>`;
const windward: TestPage = {
  html: atHtml,
  name: 'heldout88-atlantic-feature-news',
  kind: 'news',
  // the dek is body; the pull quote repeats a sentence of the text and is in neither list; the rubric, illustration credit,
  // audio player and its note, the inline subscribe promo, the author bio, topics and footer are furniture
  title: atTitle,
  headings: [],
  body: [atDek, ...texts(atP1), ...atP2, ...atP3, ...atP4],
  bylines: ['By Hollis Maren', 'November 12, 2025, 6 AM ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...atNav, 'Sign In', 'Subscribe', 'Health', 'Share', 'Save', 'Illustration by Ruth Okafor', 'Listen to this article', '00:00',
    '14:06', atAudio, ...atPromo, atBio, 'Explore More Topics', ...atTopics, ...atFoot, atCopy,
  ],
};

export const HELDOUT88_D: readonly TestPage[] = [windward, vergeTech];
