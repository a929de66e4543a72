import { links, type TestPage, texts } from './page-kit.js';
import { mediumPost } from './pages-heldout68-b2.js';

/**
 * Held-out batch 68, file b: a business news wire's story page (markets ticker strip, section nav with "My News" and sign-in,
 * section kicker, headline, byline with time and "Updated" line, "Item 1 of 2" lead photo with its "[1/2]" caption, photo
 * credit and "Purchase Licensing Rights", the summary box and the companies box with follow buttons, paragraphs in
 * test-id'd divs with the dateline inside the first, a newsletter promo between paragraphs, the reporting/editing sign-off,
 * the trust-principles line, the author card, suggested topics, "Read Next" and sponsored content, and the footer).
 */
const bzTitle = 'Fjordlaks cuts 2025 harvest forecast after sea lice outbreak, shares slide';
const bzSummary = [
  'Harvest guidance lowered to 212,000 tonnes from 235,000',
  'Third-quarter operating profit falls 31% year on year',
  'CEO says treatment costs to stay high into 2026',
];
const bzDateline = 'OSLO, Oct 22 (Meridian) -';
const bzBody = [
  'Norwegian salmon farmer Fjordlaks <a href="/markets/companies/FJL.OL">(FJL.OL)</a> cut its full-year harvest forecast by nearly ' +
    '10% on Wednesday after a sea lice outbreak at its sites in northern Norway forced early slaughter of fish below market ' +
    'weight, sending its shares down as much as 9%.',
  'The company now expects to harvest 212,000 tonnes of salmon in 2025, down from a previous forecast of 235,000 tonnes, and ' +
    'warned that costs per kilo would remain elevated for at least two more quarters.',
  'Third-quarter operating profit fell 31% from a year earlier to 1.14 billion Norwegian crowns ($104 million), below the 1.38 ' +
    'billion crowns expected by analysts in a company-compiled poll.',
  '“This has been the most demanding quarter we have had in Troms since we started farming there,” Chief Executive Henrik ' +
    'Aasland told analysts on a conference call. “We are treating more often, and every treatment stresses the fish.”',
  'Sea lice, small parasites that attach to salmon and feed on their skin and blood, are a persistent problem for the industry. ' +
    'Warmer sea temperatures this summer allowed populations to grow faster than usual, and Norwegian regulators require farms ' +
    'to keep lice counts below strict limits or reduce their stock.',
  'Fjordlaks said it had carried out 46 delousing treatments in the quarter, compared with 19 a year earlier, and that mortality ' +
    'at its northern sites had risen to 8.4% from 5.1%.',
  'Analysts at Nordhavn Securities said the guidance cut was larger than they had feared and lowered their price target on the ' +
    'stock to 198 crowns from 225 crowns.',
  '“Prices have held up, but that doesn’t help much when you have fewer and smaller fish to sell,” analyst Camilla Berge wrote ' + 'in a note to clients.',
  'Shares in Fjordlaks were down 8.6% at 171.40 crowns by 0945 GMT, the worst performers on Oslo’s benchmark index, which was ' +
    'up 0.3%. Rival farmers Havbruk Nord <a href="/markets/companies/HBN.OL">(HBN.OL)</a> and Vestsalm ' +
    '<a href="/markets/companies/VSM.OL">(VSM.OL)</a> fell 2.1% and 1.7% respectively.',
  'The company kept its dividend policy unchanged and said investments in closed pens at two of its sites, designed to keep ' +
    'lice out, remained on schedule for completion in the second half of 2026.',
  '($1 = 10.9612 Norwegian crowns)',
];
const bzSignoff = 'Reporting by Ingrid Solberg in Oslo; Additional reporting by Tom Ashworth in London; Editing by Mark Potter';
const bzBio =
  'Ingrid Solberg covers Nordic companies, seafood and shipping from Oslo. Before joining Meridian in 2019 she reported on ' +
  'energy markets for a Norwegian business daily.';
const bzTicker = ['OSEBX 1,482.36 +0.3%', 'STOXX 600 551.20 -0.1%', 'Brent 63.84 +0.6%', 'NOK/USD 0.0912 -0.2%'];
const bzNav = ['World', 'Business', 'Markets', 'Sustainability', 'Legal', 'Commentary', 'Technology', 'Investigations', 'Sports'];
const bzCaption = 'Salmon pens belonging to Fjordlaks are seen in a fjord outside Tromso, Norway, June 12, 2025. Meridian/Eirik Haug/File Photo';
const bzCompanies = ['Fjordlaks ASA', 'FJL.OL', 'Havbruk Nord ASA', 'HBN.OL'];
const bzTopics = ['Business', 'Food & Agriculture', 'Earnings', 'Europe'];
const bzRead = [
  'Chile’s salmon exports hit record as Norwegian supply tightens',
  'Norway’s resource rent tax on fish farms raises less than forecast',
  'EU fishing ministers agree cuts to North Sea cod quotas',
];
const bzSponsored = ['The quiet revolution in cold-chain logistics', 'Five trends reshaping global protein markets in 2026'];
const bzFoot = ['About Meridian', 'Careers', 'Advertise with Us', 'Contact Us', 'Terms of Use', 'Privacy', 'Cookies', 'Accessibility'];
const bzPara = (p: string, i: number): string =>
  `<div data-testid="paragraph-${i}" class="text__text__1FZLe text__dark-grey__3Ml43 text__regular__2N1Xr article-body__paragraph__2-BtD">${
    i === 0 ? `<span class="article-body__dateline__3bW3X">${bzDateline}</span> ` : ''
  }${p}</div>`;
const bzHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${bzTitle} | Meridian</title>
<meta name="article:section" content="Business"><meta name="analyticsAttributes.contentChannel" content="Food &amp; Agriculture">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${bzTitle}","dateModified":"2025-10-22T09:51:12Z",
"author":[{"@type":"Person","name":"Ingrid Solberg"}],"publisher":{"@type":"Organization","name":"Meridian"}}</script>
<script id="fusion-metadata">window.Fusion=window.Fusion||{};Fusion.globalContent={"_id":"ZQ4TRJ7X5NKW3","type":"story"};</script></head>
<body><div id="fusion-app" class="fusion-app"><div class="ticker-bar__container__2p7Qx" aria-label="Market data"><ul>
${bzTicker.map((t) => `<li class="ticker-bar__item__1hX4b">${t}</li>`).join('')}</ul></div>
<header class="site-header__container__3kP1y"><a class="site-header__logo__2Gq9s" href="/" aria-label="Meridian homepage"><svg></svg></a>
<nav class="site-header__nav__1Qz0a" aria-label="Main"><ul>${links(bzNav, 'nav-bar__item__3cGmA')}</ul></nav>
<div class="site-header__user__1oXkD"><a href="/mynews">My News</a><a href="/account/sign-in" data-testid="Button">Sign In</a>
<a href="/account/register" data-testid="Button">Register</a></div></header>
<main id="main-content" class="regular-article-layout__main__1tplD"><article class="article__container__2-tCN">
<header class="article-header__container__1Fw8F"><nav aria-label="Tags"><a data-testid="Link" href="/business/">Business</a></nav>
<h1 data-testid="Heading" class="text__text__1FZLe text__heading_5_and_half__3YluN">${bzTitle}</h1>
<div class="article-header__byline-container__1jDqB"><address class="info-content__author-date__1Epi_"><span>By </span>
<a rel="author" data-testid="AuthorNameLink" href="/authors/ingrid-solberg/">Ingrid Solberg</a></address>
<time data-testid="Body" datetime="2025-10-22T07:47:00Z"><span>October 22, 2025</span><span>8:47 AM GMT+1</span></time>
<span class="info-content__updated__3wkN2">Updated 2 hours ago</span></div></header>
<div class="article__main__33WV2"><figure class="primary-image__container__2Kp4o"><div class="carousel__controls__1mDhM">
<span data-testid="Body" class="carousel__count__3Eo9R">Item 1 of 2</span><button aria-label="Next image">Next</button></div>
<img src="https://cdn.meridian.example/resizer/v2/FJL-PENS.jpg" alt="Salmon pens in a fjord">
<figcaption><span data-testid="Body">[1/2]${bzCaption}</span> <a href="https://www.meridianconnect.example/">Purchase Licensing Rights</a>
</figcaption></figure>
<div class="summary__container__3aAzJ" data-testid="Summary"><h2 class="summary__heading__1qEzr">Summary</h2><ul>
${bzSummary.map((t) => `<li data-testid="Body" class="text__text__1FZLe summary__item__2VjYN">${t}</li>`).join('\n')}</ul></div>
<div class="companies__container__1Ri8R" data-testid="Companies"><h2 class="companies__title__2jG1W">Companies</h2><ul>
${[0, 2]
  .map((i) => `<li><a href="/markets/companies/${bzCompanies[i + 1]}">${bzCompanies[i]}</a> <span>${bzCompanies[i + 1]}</span><button>Follow</button></li>`)
  .join('\n')}</ul></div>
<div class="article-body__content__17Yit">
${bzBody.slice(0, 3).map(bzPara).join('\n')}
<div data-testid="promo-box" class="promo-box__container__2V2n7"><p>The Morning Markets Brief newsletter brings you the moves that matter before the open.
<a href="/newsletters/morning-markets/">Sign up here.</a></p></div>
${bzBody
  .slice(3)
  .map((p, i) => bzPara(p, i + 3))
  .join('\n')}
<p data-testid="Body" class="text__text__1FZLe sign-off-text__container__1HnN0">${bzSignoff}</p>
<p class="trust-badge__container__16a6I"><span>Our Standards: </span><a href="/principles/">The Meridian Editorial Principles.</a></p>
</div>
<div class="author-bio__container__2Oq3l" data-testid="AuthorBio"><a href="/authors/ingrid-solberg/">Ingrid Solberg</a><p>${bzBio}</p>
<a href="https://x.example/isolberg">X</a><a href="https://linkedin.example/in/isolberg">LinkedIn</a></div>
<div class="suggested-topics__container__1k3Tn"><span>Suggested Topics:</span><ul>${links(bzTopics)}</ul></div>
<a href="https://www.meridianconnect.example/" class="licensing-button">Purchase Licensing Rights</a></div></article>
<aside class="read-next__container__2NrQh"><h2>Read Next</h2><ul>${links(bzRead, 'story-card')}</ul></aside>
<aside class="sponsored__container__3xU0c"><h2>Sponsored Content</h2><ul>${links(bzSponsored)}</ul><span>Sponsored by Northline Freight</span></aside>
</main><footer class="site-footer__container__1fT3B"><ul>${links(bzFoot)}</ul>
<p>All quotes delayed a minimum of 15 minutes.</p><p>© 2025 Meridian News Group. All rights reserved.</p></footer></div></body></html>`;
const businessNews: TestPage = {
  html: bzHtml,
  name: 'heldout68-business-news',
  kind: 'news',
  // the summary bullets are the reporter's own text: body (their "Summary" label in neither, as a callout's label is); the
  // dateline at the head of the first paragraph is a byline and the first body paragraph starts after it; the currency line
  // "($1 = ...)" is body; "Ingrid Solberg", the time, "Updated 2 hours ago", the sign-off and the author card's bio are bylines;
  // the ticker strip, kicker, carousel count, caption, licensing link, companies box, promo, trust line, suggested topics,
  // "Read Next", sponsored content, nav and footer are furniture; the companies box's tickers (FJL.OL, HBN.OL) are body words:
  // left out; "Business" (kicker, nav, topic) once
  title: bzTitle,
  headings: [],
  body: [...bzSummary, ...texts(bzBody)],
  bylines: [bzDateline, 'Ingrid Solberg', 'October 22, 2025', '8:47 AM GMT+1', 'Updated 2 hours ago', bzSignoff, bzBio],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...bzTicker, ...bzNav.filter((t) => t !== 'Business'), 'My News', 'Sign In', 'Register', 'Item 1 of 2', 'Next', bzCaption,
    'Purchase Licensing Rights', 'Companies', 'Fjordlaks ASA', 'Havbruk Nord ASA', 'Follow',
    'The Morning Markets Brief newsletter brings you the moves that matter before the open.', 'Sign up here.', 'Our Standards:',
    'The Meridian Editorial Principles.', 'X', 'LinkedIn', 'Suggested Topics:', 'Business', 'Food & Agriculture', 'Earnings', 'Europe', 'Read Next', ...bzRead,
    'Sponsored Content', ...bzSponsored, 'Sponsored by Northline Freight', ...bzFoot, 'All quotes delayed a minimum of 15 minutes.',
    '© 2025 Meridian News Group. All rights reserved.',
  ],
};

export const HELDOUT68_B: readonly TestPage[] = [businessNews, mediumPost];
