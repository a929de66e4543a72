import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 219, file a2: a Chatham House expert comment (skip link, the header nav with "Become a member" and the
 * search form, the "Expert comment" label, standfirst, "Published" date and read time, the author card with role, the share
 * list, a pull quote, the in-text "Read more" promo, the "Related content" cards with their type labels, the members'
 * promo, the newsletter block, the footer and the CIVIC cookie-control panel).
 */
const chTitle = 'The Lake Ondra water deal shows how small states can bargain with big neighbours';
const chStand =
  'A modest agreement over a shared lake offers a template for managing transboundary resources, but only if donors resist the urge to take over.';
const chP1 = [
  'When the governments of Veshta and Karaband signed the Lake Ondra accord in February, the ceremony lasted less than an hour and ' +
    'drew little international attention. That was partly the point. After eleven years of stalled talks over fishing rights and ' +
    'irrigation withdrawals, negotiators on both sides had learned that publicity made compromise harder.',
  'The deal itself is narrow. It sets seasonal limits on water drawn for irrigation, creates a joint monitoring commission with ' +
    'three members from each country, and commits both sides to publishing lake level data every week. But its significance lies ' +
    'less in the text than in how it was reached.',
];
const chH1 = 'A negotiation led from below';
const chP2 = [
  'Unlike earlier rounds, which were convened by an external donor and conducted largely in the capitals, the final talks were ' +
    'driven by district officials and fishing cooperatives from the lake shore. They had the most to lose from continued deadlock ' +
    'and the most detailed knowledge of what a workable limit would look like.',
  'Veshta, the smaller and poorer of the two states, used this to its advantage. Its negotiators tied every concession on ' +
    'irrigation to guarantees for its fishing communities, and refused to discuss the two issues separately. Karaband’s delegation, ' +
    'under pressure from its own farmers to secure a deal before the dry season, eventually accepted the linkage.',
];
const chQuote = 'The lesson is not that small states always win, but that they win when the people closest to the resource are at the table.';
const chH2 = 'The risk of donor capture';
const chP3 = [
  'The greatest danger to the accord now comes not from either government but from its would-be supporters. Several development ' +
    'agencies have already offered to fund the monitoring commission, and at least one has proposed embedding its own technical ' +
    'advisers in the secretariat.',
  'Money for equipment and training would help. But if the commission comes to be seen as a donor project, it will lose the local ' +
    'legitimacy that made the agreement possible. Funders should channel support through the two governments, accept that the ' +
    'commission will move slowly, and resist attaching new conditions.',
];
const chH3 = 'What comes next';
const chP4 = [
  'The first real test will come in August, when lake levels traditionally fall to their lowest point. If both sides respect the ' +
    'limits and publish their data on time, the accord will have earned a credibility that no signing ceremony could provide.',
];
const chNav = ['Topics', 'Regions', 'Events', 'Publications', 'Projects', 'About us', 'Academy'];
const chShare = ['Share', 'Email', 'Facebook', 'X', 'LinkedIn', 'Copy link'];
const chRelated = [
  { type: 'Research paper', title: 'Water, borders and power in the Ondra basin' },
  { type: 'Expert comment', title: 'Why regional fisheries bodies keep failing' },
  { type: 'Event', title: 'Transboundary water governance: lessons from three continents' },
];
const chMember = ['Become a member', 'Join our community of leaders and decision makers to get exclusive access to events and research.', 'Find out more'];
const chNews = ['Sign up to our newsletter', 'Get the latest expert analysis and events direct to your inbox.', 'Email address', 'Subscribe'];
const chFoot = ['Contact us', 'Careers', 'Press office', 'Accessibility', 'Privacy policy', 'Terms and conditions', 'Cookie settings'];
const chCookie = [
  'This site uses cookies',
  'Some of these cookies are essential, while others help us to improve your experience by providing insights into how the site is being used.',
  'Accept recommended settings',
  'Reject all',
];
const chHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"><title>${chTitle} | Chatham House – International Affairs Think
Tank</title>
<meta name="description" content="${chStand}"><link rel="canonical"
href="https://www.chathamhouse.org/2025/03/lake-ondra-water-deal-shows-how-small-states-can-bargain">
<meta property="og:type" content="article"><meta property="og:title" content="${chTitle}"><meta name="twitter:site" content="@ChathamHouse">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${chTitle}",
"datePublished":"2025-03-12T10:12:40+0000",
"author":{"@type":"Person","name":"Dr Amara Lindqvist-Oduya"},"publisher":{"@type":"Organization","name":"Chatham House"}}]}</script>
<script src="https://cc.cdn.civiccomputing.com/9/cookieControl-9.x.min.js"></script>
<link rel="stylesheet" media="all" href="/themes/custom/chatham_house/dist/css/style.css?sr3k2x"></head>
<body class="path-node page-node-type-expert-comment"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><header class="header" role="banner">
<a class="header__logo" href="/" rel="home"><span class="visually-hidden">Chatham House</span></a>
<nav class="header__nav" aria-label="Main navigation"><ul class="menu menu--main">${links(chNav, 'menu__item')}</ul></nav>
<a class="button button--membership" href="/membership">Become a member</a>
<form class="header__search" action="/search"><label for="edit-keys" class="visually-hidden">Search</label><input id="edit-keys" type="search"></form></header>
<main role="main" id="main-content"><article role="article" class="node node--type-expert-comment node--view-mode-full">
<div class="hero hero--article"><div class="hero__content"><span class="hero__type">Expert comment</span>
<h1 class="hero__title"><span class="field field--name-title">${chTitle}</span></h1>
<div class="hero__standfirst"><p>${chStand}</p></div>
<div class="hero__meta"><span class="hero__date">Published <time datetime="2025-03-12T10:12:40Z">12 March 2025</time></span>
<span class="hero__read-time">4 minute read</span></div></div></div>
<div class="article-layout"><aside class="article-layout__sidebar"><div class="people-list"><div class="person-teaser">
<a class="person-teaser__name" href="/about-us/our-people/amara-lindqvist-oduya">Dr Amara Lindqvist-Oduya</a>
<span class="person-teaser__role">Senior Research Fellow, Africa Programme</span></div></div>
<div class="social-share"><h2 class="social-share__title">${chShare[0]}</h2><ul class="social-share__list">
${chShare
  .slice(1)
  .map((s) => `<li><a class="social-share__link" href="#"><span class="visually-hidden">Share on </span>${s}</a></li>`)
  .join('\n')}</ul></div></aside>
<div class="article-layout__body wysiwyg">
${chP1.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${chH1}</h2>
${chP2.map((p) => `<p>${p}</p>`).join('\n')}
<blockquote class="pull-quote"><p>${chQuote}</p></blockquote>
<div class="embedded-entity embedded-entity--read-more"><span class="read-more__label">Read more</span>
<a href="/2024/11/water-borders-and-power-ondra-basin">Water, borders and power in the Ondra basin</a></div>
<h2>${chH2}</h2>
${chP3.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${chH3}</h2>
${chP4.map((p) => `<p>${p}</p>`).join('\n')}
</div></div></article>
<section class="related-content"><h2 class="related-content__title">Related content</h2><div class="teaser-list">
${chRelated
  .map(
    (r) => `<div class="teaser"><span class="teaser__type">${r.type}</span><h3 class="teaser__title"><a
href="#">${r.title}</a></h3></div>`,
  )
  .join('\n')}
</div></section>
<section class="promo promo--membership"><h2>${chMember[0]}</h2><p>${chMember[1]}</p><a class="button" href="/membership">${chMember[2]}</a></section></main>
<footer class="footer" role="contentinfo"><div class="footer__newsletter"><h2>${chNews[0]}</h2><p>${chNews[1]}</p>
<form><label for="nl">${chNews[2]}</label><input id="nl" type="email"><button>${chNews[3]}</button></form></div>
<ul class="footer__menu">${links(chFoot, 'footer__item')}</ul>
<p class="footer__address">The Royal Institute of International Affairs, Chatham House, 10 St James’s Square, London SW1Y 4LE</p>
<p class="footer__charity">Registered charity number: 208223</p></footer></div>
<div id="ccc" role="region" aria-label="Cookie Control"><div id="ccc-content"><h2 id="ccc-title">${chCookie[0]}</h2>
<p id="ccc-intro">${chCookie[1]}</p><button id="ccc-recommended-settings">${chCookie[2]}</button><button
id="ccc-reject-settings">${chCookie[3]}</button></div></div>
<script>CookieControl.load({apiKey:'x',product:'PRO_MULTISITE',text:{title:'This site uses cookies'}});</script></body></html>`;
export const chathamComment: TestPage = {
  html: chHtml,
  name: 'heldout219-chathamhouse-expert-comment',
  kind: 'news',
  // the standfirst and the pull quote (it is the author's own sentence, set apart) are body; the "Read more" promo is furniture
  title: chTitle,
  headings: [chH1, chH2, chH3],
  body: texts([chStand, ...chP1, ...chP2, chQuote, ...chP3, ...chP4]),
  bylines: ['Dr Amara Lindqvist-Oduya', 'Published 12 March 2025', '4 minute read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...chNav, 'Search', 'Expert comment', 'Senior Research Fellow, Africa Programme', ...chShare, 'Read more',
    'Related content', ...chRelated.flatMap((r) => [r.type, r.title]).filter((t) => t !== 'Expert comment'), ...chMember, ...chNews,
    ...chFoot, 'The Royal Institute of International Affairs, Chatham House, 10 St James’s Square, London SW1Y 4LE',
    'Registered charity number: 208223', ...chCookie,
  ],
};
