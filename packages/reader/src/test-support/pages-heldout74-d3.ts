import { links } from './page-kit.js';
import { type Block, render } from './pages-heldout74-kit.js';

/**
 * Held-out batch 74, page d3: a The Conversation shape article ("The Seminar"): the header with tagline, edition picker,
 * "Get newsletter", "Become an author", sign-in links and the topic menu, the headline, author line with affiliation, the
 * published time, the lead figure with caption and attribution, "Read more:" inline promos inside the article body, the
 * sidebar author box with role, "Disclosure statement", "Partners", the republish box and button, share links, topics,
 * the donation appeal, "Events" and "Jobs", and the footer.
 */
export const title = 'Jellyfish blooms are getting bigger. Here’s what that means for the fish on your plate';
export const blocks: readonly Block[] = [
  [
    'p',
    'Every summer, fishers along the coast of the Eastmoor Sound tell me the same story: nets so heavy with jellyfish that they tear, ' +
      'catches spoiled by stings and slime, and whole days lost cleaning gear. Ten years ago, these were unusual events. Now they are routine.',
  ],
  [
    'p',
    'My colleagues and I have spent the past eight years counting jellyfish in the sound, using a combination of trawl surveys, drones and ' +
      'underwater cameras. Our latest analysis, published this month in the Journal of Coastal Ecology, shows that the area covered by ' +
      'summer blooms has roughly tripled since 2017.',
  ],
  ['h2', 'Why are there more jellyfish?'],
  [
    'p',
    'Jellyfish are remarkably good at exploiting conditions that other marine animals find difficult. Three changes seem to be working in ' + 'their favour.',
  ],
  [
    'ul',
    [
      '<strong>Warmer water.</strong> Many species grow faster and reproduce earlier in the year when the sea is warm. Average summer ' +
        'temperatures in the sound have risen by about 1.4°C since the 1980s.',
      '<strong>Fewer competitors and predators.</strong> Decades of heavy fishing have removed many of the small fish that compete with ' +
        'jellyfish for plankton, and some of the larger fish and turtles that eat them.',
      '<strong>Low-oxygen zones.</strong> Run-off from farmland feeds algal blooms that use up oxygen in deeper water. Jellyfish tolerate ' +
        'these conditions far better than fish do.',
    ],
  ],
  [
    'p',
    'Coastal construction plays a part too. The polyps that produce young jellyfish need hard surfaces to attach to, and harbour walls, ' +
      'pontoons and offshore platforms provide plenty of them.',
  ],
  ['h2', 'What it means for fisheries'],
  [
    'p',
    'Large blooms affect fishing in two ways. The direct effect is the one fishers notice: damaged nets, clogged cooling intakes on boats ' +
      'and catches that cannot be sold. In one survey of 64 boats, skippers reported losing an average of nine fishing days a year to jellyfish.',
  ],
  [
    'p',
    'The indirect effect is harder to see but may matter more. Jellyfish eat fish eggs and larvae, and they eat the same plankton that young ' +
      'fish depend on. In years with large blooms, we found that the number of juvenile herring in the sound the following spring was about ' +
      'a third lower than average.',
  ],
  [
    'p',
    'That creates a feedback loop. Fewer young fish means more food for jellyfish, which means bigger blooms the next year. Some marine ' +
      'ecosystems elsewhere in the world have shifted into a state dominated by jellyfish and have been slow to recover.',
  ],
  ['h2', 'Can anything be done?'],
  [
    'p',
    'There is no simple fix, but there are sensible steps. Reducing fertiliser run-off would shrink the low-oxygen zones that favour ' +
      'jellyfish. Protecting the fish that compete with them, for example by closing spawning grounds during the breeding season, would ' +
      'help rebuild a more balanced food web.',
  ],
  [
    'p',
    'Better forecasting would also make a difference. Using water temperature and current data, we can now predict where large blooms are ' +
      'likely to appear up to a week ahead with reasonable accuracy. A pilot warning service for local skippers will start next summer.',
  ],
  [
    'p',
    'Some people suggest we simply eat the jellyfish. A few species are edible and are already a delicacy in parts of Asia, but the species ' +
      'that dominate our blooms are not among them. For now, the more useful lesson is that a sea full of jellyfish is usually a sign that ' +
      'something else has gone wrong.',
  ],
];
export const header = ['The Seminar', 'Academic depth, plain words'];
export const edition = ['Edition:', 'Available editions', 'UK', 'Global', 'Australia', 'Canada'];
export const account = ['Get newsletter', 'Become an author', 'Sign up as a reader', 'Sign in', 'Search'];
export const nav = ['Arts + Culture', 'Business + Economy', 'Education', 'Environment', 'Health', 'Politics + Society', 'Science + Technology', 'Podcasts'];
export const authorLine = 'Rebecca Thornhill, University of Eastmoor';
export const published = 'Published: November 12, 2025 2:14pm GMT';
export const caption = 'A moon jellyfish bloom in the Eastmoor Sound, August 2025.';
export const attribution = 'Tom Greaves/Shutterstock';
export const readMore = [
  'Read more:',
  'Ocean heatwaves are becoming more frequent – here’s how they affect sea life',
  'Why overfishing makes ecosystems less resilient',
];
export const authorBox = ['Author', 'Rebecca Thornhill', 'Senior Lecturer in Marine Ecology, University of Eastmoor'];
export const disclosure = [
  'Disclosure statement',
  'Rebecca Thornhill receives funding from the Natural Environment Research Council and the Eastmoor Fisheries Trust.',
];
export const partners = ['Partners', 'University of Eastmoor provides funding as a member of The Seminar UK.', 'View all partners'];
export const republish = [
  'We believe in the free flow of information',
  'Republish our articles for free, online or in print, under Creative Commons licence.',
  'Republish this article',
];
export const share = ['Email', 'X (Twitter)', 'Facebook', 'LinkedIn', 'WhatsApp', 'Messenger', 'Print'];
export const topics = ['Fisheries', 'Jellyfish', 'Marine ecology', 'Ocean warming'];
export const donate = [
  'Before you go...',
  'Independent, expert-led journalism depends on readers like you. Every donation helps us keep our articles free to read and republish.',
  'Donate now',
];
export const events = ['Events', 'Public lecture: Rewilding the coast', 'More events'];
export const jobs = ['Jobs', 'Lecturer in Marine Biology', 'Research Fellow, Coastal Systems', 'More jobs'];
export const footer = [
  'Who we are',
  'Our charter',
  'Our team',
  'Partners and funders',
  'Resource for media',
  'Contact us',
  'Privacy policy',
  'Terms and conditions',
  'Corrections',
];
export const copyright = 'Copyright © 2010–2025, The Seminar Trust (UK) Limited';

const promo = (i: number): string =>
  `<aside class="inline-promos"><p><strong>${readMore[0]}</strong> <a href="/article-${140 + i}" data-promo-type="read-more">${readMore[i]}</a></p></aside>`;

export const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Blooms have tripled in size since 2017.">
<meta property="og:title" content="${title}"><meta property="og:type" content="article">
<meta name="citation_title" content="${title}"><meta name="citation_author" content="Rebecca Thornhill">
<link rel="canonical" href="https://theseminar.com/jellyfish-blooms-are-getting-bigger-267433">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2025-11-12T14:14:33Z",
"author":[{"@type":"Person","name":"Rebecca Thornhill","url":"https://theseminar.com/profiles/rebecca-thornhill-1188321"}],
"publisher":{"@type":"Organization","name":"The Seminar"},"license":"https://creativecommons.org/licenses/by-nd/4.0/"}</script>
<link rel="stylesheet" media="all" href="/assets/application-2f7d9e.css"></head>
<body class="articles show uk"><div id="outer"><header id="site-header" class="site-header" role="banner"><div class="site-header-top">
<a class="brand" href="/uk"><span class="logo">${header[0]}</span><span class="tagline">${header[1]}</span></a>
<div class="edition-picker"><span class="label">${edition[0]}</span><button class="edition-toggle">${edition[2]}</button>
<div class="edition-menu" hidden><p>${edition[1]}</p><ul>${links(edition.slice(3), 'edition')}</ul></div></div>
<ul class="account-links">${links(account, 'account-link')}</ul></div>
<nav class="site-nav" aria-label="Topics"><ul>${links(nav, 'site-nav-item')}</ul></nav></header>
<main id="main" class="container"><article class="article" itemscope itemtype="http://schema.org/Article">
<header class="content-header"><h1 class="legacy entry-title instapaper_title" itemprop="name">${title}</h1>
<div class="content-header-block"><p class="authors"><a class="author-link" href="/profiles/rebecca-thornhill-1188321" rel="author">${authorLine}</a></p>
<p class="timestamps"><time datetime="2025-11-12T14:14:33Z" itemprop="datePublished">${published}</time></p></div></header>
<div class="grid-ten large-grid-nine grid-last content-body content entry-content instapaper_body inline-promos" itemprop="articleBody">
<figure class="align-center "><img alt="Jellyfish in green water" src="https://images.theseminar.com/files/601112/original/file-20251110.jpg?w=754">
<figcaption><span class="caption">${caption}</span> <span class="attribution"><a class="source" href="#">${attribution}</a></span></figcaption></figure>
${render(blocks, {}, { 2: promo(1), 10: promo(2) })}
</div>
<aside class="content-sidebar"><div class="content-authors-group"><h3>${authorBox[0]}</h3><ul><li class="author">
<a href="/profiles/rebecca-thornhill-1188321"><img src="/avatars/1188321.jpg" alt=""><span class="author-name">${authorBox[1]}</span>
<span class="role">${authorBox[2]}</span></a></li></ul></div>
<div class="disclosure"><h3>${disclosure[0]}</h3><p>${disclosure[1]}</p></div>
<div class="partners"><h3>${partners[0]}</h3><a href="/institutions/university-of-eastmoor">
<img src="/logos/eastmoor.png" alt="University of Eastmoor logo"></a>
<p>${partners[1]}</p><a class="view-all" href="/uk/partners">${partners[2]}</a></div>
<div class="republish-box"><p class="republish-title">${republish[0]}</p><p>${republish[1]}</p>
<button class="republish-button" data-modal="republish">${republish[2]}</button></div>
<div class="share-article"><ul>${links(share, 'share-link')}</ul></div></aside>
<div class="topic-list-container"><ul class="topic-list">${links(topics, 'topic-list-item')}</ul></div></article>
<section class="donation-appeal"><h2>${donate[0]}</h2><p>${donate[1]}</p><a class="button" href="/uk/donate">${donate[2]}</a></section>
<aside class="rails"><section class="events"><h2>${events[0]}</h2><ul>${links(events.slice(1, 2))}</ul><a href="/uk/events">${events[2]}</a></section>
<section class="jobs"><h2>${jobs[0]}</h2><ul>${links(jobs.slice(1, 3))}</ul><a href="/uk/jobs">${jobs[3]}</a></section></aside></main>
<footer id="footer"><ul class="footer-links">${links(footer, 'footer-link')}</ul><p class="copyright">${copyright}</p></footer></div>
<script src="/assets/application-9c1e4b.js"></script></body></html>`;
