import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 166, file f2: a Semafor story (the header with the vertical nav and "Newsletters", the vertical label, the
 * author with location and "Updated" time, the "Insights from" line, the share buttons, the hero caption, the section
 * headings "The News", "Know More", "The View", "Room for Disagreement" and "Notable" with their title icons, the Semafor
 * Africa sign-up box between two sections, "More from Semafor" and the footer).
 */
const smTitle = 'Nigeria’s fintechs race to win back merchants after a cash crunch exposes payment outages';
const smH = ['The News', 'Know More', 'The View', 'Room for Disagreement', 'Notable'];
const smNews = [
  'Nigerian payment companies are offering fee holidays and cash-back deals to win back small merchants who abandoned card ' +
    'terminals and transfers during a week of outages last month, according to executives at three of the country’s largest ' +
    'fintechs.',
  'Transfer failures peaked at nearly one in five transactions on some networks in February, when a surge in digital payments ' +
    'during a temporary shortage of banknotes overwhelmed systems run by banks and switching companies.',
];
const smKnow = [
  'Nigeria’s central bank has pushed for years to move the economy away from cash, and digital payments have grown rapidly. ' +
    'The value of instant transfers rose more than 40% last year, according to the interbank switch operator NIBSS Plus.',
  'But merchants say reliability has not kept pace. “When a transfer fails, the customer blames me, not the bank,” said ' +
    'Chiamaka Obi, who runs a pharmacy in Lagos’s Surulere district. She has gone back to asking for cash for purchases ' +
    'under 5,000 naira ($3.30).',
  'Kudi Pay, one of the largest operators of point-of-sale terminals, said it would waive transaction fees for small ' +
    'merchants until the end of April. Its rival Ponte has promised to refund failed transfers within 10 minutes.',
];
const smView = [
  'The outages were a stress test that the industry failed, but they were not a verdict on digital payments themselves. ' +
    'Nigeria’s fintechs have spent heavily on customer acquisition and far less on the unglamorous infrastructure that keeps ' +
    'transactions going through on a bad day.',
  'The companies that win the next phase will be the ones that treat uptime as a product. Fee holidays will bring merchants ' +
    'back for a month; a network that works during a crisis will keep them for years.',
];
const smRoom = [
  'Banks, not fintechs, deserve most of the blame, argued Tunde Lasisi, a payments consultant, in a post on LinkedIn. ' +
    '“Fintechs sit on top of bank rails,” he wrote. “When the rails buckle, there is only so much an app can do.”',
];
const smNotable = [
  'Naira Daily reported that several banks plan to upgrade their core systems this year, partly in response to the outages.',
  'An analysis by the Lagos-based research firm Stears Insight found that cash use rebounded sharply in February in every ' + 'region except Abuja.',
];
const smSignup = ['Sign up for Semafor Africa: The continent’s most important stories, in your inbox.', 'Read it now.'];
const smNav = ['Africa', 'Business', 'Climate', 'Gulf', 'Media', 'Politics', 'Security', 'Technology', 'World'];
const smShare = ['Copy link', 'Email', 'Post', 'Share'];
const smMore = [
  'More from Semafor',
  'Kenya’s mobile money giant eyes a move into insurance',
  'Ghana’s cedi steadies as gold exports surge',
  'Why Gulf investors are betting on African data centers',
];
const smFoot = ['About Us', 'Careers', 'Events', 'Advertise', 'Ethics', 'Privacy Policy', 'Terms of Service', 'Contact'];
const icon = (n: string): string => `<img class="styles_titleIcon__Xq2a1" src="https://img.semafor.example/icons/${n}.svg" alt="Title icon">`;
const section = (h: string, body: string, n: string): string =>
  `<div class="styles_section__Hb7kx" data-testid="suppressed-${n}"><h3 class="styles_sectionTitle__Ly0pR">${icon(n)}${h}</h3>\n${body}</div>`;
const smHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Nigeria’s fintechs race to win back merchants after payment outages | Semafor</title>
<meta name="description" content="${smNews[0]}"><meta property="og:site_name" content="Semafor"><meta property="og:title" content="${smTitle}">
<meta name="article:vertical" content="Africa"><link rel="canonical" href="https://www.semafor.com/article/03/03/2026/nigeria-fintechs-merchants-outages">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${smTitle}","datePublished":"2026-03-03T12:12:00Z",
"dateModified":"2026-03-03T12:45:00Z","author":[{"@type":"Person","name":"Ifeoluwa Adesanya"}],"publisher":{"@type":"Organization","name":"Semafor"}}</script>
<link rel="stylesheet" href="https://www.semafor.com/_next/static/css/7f2a9d1c.css">
<script src="https://www.semafor.com/_next/static/chunks/main-b3e1.js" defer></script>
</head><body><div id="__next"><header class="styles_header__P2mQv"><a class="styles_logo__Rt5aa" href="/" aria-label="Semafor home"></a>
<nav class="styles_verticalNav__c8Kx1"><ul>${links(smNav, 'styles_navItem__mM2pd')}</ul></nav>
<a class="styles_newsletterButton__aA9k2" href="/newsletters">Newsletters</a></header>
<main class="styles_main__Zq1b0"><article class="styles_article__x3Vn6"><div class="styles_intro__Kf5wE">
<a class="styles_vertical__Uu2q1" href="/vertical/africa">Africa</a><h1 class="styles_headline__Vd3sT">${smTitle}</h1>
<div class="styles_authorAndTime__w9Zt1"><div class="styles_authorBox__Jk8bQ">
<a class="styles_authorName__p7Nn2" href="/author/ifeoluwa-adesanya">Ifeoluwa Adesanya</a>
<span class="styles_location__qL4fT">Lagos</span></div><div class="styles_timestamp__t6sWx">Updated Mar 3, 2026, 7:45am EST</div></div>
<div class="styles_insights__v2Lp3">Insights from Naira Daily and Stears Insight</div>
<div class="styles_share__N8dD0">${smShare.map((s) => `<button class="styles_shareButton__gL2kV" aria-label="${s}">${s}</button>`).join('')}</div></div>
<figure class="styles_heroImage__gH4kq"><img src="https://img.semafor.example/2026/03/lagos-pos.jpg" alt="">
<figcaption class="styles_caption__Ry7pQ">A trader uses a point-of-sale terminal at a market in Lagos. Temilade Bello/Reuters</figcaption></figure>
<div class="styles_sections__b5Tz2">
${section(smH[0] ?? '', ps(smNews), 'the-news')}
<div class="styles_signupBox__q1Pq9"><p class="styles_signupText__fZ0hS">${smSignup[0]}</p>
<a class="styles_signupLink__uR4bT" href="/newsletters/africa">${smSignup[1]}</a></div>
${section(smH[1] ?? '', ps(smKnow), 'know-more')}
${section(smH[2] ?? '', ps(smView), 'the-view')}
${section(smH[3] ?? '', ps(smRoom), 'room-for-disagreement')}
${section(smH[4] ?? '', `<ul>${smNotable.map((t) => `<li>${t}</li>`).join('\n')}</ul>`, 'notable')}
</div></article>
<aside class="styles_moreFrom__nV9cS"><h2>${smMore[0]}</h2><ul>${links(smMore.slice(1))}</ul></aside></main>
<footer class="styles_footer__kS6vT"><ul>${links(smFoot)}</ul><p>© 2026 Semafor Inc.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"articleId":"nigeria-fintechs-merchants-outages"}},
"page":"/article/[...slug]"}</script>
</body></html>`;
export const semafor: TestPage = {
  html: smHtml,
  name: 'heldout166-semafor-news',
  kind: 'news',
  // the section titles are the headings and every section's paragraphs and "Notable" items are body; the vertical label,
  // the "Insights from" line, share buttons, caption, the sign-up box between sections, "More from Semafor"
  // and the footer are furniture; "Africa" (nav and label) is listed once
  title: smTitle,
  headings: smH,
  body: texts([...smNews, ...smKnow, ...smView, ...smRoom, ...smNotable]),
  bylines: ['Ifeoluwa Adesanya', 'Lagos', 'Updated Mar 3, 2026, 7:45am EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...smNav, 'Newsletters', 'Insights from Naira Daily and Stears Insight', ...smShare,
    'A trader uses a point-of-sale terminal at a market in Lagos. Temilade Bello/Reuters', ...smSignup, ...smMore, ...smFoot, '© 2026 Semafor Inc.',
  ],
};
