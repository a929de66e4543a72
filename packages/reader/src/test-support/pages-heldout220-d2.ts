import { links, ps, type TestPage, texts } from './page-kit.js';
import { dedupe } from './pages-heldout220-kit.js';

/**
 * Held-out batch 220, file d2: a Christianity Today news article (the skip link, the top bar with "Give" and "Subscribe",
 * the section nav, the section label above the title, the dek, the byline and date with "Translations" links, the lead
 * image credit, an inline newsletter sign-up box and a "Related" inline link box between paragraphs, the author's short bio
 * after the text, the topics list, the subscription promo, the "Read These Next" rail and the footer).
 */
const ctTitle = 'Rural Churches Share Pastors as Seminary Graduates Stay in Cities';
const ctDek = 'In the Upper Midwest, yoked congregations are making the circuit rider model work again, with a few modern twists.';
const ctP1 = [
  'Every Sunday morning, Pastor Elin Strand drives 84 miles and preaches three times. She starts at 8:00 a.m. in Haldan, a prairie ' +
    'town of 400 people, moves on to a white clapboard church outside Birch Creek, and finishes just after noon in Varna.',
  'The three Lutheran congregations have shared a pastor since 2021, when the last full-time minister in Varna retired and a two-year ' +
    'search produced no candidates. “We could close, or we could share,” said Dale Hovland, who chairs the Varna church council. ' +
    '“Sharing sounded better.”',
  'Arrangements like theirs are spreading across the rural Upper Midwest. A survey released last month by the Prairie Ministry ' +
    'Institute found that 38 percent of rural congregations in five states now share clergy with at least one other church, up from ' +
    '22 percent a decade ago.',
];
const ctH1 = 'Fewer graduates head to small towns';
const ctP2 = [
  'The numbers reflect a shift in where new pastors want to serve. Of the seminary graduates surveyed, fewer than one in five said ' +
    'they would consider a first call in a town of under 2,000 people. Many cited spouses’ careers, student debt and worries about ' +
    'isolation.',
  '“It is not that they do not love rural people,” said Ruth Ekdahl, who directs field education at a Lutheran seminary in ' +
    'Minnesota. “They are asking whether they can build a life there. Two incomes, a school for the kids, a doctor within an hour.”',
  'Some denominations have responded with debt relief for clergy who accept rural posts. Others are training lay leaders to lead ' +
    'worship on the Sundays when the shared pastor is elsewhere.',
];
const ctH2 = 'A circuit for the 21st century';
const ctP3 = [
  'Historians note that the idea is not new. In the 19th century, Methodist circuit riders served a dozen or more frontier ' +
    'congregations on horseback, visiting each one perhaps once a month.',
  'Today’s version comes with shared spreadsheets and livestreams. Strand records a weekly Bible study that all three churches watch ' +
    'on Wednesday nights, and the congregations pool money for a part-time youth worker who drives between them.',
  'Not everyone is convinced. Some members miss having a pastor who lives in town and can be at the hospital within minutes. In ' +
    'Birch Creek, attendance fell by about a fifth in the first year of the arrangement before recovering.',
  '“You grieve what you had,” Strand said. “Then you notice that the three churches are praying for each other, and that is new. ' +
    'Nobody in Haldan used to know anybody in Varna.”',
];
const ctNav = ['News', 'Ideas', 'Culture', 'Church Life', 'Podcasts', 'Magazine', 'Give', 'Subscribe', 'Sign In'];
const ctTrans = ['Translations:', 'Español', 'Português', '简体中文'];
const ctCredit = 'Illustration by Christianity Today / Source Images: Getty';
const ctLetter = ['Get the CT Daily Briefing', 'The news that matters to the global church, every weekday morning.', 'Email address', 'Sign Up'];
const ctRelated = ['Related', 'The Quiet Closing of Country Churches', 'Lay Preachers Fill the Gap in Appalachia'];
const ctBio = 'Mara Ellison is a reporter based in Sioux Falls, South Dakota.';
const ctTopics = ['Topics:', 'Church Life', 'Pastors', 'Rural Ministry', 'Lutherans'];
const ctPromo = [
  'Subscribe to Christianity Today and get access to this article plus 65+ years of archives.',
  'Subscribe Now',
  'Already a subscriber? Sign in',
];
const ctNext = ['Read These Next', 'How a Kansas Church Turned Its Parsonage into a Clinic', 'Seminaries Try Shorter Degrees for Second-Career Pastors'];
const ctFoot = ['About Us', 'Careers', 'Advertise', 'Contact', 'Privacy Policy', 'Terms of Use', '© 2025 Christianity Today'];
const ctHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rural Churches Share Pastors as Seminary Graduates Stay in Cities | Christianity Today</title>
<meta name="description" content="${ctDek}"><meta property="og:type" content="article"><meta property="og:title" content="${ctTitle}">
<meta property="article:published_time" content="2025-06-10T09:00:00-04:00"><meta property="article:section" content="News"><meta
name="parsely-author" content="Mara Ellison">
<link rel="canonical" href="https://www.christianitytoday.example/2025/06/rural-churches-share-pastors-seminary-graduates/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${ctTitle}","description":"${ctDek}",
"datePublished":"2025-06-10T09:00:00-04:00","author":[{"@type":"Person","name":"Mara Ellison"}],"isAccessibleForFree":true,
"publisher":{"@type":"Organization","name":"Christianity Today","logo":{"@type":"ImageObject","url":"https://www.christianitytoday.example/logo.png"}}}</script>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"id":"a91f2","section":"news"}}},"page":"/[year]/[month]/[slug]"}</script>
<script async src="https://cdn.parsely.example/keys/christianitytoday.com/p.js"></script></head>
<body><div id="__next"><a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header" role="banner"><div class="site-header__inner"><a class="site-header__logo" href="/"
aria-label="Christianity Today home"><svg role="img"><title>Christianity Today</title></svg></a>
<nav class="site-header__nav" aria-label="Main"><ul class="nav-list">${links(ctNav.slice(0, 6), 'nav-list__item')}</ul></nav>
<div class="site-header__actions"><a class="button button--ghost" href="/give/">${ctNav[6]}</a><a class="button button--primary"
href="/subscribe/">${ctNav[7]}</a>
<button class="site-header__signin">${ctNav[8]}</button></div></div></header>
<main id="main"><article class="article article--news" data-article-id="a91f2"><header class="article-header">
<a class="article-header__section eyebrow" href="/news/">News</a><h1 class="article-header__title">${ctTitle}</h1><p class="article-header__dek">${ctDek}</p>
<div class="article-header__meta"><div class="byline"><span class="byline__prefix">by</span> <a class="byline__author"
href="/authors/mara-ellison/">Mara Ellison</a></div>
<time class="article-header__date" datetime="2025-06-10">June 10, 2025</time>
<div class="article-translations"><span class="article-translations__label">${ctTrans[0]}</span>${ctTrans
  .slice(1)
  .map((t) => ` <a href="#" hreflang="x">${t}</a>`)
  .join('')}</div></div>
<figure class="article-header__image"><img src="https://www.christianitytoday.example/images/rural-pastors.jpg" alt="" loading="eager"><figcaption
class="image-credit">${ctCredit}</figcaption></figure></header>
<div class="article-body" data-testid="article-body">
${ps(ctP1, ' class="article-body__p"')}
<aside class="newsletter-inline" aria-label="Newsletter sign-up"><h3 class="newsletter-inline__title">${ctLetter[0]}</h3><p>${ctLetter[1]}</p>
<form><label class="visually-hidden" for="nl-email">${ctLetter[2]}</label><input id="nl-email" type="email" placeholder="Email address"><button
type="submit">${ctLetter[3]}</button></form></aside>
<h2 class="article-body__h2">${ctH1}</h2>
${ps(ctP2, ' class="article-body__p"')}
<aside class="related-inline"><h3 class="related-inline__label">${ctRelated[0]}</h3><ul>${links(ctRelated.slice(1))}</ul></aside>
<h2 class="article-body__h2">${ctH2}</h2>
${ps(ctP3, ' class="article-body__p"')}
<p class="article-body__bio"><em>${ctBio}</em></p>
</div>
<footer class="article-footer"><div class="topics"><span class="topics__label">${ctTopics[0]}</span><ul
class="topics__list">${links(ctTopics.slice(1), 'topics__item')}</ul></div></footer>
</article>
<section class="paywall-promo" aria-label="Subscribe"><p class="paywall-promo__text">${ctPromo[0]}</p><a class="button button--primary"
href="/subscribe/">${ctPromo[1]}</a>
<p class="paywall-promo__signin">${ctPromo[2]}</p></section>
<section class="read-next"><h2 class="read-next__title">${ctNext[0]}</h2><ul class="card-list">${ctNext
  .slice(1)
  .map(
    (t) => `<li class="card"><span class="card__eyebrow">News</span>
<h3 class="card__title"><a href="/n/">${t}</a></h3></li>`,
  )
  .join('\n')}</ul></section></main>
<footer class="site-footer"><nav aria-label="Footer"><ul class="site-footer__links">${links(ctFoot.slice(0, 6))}</ul></nav><p
class="site-footer__copyright">${ctFoot[6]}</p></footer></div>
<script src="/_next/static/chunks/main-4f1a2b.js" defer></script></body></html>`;
export const ctArticle: TestPage = {
  html: ctHtml,
  name: 'heldout220-christianitytoday-news',
  kind: 'news',
  // the dek is body; the author's italic bio after the text is furniture; the section label, translations, image credit,
  // newsletter and related boxes inside the body, topics, paywall promo, read-next rail and footer are furniture
  title: ctTitle,
  headings: [ctH1, ctH2],
  body: [ctDek, ...texts(ctP1), ...ctP2, ...ctP3],
  bylines: ['Mara Ellison', 'June 10, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: dedupe([
    'Skip to main content', 'Christianity Today', ...ctNav, 'News', ...ctTrans, ctCredit, ...ctLetter, ...ctRelated, ctBio, ...ctTopics, ...ctPromo,
    ...ctNext, ...ctFoot,
  ]),
};
