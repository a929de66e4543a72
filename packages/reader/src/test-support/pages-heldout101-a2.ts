import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 101, file a2: an NBC News story as the Next.js site renders it (the navbar with its section links, "Sign
 * In" and the hidden profile menu, the unibrow, headline and dek, the lead image with caption and source, the inline
 * byline and timestamps, the "Share & Save" menu, the body with an in-text "Related" card, an inline newsletter box and
 * two section headings, the contributor bio, the "Sponsored Stories" rail and the footer).
 */
const nbTitle = 'Rural clinics in Nevada are flying blood samples by drone. Patients say results come days sooner.';
const nbDek = 'A pilot program links four clinics to a regional lab, cutting the wait for routine tests from as long as five days to a few hours.';
const nbP1 = [
  'ELY, Nev. — Every weekday at 10:15 a.m., a white drone the size of a patio table lifts off the gravel lot behind the Steptoe Valley ' +
    'clinic, climbs to 400 feet and heads southwest over the sagebrush with a cooler of blood samples strapped underneath.',
  'Forty-one minutes later it lands on the roof of a laboratory in Tonopah, 110 miles away by road. Before the program began in April, ' +
    'the same samples rode in a courier van that came twice a week.',
  '“If your potassium was off on a Monday, you might not find out until Friday,” said Dr. Lucia Ferrante, the clinic’s only physician. ' +
    '“Now I’m calling patients the same afternoon.”',
];
const nbH1 = 'How the program works';
const nbP2 = [
  'The project is run by the Great Basin Rural Health Cooperative, which operates four clinics across White Pine and Nye counties, and ' +
    'is paid for with a two-year, $3.8 million state grant. The drones are operated by Highline Aerial, a Reno company that received ' +
    'federal approval last year to fly beyond its pilots’ line of sight on fixed routes.',
  'Each drone carries up to 6 pounds in an insulated box that records its temperature every minute. A pilot in Reno monitors up to ' +
    'three flights at once and can bring a drone down at one of nine emergency landing spots along each route.',
  'So far the drones have flown 1,130 trips and missed 14 because of wind or snow, according to figures the cooperative shared with ' +
    'NBC News. On those days the samples went by van.',
];
const nbH2 = 'Questions about cost';
const nbP3 = [
  'Not everyone is convinced the program can last once the grant runs out. Each flight costs about $180, compared with roughly $90 per ' +
    'sample run for the courier, said Mark Osterhout, the cooperative’s finance director.',
  '“The question isn’t whether it works. It works,” Osterhout said. “The question is who pays for it in 2027.”',
  'The cooperative is asking the state’s Medicaid program to cover part of the cost, arguing that faster results mean fewer emergency ' +
    'room visits. Ferrante said she has already seen that happen.',
  '“I had a man in September whose labs showed his kidneys were failing,” she said. “We got him to Reno that night. Under the old ' +
    'system, he would have been in the ER by the weekend, if he was lucky.”',
];
const nbNav = ['Politics', 'U.S. News', 'World', 'Local', 'Business', 'Health', 'Investigations', 'Culture & Trends', 'Sports', 'Science', 'Tech & Media'];
const nbCaption = 'A drone carrying blood samples leaves the Steptoe Valley clinic in Ely, Nev., on Oct. 21.';
const nbSource = 'Anna Kessler / for NBC News';
const nbRelated = 'Rural hospitals are closing maternity wards. Here’s where women are driving to give birth.';
const nbNews = [
  'Get the Morning Rundown',
  'Get a head start on the morning’s top stories.',
  'SIGN UP',
  'This site is protected by recaptcha',
  'Privacy Policy',
];
const nbBio = 'Jordan Pike is a national reporter for NBC News based in Las Vegas.';
const nbSponsored = ['Sponsored Stories', 'The one kitchen gadget retirees swear by this winter', 'Doctors are stunned by this simple morning habit'];
const nbFoot = [
  'About',
  'Contact',
  'Help',
  'Careers',
  'Ad Choices',
  'Your Privacy Choices',
  'CA Notice',
  'Terms of Service',
  'NBC News Sitemap',
  'Closed Captioning',
  'Advertise',
  'Select Shopping',
];
const nbCopy = '© 2025 NBCUniversal Media, LLC';
const nbPs = (a: readonly string[]): string => a.map((p) => `<p class="">${p}</p>`).join('\n');
const nbHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rural clinics in Nevada are flying blood samples by drone</title>
<meta name="description" content="${nbDek}"><meta property="og:title" content="${nbTitle}"><meta property="og:site_name" content="NBC News">
<meta name="branch:deeplink:pageType" content="article"><meta name="article:section" content="U.S. News">
<link rel="canonical" href="https://www.nbcnews.example/news/us-news/rural-clinics-nevada-flying-blood-samples-drone-rcna241180">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nbTitle}",
"datePublished":"2025-11-12T11:00:00.000Z","dateModified":"2025-11-12T14:32:00.000Z","author":[{"@type":"Person","name":"Jordan Pike"}],
"publisher":{"@type":"NewsMediaOrganization","name":"NBC News"}}</script>
<script src="https://nodeassets.nbcnews.example/_next/static/chunks/webpack-3e0f1c.js" defer></script>
<link rel="stylesheet" href="https://nodeassets.nbcnews.example/_next/static/css/8a1c2e.css"></head>
<body class="news"><div id="__next"><div class="globalNavigation">
<header class="navbar" data-testid="header"><div class="navbar__wrapper"><a class="navbar-brand" href="https://www.nbcnews.example/">
<span class="sr-only">NBC News Logo</span></a><nav class="header__sections" aria-label="Sections"><ul>${links(nbNav, 'header__section')}</ul></nav>
<div class="header__profile"><button class="account-login" data-testid="account-login">Sign In</button>
<div class="profile-menu dn" hidden><p>Create your free profile or log in to save articles</p><a href="/account">Profile</a></div></div>
<button class="navbar-menu-button" aria-label="Open menu"><span class="icon icon-hamburger"></span></button></div></header></div>
<div class="layout-container"><article class="article"><section class="article-hero">
<div class="unibrow articleTitleSection"><a href="https://www.nbcnews.example/us-news">U.S. News</a></div>
<div class="article-hero-headline"><h1 class="article-hero-headline__htag">${nbTitle}</h1></div>
<div class="article-dek"><h2 class="styles_dek__mVr8c">${nbDek}</h2></div>
<figure class="article-hero__main-image"><picture><img src="https://media-cldnry.s-nbcnews.example/image/upload/drone.jpg" alt="Drone lifts off"></picture>
<figcaption class="caption"><span class="caption__container">${nbCaption}</span><span class="caption__source">${nbSource}</span></figcaption></figure></section>
<div class="article-body"><div class="article-body__section"><div class="article-body__first-section">
<div class="article-inline-byline"><span class="byline-name">By <a href="https://www.nbcnews.example/author/jordan-pike-ncpn1">Jordan Pike</a></span></div>
<div class="article-body__date-source"><time class="relative z-1" dateTime="2025-11-12T11:00:00.000Z" content="2025-11-12T11:00:00.000Z">
Nov. 12, 2025, 6:00 AM EST</time> / Updated <time dateTime="2025-11-12T14:32:00.000Z">Nov. 12, 2025, 9:32 AM EST</time></div>
<div class="social-share-menu"><button class="share-menu-toggle">Share &amp; Save</button><ul class="share-list" hidden>
<li><a href="#">Facebook</a></li><li><a href="#">X</a></li><li><a
href="#">Email</a></li><li><button>Save</button></li><li><button>Copy link</button></li></ul></div></div>
<div class="article-body__content">
${nbPs(nbP1)}
<aside class="recommended-intext" data-test="recommended"><div class="recommended-intext__title">Related</div>
<h3 class="recommended-intext__headline"><a href="https://www.nbcnews.example/health/rcna238812">${nbRelated}</a></h3></aside>
<h2>${nbH1}</h2>
${nbPs(nbP2)}
<section class="newsletter-signup inline-newsletter"><h3 class="newsletter-signup__title">${nbNews[0]}</h3><p>${nbNews[1]}</p>
<form><input type="email" aria-label="Enter your email" placeholder="Enter your email"><button type="submit">${nbNews[2]}</button></form>
<p class="newsletter-signup__legal">${nbNews[3]} <a href="https://www.nbcnews.example/privacy">${nbNews[4]}</a></p></section>
<div class="ad-container"><div class="ad boxinline" data-slot="boxinline"><span class="ad__label">ADVERTISEMENT</span></div></div>
<h2>${nbH2}</h2>
${nbPs(nbP3)}
</div><div class="expanded-byline-contributors articleBylineContainer"><div class="expanded-byline"><span class="byline-thumbnail"></span>
<a href="https://www.nbcnews.example/author/jordan-pike-ncpn1">Jordan Pike</a><p class="expanded-byline__bio">${nbBio}</p></div></div>
</div></div></article>
<section class="taboola-feed" data-placement="Below Article Thumbnails"><h2>${nbSponsored[0]}</h2>
<ul>${links(nbSponsored.slice(1))}</ul></section></div>
<footer class="footer"><div class="footer__wrapper"><a class="footer__logo" href="/"><span class="sr-only">NBC News Logo</span></a>
<ul class="footer__list">${links(nbFoot, 'footer__list-item')}</ul><p class="footer__copyright">${nbCopy}</p></div></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"id":"rcna241180","vertical":"news"}}},"page":"/article"}</script>
</body></html>`;
export const nbcPage: TestPage = {
  html: nbHtml,
  name: 'heldout101-nbcnews-news',
  kind: 'news',
  // the dek is body; the "Related" card, the inline newsletter box and the contributor bio are furniture
  title: nbTitle,
  headings: [nbH1, nbH2],
  body: texts([nbDek, ...nbP1, ...nbP2, ...nbP3]),
  bylines: ['By Jordan Pike', 'Nov. 12, 2025, 6:00 AM EST', 'Updated Nov. 12, 2025, 9:32 AM EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'NBC News Logo', ...nbNav, 'Sign In', 'Create your free profile or log in to save articles', 'Profile', nbCaption, nbSource,
    'Share & Save', 'Facebook', 'X', 'Email', 'Save', 'Copy link', 'Related', nbRelated, ...nbNews, 'ADVERTISEMENT', nbBio, ...nbSponsored,
    ...nbFoot, nbCopy,
  ],
};
