import { links, type TestPage, texts } from './page-kit.js';
import { natureNews } from './pages-heldout147-c2.js';
import { paras } from './pages-heldout147-kit.js';

/**
 * Held-out batch 147, file c: a Scientific American news story on its current templates (CSS-module class names; skip
 * link, the header with the hidden section menu, "Subscribe" and "Sign In", the topic kicker, headline, dek, byline, date,
 * reading time, share and "Add Us On Google" buttons, the lead image caption and credit, the "On supporting science
 * journalism" box after the third paragraph, the "Rights & Permissions" line, the author bio, the "It’s Time to Stand Up for
 * Science" appeal, "Popular Stories", the newsletter and the footer with the Springer Nature line) and, from file c2, a
 * Nature news article.
 */
const saTitle = 'City Foxes Are Evolving Shorter Snouts, Skull Study Finds';
const saDek = 'Red foxes living in cities have measurably different skulls from their rural cousins, possibly because of what they eat';
const saP = paras(`
Red foxes that raid bins and back gardens may be changing shape. A study of more than 1,100 fox skulls collected over eight decades
found that urban animals have shorter, wider snouts and smaller braincases than foxes from the surrounding countryside, a pattern that
echoes some of the changes seen in the earliest domesticated dogs.

The research, published on Wednesday in <i>Evolutionary Ecology Letters</i>, compared skulls held in six natural history collections
in northern Europe, all from foxes that had been killed by cars or by pest control between 1941 and 2022. The researchers sorted each
specimen by where it had been found, using the density of buildings within two kilometers as a measure of how urban the animal’s home
range had been.

“We expected to find nothing, honestly,” says lead author Ingrid Solheim, an evolutionary biologist at the University of Bergenholm.
“Foxes have only been living in cities in large numbers for about a century. That is not very long.”

The differences were small but consistent. On average, city foxes’ snouts were about 3.5 percent shorter relative to the length of
the skull, and the bony ridges where jaw muscles attach were slightly larger. The gap between urban and rural animals grew over time:
skulls collected after 1990 showed roughly twice the difference seen in those from before 1960.

Solheim and her colleagues think diet is the most likely explanation. A rural fox spends much of its time catching fast-moving prey
such as voles and rabbits, for which a long, quick-closing jaw is useful. A city fox eats more food scraps, which are soft, plentiful
and do not run away. “You don’t need a pair of tweezers to eat a chicken nugget,” Solheim says. “You need a nutcracker.”

Other researchers say the results are intriguing but urge caution. Tomasz Wierzbicki, a mammalogist at the Warsaw Institute of
Zoology who was not involved in the study, points out that museum collections are not random samples. “Curators tend to keep the
unusual ones,” he says. “If city foxes with odd skulls were more likely to be saved, you could get a pattern like this without any
evolution at all.”

There is also a question of whether the change is genetic. Skull shape in many mammals can shift during an animal’s lifetime
depending on what it chews, so urban foxes could simply be growing differently rather than inheriting different genes. “Both would be
interesting,” Wierzbicki says, “but they are very different stories.”

Solheim agrees, and says her team is now sequencing DNA from 200 of the skulls to look for genetic differences between city and
country populations. Results are expected next year.

Whatever the cause, the study adds to a growing list of animals that seem to be changing in response to urban life, from birds with
shorter wings to insects that tolerate more heat. For foxes, says Solheim, the city may be doing something that people once did on
purpose. “We didn’t set out to breed them,” she says. “But we have been feeding them for a hundred years.”`);
const saNav = ['Latest', 'Health', 'Mind & Brain', 'Environment', 'Technology', 'Space & Physics', 'Biology', 'Math', 'Games'];
const saShare = ['Share on Facebook', 'Share on X', 'Share on LinkedIn', 'Share via Email', 'Copy Link', 'Add Us On Google'];
const saCaption = 'A red fox crosses a residential street at night.';
const saCredit = 'Hendrik Vos/Getty Images';
const saSupport = [
  'On supporting science journalism',
  'If you’re enjoying this article, please consider supporting our journalism by subscribing. A subscription helps make sure that stories ' +
    'about the discoveries and ideas shaping our world can keep being told.',
];
const saBio =
  'Lucía Ferrante-Osei is a freelance science journalist based in Copenhagen who writes about ecology, evolution and the animals that live alongside us.';
const saAppeal = [
  'It’s Time to Stand Up for Science',
  'If you enjoyed this article, I’d like to ask for your support. For more than 180 years, Scientific American has been an advocate for science ' +
    'and industry, and right now that work matters more than ever.',
  'Subscribing gives you access to our reporting, our archive and our print and digital issues, and helps us keep covering the research that ' +
    'shapes your life.',
  'Subscribe Today',
];
const saPopular = [
  'The Surprising Reason Your Memory Gets Worse at Night',
  'Astronomers Spot a Planet Orbiting Two Dead Stars',
  'Why Some People Never Get Colds',
  'A New Map of the Ocean Floor Reveals Thousands of Hidden Volcanoes',
];
const saNews = ['Get the latest science news in your inbox.', 'Enter your email', 'Sign Up'];
const saFoot = [
  'Return & Refund Policy',
  'About',
  'Press Room',
  'FAQs',
  'Contact Us',
  'International Editions',
  'Advertise',
  'Accessibility Statement',
  'Terms of Use',
  'Privacy Policy',
  'US State Privacy Rights',
  'Use of cookies/Do not sell my data',
];
const saSpringer =
  'Scientific American is part of Springer Nature, which owns or has commercial relations with thousands of scientific publications. Scientific ' +
  'American maintains a strict policy of editorial independence in reporting developments in science to our readers.';
const saCopy = '© 2025 SCIENTIFIC AMERICAN, A DIVISION OF SPRINGER NATURE AMERICA, INC. ALL RIGHTS RESERVED.';
const saBlock = (p: string): string => `<p class="article__block-xUlG7" data-block="sciam/paragraph">${p}</p>`;
const saHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>City Foxes Are Evolving Shorter Snouts, Skull Study Finds | Scientific American</title>
<meta name="description" content="${saDek}"><meta property="og:site_name" content="Scientific American"><meta property="og:type" content="article">
<meta property="og:title" content="${saTitle}"><meta name="author" content="Lucía Ferrante-Osei"><meta name="citation_date" content="2025-03-12">
<link rel="canonical" href="https://www.scientificamerican.com/article/city-foxes-are-evolving-shorter-snouts-skull-study-finds/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${saTitle}","description":"${saDek}",
"datePublished":"2025-03-12T11:00:00-04:00","author":[{"@type":"Person","name":"Lucía Ferrante-Osei"}],
"publisher":{"@type":"Organization","name":"Scientific American"},"isAccessibleForFree":true}</script>
<script>window.__DATA__ = {"initialData":{"article":{"id":"city-foxes","category":"Evolution","primary_category":"Biology"}}};</script>
<link rel="stylesheet" href="https://www.scientificamerican.com/static/assets/article-CP0sJ5yV.css"></head>
<body><div id="app"><a class="skip_link-G1YoZ" href="#main">Skip to main content</a>
<header class="header-nmtR3" role="banner"><div class="header__inner-Tg7w2"><button class="header__menu-button-AE3dw" aria-label="Open menu"
aria-expanded="false"><span class="visually_hidden-1kGsk">Open menu</span></button>
<a class="header__logo-Mu0mU" href="/"><span class="visually_hidden-1kGsk">Scientific American</span><svg aria-hidden="true"></svg></a>
<div class="header__actions-pF9MH"><a class="header__subscribe-uYxQT" href="/getsciam/">Subscribe</a>
<a class="header__signin-tC1NS" href="/account/">Sign In</a><button class="header__search-Q4hKw" aria-label="Search">Search</button></div></div>
<nav class="header__nav-Zq2ek" aria-label="Sections" hidden><ul class="header__nav-list-Fr7a6">${links(saNav, 'header__nav-item-WpLHc')}</ul></nav></header>
<main id="main" class="main-ObnQR"><article class="article-TyrM9"><header class="article_header-gqN3p">
<p class="article_kicker-Kl2Lh"><a href="/evolution/">Evolution</a></p>
<h1 class="article_hed-lWOBk">${saTitle}</h1>
<div class="article_dek-qN4j7"><p>${saDek}</p></div>
<p class="article_authors-ZdsD4">By <a class="article_authors__link-Wp7iE" href="/author/lucia-ferrante-osei/">Lucía Ferrante-Osei</a></p>
<p class="article_pub_date-r6Aqk"><time datetime="2025-03-12">March 12, 2025</time></p><p class="article_read_time-zYXRY">4 min read</p>
<div class="article_share-Rk0J0"><ul class="share__list-JHTIV">
${saShare.map((t) => `<li><button class="share__button-Zbncd" type="button"><span class="visually_hidden-1kGsk">${t}</span></button></li>`).join('\n')}
</ul></div></header>
<figure class="lead_image-LZ8Cb"><img class="lead_image__img-DE2z9" alt="Red fox in a street at night"
src="https://static.scientificamerican.com/dam/m/4c1b/original/urban-fox.jpg?w=1200"><figcaption class="lead_image__caption-A2oIf">
<p class="lead_image__caption-text-Wn9gN">${saCaption}</p><p class="lead_image__credit-cF5N3">${saCredit}</p></figcaption></figure>
<div class="article__content-S2o8y" data-testid="article-content">
${saP.slice(0, 3).map(saBlock).join('\n')}
<div class="article__support-pKzjD" data-block="sciam/support"><h2 class="article__support-heading-S2K7f">${saSupport[0]}</h2>
<p class="article__support-body-wT5iy">${saSupport[1]}</p></div>
${saP.slice(3).map(saBlock).join('\n')}
<p class="article__rights-j8UfY"><a href="/page/rights-permissions/">Rights &amp; Permissions</a></p></div>
<footer class="article_footer-ZBHVq"><div class="author_bio-S4uyS"><p class="author_bio__name-pI3Yz">Lucía Ferrante-Osei</p>
<p class="author_bio__text-eG8dh">${saBio}</p><a href="/author/lucia-ferrante-osei/">More by Lucía Ferrante-Osei</a></div>
<section class="appeal-WE9WL"><h2 class="appeal__heading-AqRr5">${saAppeal[0]}</h2><p>${saAppeal[1]}</p><p>${saAppeal[2]}</p>
<p class="appeal__signature-f6xDn">Editor in Chief, Scientific American</p><a class="appeal__button-Bs9gf" href="/getsciam/">${saAppeal[3]}</a></section>
</footer></article>
<aside class="popular-Q7tpf"><h2 class="popular__heading-BGkH3">Popular Stories</h2><ol class="popular__list-wKMd5">${links(saPopular)}</ol></aside>
<section class="newsletter-N1kpp"><p class="newsletter__heading-XmQd9">${saNews[0]}</p><form><label class="visually_hidden-1kGsk"
for="nl">${saNews[1]}</label><input id="nl" type="email"><button type="submit">${saNews[2]}</button></form></section></main>
<footer class="footer-J3iM4" role="contentinfo"><p class="footer__follow-Z9iEH">Follow Us:</p><ul class="footer__links-FJbhx">${links(saFoot)}</ul>
<p class="footer__springer-pIxmj">${saSpringer}</p><p class="footer__copyright-KqTqW">${saCopy}</p></footer></div>
<script type="module" src="https://www.scientificamerican.com/static/assets/article-Bl7Wk1D0.js"></script></body></html>`;
const sciam: TestPage = {
  html: saHtml,
  name: 'heldout147-sciam-news',
  kind: 'news',
  // the dek is body; the support box inside the article text, kicker, share labels, caption, credit, "Rights &
  // Permissions", bio, appeal, rail, newsletter and footer are furniture; the reading time is a byline
  title: saTitle,
  headings: [],
  body: [saDek, ...texts(saP)],
  bylines: ['By Lucía Ferrante-Osei', 'Lucía Ferrante-Osei', 'March 12, 2025', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Open menu', 'Subscribe', 'Sign In', 'Search', ...saNav, 'Evolution', ...saShare, saCaption, saCredit, ...saSupport,
    'Rights & Permissions', saBio, 'More by Lucía Ferrante-Osei', ...saAppeal, 'Editor in Chief, Scientific American', 'Popular Stories', ...saPopular,
    ...saNews, 'Follow Us:', ...saFoot, saSpringer, saCopy,
  ],
};

export const HELDOUT147_C: readonly TestPage[] = [sciam, natureNews];
