import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 227, file a2: a Cyclingnews race report (the Future plc "Vanilla" template: the site nav with the
 * newsletter button, breadcrumb, h1 and strapline, "By ... published ..." byline, the affiliate disclosure, the hero image
 * with its credit, the article body with a results table "powered by" a data partner and the newsletter signup box in
 * the middle of the story, the author bio, the "Latest" and "Most Popular" rails, the consent banner and the footer).
 */
const cnTitle = 'Vuorinen takes solo win on Col de la Brèche as Arriaga holds on to lead at Tour des Alpes Vaudoises';
const cnStrap = 'Finnish climber attacks 6km from the top to win stage 4 by 41 seconds, Spaniard limits losses in yellow';
const cnP = [
  'Eero Vuorinen (Kestrel-Aldine) won stage 4 of the Tour des Alpes Vaudoises with a long-range attack on the Col de la ' +
    'Brèche on Thursday, riding clear of a select group of favourites with six kilometres to climb and holding them off all the ' +
    'way to the ski station at Les Arolles.',
  'The 24-year-old crossed the line 41 seconds ahead of Matteo Caprioli (Banca Lariana), who led the chase for most of the final ' +
    'climb. Race leader Iñigo Arriaga (Velox Norte) came home fourth, 58 seconds down, and keeps the yellow jersey by 22 seconds ' +
    'going into the weekend’s two decisive stages.',
];
const cnH1 = 'How it unfolded';
const cnP2 = [
  'A break of nine went clear after 30 kilometres of the 168km stage from Aigle and built a lead of almost five minutes on the ' +
    'Col des Mosses. Velox Norte controlled the gap with three riders, never letting it grow beyond what they could close on the ' +
    'final ascent.',
  'The last survivor of the move, Jonas Reindl (Team Hallstatt), was caught 8km from the summit. Kestrel-Aldine then moved to the ' +
    'front with two riders, and when the second of them swung off, Vuorinen went straight away on the steepest ramp of the climb.',
  '“The plan was to wait for the last three kilometres,” Vuorinen said at the finish. “But my legs were good and I could see ' +
    'that Arriaga was alone. When the road went up to twelve per cent I thought, if not now, when?”',
];
const cnH2 = 'Arriaga isolated but still in yellow';
const cnP3 = [
  'Arriaga lost his last teammate with 7km to go and had to choose between following Vuorinen and marking Caprioli, who started ' +
    'the day second overall. He chose Caprioli, and the two watched each other long enough for Vuorinen to build his lead.',
  'The Spaniard now leads Caprioli by 22 seconds, with Vuorinen up to third at 39 seconds. Friday’s stage to Château-d’Oex is ' +
    'rolling rather than mountainous, but Saturday’s summit finish at Glacier Rouge, 19km at an average of seven per cent, is ' +
    'likely to decide the race.',
  '“I am not worried,” Arriaga said. “Today I did not need to chase everybody. Saturday is a different climb and I will have my ' + 'team with me.”',
];
const cnH3 = 'Results';
const cnRows = [
  '<td>1</td>\n<td>Eero Vuorinen (Fin) Kestrel-Aldine</td>\n<td>4:21:07</td>',
  '<td>2</td>\n<td>Matteo Caprioli (Ita) Banca Lariana</td>\n<td>0:00:41</td>',
  '<td>3</td>\n<td>Lukas Brenner (Aut) Team Hallstatt</td>\n<td>0:00:52</td>',
  '<td>4</td>\n<td>Iñigo Arriaga (Spa) Velox Norte</td>\n<td>0:00:58</td>',
  '<td>5</td>\n<td>Owen Tregarthen (GBr) Kestrel-Aldine</td>\n<td>0:01:14</td>',
];
const cnNav = ['News', 'Races', 'Features', 'Reviews', 'Buying Guides', 'Tech', 'Bikes', 'Watch'];
const cnNews = [
  'Get The Leadout Newsletter',
  'The latest race content, interviews, features, reviews and expert buying guides, direct to your inbox!',
  'Contact me with news and offers from other Future brands',
  'Receive email from us on behalf of our trusted partners or sponsors',
  'By submitting your information you agree to the Terms & Conditions and Privacy Policy and are aged 16 or over.',
];
const cnBio =
  'Hanna Lindqvist is a news writer at Cyclingnews, covering the WorldTour and the women’s peloton. She joined the site in ' +
  '2021 after five years reporting on Nordic skiing and road racing.';
const cnLatest = [
  'Tour des Alpes Vaudoises stage 4 live coverage',
  'Caprioli confident ahead of Glacier Rouge showdown',
  'Best road bike deals this week',
  'Team Hallstatt confirm Brenner contract extension',
];
const cnPopular = ['The 10 hardest climbs of the season so far', 'Tested: five aero helmets under £200', 'Why the peloton is riding wider tyres'];
const cnFoot = [
  'About us',
  'Contact Future’s experts',
  'Terms and conditions',
  'Privacy policy',
  'Cookies policy',
  'Accessibility Statement',
  'Advertise with us',
];
const cnConsent = 'We and our partners use cookies and similar technologies to store and access information on your device.';
const cnHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="utf-8"><title>${cnTitle} | Cyclingnews</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${cnStrap}">
<meta property="og:site_name" content="Cyclingnews"><meta property="og:type" content="article"><meta name="author" content="Hanna Lindqvist">
<meta name="pub_date" content="2025-06-12T15:44:31+00:00"><link rel="canonical"
href="https://www.cyclingnews.com/races/tour-des-alpes-vaudoises-2025/stage-4/results/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${cnTitle}","description":"${cnStrap}",
"datePublished":"2025-06-12T15:44:31Z","author":[{"@type":"Person","name":"Hanna
Lindqvist"}],"publisher":{"@type":"Organization","name":"Cyclingnews"}}</script>
<script>window.vanilla = {"platform":"vanilla","site":"cyclingnews","region":"GB","articleType":"race-report"};</script>
<script src="https://cdn.mos.cms.futurecdn.example/flexi/vanilla.js" async></script></head>
<body class="vanilla-body page-article race-report"><a class="skip-link" href="#main">Skip to main content</a>
<div id="document"><header class="header" id="header"><div class="header__container"><a class="header__logo" href="/" aria-label="Cyclingnews">
<svg class="svg-logo"></svg></a><nav class="primary-nav" aria-label="Main menu"><ul class="menu">${links(cnNav, 'menu-item')}</ul></nav>
<button class="header__newsletter-button" data-analytics-id="nav-newsletter">Newsletter</button><button class="header__search"
aria-label="Search">Search</button>
</div></header>
<main id="main"><div class="content-wrapper"><article class="news-article" data-id="jKq8vZpWd3" itemscope itemtype="https://schema.org/NewsArticle">
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/races/">Races</a></li><li><a href="/races/tour-des-alpes-vaudoises-2025/">Tour des Alpes
Vaudoises</a></li></ol></nav>
<header><h1>${cnTitle}</h1><p class="strapline">${cnStrap}</p>
<div class="byline-social"><div class="byline"><span class="by-author">By <a href="/author/hanna-lindqvist" rel="author"><span>Hanna Lindqvist</span></a></span>
<span class="byline__separator"> published </span><time class="relative-date" datetime="2025-06-12T15:44:31Z">12 June 2025</time></div>
<div class="social-share"><a class="social__button facebook" href="#">Share on Facebook</a><a class="social__button twitter" href="#">Share on X</a>
<a class="social__button email" href="#">Share by Email</a></div></div></header>
<div class="affiliate-disclaimer" data-component="affiliate-disclaimer"><p>When you purchase through links on our site, we may earn an affiliate commission.
<a href="https://www.cyclingnews.com/about-cyclingnews">Here’s how it works.</a></p></div>
<section class="content-wrapper"><div class="hero-image-wrapper"><figure class="hero-image"><picture><img
src="https://cdn.mos.cms.futurecdn.example/vuorinen.jpg"
alt="Eero Vuorinen wins stage 4"></picture><figcaption><span class="caption-text">Eero Vuorinen on his way to victory at Les Arolles</span>
<span class="credit" itemprop="copyrightHolder">(Image credit: Getty Images)</span></figcaption></figure></div>
<div id="article-body" class="text-copy bodyCopy auto">
${ps(cnP)}
<h2 id="section-how-it-unfolded">${cnH1}</h2>
${ps(cnP2)}
<div class="newsletter-form__wrapper newsletter-form__wrapper--inbodyContent" data-component="newsletter"><div class="newsletter-form__container">
<p class="newsletter-form__strapline">${cnNews[0]}</p><p class="newsletter-form__description">${cnNews[1]}</p>
<form class="newsletter-form__form"><input type="email" placeholder="Your Email Address" aria-label="Your Email Address">
<label><input type="checkbox"> ${cnNews[2]}</label><label><input type="checkbox"> ${cnNews[3]}</label>
<button class="newsletter-form__button" type="submit">Sign me up</button></form>
<p class="newsletter-form__terms">By submitting your information you agree to the <a href="/terms">Terms &amp; Conditions</a> and
<a href="/privacy">Privacy Policy</a> and are aged 16 or over.</p></div></div>
<h2 id="section-arriaga-isolated-but-still-in-yellow">${cnH2}</h2>
${ps(cnP3)}
<h2 id="section-results">${cnH3}</h2>
<div class="table__wrapper table__wrapper--sticky table__wrapper--divider"><div class="table__container"><table class="table__table">
<caption class="table__caption">Results powered by FirstCycling</caption><thead class="table__head"><tr><th>Rank</th><th>Rider (Country)
Team</th><th>Result</th></tr>
</thead><tbody>${cnRows.map((r) => `<tr>\n${r}\n</tr>`).join('\n')}</tbody></table></div>
<p class="table__instructions">Swipe to scroll horizontally</p></div></div>
<div class="author-bio" data-component="author-bio"><div class="author-bio__container"><img class="author-bio__image" alt="Hanna Lindqvist"
src="https://cdn.mos.cms.futurecdn.example/lindqvist.jpg"><p class="author-bio__description">${cnBio}</p></div></div></section></article>
<aside class="sidebar"><div class="ad-unit"><span class="ad-label">Advertisement</span><div class="slot-mpu" id="mpu-1"></div></div>
<div class="widget latest"><h3 class="widget__title">Latest</h3><ul>${links(cnLatest, 'widget-listing')}</ul></div>
<div class="widget popular-box"><h3 class="widget__title">Most Popular</h3><ol>${links(cnPopular, 'popular-item')}</ol></div></aside></div></main>
<footer class="footer"><div class="footer__container"><p class="footer__text">Cyclingnews is part of Future plc, an international media group and leading
digital publisher.</p><ul class="footer__links">${links(cnFoot)}</ul><p class="footer__copyright">© Future Publishing Limited. All rights reserved.</p>
</div></footer></div>
<div class="fc-consent-root" role="dialog" aria-label="Consent"><div class="fc-dialog-container"><h1 class="fc-dialog-headline">Cyclingnews asks for your
consent
to use your personal data to:</h1><p class="fc-consent-text">${cnConsent}</p><button class="fc-cta-manage-options">Manage options</button>
<button class="fc-cta-consent">Consent</button></div></div>
<script src="https://vanilla.futurecdn.example/cyclingnews/media/shared/js/bordeaux.js" defer></script></body></html>`;
export const cyclingnewsReport: TestPage = {
  html: cnHtml,
  name: 'heldout227-cyclingnews-race-report',
  kind: 'news',
  // the strapline is body; each results-table row, read across, is one body entry (the header cells are in neither list);
  // the newsletter box in the body, the table's "powered by" caption and swipe hint, and the author bio are furniture
  title: cnTitle,
  headings: [cnH1, cnH2, cnH3],
  body: [cnStrap, ...texts(cnP), ...texts(cnP2), ...texts(cnP3), ...texts(cnRows)],
  bylines: ['By Hanna Lindqvist', '12 June 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...cnNav, 'Newsletter', 'Search', 'Tour des Alpes Vaudoises', 'Share on Facebook', 'Share on X', 'Share by Email',
    'When you purchase through links on our site, we may earn an affiliate commission.', 'Here’s how it works.',
    'Eero Vuorinen on his way to victory at Les Arolles', '(Image credit: Getty Images)', ...cnNews, 'Sign me up', 'Results powered by FirstCycling',
    'Swipe to scroll horizontally', cnBio, 'Advertisement', 'Latest', ...cnLatest, 'Most Popular', ...cnPopular,
    'Cyclingnews is part of Future plc, an international media group and leading digital publisher.', ...cnFoot,
    '© Future Publishing Limited. All rights reserved.', 'Cyclingnews asks for your consent to use your personal data to:', cnConsent, 'Manage options',
    'Consent',
  ],
};
