import { links, ps, type TestPage, texts } from './page-kit.js';
import { motherJones } from './pages-heldout136-d2.js';
import { items, paras, uniq } from './pages-heldout136-kit.js';

/**
 * Held-out batch 136, file d: a Salon article (the header with section links, "Sign In" and "Subscribe", the category label,
 * h1 title and h2 summary, the writer block with name, title and published line, share buttons, the lead image caption with
 * credit in brackets, the body with a bold newsletter plug in its own paragraph and an ad slot, the "Read more about this
 * topic" list, "Related Topics" tags, the writer bio with "MORE FROM" list, "Related Articles", the footer with the long
 * copyright and the consent bar) and, from file d2, a Mother Jones article.
 */
const lTitle = 'A common soil fungus helped wheat survive a brutal drought, study finds';
const lSum = 'Researchers say the fungus, already present in many fields, could cut crop losses without new chemicals or seeds';
const lP = paras(`
In the summer of 2023, a drought settled over the plains of southern Verania and did not leave for eleven weeks. Most farmers
in the region lost between a third and a half of their wheat. But on a handful of research plots outside the town of Ostrel,
the losses were much smaller, and scientists now think they know why.

According to a study published this week in the Journal of Plant Ecology, wheat grown in soil rich in a common fungus called
Rhizophagus kessleri produced 27% more grain under drought than wheat grown in soil where the fungus had been depleted by
years of heavy tilling. The fungus forms a web of fine threads around plant roots, which the authors say act like an extension
of the root system, drawing water from deeper and drier soil.

“We knew these fungi help plants take up nutrients,” said Dr. Ilse Marchetti, a soil ecologist at the University of Ostrel and
the study’s lead author. “What surprised us was how much difference they made when water ran short. The plants with a healthy
fungal network simply kept going for longer.”
`);
const lPromo = 'Want more health and science stories in your inbox? Subscribe to Salon’s weekly newsletter Lab Notes.';
const lP2 = paras(`
The fungus is not exotic. It lives in most agricultural soils, but its networks are broken up every time a field is ploughed,
and it is slow to recover. The researchers compared plots that had been farmed with no tilling for at least eight years with
neighboring plots ploughed every season. The untilled soil held roughly four times as much of the fungus.

That points to a solution farmers can use now, Marchetti said. Reducing tillage, planting cover crops between seasons and
using less phosphate fertilizer, which can suppress the fungus, all help its networks grow back. None require new seed
varieties or products.

Other scientists cautioned that the study covered only one drought, in one region, and a single variety of wheat. “It is a
promising result, but field conditions vary enormously,” said Dr. Tomas Erikssen, an agronomist who was not involved in the
research. “I would want to see it repeated over several seasons before telling farmers to change how they work.”

The team is now running trials on twelve farms across the region and expects its first results after next year’s harvest.
If they hold up, Marchetti said, the findings could matter far beyond Verania, as droughts become more frequent in grain-growing
regions around the world.
`);
const lNav = ['News & Politics', 'Culture', 'Food', 'Science & Health', 'Life', 'Podcasts', 'Video', 'Newsletters'];
const lCaption = 'Wheat field during a drought (Getty Images/Halfpoint Images)';
const lRead = ['Read more', 'about this topic'];
const lReadList = items(`
Why the world’s soils are running out of time
How a tiny worm could change the way we grow rice
The surprising science of cover crops
`);
const lTags = ['Agriculture', 'Climate Change', 'Drought', 'Farming', 'Science', 'Soil'];
const lBio =
  'Rhiannon Clare is a staff writer at Salon covering science and the environment. She previously reported on agriculture for ' + 'regional newspapers.';
const lMoreFrom = items(`
The birds that learned to nest in wind turbines
Scientists are mapping the world’s last cold rainforests
`);
const lRelated = items(`
Your kitchen sponge is a microbial city, and that might be fine
A heat wave in the ocean is rewriting the food chain
`);
const lFoot = ['About Salon', 'Staff', 'Contact', 'Privacy', 'Terms of Service', 'Archive', 'Go Ad Free'];
const lCopy =
  'Copyright © 2025 Salon.com, LLC. Reproduction of material from any Salon pages without written permission is strictly ' +
  'prohibited. SALON ® is registered in the U.S. Patent and Trademark Office as a trademark of Salon.com, LLC.';
const lConsent = 'We use cookies and other tracking technologies to improve your browsing experience and to analyze our traffic.';
const lHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${lTitle} | Salon.com</title><meta name="description" content="${lSum}">
<meta property="og:title" content="${lTitle}"><meta property="og:site_name" content="Salon.com"><meta property="og:type" content="article">
<meta name="author" content="Rhiannon Clare"><link rel="canonical" href="https://www.salon.com/2025/11/13/soil-fungus-wheat-drought-study/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${lTitle}","description":"${lSum}",
"author":{"@type":"Person","name":"Rhiannon Clare","url":"https://www.salon.com/writer/rhiannon_clare"},"datePublished":"2025-11-13T10:30:00Z",
"articleSection":"Science & Health","publisher":{"@type":"Organization","name":"Salon"}}</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<link rel="stylesheet" href="https://www.salon.com/assets/css/article.min.css?v=2025.11"></head>
<body class="article-page"><a class="skip-to-content" href="#main-content">Skip to content</a>
<header class="site-header"><a class="site-header__logo" href="/"><span class="sr-only">Salon</span></a><nav class="site-header__nav">
<ul>${links(lNav, 'nav-item')}</ul></nav><div class="site-header__account"><a href="/sign-in">Sign In</a><a href="/premium" class="btn-subscribe">Subscribe</a>
</div></header><div class="ad-container ad-leaderboard"><div id="div-gpt-ad-leaderboard" data-ad-unit="salon/science"></div></div>
<main id="main-content"><article class="article">
<div class="article-category"><a href="/category/science-and-health">Science &amp; Health</a></div>
<h1 class="title">${lTitle}</h1><h2 class="summary">${lSum}</h2>
<div class="writer-container"><a href="/writer/rhiannon_clare" class="writer-link"><img src="/writer/rhiannon.jpg" alt="Rhiannon Clare"></a>
<div class="writer-info"><span class="by">By </span><a href="/writer/rhiannon_clare" class="writer-name">Rhiannon Clare</a>
<span class="writer-title">Staff Writer</span><div class="publish-date"><span>Published November 13, 2025 5:30AM (EST)</span></div></div></div>
<div class="share-buttons"><a class="share-facebook" href="#share">Facebook</a><a class="share-twitter" href="#share">Twitter</a><a
class="share-email" href="#share">Email</a></div>
<figure class="article-image"><img src="https://mediaproxy.salon.com/width/1200/https://media2.salon.com/2025/11/wheat_drought.jpg" alt="Wheat field">
<figcaption class="image-caption">${lCaption}</figcaption></figure>
<div class="article-content" id="article-content">
${ps(lP)}
<p><strong><em><a href="https://www.salon.com/newsletters?nl=labnotes">${lPromo}</a></em></strong></p>
${ps(lP2.slice(0, 2))}
<div class="ad-container ad-in-article"><div id="div-gpt-ad-inarticle-1" data-ad-unit="salon/science/in-article"></div></div>
${ps(lP2.slice(2))}
</div>
<div class="read-more-section"><h4>${lRead[0]}</h4><p>${lRead[1]}</p><ul>${links(lReadList)}</ul></div>
<div class="related-topics"><span class="related-topics__label">Related Topics ------------------------------------------</span>
<ul>${links(lTags, 'tag')}</ul></div>
<div class="writer-bio"><h3 class="writer-bio__name"><a href="/writer/rhiannon_clare">Rhiannon Clare</a></h3><p>${lBio}</p>
<h4>MORE FROM Rhiannon Clare</h4><ul>${links(lMoreFrom)}</ul></div></article>
<aside class="related-articles"><h3>Related Articles</h3><ul>${links(lRelated)}</ul></aside></main>
<footer class="site-footer"><ul>${links(lFoot)}</ul><p class="copyright">${lCopy}</p></footer>
<div id="consent-bar" class="consent-bar"><p>${lConsent}</p><button type="button" class="consent-accept">Accept</button>
<button type="button" class="consent-settings">Settings</button></div></body></html>`;
const salonArticle: TestPage = {
  name: 'heldout136-salon-article',
  kind: 'news',
  // the h2 summary is body (a dek); the bold newsletter plug between paragraphs, the "Read more" list, tags, the writer bio
  // and "MORE FROM" list are furniture; the writer title "Staff Writer" is a byline
  html: lHtml,
  title: lTitle,
  headings: [],
  body: [lSum, ...texts(lP), ...texts(lP2)],
  bylines: ['By Rhiannon Clare', 'Rhiannon Clare', 'Staff Writer', 'Published November 13, 2025 5:30AM (EST)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to content', 'Salon', ...lNav, 'Sign In', 'Subscribe', 'Science & Health', 'Facebook', 'Twitter', 'Email', lCaption, lPromo, ...lRead,
    ...lReadList, 'Related Topics ------------------------------------------', ...lTags, lBio, 'MORE FROM Rhiannon Clare', ...lMoreFrom,
    'Related Articles', ...lRelated, ...lFoot, lCopy, lConsent, 'Accept', 'Settings',
  ]),
};

export const HELDOUT136_D: readonly TestPage[] = [salonArticle, motherJones];
