import { links, ps, type TestPage, texts } from './page-kit.js';
import { handbookTexasPage } from './pages-heldout175-d2.js';

/**
 * Held-out batch 175, file d: a Tennessee Encyclopedia entry on its WordPress theme (the Tennessee Historical Society top
 * bar, the logo, the menu with "Donate", the search overlay, the featured image with caption and credit, the h1, the entry
 * text, "Suggested Reading", the "Citation Information" box with title, author, published and updated dates, the share
 * buttons, the categories and tags, the "Related" entries, the "Learn More" partner box, the newsletter form and the footer)
 * and, from file d2, a Handbook of Texas Online entry.
 */
const teTitle = 'Hollis Creek Pottery';
const teP = [
  'Hollis Creek Pottery, in the community of Hollis Creek in western Lorne County, produced salt-glazed stoneware for more than ' +
    'seventy years and was among the longest-lived rural potteries in Middle Tennessee. Its jugs, churns and preserve jars, ' +
    'stamped with a small incised fern, are now prized by collectors and held by several museums in the state.',
  'The pottery was founded around 1846 by Jacob Mabry (1811-1879), a potter trained in the Shenandoah Valley of Virginia who came ' +
    'to Tennessee by way of Kentucky. Mabry chose the site for a bed of fine gray clay along the creek and for the hardwood forest ' +
    'that fed his groundhog kiln, a long, low kiln dug partly into the hillside. Census records for 1850 list Mabry, two sons and ' +
    'an enslaved man named Isaac as potters, and an 1854 account book records sales of more than four thousand gallons of ware, ' +
    'priced by the gallon of capacity, to merchants in Columbia, Franklin and Nashville.',
  'After the Civil War, Isaac, who had taken the surname Freeman, worked at the pottery as a paid journeyman and later leased a ' +
    'share of the kiln on his own account. Ware marked with a double fern, attributed to Freeman, survives from the 1870s. His ' +
    'grandson, Walter Freeman, was the last potter to fire the Hollis Creek kiln, in 1919.',
  'Under Jacob Mabry\u2019s son Henry (1840-1911), the pottery reached its largest output in the 1880s, when a spur of the Duck River ' +
    'Railroad allowed ware to be shipped in carload lots. Henry Mabry added a second kiln and a horse-powered pug mill and employed ' +
    'as many as nine men. Demand for stoneware declined at the turn of the century, as glass jars and tin cans took the place of ' +
    'crocks in Tennessee kitchens, and the pottery closed after World War I.',
  'The kiln site was surveyed by archaeologists from the state Division of Archaeology in 1984, and the pottery was listed in the ' +
    'National Register of Historic Places in 1986. The Lorne County Museum holds the largest public collection of Hollis Creek ware, ' +
    'along with the 1854 account book.',
];
const teSugH = 'Suggested Reading';
const teSug = [
  'Samuel D. Whitlow, <i>Fired in the Hills: Stoneware Potters of Middle Tennessee</i> (2003)',
  'Carolyn Beasley and Thomas Ott, \u201cThe Hollis Creek Kiln Site,\u201d <i>Tennessee Archaeology</i> 9 (1988): 44-61',
];
const teCite = ['Title: Hollis Creek Pottery', 'Author: Marguerite S. Dowell', 'Published: October 8, 2017', 'Last Updated: March 1, 2018'];
const teTop = ['Tennessee Historical Society', 'Shop', 'Donate'];
const teMenu = ['Entries', 'Browse by Era', 'Browse by Category', 'Counties', 'Teachers', 'About'];
const teCaption = 'Salt-glazed stoneware churn, Hollis Creek Pottery, ca. 1885.';
const teCredit = 'Courtesy of Lorne County Museum';
const teShare = ['Share', 'Facebook', 'Twitter', 'Email', 'Print'];
const teCats = ['Categories: Arts & Crafts', 'Tags: Lorne County', 'Stoneware'];
const teRelated = ['Salt-Glazed Stoneware', 'Lorne County', 'Duck River Railroad', 'Groundhog Kilns'];
const teLearn = 'Tennessee Encyclopedia is a project of the Tennessee Historical Society and the University of Tennessee Press.';
const teNews = ['Sign up for our newsletter', 'First Name', 'Email Address', 'Sign Up'];
const teFoot = ['Contact Us', 'Privacy Policy', 'Terms of Use', 'Sitemap', '© 2025 Tennessee Historical Society'];
const teHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hollis Creek Pottery | Tennessee Encyclopedia</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:type" content="article"><meta property="og:title" content="Hollis Creek Pottery | Tennessee Encyclopedia">
<meta property="article:modified_time" content="2018-03-01T14:22:10+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"@id":"https://tennesseeencyclopedia.net/entries/hollis-creek-pottery/","name":"Hollis Creek Pottery | Tennessee Encyclopedia",
"datePublished":"2017-10-08T04:00:00+00:00","dateModified":"2018-03-01T14:22:10+00:00"}]}</script>
<link rel="stylesheet" id="te-style-css" href="https://tennesseeencyclopedia.net/wp-content/themes/tnencyclopedia/style.css?ver=1.4" media="all">
<script src="https://tennesseeencyclopedia.net/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="entries-template-default single single-entries postid-1523">
<div class="top-bar"><ul>${links(teTop)}</ul></div>
<header class="site-header"><a class="site-logo" href="/"><img src="/wp-content/themes/tnencyclopedia/img/logo.svg" alt="Tennessee Encyclopedia"></a>
<nav class="main-menu" aria-label="Main Menu"><ul>${links(teMenu, 'menu-item')}</ul></nav>
<button class="search-toggle" aria-expanded="false"><span class="screen-reader-text">Open Search</span></button>
<div class="search-overlay" aria-hidden="true"><form role="search" action="/"><input type="search" name="s" placeholder="Search the Encyclopedia">
<button type="submit">Search</button></form></div></header>
<main id="main" class="site-main"><article id="post-1523" class="post-1523 entries type-entries status-publish has-post-thumbnail">
<div class="entry-hero"><figure class="featured-image"><img src="/wp-content/uploads/2017/10/hollis-churn.jpg" alt="">
<figcaption><span class="caption">${teCaption}</span> <span class="credit">${teCredit}</span></figcaption></figure></div>
<div class="entry-wrap"><header class="entry-header"><h1 class="entry-title">${teTitle}</h1></header>
<div class="entry-content">
${ps(teP)}
<h3>${teSugH}</h3>
${ps(teSug)}
</div>
<div class="citation-info"><h4>Citation Information</h4>
<ul>${teCite.map((t) => `<li>${t.replace(': ', ':</strong> ').replace(/^/, '<strong>')}</li>`).join('')}</ul>
<div class="share-bar"><span>${teShare[0]}</span>${teShare
  .slice(1)
  .map((t) => `<a class="share-${t.toLowerCase()}" href="#">${t}</a>`)
  .join('')}</div></div>
<footer class="entry-footer"><p class="cats">${teCats[0]}</p><p class="tags">Tags: <a href="/tag/lorne-county">Lorne County</a></p>
<p class="tags"><a href="/tag/stoneware">Stoneware</a></p></footer></div></article>
<section class="related-entries"><h2>Related</h2><ul>${links(teRelated)}</ul></section>
<section class="learn-more"><h2>Learn More</h2><p>${teLearn}</p></section></main>
<footer class="site-footer"><div class="newsletter"><h3>${teNews[0]}</h3><form><label>${teNews[1]}<input type="text"></label>
<label>${teNews[2]}<input type="email"></label><button type="submit">${teNews[3]}</button></form></div>
<ul class="footer-links">${links(teFoot)}</ul></footer>
<script src="/wp-content/themes/tnencyclopedia/js/main.js?ver=1.4"></script></body></html>`;
const tennessee: TestPage = {
  html: teHtml,
  name: 'heldout175-tennesseeencyclopedia-entry',
  kind: 'wiki',
  // "Suggested Reading" is a part of the entry (heading and body); in the citation box the author and the published and
  // updated dates are bylines, its label and title line furniture
  title: teTitle,
  headings: [teSugH],
  body: texts([...teP, ...teSug]),
  bylines: teCite.slice(1),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...teTop, ...teMenu, 'Open Search', teCaption, teCredit, 'Citation Information', teCite[0] ?? '', ...teShare, ...teCats, 'Related', ...teRelated,
    'Learn More', teLearn, ...teNews, ...teFoot,
  ],
};

export const HELDOUT175_D: readonly TestPage[] = [tennessee, handbookTexasPage];
