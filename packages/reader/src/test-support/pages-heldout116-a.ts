import { links, type TestPage, texts } from './page-kit.js';
import { newsweekStory } from './pages-heldout116-a2.js';

/**
 * Held-out batch 116, file a: a Bloomberg news story as a signed-in subscriber saves it (the Next.js shell with the top nav,
 * "Live Now" strip and "Sign In" / "Subscribe", the eyebrow, the headline with its bullet-point abstract, the lede image with
 * caption and photographer credit, the two-author byline with published and updated times, the Listen / Save / Gift toolbar,
 * body paragraphs with an inline "Read More" line, an inline newsletter sign-up and ad slots, the "With assistance from"
 * line, the tip box and Terminal promo, the "Most Read" rail, the consent banner and the footer) and, from file a2, a
 * Newsweek news story.
 */
const bbTitle = 'Norvik’s $4.2 Billion Bid for Dutch Port Operator Stalls as Regulators Balk';
const bbAbstract = [
  'Competition authority signals concern over control of three terminals',
  'Deal had been expected to close before the end of the second quarter',
];
const bbP1 = [
  'Norvik Shipping AS’s planned $4.2 billion takeover of Dutch terminal operator Haverkamp Port Holdings has hit an obstacle ' +
    'after the Netherlands’ competition authority said it needed more time to study how the deal would affect container ' +
    'handling in Rotterdam and Vlissingen.',
  'The regulator opened a second-phase review late Friday, according to a notice published on its website, pushing a decision ' +
    'back by as much as four months. People familiar with the matter said officials were focused on three deep-water terminals ' +
    'where the combined company would control more than half of the berths able to take the largest ships.',
  'Shares of Oslo-based Norvik fell as much as 6.8% in early trading on Monday, the steepest intraday decline since October. ' +
    'Haverkamp, which is listed in Amsterdam, dropped 4.1%.',
];
const bbReadMore = 'Read More: European Ports Brace for a Slower Year as Trade Routes Shift';
const bbP2 = [
  'Norvik agreed in January to pay €38.50 a share in cash for Haverkamp, a 27% premium to the stock’s average price over the ' +
    'previous month. Chief Executive Officer Sigrun Aasland has pitched the acquisition as a way to give the shipping line ' +
    'guaranteed slots at Europe’s busiest gateway at a time when congestion has cost carriers billions in delays.',
  '“We have always expected a thorough review, and we will work constructively with the authority,” a Norvik spokesperson ' +
    'said in an emailed statement. “Our commitment to open access at the terminals for all carriers remains unchanged.”',
  'Rival carriers have lobbied against the deal. Two of them filed submissions with the regulator arguing that a shipping line ' +
    'owning the terminals would have an incentive to give its own vessels priority during peak periods, the people said, asking ' +
    'not to be identified because the filings are private.',
  'The authority said in its notice that it had received “a significant number of third-party responses” and that it would ' +
    'examine whether remedies offered by the companies, including a pledge to sell one smaller terminal, went far enough.',
];
const bbP3 = [
  'The delay adds uncertainty for merger arbitrage funds that piled into Haverkamp after the offer. The spread between the ' +
    'stock and the offer price widened to about 9% on Monday from less than 4% last week, according to data compiled by ' +
    'Bloomberg.',
  '“A phase-two review isn’t a death sentence, but it changes the timetable and it gives the regulator leverage to ask for ' +
    'more,” said Pieter Oostveen, an analyst at Kessler Lambert in Amsterdam. He estimated the chance of the deal closing ' +
    'this year at about 60%, down from 85% before the announcement.',
  'Norvik has said it could finance the purchase through a mix of cash on hand and a €2 billion bridge loan arranged by ' +
    'three banks. The loan commitment runs until the end of January, giving the companies room to absorb a longer review, ' +
    'according to the offer document.',
  'Haverkamp’s board, which recommended the offer, said in a statement that it continued to support the transaction and ' +
    'would provide the information the authority requested.',
];
const bbAssist = '—With assistance from Lotte Brandsma.';
const bbNav = ['Markets', 'Economics', 'Industries', 'Tech', 'AI', 'Politics', 'Wealth', 'Pursuits', 'Opinion', 'Businessweek', 'Green', 'Crypto'];
const bbLive = ['Live Now', 'Bloomberg TV+', 'Bloomberg Radio', 'Bloomberg Originals'];
const bbCaption = 'Container cranes at a terminal in the Port of Rotterdam.';
const bbCredit = 'Photographer: Jasper Mulder/Bloomberg';
const bbNews = [
  'Bloomberg Deals',
  'Get the latest scoops and analysis on mergers, IPOs and private equity, delivered to your inbox every weekday.',
  'Sign Up',
  'By continuing, I agree to the Privacy Policy and Terms of Service.',
];
const bbMost = [
  'Treasuries Extend Slide as Traders Pare Bets on Summer Rate Cut',
  'The Billionaire Who Quietly Bought Half a Ski Town',
  'Oil Heads for Weekly Drop as OPEC+ Weighs Output Increase',
  'Why Your Next Flight Might Be Cheaper Than Last Year’s',
  'Copper Traders Are Betting on a Shortage Nobody Can See Yet',
];
const bbFoot = [
  'Terms of Service',
  'Do Not Sell or Share My Personal Information',
  'Trademarks',
  'Privacy Policy',
  'Careers',
  'Made in NYC',
  'Advertise',
  'Ad Choices',
  'Help',
];
const bbConsent = [
  'We use cookies and similar technologies to provide our services, to personalise content and ads, and to analyse our traffic.',
  'Accept all',
  'Reject all',
  'Manage preferences',
];
const bbP = (a: readonly string[]): string => a.map((p) => `<p data-component="paragraph" class="Paragraph_text-SqIsdNjh0t0-">${p}</p>`).join('\n');
const bbAd = (n: number): string => `<div class="ad-slot Ad_container-mid${n}" data-ad-placeholder="Advertisement" data-position="mid${n}">
<div class="Ad_label-z4eV">Advertisement</div><div id="div-gpt-ad-mid${n}" class="dvz-ad"></div></div>`;
const bbHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Norvik’s $4.2 Billion Haverkamp Bid Stalls as Dutch Regulators Balk - Bloomberg</title>
<meta name="description" content="Norvik Shipping’s planned takeover of Haverkamp Port Holdings has hit an obstacle.">
<meta property="og:title" content="${bbTitle}"><meta property="og:type" content="article"><meta name="parsely-section" content="deals">
<meta name="authors" content="Anneke Visser, Tomas Reyes"><meta property="article:published_time" content="2025-03-03T10:00:12.401Z">
<link rel="canonical" href="https://www.bloomberg.com/news/articles/2025-03-03/norvik-s-haverkamp-bid-stalls-as-dutch-regulators-balk">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${bbTitle}",
"datePublished":"2025-03-03T10:00:12.401Z","dateModified":"2025-03-03T14:41:55.010Z","isAccessibleForFree":false,
"author":[{"@type":"Person","name":"Anneke Visser"},{"@type":"Person","name":"Tomas Reyes"}],
"publisher":{"@type":"Organization","name":"Bloomberg"}}</script>
<script src="https://assets.bwbx.example/s3/javelin/_next/static/chunks/webpack-6b1e0a7f.js" defer></script>
<link rel="stylesheet" href="https://assets.bwbx.example/s3/javelin/_next/static/css/0c5e8f11a2.css"></head>
<body><div id="__next"><div class="Layout_root-H1Ycq">
<a class="SkipLink_link-d2c1" href="#that-jump-content--default">Skip to content</a>
<div class="LiveStrip_container-xWk" data-component="live-strip"><ul class="LiveStrip_list">${links(bbLive, 'LiveStrip_item')}</ul></div>
<header class="NavBar_header-pQ2z" data-component="navbar"><a class="NavBar_logo" href="https://www.bloomberg.com" aria-label="Bloomberg">
<svg viewBox="0 0 120 24"></svg></a><nav class="NavBar_nav" aria-label="Main"><ul class="NavBar_list">${links(bbNav, 'NavBar_item')}
<li class="NavBar_item"><button class="NavBar_more" aria-expanded="false">More</button></li></ul></nav>
<div class="NavBar_actions"><button class="NavBar_search" aria-label="Search"><span class="sr-only">Search</span></button>
<a class="NavBar_signin" href="https://www.bloomberg.com/account/signin">Sign In</a>
<a class="NavBar_subscribe" href="https://www.bloomberg.com/subscriptions">Subscribe</a></div></header>
<main id="that-jump-content--default" class="Main_main-Mt5k"><article class="Article_article-dd3a" data-component="article">
<div class="ArticleHeader_header-MGQ" data-component="article-header">
<div class="Eyebrow_eyebrow-rs2s" data-component="eyebrow"><a href="https://www.bloomberg.com/deals">Deals</a></div>
<h1 class="HedAndDek_headline-D19MOidHYLI-" data-component="headline">${bbTitle}</h1>
<section class="HedAndDek_abstract-XX636-2bHQw-" data-component="abstract"><ul>${bbAbstract.map((t) => `<li>${t}</li>`).join('')}</ul></section>
<figure class="LedeImage_figure-Kd2" data-component="lede-image"><div class="LedeImage_image-wrap"><img alt="${bbCaption}"
src="https://assets.bwbx.example/images/users/iqjWHBFdfxIU/i7Kp0q8cXe3g/v1/1200x800.jpg" width="1200" height="800"></div>
<figcaption class="LedeImage_caption-x3"><span data-component="caption">${bbCaption}</span>
<span class="LedeImage_credit-9d" data-component="credit">${bbCredit}</span></figcaption></figure>
<div class="Byline_byline-R9P4" data-component="byline"><div class="Byline_bylineAuthors-Ts-ifi4q-HY-">By
<a href="https://www.bloomberg.com/authors/AQ3k9Xz1/anneke-visser" rel="author">Anneke Visser</a> and
<a href="https://www.bloomberg.com/authors/ATr72PQa/tomas-reyes" rel="author">Tomas Reyes</a></div>
<div class="Byline_bylineDates-9e5b"><time class="Byline_published" datetime="2025-03-03T10:00:12.401Z">March 3, 2025 at 5:00 AM EST</time>
<span class="Byline_updated">Updated on <time datetime="2025-03-03T14:41:55.010Z">March 3, 2025 at 9:41 AM EST</time></span></div></div>
<div class="Toolbar_toolbar-4Lb" data-component="toolbar" role="toolbar"><button class="Toolbar_listen"><span>Listen</span>
<span class="Toolbar_duration">5:12</span></button><button class="Toolbar_save" aria-label="Save"><span>Save</span></button>
<button class="Toolbar_gift"><span>Gift this article</span></button><button class="Toolbar_share" aria-label="Share">
<span class="sr-only">Share</span></button></div></div>
<div class="body-content Body_container-Bkq" data-component="body-content">
${bbP(bbP1)}
${bbAd(1)}
<p data-component="paragraph" class="Paragraph_text-SqIsdNjh0t0- Paragraph_readMore"><strong>Read More:</strong>
<a href="https://www.bloomberg.com/news/articles/2025-02-20/european-ports-brace">European Ports Brace for a Slower Year as Trade Routes Shift</a></p>
${bbP(bbP2)}
<div class="InlineNewsletter_container-c8E" data-component="inline-newsletter"><div class="InlineNewsletter_title">${bbNews[0]}</div>
<p class="InlineNewsletter_description">${bbNews[1]}</p><form class="InlineNewsletter_form">
<input type="email" aria-label="Email" placeholder="Enter your email">
<button type="submit">${bbNews[2]}</button></form><div class="InlineNewsletter_legal">${bbNews[3]}</div></div>
${bbP(bbP3.slice(0, 2))}
${bbAd(2)}
${bbP(bbP3.slice(2))}
<p data-component="paragraph" class="Paragraph_text-SqIsdNjh0t0- Paragraph_assist"><em>${bbAssist}</em></p></div>
<div class="ArticleFooter_footer-J2" data-component="article-footer"><div class="TipBox_box-s1"><p>Have a confidential tip for our reporters?
<a href="https://www.bloomberg.com/tips">Get in Touch</a></p></div>
<div class="TerminalPromo_box-A9"><p>Before it’s here, it’s on the Bloomberg Terminal</p>
<a href="https://www.bloomberg.com/professional/solution/bloomberg-terminal/">Learn More</a></div></div></article>
<aside class="Rail_rail-p0" data-component="right-rail"><section class="MostRead_module" data-component="most-read">
<h2 class="MostRead_title">Most Read</h2><ol>${bbMost.map((t, i) => `<li><a href="https://www.bloomberg.com/news/articles/mr${i}">${t}</a></li>`).join('\n')}
</ol></section>${bbAd(3)}</aside></main>
<footer class="Footer_footer-R3" data-component="footer"><div class="Footer_logo">Bloomberg</div><ul class="Footer_links">${links(bbFoot)}</ul>
<p class="Footer_copyright">©2025 Bloomberg L.P. All Rights Reserved.</p></footer></div>
<div id="consent-banner" class="ConsentBanner_root" role="dialog" aria-label="Cookie consent"><p>${bbConsent[0]}</p>
<button>${bbConsent[1]}</button><button>${bbConsent[2]}</button><button>${bbConsent[3]}</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"story":{"id":"SSK2X1T0AFB401",
"type":"article"}}},"page":"/news/articles/[id]"}</script>
</body></html>`;
const bloomberg: TestPage = {
  html: bbHtml,
  name: 'heldout116-bloomberg-news',
  kind: 'news',
  // the bullet-point abstract under the headline is the dek: body; the "Read More" line, the inline newsletter, the
  // "With assistance from" line (a byline), the tip box and the Terminal promo are not
  title: bbTitle,
  headings: [],
  body: [...bbAbstract, ...texts(bbP1), ...texts(bbP2), ...texts(bbP3)],
  bylines: ['By Anneke Visser and Tomas Reyes', 'March 3, 2025 at 5:00 AM EST', 'Updated on March 3, 2025 at 9:41 AM EST', bbAssist],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...bbLive, ...bbNav, 'More', 'Search', 'Sign In', 'Subscribe', 'Deals', bbCaption, bbCredit, 'Listen', '5:12', 'Save',
    'Gift this article', 'Share', 'Advertisement', bbReadMore, ...bbNews, 'Have a confidential tip for our reporters? Get in Touch',
    'Before it’s here, it’s on the Bloomberg Terminal', 'Learn More', 'Most Read', ...bbMost, 'Bloomberg', ...bbFoot,
    '©2025 Bloomberg L.P. All Rights Reserved.', ...bbConsent,
  ],
};

export const HELDOUT116_A: readonly TestPage[] = [bloomberg, newsweekStory];
