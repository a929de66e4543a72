import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 130, file c2: an Axios story on its Next.js template (the "Skip to main content" link, the top bar with
 * "Axios Local", "Axios Pro", "Newsletters", "Events" and "Sign in", the topic nav, the headline, the author card with the
 * date and topic, the "preferred source" note, the share buttons with visually hidden labels, the lead illustration
 * credit, Smart Brevity paragraphs with bold lead-ins and bullet lists, a newsletter module between them, the "Go deeper"
 * line, the author follow box, "More Axios stories", the sticky newsletter bar and the footer).
 */
const axTitle = 'Credit card delinquencies climb to highest level since 2011';
const axP1 = [
  'More Americans are falling behind on their credit card bills than at any point in more than a decade, according to new data ' +
    'from the Fairmount Consumer Finance Institute.',
  '<strong>Why it matters:</strong> Consumer spending has held up the economy for two years. Rising delinquencies are a sign ' +
    'that some households, especially younger and lower-income ones, are running out of room.',
  '<strong>By the numbers:</strong> 4.1% of credit card balances were at least 90 days past due at the end of 2024, up from 3.3% a year earlier.',
];
const axList1 = [
  'Borrowers aged 18 to 29 had the highest rate, at 7.8%.',
  'Total credit card debt rose to $1.21 trillion, a record in dollar terms.',
  'Auto loan delinquencies also rose, though more slowly.',
];
const axP2 = [
  '<strong>Zoom in:</strong> The increase has been sharpest in states where rents have risen fastest since 2021, the institute ' +
    'found, suggesting housing costs are squeezing budgets more than prices at the grocery store.',
  '<strong>What they’re saying:</strong> “People kept spending as if the savings they built up during the pandemic would last ' +
    'forever, and for a lot of them it has now run out,” Fairmount senior economist Lorna Achebe-Cruz told Axios.',
  '<strong>Between the lines:</strong> Buy-now-pay-later loans, which do not show up in most credit reports, may be hiding ' +
    'even more strain, the report said.',
  '<strong>Yes, but:</strong> Overall household balance sheets are still in decent shape. Debt payments take up a smaller share ' +
    'of income than they did before the 2008 financial crisis, and most borrowers are current on their loans.',
  '<strong>The big picture:</strong> Card issuers have responded by tightening standards.',
];
const axList2 = [
  'Approval rates for new cards fell for the fifth straight quarter.',
  'Several large issuers have cut credit limits for borrowers with recent late payments.',
];
const axP3 = [
  '<strong>What’s next:</strong> Economists will be watching whether delinquencies level off as inflation cools, or keep rising ' +
    'if the job market weakens later this year.',
  '<strong>The bottom line:</strong> The average consumer is fine. The consumers who are not fine are getting more numerous.',
];
const axTop = ['Axios Local', 'Axios Pro', 'Newsletters', 'Events', 'Sign in'];
const axNav = ['Politics & Policy', 'Economy & Business', 'Technology', 'World', 'Health', 'Science', 'Energy & Environment', 'Media', 'Sports'];
const axShare = ['Share on Facebook', 'Share on Twitter', 'Share on LinkedIn', 'Share via Email', 'Copy link'];
const axNews = ['Get the latest market trends and economic insights with Axios Macro.', 'Subscribe', 'Your email address'];
const axMore = [
  'Mortgage applications jump as rates ease',
  'Fed officials signal patience on rate cuts',
  'Why used car prices are rising again',
  'Retail sales slip in February',
];
const axFoot = [
  'About',
  'About Axios',
  'Advertise with us',
  'Careers',
  'Axios HQ',
  'Privacy policy',
  'Terms of use',
  'Online tracking choices',
  'Do not sell or share my personal information',
  'Contact us',
];
const axP = (p: string): string => `<p>${p}</p>`;
const axUl = (a: readonly string[]): string => `<ul>${a.map((t) => `<li>${t}</li>`).join('')}</ul>`;
const axHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Credit card delinquencies climb to highest level since 2011</title>
<meta name="description" content="More Americans are falling behind on their credit card bills than at any point in more than a decade.">
<meta property="og:title" content="${axTitle}"><meta property="og:site_name" content="Axios"><meta property="og:type" content="article">
<meta name="author" content="Dana Whitlock-Oyelowo"><meta property="article:published_time" content="2025-03-03T10:31:05.000Z">
<link rel="canonical" href="https://www.axios.com/2025/03/03/credit-card-delinquencies-highest-since-2011">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${axTitle}","datePublished":"2025-03-03T10:31:05.000Z",
"author":[{"@type":"Person","name":"Dana Whitlock-Oyelowo","url":"https://www.axios.com/authors/dwhitlock"}],
"publisher":{"@type":"Organization","name":"Axios","logo":{"@type":"ImageObject","url":"https://www.axios.com/images/axios-logo.png"}}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"story","topics":["economy"]});</script>
<link rel="stylesheet" href="/_next/static/css/3b1f9a8c0d2e5f47.css"></head>
<body><div id="__next"><a class="SkipLink_skip__bQ0Nn" href="#main-content">Skip to main content</a>
<header class="Header_header__hX6rY"><div class="Header_top__L4cQp"><a class="Header_logo__qT1aK" href="/" aria-label="Axios homepage"></a>
<ul class="Header_utility__u9R2b">${links(axTop, 'Header_utilityItem__Dk3oM')}</ul></div>
<nav class="TopicNav_nav__wV6eS" aria-label="Topics"><ul>${links(axNav, 'TopicNav_item__Pp1sZ')}</ul></nav></header>
<main id="main-content" class="StoryPage_main__G2kTz"><article class="StoryPage_story__gsAMw" data-cy="story">
<header class="StoryHeader_header__7fX2m"><h1 class="StoryHeader_headline__Ht9oB" data-cy="StoryHeadline">${axTitle}</h1>
<div class="StoryByline_byline__Vx4qA"><img class="StoryByline_avatar__oM1mT" alt="Avatar: Dana Whitlock-Oyelowo"
src="https://images.axios.example/dwhitlock.png">
<div><a class="StoryByline_author__tE8gW" href="/authors/dwhitlock" data-cy="byline-author">Dana Whitlock-Oyelowo</a>
<div class="StoryByline_meta__Yq2uL"><time datetime="2025-03-03T10:31:05.000Z" data-cy="time-rubric">Mar 3, 2025</time> -
<a href="/economy" class="StoryByline_topic__N3jsE">Economy</a></div></div></div>
<p class="StoryHeader_preferred__m0aQd"><a href="https://www.google.com/preferences/source?q=axios.com">Add Axios as your preferred source</a> to see more
of our stories on Google.</p>
<ul class="ShareButtons_share__Km6Bx">${axShare
  .map(
    (t) => `<li><button class="ShareButtons_button__Ty2rV"><span
class="sr-only">${t}</span></button></li>`,
  )
  .join('')}
</ul></header>
<figure class="StoryImage_figure__jC4nE"><img alt="Illustration of a credit card cracking" src="https://images.axios.example/2025/03/cc.png">
<figcaption class="StoryImage_caption__rA5pZ">Illustration: Sarah Grillo-Mendes/Axios</figcaption></figure>
<div class="DraftjsBlocks_draftjs__fm3S2 gtmContentClick" data-cy="story-text">
${axP1.map(axP).join('\n')}
${axUl(axList1)}
<div class="NewsletterSignup_inline__Yk7pQ" data-cy="inline-newsletter"><p class="NewsletterSignup_copy__3wLx9">${axNews[0]}</p>
<form><label class="sr-only" for="nl-email">${axNews[2]}</label><input id="nl-email" type="email" placeholder="Email address">
<button type="submit" class="NewsletterSignup_button__sH0mA">${axNews[1]}</button></form></div>
${axP2.map(axP).join('\n')}
${axUl(axList2)}
${axP3.map(axP).join('\n')}
<p><strong>Go deeper:</strong> <a href="/2025/02/10/consumer-debt-record-high">Household debt hits a record $18 trillion</a></p>
</div>
<div class="AuthorFollow_box__Ep0Wc"><p>Dana Whitlock-Oyelowo</p><button class="AuthorFollow_button__Bn6Ri">Follow</button></div></article>
<section class="MoreStories_section__t2K1e"><h2 class="MoreStories_heading__pX8vV">More Axios stories</h2><ul>${links(axMore, 'MoreStories_item__h1Gq8')}</ul>
</section></main>
<div class="StickyNewsletter_bar__y4Hc1"><p>Axios AM and PM: the news that matters, in fewer words.</p><a href="/newsletters">Subscribe for free</a></div>
<footer class="Footer_footer__lS0t5"><ul>${links(axFoot, 'Footer_link__Xb2xn')}</ul><p class="Footer_copy__rN7eK">© 2025 Axios Media Inc.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"story":{"id":"f2c1"}}},"page":"/[...slug]","buildId":"H2vQ"}</script>
</body></html>`;

export const axiosStory: TestPage = {
  html: axHtml,
  name: 'heldout130-axios-news',
  kind: 'news',
  // the bold lead-ins are part of their paragraphs (body); the "Go deeper:" line and the newsletter module between the
  // paragraphs are furniture; the author name in the follow box repeats the byline
  title: axTitle,
  headings: [],
  body: [...texts(axP1), ...axList1, ...texts(axP2), ...axList2, ...texts(axP3)],
  bylines: ['Dana Whitlock-Oyelowo', 'Mar 3, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...axTop, ...axNav, 'Economy', 'Add Axios as your preferred source to see more of our stories on Google.', ...axShare,
    'Illustration: Sarah Grillo-Mendes/Axios', ...axNews, 'Go deeper: Household debt hits a record $18 trillion', 'Follow', 'More Axios stories',
    ...axMore, 'Axios AM and PM: the news that matters, in fewer words.', 'Subscribe for free', ...axFoot, '© 2025 Axios Media Inc.',
  ],
};
