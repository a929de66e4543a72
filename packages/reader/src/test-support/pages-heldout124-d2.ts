import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 124, file d2: an NBC News story (the navbar with "Sign In" and "Create your free profile", the hidden
 * sections menu, the unibrow, headline and dek, the hero image with caption and source, the share list, the byline and
 * the published / updated times in the article sidebar, the body with a subhead, an "Advertisement" slot and the in-text
 * "Recommended" block whose items carry their own unibrows, the expanded bylines with bios and the contributor line, the
 * newsletter sign-up, the "Sponsored Stories" feed and the footer).
 */
const nbTitle = 'Measles cases climb to 38 in rural Texas county as clinics extend hours';
const nbDek =
  'Health officials in Calloway County say most of the people infected were unvaccinated children, and they expect more cases before the outbreak slows.';
const nbP1 = [
  'A measles outbreak in rural Calloway County, Texas, has grown to 38 confirmed cases, health officials said Monday, and ' +
    'clinics across the county are staying open late to keep up with demand for vaccines.',
  'Thirty-one of the cases are in children, and all but three of the people infected had not received any doses of the ' +
    'measles, mumps and rubella vaccine, according to the Calloway County Health District. Five people have been hospitalized. ' +
    'No deaths have been reported.',
  '“This is the largest outbreak our county has seen in more than 30 years,” Dr. Reuben Okafor, the district’s medical director, ' +
    'said at a news briefing. “We are not at the peak yet.”',
  'The first cases were identified in mid-October among students at a small private school in the town of Garnet. Since then, ' +
    'the virus has spread to at least four other communities, including two cases in a neighboring county.',
];
const nbH1 = 'Lines at clinics';
const nbP2 = [
  'The district has given more than 1,900 doses of the MMR vaccine since the outbreak began, about six times as many as in a ' +
    'normal month, officials said. Its main clinic in Garnet now stays open until 8 p.m. on weekdays and is open Saturday mornings.',
  'Lacey Hendricks, a mother of three from Garnet, said she waited about an hour with her two youngest children on Saturday. ' +
    'She had delayed their second doses because of a busy summer, she said, and decided not to wait any longer after a classmate ' +
    'of her daughter fell ill.',
  '“Everybody in that line had the same story,” Hendricks said. “We all meant to get around to it.”',
  'Measles is one of the most contagious diseases known. The virus can linger in the air for up to two hours after an infected ' +
    'person leaves a room, and about 9 in 10 unvaccinated people who are exposed will catch it, according to federal health data.',
  'Two doses of the vaccine are about 97% effective at preventing infection. Vaccination rates among kindergartners in Calloway ' +
    'County fell from 94% in 2019 to 86% last school year, state records show.',
  'Okafor urged parents to check their children’s records and to call ahead rather than visit an emergency room if they ' +
    'suspect measles, to avoid exposing other patients. Early symptoms include a high fever, cough, runny nose and red, watery ' +
    'eyes, followed several days later by a rash.',
];
const nbContrib = 'Danielle Ferris contributed.';
const nbCaption = 'A nurse prepares a dose of the measles, mumps and rubella vaccine at a clinic in Garnet, Texas, on Saturday.';
const nbSource = 'Bryce Halloran / NBC News';
const nbNav = [
  'Politics',
  'U.S. News',
  'World',
  'Local',
  'Business',
  'Health',
  'Investigations',
  'Culture & Trends',
  'Science',
  'Sports',
  'Tech & Media',
  'Weather',
];
const nbShare = ['Facebook', 'Twitter', 'Email', 'SMS', 'Print', 'Whatsapp', 'Reddit', 'Pocket', 'Flipboard', 'Pinterest', 'Linkedin'];
const nbRec = [
  ['Health news', 'What to know about measles symptoms and when to see a doctor'],
  ['Health news', 'Kindergarten vaccination rates fall for fifth straight year'],
];
const nbBios = [
  'Kendra Oyelaran is a health reporter for NBC News, covering infectious disease and public health.',
  'Tomás Elizondo is a correspondent for NBC News based in Dallas.',
];
const nbNews = ['Sign up for The Checkup', 'The week’s most important health news, in your inbox every Friday.', 'Enter your email', 'Sign Up'];
const nbSponsored = ['Sponsored Stories', 'by Taboola', 'Doctors stunned by this simple morning habit', 'The smartest way to pay off credit card debt'];
const nbFoot = [
  'About',
  'Contact',
  'Help',
  'Careers',
  'Ad Choices',
  'Privacy Policy',
  'Your Privacy Choices',
  'CA Notice',
  'Terms of Service',
  'NBC News Sitemap',
  'Closed Captioning',
  'Advertise',
  'Select Shopping',
];
const nbCopy = '© 2025 NBCUniversal Media, LLC';
const nbPs = (a: readonly string[]): string => ps(a, ' class=""');
const nbHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${nbTitle}</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${nbDek}"><meta property="og:title" content="${nbTitle}"><meta property="og:site_name" content="NBC News">
<meta property="article:published_time" content="2025-11-04T10:00:00.000Z"><meta name="branch:deeplink:vertical" content="news">
<link rel="canonical" href="https://www.nbcnews.com/health/health-news/measles-outbreak-calloway-county-texas-rcna240117">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${nbTitle}","description":"${nbDek}",
"datePublished":"2025-11-04T10:00:00.000Z","dateModified":"2025-11-04T14:12:00.000Z","author":[{"@type":"Person","name":"Kendra Oyelaran"},
{"@type":"Person","name":"Tomás Elizondo"}],"publisher":{"@type":"NewsMediaOrganization","name":"NBC News"}}</script>
<link rel="stylesheet" href="https://nodeassets.nbcnews.example/_next/static/css/2c11f9e.css"></head>
<body class="news"><div id="__next"><div class="layout-container"><a class="skip-link" href="#content">Skip to Content</a>
<header class="navbar" id="navbar"><div class="navbar__inner"><a href="https://www.nbcnews.com" class="navbar__logo"><span
class="sr-only">NBC News Logo</span></a>
<nav class="navbar__nav-sections"><ul class="navbar-nav">${links(nbNav, 'navbar-nav__item')}</ul></nav><div class="navbar__account">
<button class="account-login" data-testid="account-login">Sign In</button><a class="account-signup"
href="https://id.nbcnews.com/signup">Create your free profile</a></div>
<button class="menu-toggle" aria-label="Open menu"><span class="sr-only">Sections</span></button></div>
<div class="menu-sections"
aria-hidden="true" hidden><ul>${links(
  ['Video Features', 'Photos', 'NBC News Now', 'NBC Select', 'NBC Latino', 'NBC OUT'],
  'menu-sections__item',
)}</ul></div></header>
<div id="content" class="article"><section class="article-hero article-hero--default"><div class="article-hero__container">
<div class="article-hero__unibrow"><a class="unibrow founders-mono" href="https://www.nbcnews.com/health/health-news"><span>Health news</span></a></div>
<h1 class="article-hero-headline__htag lh-none-print black-print">${nbTitle}</h1>
<div class="article-dek"><h2 class="styles_dek__Kf2J1">${nbDek}</h2></div></div>
<figure class="article-hero__main-image"><picture><img alt="A nurse fills a syringe"
src="https://media-cldnry.s-nbcnews.example/image/upload/t_fit-1240w/rockcms/2025-11/251104-measles.jpg"
width="1240" height="826"></picture><figcaption class="caption">${nbCaption}<span class="caption__source">${nbSource}</span></figcaption></figure></section>
<div class="article-body layout-grid-container"><div class="article-body__sidebar"><div class="article-inline-byline"><span class="byline-name"
data-testid="byline-name">
By <a href="https://www.nbcnews.com/author/kendra-oyelaran">Kendra Oyelaran</a> and <a
href="https://www.nbcnews.com/author/tomas-elizondo">Tomás Elizondo</a></span></div>
<div class="article-body__date-source"><time datetime="2025-11-04T10:00:00.000Z">Nov. 4, 2025, 5:00 AM EST</time><span class="article-body__updated">
 / Updated Nov. 4, 2025, 9:12 AM EST</span></div>
<div class="share-list" data-testid="share-list"><span class="share-list__title">Share &amp; Save</span><ul>${nbShare
  .map(
    (t) => `<li class="share-list__item">
<button class="share-list__button" aria-label="${t}"><span class="sr-only">${t}</span></button></li>`,
  )
  .join('')}</ul><button class="share-list__save">Save</button></div></div>
<div class="article-body__content">
${nbPs(nbP1.slice(0, 3))}
<div class="ad-container" data-testid="ad-container"><div class="ad"><span class="ad-label">Advertisement</span><div id="boxinline-1"
class="ad__slot"></div></div></div>
${nbPs(nbP1.slice(3))}
<div class="recommended-intext" data-testid="recommended-intext"><span class="recommended-intext__eyebrow">Recommended</span><ul>
${nbRec
  .map(
    ([u, h]) => `<li class="recommended-intext__item"><a href="https://www.nbcnews.com/health/health-news/${h?.length}"><span
class="recommended-intext__unibrow">${u}</span>
<span class="recommended-intext__headline">${h}</span></a></li>`,
  )
  .join('\n')}</ul></div>
<h2 class="">${nbH1}</h2>
${nbPs(nbP2)}
<div class="expanded-byline-contributors articleBylineContainer"><div class="expanded-byline">
${nbBios.map((b) => `<div class="expanded-byline__item"><div class="expanded-byline__bio">${b}</div></div>`).join('\n')}
<p class="expanded-byline__contributors"><em>${nbContrib}</em></p></div></div></div></div>
<section class="newsletter-signup" data-testid="newsletter-signup"><h3 class="newsletter-signup__title">${nbNews[0]}</h3><p>${nbNews[1]}</p>
<form><label for="nl">${nbNews[2]}</label><input id="nl" type="email"><button type="submit">${nbNews[3]}</button></form></section>
<section class="taboola-feed"><div class="trc_rbox_header"><span class="trc_rbox_header_span">${nbSponsored[0]}</span><a
class="trc_header_ext">${nbSponsored[1]}</a></div>
<div class="trc_rbox_div">${nbSponsored
  .slice(2)
  .map((t) => `<a class="item-thumbnail-href" rel="sponsored"><span class="video-title">${t}</span></a>`)
  .join('')}</div></section>
</div></div><footer class="footer"><ul class="footer__links">${links(nbFoot, 'footer__item')}</ul><p class="footer__copyright">${nbCopy}</p></footer>
</div><script id="__NEXT_DATA__" type="application/json">{"props":{"initialState":{"article":{"content":[{"id":"rcna240117"}]}}}}</script></body></html>`;
export const nbcStory: TestPage = {
  name: 'heldout124-nbcnews-news',
  kind: 'news',
  html: nbHtml,
  // the dek is body; the unibrow, caption and source, share list, the "Recommended" block with its unibrows, author bios,
  // newsletter and sponsored feed are furniture; the byline, the times and the contributor line are bylines
  title: nbTitle,
  headings: [nbH1],
  body: texts([nbDek, ...nbP1, ...nbP2]),
  bylines: ['By Kendra Oyelaran and Tomás Elizondo', 'Nov. 4, 2025, 5:00 AM EST', '/ Updated Nov. 4, 2025, 9:12 AM EST', nbContrib],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to Content', 'NBC News Logo', ...nbNav, 'Sign In', 'Create your free profile', 'Sections', 'Video Features', 'Photos', 'NBC News Now',
    'NBC Select', 'NBC Latino', 'NBC OUT', 'Health news', nbCaption, nbSource, 'Share & Save', ...nbShare, 'Save', 'Advertisement', 'Recommended',
    ...nbRec.map(([, h]) => h ?? ''), ...nbBios, ...nbNews, ...nbSponsored, ...nbFoot, nbCopy,
  ])],
};
