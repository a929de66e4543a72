import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 116, file e2: a HuffPost politics story (the masthead with the edition picker, "Log In" and "Support
 * HuffPost", the section nav, the "POLITICS" eyebrow, the h1 and its dek, the byline with the author's title, the timestamps,
 * the share buttons, the lede image with caption and credit, body paragraphs each in a "primary-cli" wrapper, the video
 * player's "LOADING ERROR LOADING" text, the "Related" list and the reader-support box inside the text, the topic tags,
 * "Go to Homepage", the comments prompt, the "Popular in the Community" heading and the footer).
 */
const hpTitle = 'Senate Democrats Unveil Bill To Cap Rent Hikes At Federally Backed Apartments';
const hpDek = 'The proposal would limit annual increases to 5% at buildings with government-backed mortgages, covering millions of renters.';
const hpBody = [
  'A group of Senate Democrats on Monday introduced legislation that would cap annual rent increases at apartment buildings ' +
    'financed with federally backed mortgages, a move they say could protect millions of tenants from sudden price spikes.',
  'The bill, led by Sen. Elena Marquez (D-N.M.), would limit yearly rent hikes to 5% at properties whose loans are guaranteed ' +
    'or purchased by the government-sponsored mortgage companies. Landlords could exceed the cap only to cover documented ' +
    'increases in property taxes or major repairs.',
  '“Families are doing everything right and still getting priced out of their homes,” Marquez told HuffPost in an interview ' +
    'ahead of the announcement. “When taxpayers are standing behind a building’s mortgage, we have every right to ask that ' +
    'the people living there are treated fairly.”',
  'Supporters estimate the measure would apply to roughly 12 million rental units, though the exact number is difficult to ' +
    'pin down because many loans are bundled and resold.',
  'Rents nationwide have risen by about a quarter since 2020, according to government data, far outpacing wage growth for many ' +
    'lower-income workers. Tenant groups have pushed for federal action for years, arguing that local rent rules are a patchwork ' +
    'that leaves most renters unprotected.',
  'The bill faces long odds in the current Congress. Republicans, who control the House, have said rent regulation should be ' +
    'left to states and cities, and industry groups argue caps discourage the construction of new housing.',
  '“Every serious study shows that rent control reduces the supply of rental housing over time,” said Warren Pike, a ' +
    'spokesperson for the National Apartment Owners Council, a landlord trade group. “This bill would make the affordability ' +
    'crisis worse, not better.”',
  'Democrats behind the proposal say they modeled it to avoid some of those effects. Buildings completed within the past 15 ' +
    'years would be exempt, and landlords who make energy-efficiency upgrades could apply for a temporary waiver.',
  'Sen. Jordan Whitaker (D-Ore.), a co-sponsor, said the bill was meant to start a conversation about the government’s ' +
    'leverage over the rental market. “Washington already shapes this market in enormous ways,” he said. “We are just asking ' +
    'that it does so with renters in mind.”',
  'Housing advocates praised the measure but said they would keep pushing for stronger protections, including limits on ' +
    'eviction filings and fees charged to tenants.',
];
const hpNav = ['News', 'U.S. News', 'World News', 'Business', 'Environment', 'Health', 'Social Justice', 'Politics', 'Entertainment', 'Life', 'Shopping'];
const hpCaption = 'Sen. Elena Marquez speaks to reporters at the U.S. Capitol in February.';
const hpCredit = 'Andrew Caballero via Getty Images';
const hpRelated = [
  'Renters Say Junk Fees Are Adding Hundreds To Their Monthly Bills',
  'Why Housing Costs Could Decide The Next Election',
  'These Cities Saw The Biggest Rent Increases Last Year',
];
const hpSupport = [
  'Support HuffPost',
  'Our journalism is free for everyone, and it depends on readers who can chip in. Your contribution keeps our reporting on ' +
    'housing, health care and politics open to all.',
  'Can’t afford to donate? Support HuffPost by creating a free account and log in while you read.',
  'Already contributed? Log in to hide these messages.',
];
const hpTags = ['Congress', 'Housing', 'Senate', 'Renters'];
const hpFoot = [
  'About Us',
  'Advertise',
  'About Our Ads',
  'Contact Us',
  'RSS',
  'FAQ',
  'Careers',
  'User Agreement',
  'Comment Policy',
  'DMCA Policy',
  'HuffPost Press Room',
  'Accessibility Statement',
  'Privacy Policy',
  'Consent Preferences',
];
const hpCli = (p: string): string => `<div class="primary-cli cli cli-text "><p>${p}</p></div>`;
const hpAd = (n: number): string => `<div class="advertisement ad-entry-body-${n} ad-in-text"><div class="advertisement-holder"><span
class="advertisement-label">Advertisement</span><div id="ad-entry_paragraph_${n}"></div></div></div>`;
const hpHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Senate Democrats Unveil Bill To Cap Rent Hikes At Federally Backed Apartments | HuffPost Latest News</title>
<meta name="description" content="${hpDek}"><meta property="og:title" content="${hpTitle}"><meta property="og:site_name" content="HuffPost">
<meta name="author" content="Jonah Feldstein"><meta property="article:published_time" content="2025-03-03T05:45:12-05:00">
<link rel="canonical" href="https://www.huffpost.com/entry/senate-democrats-rent-cap-bill_n_67c5b8e1e4b0f6a1c9d22e13">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${hpTitle}","description":"${hpDek}",
"author":{"@type":"Person","name":"Jonah Feldstein"},"datePublished":"2025-03-03T05:45:12-05:00","dateModified":"2025-03-03T11:02:40-05:00",
"publisher":{"@type":"Organization","name":"HuffPost"}}</script>
<script>window.HP=window.HP||{};HP.params={"entryId":"67c5b8e1e4b0f6a1c9d22e13","section":"politics","edition":"us"};</script>
<script src="https://modulous.huffpost.example/assets/entry-f8c1a0.js" defer></script></head>
<body class="entry-page section-politics"><a class="skip-link" href="#main">Skip to Main Content</a>
<header class="masthead"><div class="masthead__top"><button class="masthead__menu" aria-label="Open menu">Menu</button>
<a class="masthead__logo" href="/" aria-label="HuffPost"><svg viewBox="0 0 230 24"></svg></a><div class="masthead__edition">Edition: US</div>
<a class="masthead__support" href="/support">Support HuffPost</a><a class="masthead__login" href="/login">Log In</a></div>
<nav class="masthead__nav" aria-label="Sections"><ul>${links(hpNav, 'masthead__nav-item')}</ul></nav></header>
<main id="main" class="main"><article class="entry"><header class="entry__header"><div class="top-header">
<a class="entry-eyebrow" href="/news/politics">POLITICS</a></div>
<h1 class="headline">${hpTitle}</h1><div class="dek">${hpDek}</div>
<div class="entry__byline"><div class="entry__byline__author"><a href="/author/jonah-feldstein">Jonah Feldstein</a></div>
<div class="entry-wirepartner__byline">Senior Politics Reporter, HuffPost</div></div>
<div class="timestamp"><time datetime="2025-03-03T05:45:12-05:00">Mar 3, 2025, 05:45 AM EST</time>
<span class="timestamp__updated">Updated <time datetime="2025-03-03T11:02:40-05:00">Mar 3, 2025</time></span></div>
<div class="share-bar"><button aria-label="Share on Facebook"><span class="share-bar__label">Facebook</span></button>
<button aria-label="Share on Twitter"><span class="share-bar__label">Twitter</span></button>
<button aria-label="Share via Email"><span class="share-bar__label">Email</span></button>
<button aria-label="Copy link"><span class="share-bar__label">Copy Link</span></button></div></header>
<figure class="figure figure--lede"><img src="https://img.huffingtonpost.example/asset/67c5b90b2a00002e0039f4d2.jpeg?ops=1200_630" alt="${hpCaption}">
<figcaption class="figure__caption"><span class="caption">${hpCaption}</span> <span class="figure__credit">${hpCredit}</span></figcaption></figure>
<section class="entry__content-list js-entry-content js-cet-subunit">
${hpBody.slice(0, 3).map(hpCli).join('\n')}
${hpAd(1)}
<div class="cli cli-embed cli-video"><div class="connatix-player"><div class="cnx-main-container">LOADING ERROR LOADING</div></div></div>
${hpBody.slice(3, 5).map(hpCli).join('\n')}
<div class="cli cli-related-articles"><div class="cli-related-articles__title">Related</div>
<ul>${links(hpRelated, 'cli-related-articles__item')}</ul></div>
${hpBody.slice(5, 8).map(hpCli).join('\n')}
<div class="cli cli-support contributor-support"><h3 class="contributor-support__title">${hpSupport[0]}</h3><p>${hpSupport[1]}</p>
<a class="contributor-support__cta" href="/support/contribute">Contribute</a><p class="contributor-support__alt">${hpSupport[2]}</p>
<p class="contributor-support__login">${hpSupport[3]}</p></div>
${hpAd(2)}
${hpBody.slice(8).map(hpCli).join('\n')}
</section>
<div class="entry__tags"><ul>${links(hpTags, 'entry__tag')}</ul></div><a class="entry__go-home" href="/">Go to Homepage</a>
<section class="entry__comments"><h2 class="comments__title">Conversations</h2><button class="comments__login">Log in to join the conversation</button>
</section></article><aside class="rail"><h2 class="rail__title">Popular in the Community</h2>${hpAd(3)}</aside></main>
<footer class="footer"><div class="footer__logo">HuffPost</div><ul>${links(hpFoot)}</ul>
<p class="footer__copyright">Part of HuffPost News. ©2025 BuzzFeed, Inc. All rights reserved.</p></footer></body></html>`;
export const huffpostStory: TestPage = {
  html: hpHtml,
  name: 'heldout116-huffpost-news',
  kind: 'news',
  // the dek under the h1 is body; the reader-support box, the "Related" list and the video player's text inside the body are furniture
  title: hpTitle,
  headings: [],
  body: texts([hpDek, ...hpBody]),
  bylines: ['Jonah Feldstein', 'Senior Politics Reporter, HuffPost', 'Mar 3, 2025, 05:45 AM EST', 'Updated Mar 3, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'Menu', 'Edition: US', ...hpSupport, 'Log In', ...hpNav, 'Facebook', 'Twitter', 'Email', 'Copy Link',
    hpCaption, hpCredit, 'Advertisement', 'LOADING ERROR LOADING', 'Related', ...hpRelated, 'Contribute', ...hpTags, 'Go to Homepage',
    'Conversations', 'Log in to join the conversation', 'Popular in the Community', 'HuffPost', ...hpFoot,
    'Part of HuffPost News. ©2025 BuzzFeed, Inc. All rights reserved.',
  ],
};
