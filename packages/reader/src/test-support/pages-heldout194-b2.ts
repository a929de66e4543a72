import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 194, file b2: a Nautilus article (the WordPress theme since the 2022 relaunch: top bar with "Subscribe" and
 * "Log in", the topic menu, the channel label, title and dek, byline with date and listen button, the lead image with its
 * credit, the members' ad-free notice at the top of the article text, mid-text ad slots with "Advertisement" labels, the
 * "Lead image" credit and the author bio at the end of the text, share icons, "Explore" tags, the "Read more" rail, the
 * newsletter box, the hidden paywall modal and the footer).
 */
const naTitle = 'The Seeds That Learned to Wait for Fire';
const naDek = 'Some plants in burned landscapes keep their seeds sealed for decades. A chemical in smoke tells them when to wake up.';
const naP1 = [
  `Three weeks after the Carrow Ridge fire, the hillside above Tenby Creek looked finished. The manzanita was charcoal, the soil
was grey powder, and the only sound was the tick of cooling stones. Botanist Lucía Aranda walked the slope with a notebook and
a trowel, and at every tenth step she knelt to look for something she knew she would not yet find.`,
  `“People expect the green to come from what survived,” she says. “Mostly it comes from what was waiting.”`,
  `What was waiting, in this case, was a seed bank: millions of seeds, some of them older than Aranda herself, lying dormant in
the top few centimetres of soil. Many of the shrubs and wildflowers in fire-prone scrublands produce seeds that will not
germinate in ordinary conditions, no matter how much rain falls. They need a signal that the canopy above them is gone.`,
];
const naH1 = 'A message in the smoke';
const naP2 = [
  `For a long time, researchers assumed that heat alone cracked the seeds open. Heat matters for some species, which have hard
coats that split when warmed. But in the 1990s, experiments with smoke-infused water showed that many seeds would germinate
after exposure to smoke even if they were never heated at all.`,
  `The active ingredients turned out to be a family of compounds now called karrikins, formed when cellulose burns. Seeds of
fire-following plants carry receptors that bind karrikins, and the binding sets off a cascade that ends in germination. In
effect, the plants have learned to read a chemical message that means the shade is gone and the ground is clear.`,
  `“It is one of the most elegant signalling systems I know of,” says plant physiologist Dariusz Wolak of the Hallin Institute.
“The plant isn’t responding to fire as a disaster. It’s responding to it as an opportunity.”`,
];
const naH2 = 'Why wait so long?';
const naP3 = [
  `The strategy is a gamble. A seed that waits for fire may wait fifty years, and most will rot or be eaten before a fire comes.
But those that survive germinate into a landscape with little competition, abundant light, and a flush of nutrients released
from the ash. For a small annual wildflower, a single good post-fire year can produce enough seed to last through the next
long interval.`,
  `Aranda’s team is now trying to work out how long the seeds in Tenby Creek can actually last. They have dug soil cores from
sites whose fire histories are known from tree rings and county records, and germinated the seeds in the lab with smoke water.
Seeds of one species, a whispering bells, germinated from soil that had not burned for at least 72 years.`,
  `That longevity has practical consequences. As fires become more frequent in some regions, seed banks may not have time to
recover between burns. A shrubland that burns twice in ten years can lose species whose seeds were all spent on the first
fire. Land managers who once worried only about too much fire now also worry about fires that come too close together.`,
  `Back on the slope above Tenby Creek, the first seedlings appeared after the November rains: tiny paired leaves, hundreds to the
square metre, in soil that had looked dead a month earlier. Aranda photographed them from above, one frame for every plot.
“They were here the whole time,” she says. “We just couldn’t see them.”`,
];
const naCredit = 'Lead image: Marco Deltel / Shutterstock';
const naBio = 'Hanne Sørli is a science writer based in Bergen. She writes about plants, soil and the people who study them.';
const naTop = ['Subscribe', 'Log in'];
const naNav = ['Anthropology', 'Biology', 'Environment', 'Mind', 'Physics', 'Culture', 'Issues', 'Newsletter'];
const naMember = 'Nautilus Members enjoy an ad-free experience. Log in or Join now.';
const naTags = ['Explore', 'botany', 'fire ecology', 'seeds', 'wildfire'];
const naShare = ['Share on Facebook', 'Share on X', 'Share via email', 'Copy link'];
const naMore = [
  ['Environment', 'The Forest That Breathes Out at Night', 'Jonas Mbeki'],
  ['Biology', 'How Lichens Survive in Space', 'Alva Reinholt'],
  ['Environment', 'The Long Memory of Burned Soil', 'Teodor Kaskin'],
];
const naNews = ['Get the Nautilus newsletter', 'The newest and most popular articles delivered right to your inbox!', 'Email address', 'Sign up'];
const naModal = [
  'You’ve read your 2 free articles this month.',
  'Access unlimited ad-free stories, including this one, by becoming a Nautilus member.',
  'Join now',
  'Already a member? Log in',
];
const naFoot = ['About Us', 'Donate', 'FAQ', 'Contact', 'Job Openings', 'Privacy Policy', 'Terms of Service', 'Accessibility'];
const naAd = (n: number): string => `<div class="article-ad-wrapper"><span class="ad-label">Advertisement</span>
<div id="nautilus-ad-inline-${n}" class="nautilus-ad" data-ad-slot="/21857/nautilus/article_inline_${n}" data-ad-sizes="300x250,728x90"></div></div>`;
const naHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Seeds That Learned to Wait for Fire - Nautilus</title><meta name="description" content="${naDek}">
<meta property="og:type" content="article"><meta property="og:title" content="${naTitle}"><meta property="og:site_name" content="Nautilus">
<meta property="article:section" content="Environment"><meta property="article:published_time" content="2025-10-08T09:00:00+00:00">
<meta name="author" content="Hanne Sørli"><link rel="canonical" href="https://nautil.us/the-seeds-that-learned-to-wait-for-fire-1204411/">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${naTitle}",
"datePublished":"2025-10-08T09:00:00+00:00","author":[{"@type":"Person","name":"Hanne Sørli"}],"articleSection":["Environment"]}]}</script>
<link rel="stylesheet" href="https://nautil.us/wp-content/themes/nautilus/build/css/main.css?ver=2.9.14">
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script>
<script>window.googletag=window.googletag||{cmd:[]};googletag.cmd.push(function(){googletag.pubads().enableLazyLoad();});</script></head>
<body class="post-template-default single single-post postid-1204411 single-format-standard">
<header class="site-header"><div class="top-bar"><a class="site-logo" href="https://nautil.us/"><img src="https://nautil.us/wp-content/themes/nautilus/logo.svg"
alt="Nautilus"></a><div class="header-actions"><a class="header-subscribe btn" href="https://nautil.us/join/">${naTop[0]}</a>
<a class="header-login" href="https://nautil.us/login/">${naTop[1]}</a><button class="header-search" aria-label="Search"></button></div></div>
<nav class="primary-nav" aria-label="Topics"><ul>${links(naNav, 'primary-nav__item')}</ul></nav></header>
<main id="main" class="site-main"><article class="article post-1204411">
<header class="article-header"><a class="article-header__channel" href="https://nautil.us/topics/environment/">Environment</a>
<h1 class="article-title">${naTitle}</h1><h2 class="article-dek">${naDek}</h2>
<div class="article-author-byline"><span class="byline">By <a href="https://nautil.us/author/hanne-sorli/">Hanne Sørli</a></span>
<span class="article-date"><time datetime="2025-10-08">October 8, 2025</time></span></div>
<div class="article-listen"><button class="listen-button" type="button"><span>Listen</span></button><span class="listen-duration">11 min</span></div></header>
<figure class="article-featured-image"><img src="https://assets.nautil.us/sites/3/nautilus/seeds-fire.jpg?auto=compress&fm=jpg" alt="Burned hillside"></figure>
<div class="article-body">
<div class="article-member-cta"><p><em>Nautilus Members enjoy an ad-free experience. <a href="https://nautil.us/login/">Log in</a> or
<a href="https://nautil.us/join/">Join now</a>.</em></p></div>
${ps(naP1)}
${naAd(1)}
<h2 class="wp-block-heading">${naH1}</h2>
${ps(naP2)}
${naAd(2)}
<h2 class="wp-block-heading">${naH2}</h2>
${ps(naP3)}
<p><em>${naCredit}</em></p>
</div>
<div class="article-author-bio"><p>${naBio}</p></div>
<div class="article-share"><ul>${naShare
  .map(
    (t) => `<li><a class="share-link" href="#"
aria-label="${t}"><span class="screen-reader-text">${t}</span></a></li>`,
  )
  .join('')}</ul></div>
<div class="article-tags"><span class="article-tags__label">${naTags[0]}</span>${naTags
  .slice(1)
  .map((t) => `<a class="article-tags__tag" href="https://nautil.us/tag/${t.replace(' ', '-')}/">${t}</a>`)
  .join('')}</div></article>
<section class="read-more"><h2 class="read-more__title">Read More</h2><div class="read-more__grid">${naMore
  .map(
    ([c, t, a]) => `<article class="article-card"><a class="article-card__channel" href="#">${c}</a><h3 class="article-card__title"><a href="#">${t}</a></h3>
<span class="article-card__author">By ${a}</span></article>`,
  )
  .join('\n')}</div></section>
<section class="newsletter-signup"><h2>${naNews[0]}</h2><p>${naNews[1]}</p><form class="newsletter-form"><label for="nl-email"
class="sr-only">${naNews[2]}</label>
<input type="email" id="nl-email" placeholder="Email address"><button type="submit">${naNews[3]}</button></form></section></main>
<div class="paywall-modal" id="paywall-modal" aria-hidden="true" style="display:none"><div class="paywall-modal__inner"><h2>${naModal[0]}</h2>
<p>${naModal[1]}</p><a class="btn" href="https://nautil.us/join/">${naModal[2]}</a>
<p>Already a member? <a href="https://nautil.us/login/">Log in</a></p></div></div>
<footer class="site-footer"><div class="site-footer__brand"><img src="https://nautil.us/wp-content/themes/nautilus/logo-white.svg" alt="Nautilus">
<p>Science connected.</p></div><ul class="site-footer__links">${links(naFoot)}</ul>
<p class="site-footer__copyright">© 2025 NautilusNext Inc., All rights reserved.</p>
</footer><script src="https://nautil.us/wp-content/themes/nautilus/build/js/main.js?ver=2.9.14" id="nautilus-main-js"></script></body></html>`;
export const nautilusArticle: TestPage = {
  html: naHtml,
  name: 'heldout194-nautilus-article',
  kind: 'news',
  // the dek is body; "By" line, date and listen time are bylines; the members' notice at the top of the text, the
  // "Lead image" credit and the author bio, ad labels, share links, tags, "Read More" cards, newsletter, paywall modal
  // and footer are furniture; the tag "seeds" is left out (a word of the title)
  title: naTitle,
  headings: [naH1, naH2],
  body: texts([naDek, ...naP1, ...naP2, ...naP3]),
  bylines: ['By Hanne Sørli', 'October 8, 2025', '11 min'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
      ...naTop, ...naNav, 'Listen', naMember, 'Advertisement', naCredit, naBio, ...naShare, ...naTags.filter((t) => t !== 'seeds'), 'Read More',
      ...naMore.flatMap(([c, t, a]) => [c as string, t as string, `By ${a}`]), ...naNews, ...naModal, 'Science connected.', ...naFoot,
      '© 2025 NautilusNext Inc., All rights reserved.',
    ]),
  ],
};
