import { links, type TestPage } from './page-kit.js';
import { gold, parse, render } from './pages-heldout148-kit.js';

/**
 * Held-out batch 148, file a2: a Bloomberg Law news story as news.bloomberglaw.com serves it to a signed-out reader (the
 * OneTrust cookie banner, the masthead with "Log In" and "Request a Demo", the practice-area nav and its hidden mobile
 * drawer, the channel kicker, the headline, the two takeaway bullets under it, the author card with "Reporter", the dates,
 * the "Listen" and share tools, an inline "READ MORE" line and a "Related" embed between paragraphs, the contact lines for
 * reporter and editors, the "Learn About Bloomberg Law" promo, the docket box, topic and company chips, the "Related
 * Articles" rail and the footer).
 */
const blTitle = 'Meatpacker Must Face Workers’ Wage-Fixing Suit, Judge Rules';
const blPoints = ['Plaintiffs say processors shared pay data through a consultant', 'Judge finds claims against Ridgeline plausible, trims two others'];
const blSrc = `
Ridgeline Protein Co. must face antitrust claims that it conspired with rival poultry and pork processors to hold down
the wages of more than 200,000 plant workers, a federal judge in Nebraska ruled.

Judge Harriet Okonjo of the US District Court for the District of Nebraska on Tuesday denied Ridgeline's motion to dismiss,
finding that the workers had plausibly alleged the company swapped detailed compensation data with competitors through a
benchmarking consultant and used the figures to set pay at its 14 plants.

The workers "have alleged more than parallel conduct," Okonjo wrote. "They describe regular meetings, shared surveys broken
out by plant and job title, and a pattern of wage changes that tracked one another within weeks."

@@readmore

The judge did, however, dismiss claims against two smaller processors, Bluestem Farms LLC and Ortega Family Meats Inc.,
saying the complaint offered no specific facts tying them to the data exchanges after 2019. She gave the plaintiffs 30 days
to amend.

The ruling keeps alive one of the largest wage-suppression cases pending in federal court. The proposed class covers line
workers, sanitation crews and maintenance staff employed at processing plants in 19 states since 2015.

## Consultant at center of case

The complaint centers on Agristat Compensation Partners, a Kansas City firm that the workers say compiled monthly pay
surveys for participating processors and circulated them at annual conferences. According to the complaint, the surveys
identified each plant by a code that executives could easily decode.

Agristat, which is not a defendant, didn't respond to a request for comment. Ridgeline said in a court filing that the
surveys were "historical and aggregated" and that sharing such information is common in many industries.

@@related

Okonjo wrote that whether the data was detailed enough to harm competition was a factual question that couldn't be resolved
at this stage. She pointed to internal emails quoted in the complaint in which a Ridgeline human resources manager wrote that
the company "should not be the first to move" on starting wages.

## Shifting enforcement landscape

The decision comes as private plaintiffs have increasingly taken the lead on labor-market antitrust cases. Federal enforcers
withdrew guidance on information sharing in 2023, saying earlier safe harbors for benchmarking surveys were outdated.

"Courts are now willing to look closely at how these surveys actually get used," said Wendy Castellanos, a professor of
antitrust law at Lakeshore University who isn't involved in the case. "That is a real change from a decade ago."

Ridgeline spokesperson Corinne Pak said the company was "disappointed in the ruling" and would "continue to defend itself
vigorously." Lawyers for the workers at Brandt Mallory LLP didn't immediately respond to a request for comment.

The case is Reyes v. Ridgeline Protein Co., D. Neb., No. 8:24-cv-00317, motion to dismiss denied 10/14/25.
`;
const blBlocks = parse(blSrc);
const blGold = gold(blBlocks);
const blNav = ['Litigation', 'Antitrust', 'Business & Practice', 'Class Action', 'Daily Labor Report', 'Health Law & Business', 'Tax', 'US Law Week'];
const blRead = 'READ MORE: Poultry Workers Win Class Certification in Pay Data Case';
const blRelated = 'Labor Antitrust Suits Pile Up as Enforcers Step Back';
const blContact = [
  'To contact the reporter on this story: Gideon Falk in Washington at gfalk@bloomberglaw.example',
  'To contact the editors responsible for this story: Renata Shore at rshore@bloomberglaw.example; Miles Obi at mobi@bloomberglaw.example',
];
const blPromo = [
  'Learn About Bloomberg Law',
  'AI-powered legal analytics, workflow tools and premium legal and business news.',
  'Already a subscriber?',
  'Log in to keep reading or access research tools and resources.',
];
const blDockets = ['Reyes v. Ridgeline Protein Co., D. Neb., 8:24-cv-00317', 'Order on Motion to Dismiss'];
const blTopics = ['antitrust', 'wages', 'class actions', 'information sharing', 'meatpacking'];
const blCompanies = ['Ridgeline Protein Co', 'Bluestem Farms LLC', 'Ortega Family Meats Inc'];
const blRail = [
  ['Chicken Processor Settles Workers’ Pay Claims for $41 Million', 'Oct. 9, 2025, 4:18 PM UTC'],
  ['Nurses’ Wage Suit Against Hospital Chains Clears Key Hurdle', 'Oct. 2, 2025, 9:40 PM UTC'],
  ['No-Poach Deals Draw New Scrutiny From State Attorneys General', 'Sept. 26, 2025, 2:05 PM UTC'],
];
const blFoot = ['About Us', 'Contact Us', 'Terms of Service', 'Privacy Policy', 'Cookie Policy', 'Accessibility', 'Do Not Sell My Info'];
const blCookie =
  'We use cookies and similar technologies to improve your experience, analyze site usage and personalize content. ' +
  'By clicking “Accept All Cookies,” you agree to the storing of cookies on your device.';
const blHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${blTitle}</title>
<meta name="description" content="Ridgeline Protein Co. must face antitrust claims that it conspired with rival processors to hold down wages.">
<meta property="og:title" content="${blTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Bloomberg Law">
<meta name="parsely-section" content="Litigation"><meta name="parsely-author" content="Gideon Falk">
<meta name="parsely-pub-date" content="2025-10-14T21:03:00Z">
<link rel="canonical" href="https://news.bloomberglaw.example/litigation/meatpacker-must-face-workers-wage-fixing-suit-judge-rules">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${blTitle}","datePublished":"2025-10-14T21:03:00.000Z",
"dateModified":"2025-10-14T23:12:00.000Z","author":[{"@type":"Person","name":"Gideon Falk"}],"isAccessibleForFree":"False",
"hasPart":{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".article-body"},
"publisher":{"@type":"Organization","name":"Bloomberg Law"}}</script>
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="0f1c2a9e-bna" charset="UTF-8"></script>
<script>window.__INITIAL_STATE__={"article":{"id":"X2B7KQ1C000000","channel":"litigation","isGated":false,"wordCount":612}};</script>
<link rel="stylesheet" href="/_next/static/css/4a1e9f0c2b.css"></head>
<body><div id="__next">
<a class="skip-link" href="#main">Skip to content</a>
<header class="Masthead_masthead__3kQ2s" role="banner"><div class="Masthead_top__1dX9a">
<button class="Masthead_menuButton__2mX0v" aria-label="Open navigation menu" aria-expanded="false"></button>
<a class="Masthead_logo__Zp0bq" href="/"><span class="sr-only">Bloomberg Law News</span><svg aria-hidden="true" viewBox="0 0 180 24"></svg></a>
<div class="Masthead_actions__9Lr0c"><a class="Masthead_login__2b4Qe" href="https://www.bloomberglaw.example/signin">Log In</a>
<a class="Masthead_demo__1Yv6w" href="https://pro.bloomberglaw.example/demo/">Request a Demo</a></div></div>
<nav class="ChannelNav_nav__8nQ4r" aria-label="Practice areas"><ul class="ChannelNav_list__3aF1o">${links(blNav, 'ChannelNav_item__1b8Xk')}</ul></nav>
<div class="Drawer_drawer__0c7Pm" aria-hidden="true" hidden><nav aria-label="Mobile practice areas"><ul>${links(blNav, 'Drawer_item__4tV2p')}</ul></nav>
</div></header>
<main id="main" class="Article_main__6Gm1z"><article class="Article_article__2Fh8s" data-article-id="X2B7KQ1C000000">
<header class="ArticleHeader_header__1Qe7d"><a class="ArticleHeader_channel__3wYs0" href="/litigation">Litigation</a>
<h1 class="ArticleHeader_headline__0dXb5">${blTitle}</h1>
<ul class="ArticleHeader_takeaways__2rVt1">${blPoints.map((t) => `<li class="ArticleHeader_takeaway__1Tq3m">${t}</li>`).join('\n')}</ul>
<div class="Byline_byline__5qP0n"><div class="Byline_author__1fK7s"><img class="Byline_photo__2Zc1x" src="/authors/gfalk.jpg" alt="">
<div><a class="Byline_name__0Ty4u" href="/authors/gideon-falk">Gideon Falk</a><span class="Byline_title__3Xq8m">Reporter</span></div></div>
<div class="Byline_dates__4Hn2w"><time class="Byline_published__1vC8r" datetime="2025-10-14T21:03:00Z">Oct. 14, 2025, 5:03 PM EDT</time>
<time class="Byline_updated__2pL0d" datetime="2025-10-14T23:12:00Z">Updated: Oct. 14, 2025, 7:12 PM EDT</time></div></div>
<div class="ArticleTools_tools__3jV9a"><button class="ArticleTools_listen__1mD2c"><span>Listen</span></button>
<button class="ArticleTools_share__0Kp4e" aria-haspopup="menu"><span>Share</span></button><div class="ArticleTools_menu__2sW6t" role="menu" hidden>
<a role="menuitem" href="#">LinkedIn</a><a role="menuitem" href="#">Email</a><button role="menuitem">Copy Link</button></div>
<button class="ArticleTools_print__3nX7f"><span>Print</span></button></div></header>
<div class="article-body ArticleBody_body__7bQ2s">
${render(
  blBlocks,
  { h2: (h) => `<h2 class="ArticleBody_subhead__1wP3e">${h}</h2>` },
  {
    readmore: `<p class="ArticleBody_readMore__0xQ9d"><strong>READ MORE:</strong> <a href="/litigation/poultry-workers-win-class-certification">${blRead.slice(
      11,
    )}</a></p>`,
    related: `<aside class="InlineRelated_related__2dK8v"><span class="InlineRelated_label__3cS0w">Related</span>
<a class="InlineRelated_link__1aR5f" href="/antitrust/labor-antitrust-suits-pile-up">${blRelated}</a></aside>`,
  },
)}
</div>
<div class="ContactInfo_contact__1nM6s">${blContact.map((t) => `<p class="ContactInfo_line__3bR1v">${t}</p>`).join('\n')}</div>
<section class="Paywall_promo__4sT0q"><h3 class="Paywall_heading__0yL2n">${blPromo[0]}</h3><p>${blPromo[1]}</p>
<a class="Paywall_cta__2hW5k" href="https://pro.bloomberglaw.example/demo/">Request a Demo</a>
<p class="Paywall_login__1qF3r"><strong>${blPromo[2]}</strong> ${blPromo[3]}</p></section>
<section class="Dockets_box__3Rz8y"><h3 class="Dockets_heading__1Ad2c">Dockets &amp; Documents</h3>
<ul>${blDockets.map((t) => `<li><a href="/dockets">${t}</a></li>`).join('')}</ul></section>
<section class="Chips_chips__2Vn1k"><h3>Topics</h3><ul>${links(blTopics, 'Chips_chip__0Lw7s')}</ul>
<h3>Companies</h3><ul>${links(blCompanies, 'Chips_chip__0Lw7s')}</ul></section></article>
<aside class="RelatedRail_rail__1Xk9p"><h2 class="RelatedRail_heading__3Gm0t">Related Articles</h2><ul>${blRail
  .map(([t, d]) => `<li class="RelatedRail_item__2dE7q"><a href="/related">${t}</a><time>${d}</time></li>`)
  .join('\n')}</ul></aside></main>
<footer class="Footer_footer__0aT5m"><a class="Footer_logo__1kE2c" href="/"><span class="sr-only">Bloomberg Law</span></a>
<ul class="Footer_links__3pZ8r">${links(blFoot)}</ul><p class="Footer_copyright__2Nw4b">© 2025 Bloomberg Industry Group, Inc. All Rights Reserved</p></footer>
</div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner" tabindex="0">
<div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div id="onetrust-policy">
<h2 id="onetrust-policy-title">Your Privacy</h2><p id="onetrust-policy-text">${blCookie}</p></div></div>
<div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group">
<button id="onetrust-pc-btn-handler">Cookie Settings</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button>
</div></div></div></div></div></div>
<script src="/_next/static/chunks/pages/article-5b1c2d.js" defer></script></body></html>`;
export const bloombergLaw: TestPage = {
  name: 'heldout148-bloomberglaw-news',
  kind: 'news',
  html: blHtml,
  // the two takeaway bullets under the headline are the story's summary: body; the closing "The case is ..." line is body;
  // the contact lines for reporter and editors are bylines
  title: blTitle,
  headings: blGold.headings,
  body: [...blPoints, ...blGold.body],
  bylines: ['Gideon Falk', 'Oct. 14, 2025, 5:03 PM EDT', 'Updated: Oct. 14, 2025, 7:12 PM EDT', ...blContact],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Bloomberg Law News', 'Log In', 'Request a Demo', ...blNav,
    'Reporter', 'Listen', 'Share', 'LinkedIn', 'Email', 'Copy Link', 'Print', blRead,
    'Related', blRelated, ...blPromo, 'Dockets & Documents', ...blDockets, 'Topics', ...blTopics, 'Companies', ...blCompanies, 'Related Articles',
    ...blRail.flat(), ...blFoot, '© 2025 Bloomberg Industry Group, Inc. All Rights Reserved', 'Your Privacy', blCookie, 'Cookie Settings',
    'Accept All Cookies',
  ],
};
