import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 88, file b2: a breaking story on NBC News (the hidden "IE 11 is not supported" notice, the header nav with
 * "Sign In", the red "BREAKING" banner linking a shorter headline, the section label, headline and dek, the share list,
 * the byline, the published and "Updated N minutes ago" times, the italic "This is a developing story" notice at the top of
 * the body, a lead video with its caption, an inline "RELATED" link, the "About" author line, the recommended rail, and the
 * footer).
 */
const nbTitle = 'Freight train carrying chemicals derails in Ohio town, forcing hundreds to evacuate';
const nbDek = 'Officials said at least four tank cars left the tracks near Millbrook. No injuries have been reported.';
const nbNotice = 'This is a developing story. Please check back for updates.';
const nbP = [
  'MILLBROOK, Ohio — A freight train carrying industrial chemicals derailed on the edge of this town of 6,000 people on ' +
    'Wednesday afternoon, and officials ordered residents within a mile of the crash site to leave their homes.',
  'At least four tank cars left the tracks at about 12:40 p.m. near the Route 9 crossing, according to the Haskett County ' +
    'Emergency Management Agency. One of the cars was leaking an unknown liquid, the agency said, and crews were working ' +
    'to identify it.',
  'No injuries had been reported as of Wednesday afternoon, Haskett County Sheriff Dana Whitcomb said at a brief news ' +
    'conference near the evacuation zone.',
  '“Our first job is getting people out of the area and keeping them out until we know exactly what we are dealing with,” ' +
    'Whitcomb said. “I would ask everyone to stay away from the scene.”',
  'The evacuation area covers roughly 400 homes, an elementary school and a nursing home, officials said. Students at ' +
    'Millbrook Elementary were taken by bus to the high school on the other side of town, where parents were being asked ' +
    'to pick them up.',
  'The train was operated by Great Lakes & Western Railroad, which said in a statement that it had sent hazardous materials ' +
    'teams to the site and was “cooperating fully with local, state and federal authorities.” The company did not say ' +
    'how many cars the train was pulling or what they were carrying.',
  'The National Transportation Safety Board said on social media that it was sending a team to investigate.',
  'State environmental officials were monitoring air quality around the site and had not detected dangerous levels of ' +
    'any chemical as of 2 p.m., a spokesperson for the Ohio Environmental Protection Agency said.',
  'Drone video aired by local television showed at least two cars lying on their sides in a field next to the tracks, with ' +
    'firefighters spraying water on a third.',
];
const nbNav = ['Politics', 'U.S. News', 'World', 'Business', 'Sports', 'Health', 'Science', 'Culture & Trends', 'Shopping', 'Weather'];
const nbShare = ['Share on Facebook', 'Share on X', 'Share via Email', 'Share via SMS', 'Print'];
const nbBanner = 'Train carrying chemicals derails in Ohio, hundreds evacuated';
const nbVideo = 'Drone footage shows derailed tank cars near Millbrook, Ohio';
const nbRelated = 'How railroad safety rules changed after the last big derailment';
const nbAbout = 'Ellis Monroe is a national reporter for NCN News based in Chicago.';
const nbRecommended = [
  'Winter storm to bring heavy snow to the Great Lakes this weekend',
  'Federal regulators propose new limits on train length',
  'What to know about hazardous materials on the nation’s railways',
];
const nbFoot = [
  'About',
  'Contact',
  'Help',
  'Careers',
  'Ad Choices',
  'Privacy Policy',
  'Your Privacy Choices',
  'Terms of Service',
  'NCN News Sitemap',
  'Closed Captioning',
  'Advertise',
];
const nbHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${nbTitle}</title><meta name="description" content="${nbDek}"><meta property="og:title" content="${nbTitle}">
<meta property="og:type" content="article"><meta name="branch:deeplink:vertical" content="news">
<meta property="article:published_time" content="2025-11-12T19:14:00.000Z"><meta property="article:modified_time" content="2025-11-12T19:51:00.000Z">
<link rel="canonical" href="https://www.ncnnews.example/news/us-news/freight-train-chemicals-derails-ohio-millbrook-evacuate-rcna241187">
<script type="application/ld+json">{"@context":{"@vocab":"http://schema.org/"},"@type":"NewsArticle","headline":"${nbTitle}",
"datePublished":"2025-11-12T19:14:00.000Z","dateModified":"2025-11-12T19:51:00.000Z","author":[{"@type":"Person","name":"Ellis Monroe"}],
"publisher":{"@type":"NewsMediaOrganization","name":"NCN News"}}</script>
<link rel="stylesheet" href="/_next/static/css/article.3e91c0a2.css"></head>
<body class="news"><div id="__next"><div class="ie-notice" hidden>IE 11 is not supported. For an optimal experience visit our site on another browser.</div>
<div class="layout-container"><header class="navbar navbar--news"><div class="navbar__wrapper"><a class="navbar-brand" href="/">
<span class="sr-only">NCN News Logo</span>
<svg></svg></a><nav class="navbar-menu"><ul class="navbar-menu__list">${links(nbNav, 'navbar-menu__item')}</ul></nav>
<a class="account-login" href="/account/signin">Sign In</a><button class="navbar-search" aria-label="Search">Search</button></div></header>
<div class="banner-breaking-news" data-test="breaking-news-banner"><div class="banner-breaking-news__inner">
<span class="banner-breaking-news__label">BREAKING</span>
<a class="banner-breaking-news__headline" href="/news/us-news/freight-train-chemicals-derails-ohio-millbrook-evacuate-rcna241187">${nbBanner}</a></div></div>
<main class="article" role="main"><article class="styles_article__N7Qe1"><section class="article-hero">
<div class="article-hero__unibrow"><a class="unibrow" href="/news/us-news">U.S. News</a></div>
<h1 class="article-hero-headline__htag lh-none-print black-print">${nbTitle}</h1>
<div class="article-dek"><h2 class="styles_articleDek__Icz5H">${nbDek}</h2></div></section>
<section class="article-body"><div class="article-body__section article-body__first-section">
<div class="article-share article-share--vertical"><ul class="article-share__list">${nbShare
  .map((t) => `<li><button class="article-share__button"><span class="sr-only">${t}</span><svg aria-hidden="true"></svg></button></li>`)
  .join('\n')}</ul></div>
<div class="article-inline-byline"><span>By </span><span class="byline-name"><a href="/author/ellis-monroe-ncna1041207">Ellis Monroe</a></span></div>
<div class="article-body__date-source"><time class="relative z-1" datetime="2025-11-12T19:14:00.000Z">Nov. 12, 2025, 2:14 PM EST</time>
<span class="article-body__last-updated"> / <time datetime="2025-11-12T19:51:00.000Z">Updated 9 minutes ago</time></span></div>
<figure class="inline-video inline-video--in-body"><div class="video-player" data-id="mmvo2487710" aria-label="${nbVideo}"><button>Play</button></div>
<figcaption class="inline-video__caption"><span class="inline-video__title">${nbVideo}</span><span class="inline-video__duration">00:48</span></figcaption>
</figure>
<div class="article-body__content">
<p class=""><em>${nbNotice}</em></p>
${nbP
  .slice(0, 5)
  .map((p) => `<p class="">${p}</p>`)
  .join('\n')}
<section class="related-item"><span class="related-item__eyebrow">RELATED</span><a href="/news/us-news/railroad-safety-rules-rcna212004"
class="related-item__title">${nbRelated}</a></section>
${nbP
  .slice(5)
  .map((p) => `<p class="">${p}</p>`)
  .join('\n')}
</div>
<div class="expanded-byline-contributors articleBylineContainer"><div class="expanded-byline__name"><span class="byline-name">Ellis Monroe</span></div>
<p class="expanded-byline__bio">${nbAbout}</p></div></div></section></article>
<aside class="recommended-rail"><h3 class="recommended-rail__title">Recommended</h3><ul>${links(nbRecommended, 'recommended-rail__item')}</ul></aside></main>
<footer class="footer"><div class="footer__logo"><span class="sr-only">NCN News Logo</span></div><ul class="footer__list">${links(nbFoot, 'footer__item')}</ul>
<p class="footer__copyright">© 2025 NCNUniversal</p></footer></div></div>
<script src="/_next/static/chunks/pages/article-7f3c1.js" defer></script></body></html>`;
export const nbcBreaking: TestPage = {
  html: nbHtml,
  name: 'heldout88-nbc-breaking-news',
  kind: 'news',
  // the dek is body; the "BREAKING" banner and its headline, the developing-story notice, video caption, "RELATED" link,
  // author bio and rails are furniture; the dateline opens the first paragraph and stays in it
  title: nbTitle,
  headings: [],
  body: [nbDek, ...texts(nbP)],
  bylines: ['Ellis Monroe', 'Nov. 12, 2025, 2:14 PM EST', 'Updated 9 minutes ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'IE 11 is not supported. For an optimal experience visit our site on another browser.', 'NCN News Logo', ...nbNav, 'Sign In', 'Search',
    'BREAKING', nbBanner, ...nbShare, 'Play', nbVideo, '00:48', nbNotice, 'RELATED', nbRelated, nbAbout, 'Recommended', ...nbRecommended,
    ...nbFoot, '© 2025 NCNUniversal',
  ],
};
