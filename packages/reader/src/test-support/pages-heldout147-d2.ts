import { links, type TestPage, texts } from './page-kit.js';
import { paras } from './pages-heldout147-kit.js';

/**
 * Held-out batch 147, file d2: a Smithsonian Magazine Smart News article (the top subscription offer, skip link, the header
 * with the section nav, "Subscribe", "Give a Gift" and "Search", the category labels, headline, subtitle, the author with
 * "Daily Correspondent" and the date, the share icons, two figures with captions and credits, in-text ad labels, the
 * "Get the latest" newsletter box, "Filed Under" tags, the author bio with "READ MORE", the affiliate "Note to our Readers",
 * "Most Popular", "You Might Also Like", and the footer with its cookie settings).
 */
const smTitle = 'Medieval Game Pieces Found at the Bottom of a Scottish Castle Well';
const smDek = 'Archaeologists recovered 23 carved bone counters, along with a die and a broken comb, from silt that had lain undisturbed for centuries';
const smP1 = paras(`
Archaeologists draining a well at Kilbrae Castle in the Scottish Highlands expected to find rubbish. They did: pottery shards, animal
bones and a handful of rusted nails. But in the deepest layer of silt, about 30 feet below the castle courtyard, they also found
something more unusual—23 carved bone game pieces that appear to date to the 13th century.

The find was announced last week by the Highland Heritage Trust, the charity that manages the ruined castle. Volunteers had spent
most of the summer hauling buckets of waterlogged mud to the surface and washing it through sieves, according to a
<a href="https://highlandheritage.example/news/kilbrae-well">statement</a> from the trust.

The pieces are flat discs, each a little over an inch across, decorated with rings and dots drilled into their upper faces. Most are
made of cattle bone, but three were carved from deer antler. Experts think they were used to play tables, a family of medieval board
games related to modern backgammon.`);
const smP2 = paras(`
“Finding one or two counters is not unusual on a medieval site,” says Fiona Drummond-Keyes, the archaeologist who led the excavation.
“Finding 23 together, along with a die, suggests somebody lost an entire game—or got rid of it.”

The other objects in the same layer included a bone die with its numbers marked in dots, a broken double-sided comb and fragments of
leather shoes. Radiocarbon dating of a cattle bone from the silt places the layer between about 1220 and 1290 C.E., when Kilbrae was
the seat of a minor noble family that controlled the surrounding glen.

How the pieces ended up in the well is less clear. They may simply have been dropped, perhaps by someone playing in the courtyard.
But Callum Ardross, a historian at Strathmore University who studies medieval pastimes, points out that gambling on tables games was
frequently condemned by churchmen of the period, and that players were sometimes ordered to give up their boards and pieces as a
penance.

“Throwing your game down a well would be a fairly thorough way of giving it up,” Ardross tells <em>Smithsonian</em> magazine.
“We can’t know that’s what happened here. But it would fit.”

The counters are now being cleaned and conserved, and the trust plans to put them on display at the castle’s visitor center next
spring. Excavators still have about four feet of silt left to clear, and the trust is recruiting volunteers to help with the sieving
when work resumes in May.`);
const smOffer = 'Subscribe to Smithsonian magazine and get a FREE tote.';
const smNav = ['Smart News', 'History', 'Science', 'Innovation', 'Arts & Culture', 'Travel', 'At the Smithsonian', 'Podcasts', 'Photos', 'Newsletters'];
const smShare = ['Share on Facebook', 'Share on X', 'Share via Email', 'Pin on Pinterest'];
const smCap1 = 'Some of the 23 bone game pieces recovered from the well at Kilbrae Castle';
const smCred1 = 'Courtesy of Highland Heritage Trust';
const smCap2 = 'Volunteers sieve silt from the castle well.';
const smCred2 = 'Ewan MacRury / Highland Heritage Trust';
const smNews = ['Get the latest History stories in your inbox.', 'Email Powered by Salesforce Marketing Cloud', 'Sign Up'];
const smTags = ['Archaeology', 'Games', 'Medieval History', 'Scotland'];
const smBio = 'Hollis Lindgren-Ames is a freelance writer based in Edinburgh who covers archaeology and history.';
const smNote =
  'A Note to our Readers: Smithsonian magazine participates in affiliate link advertising programs. If you purchase an item through these links, ' +
  'we receive a commission.';
const smPopular = [
  'The Surprising History of the Pencil Eraser',
  'Divers Discover a 17th-Century Shipwreck Off Sweden',
  'Why Ancient Romans Loved Fish Sauce',
  'The Woman Who Mapped the Ocean Floor',
];
const smAlso = ['Viking Chess Piece Bought for $8 Turns Out to Be 800 Years Old', 'A Medieval Gaming Board Turns Up in a Norwegian Farmhouse'];
const smFoot = [
  'About Us',
  'Contact Us',
  'Advertising',
  'Masthead',
  'Give a Gift',
  'Customer Service',
  'Sitemap',
  'RSS',
  'Privacy Statement',
  'Cookie Policy',
  'Terms of Use',
  'Advertising Notice',
  'Your Privacy Rights',
  'Cookie Settings',
];
const smAd = `<div class="ad-container ad-in-article"><div class="ad-label">Advertisement</div>
<div class="dfp-tag-wrapper" data-slot="/4756/smithsonianmag/inline"></div>
</div>`;
const smFig = (src: string, cap: string, cred: string): string => `<figure class="image-container full-width"><img class="lazy-load" alt="${cap}"
src="https://th-thumbnailer.cdn-si-edu.example/${src}.jpg" width="1072" height="603"><figcaption class="caption">${cap} <span class="credit">${cred}</span>
</figcaption></figure>`;
const smPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const smHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Medieval Game Pieces Found at the Bottom of a Scottish Castle Well | Smithsonian</title>
<meta name="description" content="${smDek}"><meta property="og:site_name" content="Smithsonian Magazine"><meta property="og:type" content="article">
<meta property="og:title" content="${smTitle}"><meta name="author" content="Hollis Lindgren-Ames"><meta name="category" content="Smart News">
<link rel="canonical" href="https://www.smithsonianmag.com/smart-news/medieval-game-pieces-found-scottish-castle-well-180986221/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${smTitle}","description":"${smDek}",
"datePublished":"2025-03-13","author":{"@type":"Person","name":"Hollis Lindgren-Ames"},"publisher":{"@type":"Organization",
"name":"Smithsonian Magazine"}}</script>
<script>var dataLayer = [{"pageType":"article","category":"smart-news","subcategory":"history","articleId":"180986221"}];</script>
<link rel="stylesheet" href="https://www.smithsonianmag.com/static/smithsonianmag/css/article.3c2f1b.css"></head>
<body class="article-page smart-news"><div class="top-promo-bar"><a href="https://subscribe.smithsonianmag.com/?promo=topbar">${smOffer}</a></div>
<a class="skip-link" href="#main">Skip to content</a>
<header class="header" id="header"><div class="header-inner"><div class="header-logo"><a href="/"><img alt="Smithsonian Magazine"
src="https://www.smithsonianmag.com/static/smithsonianmag/img/logo.svg"></a></div>
<nav class="main-nav" aria-label="Main"><ul class="nav-list">${links(smNav, 'nav-item')}</ul></nav>
<div class="header-actions"><a class="btn subscribe-btn" href="https://subscribe.smithsonianmag.com/">Subscribe</a>
<a class="btn gift-btn" href="https://subscribe.smithsonianmag.com/gift/">Give a Gift</a>
<button class="search-toggle" aria-label="Search"><span class="sr-only">Search</span></button></div></div></header>
<main id="main" class="main"><div class="article-wrapper"><article class="article">
<div class="article-header"><div class="category-labels"><a class="category-label" href="/smart-news/">Smart News</a>
<a class="category-label secondary" href="/category/history/">History</a></div>
<h1 class="headline">${smTitle}</h1>
<h2 class="subtitle">${smDek}</h2>
<div class="article-meta"><div class="author-meta"><a class="author-name" href="/author/hollis-lindgren-ames/">Hollis Lindgren-Ames</a>
<span class="author-title">Daily Correspondent</span></div><time class="pub-date" datetime="2025-03-13">March 13, 2025</time></div>
<div class="social-share"><ul>${smShare
  .map((t) => `<li><a class="share-link" href="#share" title="${t}"><span class="sr-only">${t}</span><i class="icon" aria-hidden="true"></i></a></li>`)
  .join('\n')}</ul></div></div>
<div class="article-body" id="article-body" data-article-body>
${smFig('kilbrae-counters', smCap1, smCred1)}
${smPs(smP1)}
${smAd}
${smPs(smP2.slice(0, 3))}
${smFig('kilbrae-sieving', smCap2, smCred2)}
${smPs(smP2.slice(3))}
</div>
<div class="newsletter-signup-inline"><p class="newsletter-title">${smNews[0]}</p><form><label class="sr-only" for="nl-email">Email</label>
<input id="nl-email" type="email" placeholder="Email address"><button type="submit">${smNews[2]}</button></form>
<p class="newsletter-legal">${smNews[1]}</p></div>
<div class="article-tags"><span class="tags-label">Filed Under:</span>${smTags.map((t) => ` <a href="/tag/${t.toLowerCase()}/">${t}</a>`).join(',')}</div>
<div class="author-bio"><img alt="Hollis Lindgren-Ames" src="https://th-thumbnailer.cdn-si-edu.example/author.jpg"><div class="author-bio-text">
<p class="author-bio-name"><a href="/author/hollis-lindgren-ames/">Hollis Lindgren-Ames</a> | <a href="/author/hollis-lindgren-ames/">READ MORE</a></p>
<p>${smBio}</p></div></div>
<p class="affiliate-note"><em>${smNote}</em></p></article>
<aside class="sidebar"><div class="ad-container ad-sidebar"><div class="ad-label">Advertisement</div></div>
<section class="most-popular"><h3 class="sidebar-heading">Most Popular</h3><ol>${links(smPopular, 'most-popular-item')}</ol></section></aside></div>
<section class="you-might-also-like"><h3 class="section-heading">You Might Also Like</h3><ul>${links(smAlso, 'related-item')}</ul></section></main>
<footer class="footer"><div class="footer-logo"><img alt="Smithsonian Magazine" src="/static/smithsonianmag/img/logo-white.svg"></div>
<ul class="footer-links">${links(smFoot, 'footer-item')}</ul><p class="copyright">© 2025 Smithsonian Magazine</p></footer>
<script src="https://www.smithsonianmag.com/static/smithsonianmag/js/article.9d2e0a.js" defer></script></body></html>`;
export const smithsonian: TestPage = {
  html: smHtml,
  name: 'heldout147-smithsonian-news',
  kind: 'news',
  // the subtitle is body; category labels, "Daily Correspondent", share labels, captions, credits, ad labels, newsletter,
  // tags, bio, the affiliate note, rails and footer are furniture
  title: smTitle,
  headings: [],
  body: [smDek, ...texts(smP1), ...texts(smP2)],
  bylines: ['Hollis Lindgren-Ames', 'March 13, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    smOffer, 'Skip to content', ...smNav, 'Subscribe', 'Give a Gift', 'Search', 'Daily Correspondent', ...smShare, smCap1, smCred1, smCap2, smCred2,
    'Advertisement', ...smNews, 'Email', 'Filed Under:', ...smTags, 'READ MORE', smBio, smNote, 'Most Popular', ...smPopular, 'You Might Also Like', ...smAlso,
    ...smFoot.filter((t) => t !== 'Give a Gift'), '© 2025 Smithsonian Magazine',
  ],
};
