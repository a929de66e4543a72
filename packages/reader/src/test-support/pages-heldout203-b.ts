import { links, type TestPage, texts } from './page-kit.js';
import { runnersWorldPage } from './pages-heldout203-b2.js';

/**
 * Held-out batch 203, file b: an Architectural Digest news story on the Condé Nast "verso" template (the AD navigation with
 * "AD PRO", rubric, hed, dek, byline and date, an in-body gallery embed with captions and credits, a pull quote that repeats
 * a body sentence, "Advertisement" slots, the "Get AD in your inbox" unit, "More From AD" cards, the cookie banner and the
 * footer) and, from file b2, a Runner's World training article.
 */
const title = 'A Brutalist Library in Leeds Is Being Turned Into 40 Artists’ Studios';
const dek = 'The concrete landmark, closed since 2016, will reopen next spring with workspaces, a print room and a rooftop garden.';
const p1 = [
  'For almost a decade, the former Harehills Branch Library has been one of the most photographed empty buildings in the north ' +
    'of England. Its stepped concrete terraces and deep-set windows have appeared on postcards, record sleeves and at least one ' +
    'television crime drama. Inside, pigeons have had the run of the reading rooms.',
  'This week the city council confirmed that the building has been sold for a nominal sum to Fold Studios, a nonprofit that ' +
    'runs low-cost workspaces for artists in three other cities. The group plans to create 40 studios, a shared print room and ' +
    'a public gallery on the ground floor.',
];
const h1 = 'Restoring rather than replacing';
const p2 = [
  'The renovation is being led by the local practice Marr Okafor Architects, whose founders grew up a few streets away. Partner ' +
    'Adaeze Okafor says the aim is to change as little as possible. “The building was designed to let light fall across long ' +
    'tables,” she says. “That is exactly what a painter wants. We just need to make it warm and dry.”',
  'The most visible change will be on the roof, where a planted terrace will replace a tangle of old ventilation ducts. The ' +
    'original timber shelving in the main hall will be kept and used to store work in progress.',
  'Okafor expects the concrete to need careful repair rather than replacement. Around a fifth of the exterior panels show ' +
    'cracking where water has reached the steel inside, and each one will be patched by hand using a mix matched to the ' +
    'original aggregate.',
];
const h2 = 'Affordable space for working artists';
const p3 = [
  'Studios will rent for between £95 and £180 a month, well below commercial rates in the city. Fold Studios says a quarter ' +
    'of the spaces will be reserved for artists in their first five years of practice.',
  'Local residents, many of whom campaigned against demolition in 2019, have been promised free use of the gallery for ' +
    'community exhibitions. The first is expected to be a show of photographs of the library taken by its former users.',
];
const quote = 'The building was designed to let light fall across long tables.';
const nav = ['Celebrity Homes', 'Architecture', 'Design', 'Shopping', 'Renovation', 'Video', 'AD PRO'];
const gallery = [
  { cap: 'The main reading room as it looks today, with its original shelving still in place.', cr: 'Photo: Tom Ashworth' },
  { cap: 'A rendering of the rooftop garden planned for the building.', cr: 'Rendering courtesy of Marr Okafor Architects' },
];
const news = ['Get AD in your inbox', 'The best of design, decor, and architecture, delivered weekly.', 'Your email address', 'Sign Me Up'];
const more = [
  'Inside a Copenhagen Apartment Where Every Room Is a Different Green',
  'The 12 Best Outdoor Rugs, Tested by AD Editors',
  'A Forgotten Modernist Chapel in Wales Finds a New Congregation',
];
const cookie = 'We use cookies and similar technologies to personalise content and ads, and to analyse our traffic.';
const foot = ['About AD', 'Contact Us', 'Newsletters', 'Subscribe', 'User Agreement', 'Privacy Policy', 'Ad Choices', 'CN Store'];
const legal = '© 2025 Condé Nast. All rights reserved. Architectural Digest may earn a portion of sales from products purchased through our site.';
const ad = '<div class="ad ad--in-content"><div class="ad__label">Advertisement</div><div class="ad__slot"></div></div>';
const ps = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const html = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>${title} | Architectural Digest</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${dek}">
<meta property="og:site_name" content="Architectural Digest"><link rel="canonical" href="https://www.architecturaldigest.com/story/leeds-library">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${title}",
"author":[{"@type":"Person","name":"Priya Dhanani"}],"datePublished":"2025-09-18T09:00:00.000-04:00"}</script></head>
<body><div id="app-root"><div class="page-wrapper"><a class="SkipLinkWrapper" href="#main-content">Skip to main content</a>
<header class="StandardNavigationWrapper" role="banner"><a href="/"><span class="visually-hidden">Architectural Digest</span></a>
<nav aria-label="Main"><ul>${links(nav, 'NavigationListItem')}</ul></nav>
<div class="NavigationUtilities"><a href="/newsletter">Newsletter</a><a href="/auth/initiate">Sign In</a></div></header>
<main id="main-content"><article class="article main-content"><header class="ContentHeaderWrapper">
<div class="RubricWrapper"><a href="/architecture"><span class="RubricName">News</span></a></div>
<h1 data-testid="ContentHeaderHed" class="BaseWrap-sc-gjQpdd ContentHeaderHed-NCyCC">${title}</h1><div class="ContentHeaderDek">${dek}</div>
<div class="BylinesWrapper"><span class="BylinePreamble">By </span><a class="BylineLink" href="/contributor/priya-dhanani">
<span class="BylineName">Priya Dhanani</span></a></div>
<time data-testid="ContentHeaderPublishDate" datetime="2025-09-18">September 18, 2025</time></header>
<div class="ArticlePageChunks"><div class="BodyWrapper" data-journey-hook="client-content"><div class="body__inner-container">
${ps(p1)}
<div class="GalleryEmbedWrapper" data-testid="GalleryEmbed">${gallery
  .map(
    (g, i) => `<figure class="GallerySlide" data-index="${i}"><img alt="" src="https://media.architecturaldigest.com/photos/${i}.jpg">
<figcaption><span class="CaptionText">${g.cap}</span><span class="CaptionCredit">${g.cr}</span></figcaption></figure>`,
  )
  .join('\n')}<span class="GallerySlideCount">1 / 2</span></div>
<h2>${h1}</h2>
${ps(p2.slice(0, 1))}
<aside class="PullQuoteWrapper"><blockquote class="PullQuoteText">${quote}</blockquote></aside>
${ps(p2.slice(1))}
</div></div>${ad}<div class="BodyWrapper" data-journey-hook="client-content"><div class="body__inner-container">
<h2>${h2}</h2>
${ps(p3)}
</div></div></div>
<div class="NewsletterSubscribeFormWrapper"><h3>${news[0]}</h3><p>${news[1]}</p><form><label for="nl">${news[2]}</label>
<input id="nl" type="email"><button type="submit">${news[3]}</button></form></div></article>
<section class="RecircWrapper"><h2 class="SummaryCollectionGridHed">More From AD</h2>
<ul>${more.map((t, i) => `<li><a href="/story/${i}"><h3 class="SummaryItemHed">${t}</h3></a></li>`).join('\n')}</ul></section>${ad}</main>
<footer class="StandardFooterWrapper"><ul>${links(foot, 'FooterLink')}</ul><p>${legal}</p></footer></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${cookie}</p>
<button id="onetrust-accept-btn-handler">Accept</button><button id="onetrust-reject-all-handler">Reject</button>
<button id="onetrust-pc-btn-handler">Settings</button></div></div>
<script src="https://www.architecturaldigest.com/verso/static/ad/assets/main.js" defer></script></body></html>`;

const adPage: TestPage = {
  name: 'heldout203-architectural-digest-news',
  kind: 'news',
  html,
  title,
  headings: [h1, h2],
  body: texts([dek, ...p1, ...p2, ...p3]),
  bylines: ['Priya Dhanani', 'September 18, 2025'],
  // the pull quote repeats a sentence of the body and is in neither list
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...nav, 'Newsletter', 'Sign In', 'News', ...gallery.flatMap((g) => [g.cap, g.cr]), '1 / 2', 'Advertisement',
    ...news, 'More From AD', ...more, ...foot, legal, cookie, 'Accept', 'Reject', 'Settings',
  ],
};

export const HELDOUT203_B: readonly TestPage[] = [adPage, runnersWorldPage];
