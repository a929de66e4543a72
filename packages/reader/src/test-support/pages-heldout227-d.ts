import { links, ps, type TestPage, texts } from './page-kit.js';
import { swimmingResults } from './pages-heldout227-d2.js';

/**
 * Held-out batch 227, file d: a professional rugby club's match report on its own site (the partner strip, the header nav
 * with "Tickets" and "Shop", the breadcrumb, the match-centre scoreboard with the score, "Full Time" and the tabs, the
 * article's label, date and author, the hero photo with its credit, the report with "Scorers" and "Teams" sections, the
 * "Player of the Match" box in the sidebar, the season-ticket promo between paragraphs, share links, "More news", the app
 * promo, the partner logos and the footer) and, from file d2, a swimming federation's results news.
 */
const rbTitle = 'Report: Kestrels 27 Harriers 19';
const rbDek = 'Second-half tries from Pascoe and Adeleke seal a fourth straight home win at Tamar Park';
const rbP = [
  'Kestrels made it four wins from four at Tamar Park with a bonus-point-free but hard-earned victory over Wealden Harriers on ' +
    'Saturday, coming from 12-10 down at half-time to pull clear in the final quarter.',
  'It was not pretty for long spells. A swirling wind off the river made kicking a lottery, and both sides knocked on more ' +
    'often than either coach would have liked. But Kestrels’ scrum, which had been penalised twice in the opening ten minutes, ' +
    'took control after the break and laid the platform for both second-half tries.',
];
const rbP2 = [
  'Harriers started the brighter. Their fly-half, Theo Marchbank, kicked two early penalties and then put the winger Sol ' +
    'Okonjo over in the corner after a long spell of phase play in the 22. Kestrels’ reply came from a lineout drive, hooker Jamie ' +
    'Treloar touching down at the back of the maul, and Will Penrose converted.',
  'Marchbank’s third penalty on the stroke of half-time sent the visitors in two points ahead.',
  'The turning point came six minutes after the restart. Kestrels won a scrum penalty on halfway, kicked to the corner, and ' +
    'when the maul was stopped, scrum-half Ben Pascoe spotted a gap on the blind side and went over untouched. Penrose converted ' +
    'and added a penalty to make it 20-12.',
  'Harriers hit back through replacement prop Dai Hughes, but the last word went to Kestrels’ 20-year-old wing Tobi Adeleke, ' +
    'who collected a cross-field kick from Penrose and stepped inside the last defender with three minutes to go.',
  '“The boys showed real character,” said director of rugby Graham Trethewey. “We didn’t play well in the first half, we ' +
    'gave away silly penalties, and we still found a way. The scrum was outstanding after the break and that won us the game.”',
];
const rbH1 = 'Scorers';
const rbScorers = ['Kestrels: Tries: Treloar, Pascoe, Adeleke. Cons: Penrose 3. Pens: Penrose 2.', 'Harriers: Tries: Okonjo, Hughes. Pens: Marchbank 3.'];
const rbH2 = 'Teams';
const rbTeams = [
  'Kestrels: Adeleke; Rowe, Hambly, Tonkin, Carne; Penrose, Pascoe; Polglase, Treloar, Varcoe, Jago, Hicks (capt), Pengelly, ' +
    'Sleeman, Mitchell. Replacements: Oates, Bolitho, Rundle, Trewin, Angove, Kessell, Nance, Rickard.',
  'Harriers: Fenwick; Okonjo, Barraclough, Whitlock, Ashdown; Marchbank, Lyle; Hughes, Penfold, Okoro, Tremaine, Gale, Haskins, ' +
    'Dunmore (capt), Ridley. Replacements: Weller, Ashby, Hughes, Frant, Pell, Stanier, Croft, Elmore.',
];
const rbPromo = ['Season tickets for 2025/26 are on sale now.', 'Renew by 30 June to keep your seat and save 15%.', 'Buy now'];
const rbNav = ['News', 'Tickets', 'Hospitality', 'Fixtures & Results', 'Squad', 'Club', 'Community', 'Shop'];
const rbTabs = ['Report', 'Stats', 'Line-ups', 'Highlights'];
const rbPotm = ['Player of the Match', 'Jamie Treloar', 'Hooker', 'Sponsored by Carrick Building Supplies'];
const rbMore = [
  'Trethewey: “The scrum won us that game”',
  'Academy graduates sign senior contracts',
  'Kestrels Women announce new head coach',
  'Match preview: Harriers visit Tamar Park',
];
const rbPartners = ['Principal Partner', 'Carrick Building Supplies', 'Official Kit Partner', 'Rhino Sportswear'];
const rbFoot = ['Contact Us', 'Jobs', 'Accessibility', 'Privacy Policy', 'Terms & Conditions', 'Cookie Policy', 'Modern Slavery Statement'];
const rbHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${rbTitle} | Tamar Kestrels</title>
<meta name="description" content="${rbDek}"><meta property="og:type" content="article"><meta property="og:title" content="${rbTitle}">
<meta property="og:site_name" content="Tamar Kestrels"><link rel="canonical" href="https://www.tamarkestrels.example/news/report-kestrels-27-harriers-19">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${rbTitle}","datePublished":"2025-03-15T18:05:00+00:00",
"author":{"@type":"Person","name":"Tom Kitto"},"publisher":{"@type":"SportsTeam","name":"Tamar Kestrels"}}</script>
<script src="https://www.tamarkestrels.example/js/vendor.bundle.js" defer></script>
<script>var clubConfig = {"competition":"Championship","matchId":"KES-HAR-250315","season":"2024/25"};</script></head>
<body class="page page--article"><div class="partner-strip"><span class="partner-strip__label">${rbPartners[0]}</span>
<img src="/img/partners/carrick.svg" alt=""><span class="partner-strip__name">${rbPartners[1]}</span></div>
<header class="site-header"><a class="site-header__crest" href="/"><img src="/img/crest.svg" alt="Tamar Kestrels"></a>
<nav class="main-nav" aria-label="Main"><ul class="main-nav__list">${links(rbNav, 'main-nav__item')}</ul></nav>
<a class="btn btn--primary" href="/tickets">Buy Tickets</a></header>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li>Match Reports</li></ol></nav>
<section class="match-centre" data-match="KES-HAR-250315"><div class="match-centre__comp">Championship · Round 14 · Tamar Park</div>
<div class="match-centre__score"><span class="team team--home">Kestrels</span><span class="score">27 - 19</span><span
class="team team--away">Harriers</span></div>
<div class="match-centre__status">Full Time</div><ul class="match-centre__tabs">${rbTabs
  .map(
    (t) => `<li><a
href="#${t}">${t}</a></li>`,
  )
  .join('')}</ul></section>
<main class="content"><div class="content__main"><article class="article">
<div class="article__label">Match Report</div><h1 class="article__title">${rbTitle}</h1><p class="article__standfirst">${rbDek}</p>
<div class="article__meta"><time datetime="2025-03-15T18:05:00+00:00">15 March 2025</time><span class="article__author">By Tom Kitto</span></div>
<figure class="article__hero"><img src="/media/2025/03/pascoe-try.jpg" alt="Ben Pascoe scores"><figcaption>Ben Pascoe goes over for Kestrels’ second try.
<span class="article__credit">Photo: Jon Penhallow</span></figcaption></figure>
<div class="article__body rich-text">
${ps(rbP)}
${ps(rbP2.slice(0, 2))}
<aside class="inline-promo inline-promo--tickets"><p class="inline-promo__title">${rbPromo[0]}</p><p>${rbPromo[1]}</p>
<a class="btn" href="/season-tickets">${rbPromo[2]}</a></aside>
${ps(rbP2.slice(2))}
<h3>${rbH1}</h3>
${ps(rbScorers)}
<h3>${rbH2}</h3>
${ps(rbTeams)}
</div>
<div class="article__share"><span>Share this article</span><a href="#">Facebook</a><a href="#">X</a><a href="#">Copy link</a></div></article></div>
<aside class="content__sidebar"><div class="potm-card"><h2 class="potm-card__title">${rbPotm[0]}</h2><img src="/media/players/treloar.png" alt="">
<p class="potm-card__name">${rbPotm[1]}</p><p class="potm-card__pos">${rbPotm[2]}</p><p class="potm-card__sponsor">${rbPotm[3]}</p></div>
<div class="ad-slot"><span class="ad-slot__label">Advertisement</span></div></aside></main>
<section class="more-news"><h2>More news</h2><ul>${links(rbMore, 'card')}</ul></section>
<section class="app-promo"><h2>Download the official Kestrels app</h2><p>Live scores, tickets and highlights in your pocket.</p></section>
<footer class="site-footer"><div class="site-footer__partners"><h3>${rbPartners[2]}</h3><img src="/img/partners/rhino.svg"
alt=""><span>${rbPartners[3]}</span></div>
<ul class="site-footer__links">${links(rbFoot)}</ul><p>© 2025 Tamar Kestrels Rugby Club Ltd</p></footer>
<div class="cookie-notice" role="dialog"><p>We use cookies to make this site work and to understand how you use it.</p><button>Accept</button>
<button>Settings</button></div></body></html>`;
const rugby: TestPage = {
  html: rbHtml,
  name: 'heldout227-rugby-club-match-report',
  kind: 'news',
  // the standfirst is body; the "Scorers" and "Teams" paragraphs are body; the season-ticket promo inside the body, the
  // match-centre scoreboard and the "Player of the Match" card are furniture; one-word team names and the "Report" tab (words of the title) are left out
  title: rbTitle,
  headings: [rbH1, rbH2],
  body: [rbDek, ...texts(rbP), ...texts(rbP2), ...texts(rbScorers), ...texts(rbTeams)],
  bylines: ['15 March 2025', 'By Tom Kitto'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...rbPartners, ...rbNav, 'Buy Tickets', 'Home', 'Match Reports', 'Championship · Round 14 · Tamar Park', '27 - 19', 'Full Time', ...rbTabs.slice(1),
    'Match Report', 'Ben Pascoe goes over for Kestrels’ second try.', 'Photo: Jon Penhallow', ...rbPromo, 'Share this article', 'Facebook', 'X',
    'Copy link', ...rbPotm, 'Advertisement', 'More news', ...rbMore, 'Download the official Kestrels app',
    'Live scores, tickets and highlights in your pocket.', ...rbFoot, '© 2025 Tamar Kestrels Rugby Club Ltd',
    'We use cookies to make this site work and to understand how you use it.', 'Accept', 'Settings',
  ],
};

export const HELDOUT227_D: readonly TestPage[] = [rugby, swimmingResults];
