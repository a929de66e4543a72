import { links, type TestPage, texts } from './page-kit.js';
import { france24Story } from './pages-heldout98-a2.js';

/**
 * Held-out batch 98, file a: a DW (Deutsche Welle) story as the 2024 dw.com template renders it (skip links to content, main
 * menu and more DW sites, the header nav, the kicker, teaser, author and date with its screen-reader copy, the hero image with
 * its "Image:" credit, the rich text with an ad slot, an inline image, an embedded video announced by "Skip next section",
 * the edited-by line, the p.dw.com short link, the share menu, "Send us your feedback", "Related topics", "Explore more",
 * the consent banner and the footer) and, from file a2, a France 24 story.
 */
const dwTitle = 'German town turns flooded coal mine into a giant heat battery';
const dwTeaser = `Water in the old galleries under Kohlstedt stays at 24 degrees all year round. The town now stores summer heat down there
and pumps it back up in winter. Other former mining towns are watching closely.`;
const dwP1 = [
  `For more than a century, the men of Kohlstedt went down into the ground to dig lignite. Today the town is sending something back
down: heat. Since November, a pump station on the edge of the old pit has been drawing warm water from flooded galleries 300 meters
below the surface and feeding it into a district heating network that serves 1,900 homes.`,
  `"People laughed when we first talked about it," mayor Sabine Kroll told DW. "They said the mine had taken enough from this town.
Now it is finally giving something back."`,
];
const dwH1 = 'Water that stays warm all year';
const dwP2 = [
  `When the last shaft closed in 1994, the pumps that had kept the galleries dry were switched off and groundwater slowly filled the
tunnels. Warmed by the rock around it, the water settled at a steady 24 degrees Celsius (75 degrees Fahrenheit), summer and winter.`,
  `That makes it ideal for storage, says Jonas Albrecht, a geothermal engineer at the Technical University of Nordhagen who advised
the town. In summer, surplus heat from a solar thermal field and a large industrial bakery is pushed down into the upper galleries.
In winter, heat pumps raise the temperature of the water to around 70 degrees before it enters the network.`,
  `"The mine is essentially a thermos flask the size of a village," Albrecht said. "The rock loses very little heat, and the volume is
enormous, roughly 1.2 million cubic meters of water."`,
];
const dwH2 = 'Bills fall, but doubts remain';
const dwP3 = [
  `The project cost €14.5 million (about $15.7 million), two thirds of which came from federal and state funds set aside for regions
leaving coal behind. The municipal utility says customers on the network will pay around 18% less for heating this winter than they
would have with the gas boilers it replaced.`,
  `Not everyone is convinced. Some residents worry about the stability of the ground above the old tunnels, and a local citizens'
group has asked for independent monitoring of the water. Mine water often carries iron and sulfates, which can clog pipes and heat
exchangers over time.`,
  `"We are not against the idea," said Karl-Heinz Brandt, a retired miner who chairs the group. "We just want to know that someone
will still be checking in twenty years, when the politicians who opened it have moved on."`,
  `The utility says it tests the water chemistry every week and cleans the heat exchangers twice a year. Sensors installed by the
state mining authority have recorded no ground movement since the pumps were switched on.`,
];
const dwH3 = 'A model for the coal regions?';
const dwP4 = [
  `Germany has hundreds of abandoned mines, many of them flooded. A study commissioned by the Economy Ministry estimated last year that
mine water could cover up to 5% of heating demand in the country's former mining districts.`,
  `Several towns in the Ruhr and in Lusatia have sent delegations to Kohlstedt this winter, and Kroll says she now spends more time
giving tours of the pump station than she ever expected.`,
  `"Every town that loses its industry is told to reinvent itself," she said. "Sometimes the answer is already under your feet."`,
];
const dwNav = ['Germany', 'World', 'Business', 'Science', 'Environment', 'Culture', 'Sports'];
const dwSkips = ['Skip to content', 'Skip to main menu', 'Skip to more DW sites'];
const dwHero = 'Pipes at the new pump station lead down into the flooded galleries of the former mine';
const dwHeroCredit = 'Image: Paul Hennig/DW';
const dwInline = 'The last shaft in Kohlstedt closed in 1994, ending more than a century of mining';
const dwInlineCredit = 'Image: Stadtarchiv Kohlstedt';
const dwVideo = 'Germany’s coal regions search for a new start';
const dwShare = ['Facebook', 'X', 'WhatsApp', 'Telegram', 'Email', 'Copy link'];
const dwNoJs = 'To play this video please enable JavaScript and consider upgrading to a web browser that supports HTML5 video.';
const dwTopics = ['Germany', 'Energy transition', 'Coal', 'Renewable energy', 'Heating'];
const dwMore = [
  ['Can heat pumps replace gas in Germany’s old apartment blocks?', '03/04/2025'],
  ['Lusatia’s lakes: What happens to a landscape after coal', '02/21/2025'],
  ['EU court backs Germany’s coal exit compensation', '02/12/2025'],
];
const dwFeedback = 'Tell us what you think about this article, or point out errors. Your message will be read by our editors.';
const dwCookie = `We use cookies to improve our service for you. You can find more information in our data protection declaration.`;
const dwFoot = ['About DW', 'Contact', 'Jobs', 'Press', 'Legal notice', 'Privacy Policy', 'Accessibility statement', 'Privacy settings'];
const dwPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const dwH = (t: string, id: string): string => `<h2 id="${id}">${t}</h2>`;
const dwAd = (n: number): string => `<div class="sc-jRQBWg advertisement" data-ad-slot="dw_article_mrec_${n}" data-tracking-name="ad-slot">
<span class="sc-gKclnd ad-label">Advertisement</span><div id="gpt-ad-mrec-${n}" class="ad-container"></div></div>`;
const dwSkip = (id: string, label: string): string => `<a class="sc-kDTinF skip-link sr-only-focusable" href="#${id}">Skip next section
<span class="skip-link-label">${label}</span></a>`;
const dwHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${dwTitle} – DW – 03/11/2025</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Water in the old galleries under Kohlstedt stays warm.">
<meta property="og:site_name" content="dw.com"><meta property="og:type" content="article"><meta property="og:title" content="${dwTitle}">
<meta property="og:image" content="https://static.dw.example/image/71234567_6.jpg"><meta name="twitter:site" content="@dwnews">
<meta name="dw:content-id" content="71890245"><meta name="dw:content-type" content="article"><link rel="canonical" href="https://www.dw.com/en/a-71890245">
<link rel="alternate" hreflang="de" href="https://www.dw.com/de/a-71889911"><link rel="stylesheet" href="https://static.dw.example/assets/main.7f3c1a.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${dwTitle}","datePublished":"2025-03-11T09:12:00.000Z",
"dateModified":"2025-03-11T11:40:00.000Z","author":[{"@type":"Person","name":"Anna Weber","url":"https://www.dw.com/en/anna-weber/person-53112"}],
"publisher":{"@type":"Organization","name":"Deutsche Welle","logo":{"@type":"ImageObject","url":"https://static.dw.example/logo.png"}},
"isAccessibleForFree":true,"articleSection":"Germany"}</script>
<script>window.__APP_STATE__={"contentId":71890245,"lang":"en","navigation":"germany","adsEnabled":true};</script>
<script async src="https://static.dw.example/assets/main.7f3c1a.js"></script></head>
<body class="sc-hKMtZM"><div id="root">
<nav class="sc-eCYdqJ skip-links" aria-label="Skip links">
${dwSkips.map((t, i) => `<a class="sc-kDTinF sr-only-focusable" href="#${['main-content', 'navigation', 'dw-sites'][i]}">${t}</a>`).join('\n')}</nav>
<header class="sc-jSMfEi header" data-tracking-name="header"><div class="header-top"><a class="logo" href="/en/top-stories/s-9097" aria-label="DW">
<svg class="dw-logo" viewBox="0 0 64 38" aria-hidden="true"><path d="M0 0h64v38H0z"></path></svg></a>
<button class="sc-cxpSdN menu-toggle" aria-controls="navigation" aria-expanded="false">Menu</button>
<a class="sc-llJcti live-tv-link" href="/en/live-tv/channel-english">Live TV</a>
<button class="sc-iIPllB search-toggle" aria-label="Search">Search</button>
<div class="language-switch"><button aria-expanded="false" aria-haspopup="listbox"><span class="current-language">English</span></button></div></div>
<nav id="navigation" class="sc-fLlhyt main-nav" aria-label="Main menu"><ul class="nav-items">
${dwNav.map((t) => `<li class="nav-item"><a href="/en/${t.toLowerCase()}/s-${t.length * 1031}" data-tracking-name="navigation">${t}</a></li>`).join('\n')}
</ul></nav></header>
<main id="main-content" class="sc-bjUoiL content-area"><article class="sc-dkzDqf article-details" data-content-id="71890245" data-tracking-name="article">
<header class="sc-hAZoDl article-header"><span class="sc-fnykZs kicker"><a href="/en/germany/s-1432">Energy</a></span>
<h1 class="sc-jqUVSM headline">${dwTitle}</h1>
<div class="sc-bqWxrE author-details"><span class="author"><a href="/en/anna-weber/person-53112" class="author-link">Anna Weber</a></span>
<span class="publication-date"><time datetime="2025-03-11T09:12:00.000Z" aria-hidden="true">03/11/2025</time>
<span class="sr-only">March 11, 2025</span></span></div>
<p class="sc-ksZaOG teaser-text">${dwTeaser}</p></header>
<figure class="sc-hiMGwR hero-image"><picture><source srcset="https://static.dw.example/image/71234567_906.webp" media="(min-width: 1024px)">
<img src="https://static.dw.example/image/71234567_6.jpg" alt="Pipes lead down into a mine shaft" width="1920" height="1080"></picture>
<figcaption class="sc-jIZahH"><span class="description">${dwHero}</span><span class="credits">${dwHeroCredit}</span></figcaption></figure>
<div class="sc-himrzO rich-text" data-tracking-name="rich-text">
${dwPs(dwP1)}
${dwH(dwH1, 'warm-all-year')}
${dwPs(dwP2.slice(0, 2))}
${dwAd(1)}
${dwPs(dwP2.slice(2))}
<figure class="sc-ikZpkk placeholder-image embed-image"><img src="https://static.dw.example/image/71234890_4.jpg" alt="A headframe over a mine shaft"
loading="lazy"><figcaption class="sc-jIZahH"><span class="description">${dwInline}</span><span class="credits">${dwInlineCredit}</span></figcaption></figure>
${dwH(dwH2, 'bills-and-doubts')}
${dwPs(dwP3.slice(0, 2))}
<div class="sc-ckEbSK embed video-embed" data-tracking-name="video-embed">${dwSkip('after-video-71877300', dwVideo)}
<div class="sc-fEXmlR video-player" data-video-id="71877300"><div class="vjs-poster" aria-hidden="true"></div>
<div class="video-title"><span class="sr-only">Video title</span><h3 class="title">${dwVideo}</h3><span class="duration">03:12</span></div>
<noscript><p>${dwNoJs}</p></noscript></div>
<span id="after-video-71877300" tabindex="-1"></span></div>
${dwPs(dwP3.slice(2))}
${dwAd(2)}
${dwH(dwH3, 'model-for-coal-regions')}
${dwPs(dwP4)}
<p class="sc-gicCDI editor-line"><em>Edited by: Martin Keller</em></p>
</div>
<footer class="sc-ciZhAO article-footer"><div class="short-url"><span class="sr-only">Permalink</span><span>https://p.dw.com/p/4rKq7</span></div>
<div class="sc-jdAMXn share-menu"><button class="share-toggle" aria-expanded="false">Share</button><ul class="share-list" hidden>
${dwShare.map((t) => `<li><a class="share-item" data-share="${t.toLowerCase().replace(' ', '-')}" href="#">${t}</a></li>`).join('\n')}</ul>
<span class="copy-confirmation" role="status" hidden>Link copied</span></div></footer></article>
<section class="sc-hHTYSt feedback" aria-labelledby="feedback-title">${dwSkip('after-feedback', 'Send us your feedback')}
<h2 id="feedback-title" class="sc-gXmSlM">Send us your feedback</h2><p>${dwFeedback}</p>
<a class="sc-fXynhf button" href="/en/contact/feedback?contentId=71890245">Give feedback</a><span id="after-feedback"></span></section>
<section class="sc-dmctIk related-topics" aria-labelledby="related-topics-title">${dwSkip('after-related-topics', 'Related topics')}
<h2 id="related-topics-title">Related topics</h2><ul class="topic-list">${links(dwTopics, 'topic')}</ul><span id="after-related-topics"></span></section>
<section class="sc-iBYQkv explore-more" aria-labelledby="explore-more-title">${dwSkip('after-explore-more', 'Explore more')}
<h2 id="explore-more-title">Explore more</h2>
${dwMore
  .map(
    ([t, d]) => `<div class="sc-teaser teaser"><a href="/en/a-7${(t ?? '').length}1234"><h3 class="teaser-title">${t}</h3></a>
<span class="teaser-date"><time>${d}</time></span></div>`,
  )
  .join('\n')}<span id="after-explore-more"></span></section>
${dwAd(3)}</main>
<footer id="dw-sites" class="sc-gUAEMC footer"><div class="footer-section"><h2 class="sr-only">More DW sites</h2><ul>${links(dwFoot, 'footer-link')}</ul>
<p class="copyright">© 2025 Deutsche Welle</p></div></footer>
<div class="sc-bczRLJ consent-banner" role="dialog" aria-modal="true" aria-label="Privacy settings"><p>${dwCookie}</p>
<button class="sc-gsnTZi accept">Accept all</button><button class="sc-dkrFOg settings">Settings</button></div></div></body></html>`;
const dw: TestPage = {
  html: dwHtml,
  name: 'heldout98-dw-story',
  kind: 'news',
  // the teaser under the headline is body; the editor line, author and the date (with its screen-reader copy) are bylines;
  // the kicker, skip links ("Skip next section" plus the section name), credits, the video title and duration, the short
  // link, share menu, feedback box, topics, "Explore more" teasers, consent banner and footer are furniture
  title: dwTitle,
  headings: [dwH1, dwH2, dwH3],
  body: texts([dwTeaser, ...dwP1, ...dwP2, ...dwP3, ...dwP4]),
  bylines: ['Anna Weber', '03/11/2025', 'March 11, 2025', 'Edited by: Martin Keller'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...dwSkips, 'Menu', 'Live TV', 'Search', 'English', ...dwNav, 'Energy', dwHero, dwHeroCredit, 'Advertisement', dwInline, dwInlineCredit,
    'Skip next section', 'Video title', dwVideo, '03:12', dwNoJs, 'Permalink', 'https://p.dw.com/p/4rKq7', 'Share', ...dwShare, 'Link copied',
    'Send us your feedback', dwFeedback, 'Give feedback', 'Related topics',
    ...dwTopics.filter((t) => t !== 'Germany' && t !== 'Coal'), 'Explore more', ...dwMore.flat(), 'More DW sites',
    ...dwFoot, '© 2025 Deutsche Welle', dwCookie, 'Accept all', 'Settings',
  ],
};

export const HELDOUT98_A: readonly TestPage[] = [dw, france24Story];
