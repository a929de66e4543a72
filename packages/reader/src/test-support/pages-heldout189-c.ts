import { links, ps, type TestPage, texts } from './page-kit.js';
import { councilPage } from './pages-heldout189-c2.js';

/**
 * Held-out batch 189, file c: a rugby union club's match report on its own site (the top bar with tickets, shop and
 * hospitality, the main nav, the match centre header with score, competition and venue, the "Match Report" label, the match
 * sponsor line and player of the match box inside the article, the scorers and the two line-ups at the end of the text, the
 * share bar, the next fixture widget, the related news cards, the principal partners strip, the newsletter box, the footer
 * and the Cookiebot banner) and, from file c2, a local council's news release.
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.trim());
const rgTitle = 'Match Report: Harbourside 31-24 Greymoor';
const rgP1 = paras(`
Harbourside kept their hopes of a home quarter-final alive with a bonus-point win over Greymoor at Quayside Park on
Saturday afternoon, although they were made to work for it right up to the final whistle.

Four tries, two of them from winger Kofi Mensah, were enough to see off a Greymoor side who led 17-12 at half-time and
scored twice in the last ten minutes to claim a losing bonus point of their own.

Head coach Declan Furlong had made five changes to the side that lost in Caldwell last week, with captain Rhys Pemberton
returning from a hamstring injury to partner Ben Adeyinka in the second row. It was Pemberton who set the tone in the opening
minutes, stealing Greymoor's first two lineouts and carrying hard into contact.`);
const rgH1 = 'First half';
const rgP2 = paras(`
The hosts opened the scoring on seven minutes. Scrum-half Joe Tait broke around the fringes of a ruck on the Greymoor 22 and
fed Mensah, who stepped inside the last defender to score in the corner. Fly-half Will Rourke could not add the extras from
the touchline.

Greymoor hit back almost immediately. Their pack drove a lineout from 15 metres and hooker Sione Taufa touched down at the
back of the maul, with Euan Gilchrist converting. A Gilchrist penalty and a breakaway try for centre Marcus Hale, who picked off
a loose pass on halfway, put the visitors 17-5 up after half an hour.

Harbourside needed a response before the break and got one. After a series of pick-and-go drives, prop Tomasz Nowak burrowed
over from close range and Rourke converted to make it 17-12 at the interval.`);
const rgH2 = 'Second half';
const rgP3 = paras(`
Whatever Furlong said at half-time worked. Within four minutes of the restart Rourke's cross-field kick found Mensah on the
right and he had his second try. Rourke's conversion gave Harbourside the lead for the first time since the seventh minute.

The bonus-point try arrived on the hour. Replacement back-rower Aled Pryce charged down a clearance kick, and full-back
Finn Gallagher was first to the bouncing ball to score under the posts. Rourke converted and then kicked a penalty from 40
metres to stretch the lead to 31-17.

Greymoor refused to go away. Hale's second try, finished after a long spell of pressure, and Gilchrist's conversion brought
them within seven with three minutes left, and they had a lineout five metres out with the clock in the red. Pemberton rose
to win it, Tait kicked the ball into the stand, and Quayside Park could finally breathe.

"It was not pretty at times, but I am proud of the way the boys stuck at it," Furlong said. "We gave them two soft tries in
the first half and still found a way to win with five points. That is what we have to keep doing between now and the end
of the season."`);
const rgH3 = 'Scorers';
const rgScorers = [
  'Harbourside: Tries: Mensah 2, Nowak, Gallagher. Cons: Rourke 3. Pens: Rourke.',
  'Greymoor: Tries: Taufa, Hale 2. Cons: Gilchrist 3. Pens: Gilchrist.',
];
const rgH4 = 'Line-ups';
const rgTeams = paras(`
Harbourside: Gallagher; Mensah, Doyle, Okonjo, Barnes; Rourke, Tait; Nowak, Chalmers, Varley, Adeyinka, Pemberton (capt),
Hughes, Latimer, Sesay. Replacements: Reid, Kilbride, Mahoney, Lund, Pryce, Heywood, Ashworth, Quinn.

Greymoor: Whitfield; Ndlovu, Hale, Carver, Stott; Gilchrist, Bramley; Fenton, Taufa, Iqbal, Marsh, Rooney, Pascoe (capt),
Delaney, Kerr. Replacements: Brooks, Haig, Sandoval, Tiernan, Yates, Morrow, Lyle, Dunn.`);
const rgTop = ['Tickets', 'Shop', 'Hospitality', 'Membership'];
const rgNav = ['News', 'Fixtures & Results', 'Teams', 'The Club', 'Community', 'Partners'];
const rgCentre = ['Championship Cup - Round 14', 'Full Time', 'Quayside Park', 'Harbourside', 'Greymoor', 'Attendance: 6,412'];
const rgMeta = ['Match Report', 'Match sponsor: Tidewater Marine Services', 'Player of the Match', 'Kofi Mensah', 'Sponsored by Corran Print'];
const rgShare = ['Share', 'Facebook', 'X', 'Email'];
const rgNext = ['Next Fixture', 'Caldwell v Harbourside', 'Saturday 7 March, 3pm', 'Buy Tickets'];
const rgNews = [
  'Furlong: "Five points is what mattered"',
  'Pemberton returns as Harbourside name side for Greymoor clash',
  'Academy graduates sign senior contracts',
];
const rgPartners = ['Principal Partners', 'Tidewater Marine Services', 'Orla Energy', 'Kingsgate Motors'];
const rgNewsletter = ['Sign up to the Harbourside newsletter', 'Be the first to hear about tickets, team news and offers.', 'Subscribe'];
const rgFoot = ['Contact Us', 'Careers', 'Accessibility', 'Privacy Policy', 'Cookie Policy', 'Safeguarding', 'Terms & Conditions'];
const rgCookie = [
  'This website uses cookies',
  'We use cookies to personalise content and ads, to provide social media features and to analyse our traffic.',
  'Allow all',
  'Allow selection',
  'Deny',
  'Show details',
];
const rgHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${rgTitle} | Harbourside Rugby</title><meta name="description" content="Harbourside kept their hopes of a home quarter-final alive.">
<meta property="og:title" content="${rgTitle}"><meta property="og:type" content="article">
<script id="Cookiebot" src="https://consent.cookiebot.example/uc.js" data-cbid="7f1e-22ab" type="text/javascript" async></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${rgTitle}",
"datePublished":"2026-02-21T18:45:00+00:00","author":{"@type":"Organization","name":"Harbourside Rugby"}}</script>
<link rel="stylesheet" href="/wp-content/themes/harbourside/dist/css/app.css?ver=3.2.0"></head>
<body class="post-template-default single single-post postid-18842">
<div class="top-bar"><ul class="top-bar__links">${links(rgTop)}</ul></div>
<header class="site-header"><a href="/" class="site-header__crest"><span class="screen-reader-text">Harbourside Rugby</span></a>
<nav class="primary-nav" aria-label="Main menu"><ul id="menu-main">${links(rgNav, 'menu-item')}</ul></nav>
<button class="menu-toggle" aria-expanded="false">Menu</button></header>
<main id="content">
<section class="match-centre"><p class="match-centre__comp">${rgCentre[0]}</p><p class="match-centre__status">${rgCentre[1]}</p>
<div class="match-centre__score"><span class="team team--home">${rgCentre[3]}</span><span class="score">31 - 24</span>
<span class="team team--away">${rgCentre[4]}</span></div><p class="match-centre__venue">${rgCentre[2]}</p>
<p class="match-centre__attendance">${rgCentre[5]}</p></section>
<article class="single-article"><div class="single-article__header"><span class="single-article__category">${rgMeta[0]}</span>
<h1 class="single-article__title">${rgTitle}</h1>
<div class="single-article__date"><time datetime="2026-02-21T18:45:00+00:00">21st February 2026</time></div></div>
<div class="single-article__content entry-content">
<p class="match-sponsor"><em>${rgMeta[1]}</em></p>
${ps(rgP1)}
<h2>${rgH1}</h2>
${ps(rgP2)}
<div class="potm-box"><span class="potm-box__label">${rgMeta[2]}</span><strong class="potm-box__name">${rgMeta[3]}</strong>
<span class="potm-box__sponsor">${rgMeta[4]}</span></div>
<h2>${rgH2}</h2>
${ps(rgP3)}
<h3>${rgH3}</h3>
<ul>${rgScorers.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h3>${rgH4}</h3>
${ps(rgTeams)}
</div>
<div class="share-bar"><span class="share-bar__label">${rgShare[0]}</span>${rgShare
  .slice(1)
  .map((t) => `<a class="share-bar__link" href="#">${t}</a>`)
  .join('')}</div></article>
<aside class="next-fixture"><h3>${rgNext[0]}</h3><p class="next-fixture__teams">${rgNext[1]}</p><p>${rgNext[2]}</p>
<a class="btn" href="/tickets">${rgNext[3]}</a></aside>
<section class="related-news"><h2>Related News</h2><ul>${links(rgNews, 'news-card')}</ul></section>
</main>
<section class="partners"><h2 class="partners__title">${rgPartners[0]}</h2><ul>${links(rgPartners.slice(1), 'partners__logo')}</ul></section>
<section class="newsletter"><h2>${rgNewsletter[0]}</h2><p>${rgNewsletter[1]}</p><form><button type="submit">${rgNewsletter[2]}</button></form></section>
<footer class="site-footer"><ul>${links(rgFoot)}</ul><p>© 2026 Harbourside Rugby Football Club Ltd</p></footer>
<div id="CybotCookiebotDialog" role="dialog"><h2 id="CybotCookiebotDialogBodyContentTitle">${rgCookie[0]}</h2>
<div id="CybotCookiebotDialogBodyContentText">${rgCookie[1]}</div>
${rgCookie
  .slice(2)
  .map((t) => `<button class="CybotCookiebotDialogBodyButton">${t}</button>`)
  .join('\n')}</div>
</body></html>`;

const rugbyPage: TestPage = {
  name: 'heldout189-harbourside-rugby-match-report',
  kind: 'news',
  html: rgHtml,
  title: rgTitle,
  headings: [rgH1, rgH2, rgH3, rgH4],
  body: texts([...rgP1, ...rgP2, ...rgP3, ...rgScorers, ...rgTeams]),
  bylines: ['21st February 2026'],
  furniture: [
    ...new Set([
      ...rgTop,
      ...rgNav,
      'Menu',
      ...rgCentre,
      '31 - 24',
      ...rgMeta,
      ...rgShare,
      ...rgNext,
      'Related News',
      ...rgNews,
      ...rgPartners,
      ...rgNewsletter,
      ...rgFoot,
      '© 2026 Harbourside Rugby Football Club Ltd',
      ...rgCookie,
    ]),
  ],
};

export const HELDOUT189_C: readonly TestPage[] = [rugbyPage, councilPage];
