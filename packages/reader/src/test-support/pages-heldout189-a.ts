import { links, ps, type TestPage, texts } from './page-kit.js';
import { cricketPage } from './pages-heldout189-a2.js';

/**
 * Held-out batch 189, file a: a race report on a Formula 1 style official series site (Next.js page with the global
 * store/tickets strip, the main nav, the OneTrust cookie banner, the breadcrumb, the "Race Report" tag, the hero caption and
 * credit, the "READ MORE" links between paragraphs, the share bar, the "RESULTS" link, the "You may also like"
 * rail, the TV promo and the footer) and, from file a2, a cricket match report on a scorecard site.
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.trim());
const f1Title = 'Marchetti holds off Okafor in thrilling Lisbon finale to take first win of the season';
const f1Dek = paras(`
Luca Marchetti withstood 20 laps of pressure from Daniel Okafor to win the Portuguese Grand Prix by just 0.684 seconds,
with championship leader Sebastien Roux recovering from a first-lap puncture to finish fifth.`);
const f1P1 = paras(`
Marchetti had started from pole position for Vesta Racing and led into Turn 1, but it was the strategy call on lap 31 that
decided the race. Vesta brought him in for hard tyres a lap before Okafor's Kestrel team reacted, and the undercut was worth
almost two seconds once the Italian had warmed his new rubber through the fast sweepers of the middle sector.

Okafor, who had looked the quicker of the two on the medium compound, closed to within DRS range on lap 48 and stayed there
until the flag. Three times he dived for the inside at the Turn 1 hairpin, and three times Marchetti defended with a late,
tight line that left the Kestrel driver with nowhere to go.

"I was not breathing for the last ten laps," said Marchetti, who last won a Grand Prix in Montreal nearly two years ago.
"Daniel was so fast in the last sector and I knew if I made one mistake he would be through. The team gave me a perfect stop,
so I owed them this one."`);
const f1ReadMore = [
  'READ MORE: Everything you need to know about the 2026 calendar',
  'READ MORE: Roux explains his qualifying mistake',
  'RESULTS: 2026 Portuguese Grand Prix',
];
const f1H1 = 'A nightmare start for the championship leader';
const f1P2 = paras(`
Roux's afternoon came apart before the end of the first lap. The Frenchman was squeezed between the two Hartmann cars on the
run to Turn 3 and picked up a puncture from contact with Jonas Weber's front wing. He limped back to the pits at the end of the
lap and rejoined last, 40 seconds behind the leader.

What followed was the drive of the day. Running a long first stint on the hard tyre, Roux passed 14 cars on track, several of
them around the outside of the long Turn 11 right-hander, and a late switch to softs brought him up to fifth. His lead in the
standings is now 19 points with six rounds to go.

"Fifth from last is not so bad," Roux said. "We lost a lot today and we also saved a lot. The car was fantastic in clean air
and that gives me confidence for the next races."`);
const f1H2 = 'Behind the leaders';
const f1P3 = paras(`
Tomas Lindqvist completed the podium for Kestrel, 14 seconds adrift after a lonely race in which he lost time behind a slow
car at the second round of stops. Priya Nandakumar was fourth for Hartmann, her best result since joining the team.

Weber was given a five-second penalty for causing the collision with Roux and dropped from sixth to ninth, promoting the
Aldana pair of Mateo Ferreira and Kai Brennan to sixth and seventh. Rookie Elsie Marchand scored her first points in tenth.

The only retirement was Hugo Barreto, whose Solenne car stopped on the back straight with a hydraulics failure on lap 22,
bringing out a brief Virtual Safety Car that neither of the front-runners was able to take advantage of.`);
const f1H3 = 'What comes next';
const f1P4 = paras(`
The championship moves on to the Dutch coast in a fortnight. Vesta have won there twice in the last three seasons, and
Marchetti said he expected the team's upgraded rear wing to suit the high-downforce layout.`);
const f1Top = ['Authentics', 'Store', 'Tickets', 'Hospitality', 'Experiences'];
const f1Nav = ['Latest', 'Video', 'Schedule', 'Results', 'Drivers', 'Teams', 'Gaming', 'Live Timing'];
const f1Crumbs = ['Home', 'Latest', 'Race Report'];
const f1Caption = 'Marchetti celebrates in parc ferme after his first victory for Vesta Racing';
const f1Credit = 'Getty Images';
const f1Share = ['Share', 'Copy link', 'Share on X', 'Share on Facebook', 'Share on WhatsApp'];
const f1Rail = [
  'Portuguese Grand Prix: Full race results',
  'Okafor rues traffic in final sector: "I needed one more lap"',
  'Driver of the Day: Roux charges from last to fifth',
  'Five things we learned from the Portuguese Grand Prix',
];
const f1Foot = ['About', 'Careers', 'Contact Us', 'Terms of Use', 'Privacy Policy', 'Cookie Preferences', 'Accessibility', 'Sitemap'];
const f1Cookie = [
  'We use cookies and similar technologies to improve your experience, personalise content and ads, and analyse our traffic.',
  'Accept All Cookies',
  'Reject All',
  'Cookies Settings',
];
const f1Tv = ['Watch every session live on APEX TV', 'Subscribe now'];
const f1Html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${f1Title} | Apex Formula</title>
<meta name="description" content="Luca Marchetti withstood 20 laps of pressure from Daniel Okafor to win the Portuguese Grand Prix.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Apex Formula">
<meta property="og:title" content="${f1Title}"><meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://www.apexformula.example/en/latest/article/marchetti-holds-off-okafor.6Tq2ZL0pXw">
<link rel="preload" as="font" href="/_next/static/media/Formula1-Regular.woff2" crossorigin="">
<link rel="stylesheet" href="/_next/static/css/8c0f61f2a7d3b9e1.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${f1Title}",
"datePublished":"2026-09-20T15:52:00.000Z","dateModified":"2026-09-20T17:08:00.000Z",
"author":{"@type":"Person","name":"Lawrence Barrett"},"publisher":{"@type":"Organization","name":"Apex Formula"}}</script>
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="01a2-9bb7" async></script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"article","articleType":"Race Report"});</script>
</head>
<body class="font-formulaOne">
<div id="__next">
<a href="#maincontent" class="sr-only focus:not-sr-only">Skip to content</a>
<div class="global-header bg-carbonBlack" data-testid="global-header"><ul class="flex gap-px-16">
${links(f1Top, 'global-header__item')}</ul>
<a href="/en/account/sign-in" class="global-header__signin">Sign In</a><a href="/en/subscribe-to-apex-tv" class="btn btn-red">Subscribe</a></div>
<header class="main-header" role="banner"><a href="/en" class="main-header__logo"><span class="sr-only">Apex Formula</span></a>
<nav aria-label="Main navigation" class="main-nav"><ul class="main-nav__list">
${links(f1Nav, 'main-nav__item')}</ul></nav></header>
<main id="maincontent" class="bg-white">
<nav aria-label="Breadcrumb" class="breadcrumbs"><ol class="flex text-12">
${links(f1Crumbs, 'breadcrumbs__item')}</ol></nav>
<article class="f1-article" data-article-type="Race Report">
<div class="f1-article--hero"><div class="f1-article--hero-meta">
<a href="/en/latest/tags/race-report" class="f1-tag f1-tag--red">Race Report</a>
<h1 class="f1-heading tracking-normal text-fs-32px">${f1Title}</h1>
<div class="f1-article--byline"><span class="f1-author">Lawrence Barrett</span>
<time datetime="2026-09-20T15:52:00.000Z" class="f1-article--date">20 Sep 2026</time></div></div>
<figure class="f1-article--hero-image"><img src="https://media.apexformula.example/image/upload/c_lfill,w_1320/marchetti-win.webp"
alt="Luca Marchetti on the podium in Lisbon" fetchpriority="high">
<figcaption class="f1-caption"><span class="f1-caption__text">${f1Caption}</span>
<span class="f1-caption__credit">${f1Credit}</span></figcaption></figure></div>
<div class="f1-article--share" role="group" aria-label="Share this article">
<span class="f1-share__label">${f1Share[0]}</span>
${f1Share
  .slice(1)
  .map((t) => `<button type="button" class="f1-share__button" aria-label="${t}"><span class="f1-share__text">${t}</span></button>`)
  .join('\n')}</div>
<div class="f1-article--rich-text">
<p class="f1-article--standfirst"><strong>${f1Dek[0]}</strong></p>
${ps(f1P1)}
<p><strong><a href="/en/latest/article/calendar-2026">${f1ReadMore[0]}</a></strong></p>
<h2 class="f1-heading">${f1H1}</h2>
${ps(f1P2)}
<p><strong><a href="/en/latest/article/roux-qualifying">${f1ReadMore[1]}</a></strong></p>
<h2 class="f1-heading">${f1H2}</h2>
${ps(f1P3)}
<p><strong><a href="/en/results/2026/races/1261/portugal/race-result">${f1ReadMore[2]}</a></strong></p>
<h2 class="f1-heading">${f1H3}</h2>
${ps(f1P4)}
</div>
<div class="f1-promo f1-promo--tv" data-component="Promo"><p class="f1-promo__title">${f1Tv[0]}</p>
<a href="/en/subscribe-to-apex-tv" class="btn btn-red">${f1Tv[1]}</a></div>
</article>
<section class="f1-related" aria-labelledby="related-heading"><h2 id="related-heading" class="f1-heading">You may also like</h2>
<ul class="f1-related__list">${links(f1Rail, 'f1-related__card')}</ul></section>
</main>
<footer class="f1-footer"><ul class="f1-footer__links">${links(f1Foot)}</ul>
<p class="f1-footer__copyright">© 2003-2026 Apex Formula World Championship Limited</p></footer>
</div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
<div id="onetrust-policy"><p id="onetrust-policy-text">${f1Cookie[0]}</p></div>
<div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">${f1Cookie[1]}</button>
<button id="onetrust-reject-all-handler">${f1Cookie[2]}</button>
<button id="onetrust-pc-btn-handler">${f1Cookie[3]}</button></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"articleId":"6Tq2ZL0pXw"}},"page":"/[locale]/latest/article/[slug]"}</script>
</body></html>`;

const f1Page: TestPage = {
  name: 'heldout189-apexformula-race-report',
  kind: 'news',
  html: f1Html,
  title: f1Title,
  headings: [f1H1, f1H2, f1H3],
  body: texts([...f1Dek, ...f1P1, ...f1P2, ...f1P3, ...f1P4]),
  bylines: ['Lawrence Barrett', '20 Sep 2026'],
  furniture: [
    ...new Set([
      'Skip to content',
      ...f1Top,
      'Sign In',
      'Subscribe',
      ...f1Nav,
      ...f1Crumbs,
      f1Caption,
      f1Credit,
      ...f1Share,
      ...f1ReadMore,
      ...f1Tv,
      'You may also like',
      ...f1Rail,
      ...f1Foot,
      '© 2003-2026 Apex Formula World Championship Limited',
      ...f1Cookie,
    ]),
  ],
};

export const HELDOUT189_A: readonly TestPage[] = [f1Page, cricketPage];
