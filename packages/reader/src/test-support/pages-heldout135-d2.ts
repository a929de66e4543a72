import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 135, file d2: a The Conversation (US edition) article (the masthead with the tagline, "Donate" and "Get
 * newsletter", the hidden edition picker, the section nav, the h1 inside the article header, the author list with roles,
 * the "Published" time, the lead image with caption and attribution, the article body with h2 subheads, an inline figure and
 * the inline newsletter promo paragraph, the "Republish this article" box, "Disclosure statement" and "Partners", topics, the
 * "Want to write?" box and the footer).
 */
const cvTitle = 'Why some wells run dry long after a drought ends – a hydrologist explains';
const cvP1 = [
  'When the rain finally returns after a long drought, many people expect their wells to recover right away. Instead, some ' +
    'households find that their water levels keep falling for months, and a few wells go dry well after the drought has been ' +
    'declared over.',
  'I study groundwater in the southern Great Plains, where about 80% of rural homes rely on private wells. The delay that ' +
    'catches so many well owners by surprise comes down to how slowly water moves underground, and how much of it the land ' +
    'keeps for itself before any reaches an aquifer.',
];
const cvH1 = 'Rain has a long way to travel';
const cvP2 = [
  'An aquifer is not an underground lake. It is a layer of sand, gravel or cracked rock whose tiny spaces are filled with water. ' +
    'Rain that falls on the surface has to soak through soil and often tens of feet of drier material before it gets there.',
  'After a drought, the soil is parched. The first several inches of rain mostly go to wetting it again, and plants take up much ' +
    'of what is left. Only when the soil is saturated does water begin to seep deeper, a process hydrologists call recharge.',
  'How long recharge takes depends on the ground. In sandy areas, water may reach a shallow aquifer in a few weeks. Where there ' +
    'are thick layers of clay, it can take years. In parts of the region I study, we have measured water taking more than a ' +
    'decade to travel from the surface to the water table.',
];
const cvH2 = 'Pumping does not stop when the rain starts';
const cvP3 = [
  'While the ground is slowly refilling, people keep using water. In farm country, irrigation wells can draw down the water ' +
    'table across a wide area, and that effect spreads outward over months. A household well a mile away may not feel it until ' +
    'the following season.',
  'During the drought of 2022 and 2023, my colleagues and I tracked water levels in 140 monitoring wells across six counties. ' +
    'Levels kept dropping in most of them for an average of seven months after rainfall returned to normal. In a quarter of the ' +
    'wells, the lowest reading came more than a year later.',
  'Shallow wells are the most vulnerable. Many older homes have wells that were drilled only a few feet below the water table as ' +
    'it stood decades ago. A modest drop can leave the pump sitting above the water.',
];
const cvFigCaption = 'Water levels in a monitoring well in Redbird County kept falling for nine months after the drought ended.';
const cvFigCredit = 'Lena Achterberg, CC BY-ND';
const cvPromo = 'Get news that’s free, independent and based on evidence.';
const cvH3 = 'What well owners can do';
const cvP4 = ['There are some practical steps people who rely on wells can take:'];
const cvList = [
  'Know your well’s depth and where the pump sits. Drilling records are often on file with the state water agency.',
  'Measure the water level once or twice a year, ideally in the same month, so you can see trends before there is a problem.',
  'Watch for early warning signs such as sputtering faucets, cloudy water or a pump that runs longer than usual.',
  'Plan ahead for deepening or replacing a shallow well. Drillers are often booked for months during and after a drought.',
];
const cvP5 = [
  'Policymakers can help, too. Few states require regular monitoring of groundwater in the areas where private wells are ' +
    'common, and drought declarations are usually based on rainfall and streamflow rather than aquifer levels. Tying drought ' +
    'aid to groundwater data would help the households that are still running short long after the headlines have moved on.',
];
const cvMast = ['Academic rigor, journalistic flair', 'Donate', 'Get newsletter', 'Search'];
const cvEditions = ['Edition:', 'Available editions', 'United States', 'Africa', 'Australia', 'Canada', 'Europe', 'Global', 'United Kingdom'];
const cvNav = ['Arts + Culture', 'Economy', 'Education', 'Environment', 'Health', 'Politics + Society', 'Religion', 'Science + Tech', 'Podcasts'];
const cvLeadCaption = 'A windmill-driven stock well in the southern Great Plains. Many wells in the region were drilled decades ago.';
const cvLeadCredit = 'Marcus Ebright/Getty Images';
const cvRepublish = ['Republish this article', 'Republish our articles for free, online or in print, under a Creative Commons license.'];
const cvDisclosure = [
  'Disclosure statement',
  'Lena Achterberg receives funding from the National Science Foundation and the Redbird County Groundwater Conservation District.',
  'Partners',
  'Redbluff State University provides funding as a member of The Conversation US.',
  'View all partners',
];
const cvTopics = ['Drought', 'Groundwater', 'Water wells', 'Aquifers', 'Rural America'];
const cvWrite = [
  'Want to write?',
  'Write an article and join a growing community of more than 220,000 academics and researchers from 5,000 institutions.',
  'Register now',
];
const cvFoot = [
  'Community standards',
  'Republishing guidelines',
  'Research and Expert Database',
  'Our feeds',
  'Who we are',
  'Our charter',
  'Our team',
  'Partners and funders',
  'Contact us',
  'Privacy policy',
  'Terms and conditions',
  'Corrections',
];
const cvPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const cvHtml = `<!DOCTYPE html>
<html lang="en-US" prefix="og: http://ogp.me/ns#"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Why some wells run dry long after a drought ends – a hydrologist explains</title>
<meta name="description" content="The delay comes down to how slowly water moves underground.">
<meta property="og:title" content="${cvTitle}"><meta property="og:site_name" content="The Conversation"><meta property="og:type" content="article">
<meta name="citation_title" content="${cvTitle}"><meta name="citation_author" content="Achterberg, Lena">
<link rel="canonical" href="https://theconversation.com/why-some-wells-run-dry-long-after-a-drought-ends-a-hydrologist-explains-264118">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${cvTitle}","datePublished":"2025-10-03T12:14:52Z",
"author":[{"@type":"Person","name":"Lena Achterberg","jobTitle":"Associate Professor of Hydrology, Redbluff State University"}],
"publisher":{"@type":"Organization","name":"The Conversation"},"license":"https://creativecommons.org/licenses/by-nd/4.0/"}</script>
<link rel="stylesheet" href="https://cdn.theconversation.com/assets/application-7a6f1b1c.css"></head>
<body class="articles show us"><a class="skip-link" href="#main">Skip to main content</a>
<header id="masthead" class="masthead"><div class="masthead-wrapper"><a class="logo" href="https://theconversation.com/us">
<img alt="The Conversation" src="https://cdn.theconversation.com/assets/logos/theconversation.svg"></a>
<p class="tagline">${cvMast[0]}</p><div class="masthead-actions"><a class="donate" href="https://donate.theconversation.com/us">${cvMast[1]}</a>
<a class="newsletter-cta" href="https://theconversation.com/us/newsletters">${cvMast[2]}</a><button class="search-toggle">${cvMast[3]}</button></div>
<div class="edition-picker"><span class="label">${cvEditions[0]}</span><button aria-expanded="false">United States</button>
<div class="editions-dropdown" hidden><p class="dropdown-title">${cvEditions[1]}</p><ul>${links(cvEditions.slice(2), 'edition')}</ul></div></div></div>
<nav class="sections" aria-label="Sections"><ul>${links(cvNav, 'section')}</ul></nav></header>
<main id="main" class="wrapper"><article class="article" itemscope itemtype="http://schema.org/Article">
<header class="article-header"><h1 class="legacy entry-title instapaper_title" itemprop="name"><strong>${cvTitle}</strong></h1>
<div class="content-authors-group"><ul class="author-list"><li class="author"><a class="author-link"
href="https://theconversation.com/profiles/lena-achterberg-1493821">
<span class="author-name">Lena Achterberg</span></a><p class="role">Associate Professor of Hydrology, Redbluff State University</p></li></ul></div>
<div class="timestamps"><time datetime="2025-10-03T12:14:52Z">Published: October 3, 2025 8:14am EDT</time></div></header>
<figure class="lead-image"><img alt="" src="https://images.theconversation.com/files/690142/original/file-20251001-56-x8f2ka.jpg?ixlib=rb-4.1.0">
<figcaption><span class="caption">${cvLeadCaption}</span> <span class="attribution"><a
href="https://www.gettyimages.example/detail/1">${cvLeadCredit}</a></span>
</figcaption></figure>
<div class="grid-ten large-grid-nine grid-last content-body content entry-content instapaper_body inline-promos" itemprop="articleBody">
${cvPs(cvP1)}
<h2>${cvH1}</h2>
${cvPs(cvP2)}
<h2>${cvH2}</h2>
${cvPs(cvP3)}
<figure class="align-center "><img alt="A line chart of water depth below the surface in one well from 2022 to 2024"
src="https://images.theconversation.com/files/690150/x.png">
<figcaption><span class="caption">${cvFigCaption}</span> <span class="attribution"><span class="source">${cvFigCredit}</span></span></figcaption></figure>
<p class="inline-promo"><em>${cvPromo} <a href="https://theconversation.com/us/newsletters">Get newsletter</a></em></p>
<h2>${cvH3}</h2>
${cvPs(cvP4)}
<ul>${cvList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${cvPs(cvP5)}
</div>
<aside class="republish"><button class="republish-button" data-modal="republish">${cvRepublish[0]}</button><p>${cvRepublish[1]}</p></aside>
<aside class="disclosure"><h3>${cvDisclosure[0]}</h3><p>${cvDisclosure[1]}</p></aside>
<aside class="partners"><h3>${cvDisclosure[2]}</h3><p><a href="https://theconversation.com/institutions/redbluff-state-university">Redbluff State University</a>
provides funding as a member of The Conversation US.</p><a href="https://theconversation.com/us/partners">${cvDisclosure[4]}</a></aside>
<div class="topic-list"><h3>Topics</h3><ul>${links(cvTopics, 'topic-list-item')}</ul></div></article>
<aside class="sidebar"><div class="want-to-write"><h2>${cvWrite[0]}</h2><p>${cvWrite[1]}</p>
<a class="button" href="https://theconversation.com/us/become-an-author">${cvWrite[2]}</a></div></aside></main>
<footer class="footer"><ul class="footer-links">${links(cvFoot, 'footer-link')}</ul>
<p class="copyright">Copyright © 2010–2025, The Conversation US, Inc.</p></footer>
<script src="https://cdn.theconversation.com/assets/application-7a6f1b1c.js" defer></script></body></html>`;
export const conversationArticle: TestPage = {
  html: cvHtml,
  name: 'heldout135-the-conversation-news',
  kind: 'news',
  // the author's role line, captions with attributions, the italic newsletter promo paragraph inside the article body, the
  // republish box, disclosure statement, partners, topics and the "Want to write?" box are furniture
  title: cvTitle,
  headings: [cvH1, cvH2, cvH3],
  body: texts([...cvP1, ...cvP2, ...cvP3, ...cvP4, ...cvList, ...cvP5]),
  bylines: ['Lena Achterberg', 'Published: October 3, 2025 8:14am EDT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...cvMast, ...cvEditions, ...cvNav, 'Associate Professor of Hydrology, Redbluff State University', cvLeadCaption,
    cvLeadCredit, cvFigCaption, cvFigCredit, `${cvPromo} Get newsletter`, ...cvRepublish, ...cvDisclosure, 'Topics', ...cvTopics, ...cvWrite, ...cvFoot,
    'Copyright © 2010–2025, The Conversation US, Inc.',
  ],
};
