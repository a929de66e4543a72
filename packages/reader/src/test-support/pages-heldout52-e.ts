import { links, type TestPage, texts } from './page-kit.js';
import { natGeoStory } from './pages-heldout52-e2.js';

/**
 * Held-out batch 52, file e: a Scientific American news article on its 2024 template (the header with sections, "Subscribe"
 * and "Sign In", the category and type labels, headline, dek, the "By … edited by …" line, date and read time, share menu,
 * the lead photo with caption and credit, the body blocks with two h2s and the "On supporting science journalism" box, the
 * author bio with "More by", the "Stand Up for Science" appeal, "Rights & Permissions", "Latest in" list, newsletter box and
 * the Springer Nature footer).
 */
const saTitle = 'City Crickets Are Chirping Faster as Urban Heat Rises';
const saDek = 'A decade of recordings from 40 cities shows how the heat island effect is changing the sound of summer nights';
const saBody1 = [
  'On a warm August night in Phoenix, a snowy tree cricket can chirp more than 200 times a minute. On an equally warm night in the desert ' +
    'just outside the city, the same species chirps noticeably slower. That gap, according to a study published on Monday in <i>Global ' +
    'Change Biology</i>, is one of the clearest acoustic fingerprints yet of how cities reshape the lives of the animals within them.',
  'Researchers led by bioacoustician Noor Amsel of the University of Arizona analyzed more than 180,000 hours of recordings collected by ' +
    'volunteers and automated microphones in 40 North American cities between 2014 and 2024. They found that in the densest urban cores, ' +
    'crickets chirped on average 14 percent faster than their counterparts in nearby rural areas on the same nights.',
];
const saH1 = 'A thermometer with legs';
const saBody2 = [
  'The link between cricket song and temperature has been known for well over a century. Crickets are ectotherms: their muscles work faster ' +
    'when they are warm. In 1897 the physicist Amos Dolbear published a formula that lets anyone estimate the air temperature by counting ' +
    'chirps, and generations of schoolchildren have tried it on summer evenings.',
  'What is new is the scale. “We basically turned crickets into a distributed network of thermometers,” Amsel says. “And the network ' +
    'is telling us that, for the animals living there, cities are warmer than our official weather stations suggest.”',
  'Many weather stations sit at airports or in parks, away from the asphalt and concrete that trap heat. The crickets, by contrast, live in ' +
    'alleys, vacant lots and the strips of grass along highways, where nighttime temperatures can run several degrees higher.',
];
const saH2 = 'Why the tempo matters';
const saBody3 = [
  'Faster chirping is not just a curiosity. Female crickets choose mates partly by the rhythm of their song, and earlier laboratory work has ' +
    'shown that females prefer songs matching their own body temperature. If males and females experience different microclimates, says ' +
    'evolutionary biologist Karim Delacroix of McGill University, who was not involved in the study, “you can get a mismatch in the ' +
    'conversation.”',
  'Singing faster also costs energy. Amsel’s team found that crickets in the hottest neighborhoods stopped singing earlier in the night, ' +
    'which could mean fewer chances to find a mate. The researchers plan to test that idea next summer by tagging individual insects in ' +
    'Phoenix and Tucson.',
  'For city planners, Amsel suggests, the recordings could be a cheap way to map heat at street level. “Every city already has thousands ' +
    'of free sensors,” she says. “You just have to listen.”',
];
const saSupportH = 'On supporting science journalism';
const saSupport =
  'If this story was useful to you, please consider a subscription. Subscribers make it possible for us to keep reporting on the discoveries ' +
  'and ideas that shape the world.';
const saBio = 'Talia Brennan is a freelance science journalist based in Tucson, Ariz., who writes about insects, ecology and the desert Southwest.';
const saAppealH = 'It’s Time to Stand Up for Science';
const saAppeal =
  'For more than 180 years, our magazine has explained how science works and why it matters. We can only keep doing that with the help of ' +
  'readers who subscribe. Please join us.';
const saNav = ['Health', 'Mind & Brain', 'Environment', 'Technology', 'Space & Physics', 'Video', 'Podcasts', 'Opinion'];
const saLatest = [
  'Bees Can Learn to Count Backward, Experiments Suggest',
  'Heat Waves Are Making Tropical Forests Go Quiet',
  'The Hidden Cost of Light Pollution for Moths',
];
// biome-ignore format: the footer links are packed several to a line to keep the file short
const saFoot = [
  'About', 'Press Room', 'FAQs', 'Contact Us', 'Site Map', 'Advertise', 'SA Custom Media', 'Terms of Use', 'Privacy Policy',
  'California Consumer Privacy Statement', 'Use of Cookies', 'International Editions',
];
const saCaption = 'A snowy tree cricket (Oecanthus fultoni) on a leaf.';
const saCredit = 'Lena Okoro/Alamy Stock Photo';
const saCopy = '© 2026 SCIENTIFIC AMERICAN, A DIVISION OF SPRINGER NATURE AMERICA, INC. ALL RIGHTS RESERVED.';
const saHtml =
  `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>City Crickets Are Chirping Faster as Urban Heat Rises | Scientific American</title>
<meta name="description" content="${saDek}"><link rel="canonical" href="https://www.scientificamerican.com/article/city-crickets-chirping-faster-urban-heat/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${saTitle}","description":"${saDek}",
"datePublished":"2026-02-02T11:00:00-05:00","author":[{"@type":"Person","name":"Talia Brennan"}],"isAccessibleForFree":true}</script>
<script>window.__DATA__={"initialData":{"article":{"id":"4kJ2Qp9X","category":"Animals","type":"News","wordCount":640}}};</script>
<link rel="stylesheet" href="/static/assets/article-C4xw7P2a.css"></head>
<body><div id="app"><header class="header-mx8Qb"><a class="header_logo-3JGrN" href="/" aria-label="Scientific American"><svg></svg></a>
<nav class="header_nav-N2dQ8" aria-label="Sections"><ul>${links(saNav, 'header_navItem-pQ1k7')}</ul></nav>
<a class="header_subscribe-Ik8wq" href="/getsciam/">Subscribe</a><button class="header_signIn-x2Uu4">Sign In</button></header>
<main id="main" class="main-Rm7ta"><article class="article-wrapper-a3Lzx"><header class="article_header-0wXkd">
<p class="article_eyebrow-m7Wq3"><a href="/animals/">Animals</a><span class="article_type-Vd2pC">News</span></p>
<h1 class="article_hed-lZ4nP" data-testid="article-hed">${saTitle}</h1><div class="article_dek-EMtyL"><p>${saDek}</p></div>
<p class="article_authors-ZdsD4">By <a href="/author/talia-brennan/">Talia Brennan</a> <span>edited by</span> <a href="/author/marcus-hale/">Marcus Hale</a></p>
<p class="article_pub_date-mwj9l"><time datetime="2026-02-02">February 2, 2026</time></p><p class="article_read_time-2Kf9d">5 min read</p>
<div class="share-menu-Tx3aB"><button aria-haspopup="menu" class="share-menu_button-Y0r6X">Share</button><ul role="menu" hidden>
${['Facebook', 'X', 'Reddit', 'LinkedIn', 'Email', 'Print'].map((s) => `<li role="menuitem"><a href="#">${s}</a></li>`).join('')}</ul></div>
<button class="add-google-Pq2Tn" aria-label="Add us as a preferred source on Google">Add Us On Google</button></header>
<figure class="lead_image-Ou8Xf"><img src="https://static.scientificamerican.com/dam/m/5c2b7e1a/original/snowy-tree-cricket.jpg?w=1200" alt="">
<figcaption class="lead_image_caption-uqA9F"><div class="lead_image_caption_text-Ayh1p"><p>${saCaption}</p></div>
<p class="lead_image_credit-fM3w0">${saCredit}</p></figcaption></figure>
<section class="article__content-Fc7q1" data-testid="article-body">
${saBody1.map((p) => `<p class="" data-block="sciam/paragraph">${p}</p>`).join('\n')}
<div class="breakout-N9dKc" data-block="sciam/breakout"><h2 class="breakout_title-2LgsX">${saSupportH}</h2><p>${saSupport}</p>
<a href="/getsciam/" class="breakout_cta-dP8fZ">Subscribe</a></div>
<h2 class="" data-block="sciam/heading">${saH1}</h2>
${saBody2.map((p) => `<p class="" data-block="sciam/paragraph">${p}</p>`).join('\n')}
<h2 class="" data-block="sciam/heading">${saH2}</h2>
${saBody3.map((p) => `<p class="" data-block="sciam/paragraph">${p}</p>`).join('\n')}
</section>
<footer class="article_footer-R8c2w"><div class="bio-Hq5nS"><p>${saBio}</p><a href="/author/talia-brennan/">More by Talia Brennan</a></div>
<div class="appeal-J3vNd"><h2>${saAppealH}</h2><p>${saAppeal}</p><a class="appeal_cta-Tw1cE" href="/getsciam/">Subscribe Now</a></div>
<p class="rights-Lx2nC"><a href="https://www.scientificamerican.com/page/reprints-and-permissions/">Rights &amp; Permissions</a></p></footer></article>
<aside class="latest-Y7gZm"><h2>Latest in Animals</h2><ul>${links(saLatest, 'latest_item-Bq0wX')}</ul></aside>
<aside class="newsletter-Kd8nV"><h2>Join Our Community of Science Lovers!</h2><p>Sign up for our free daily newsletter.</p>
<input type="email" aria-label="Email address"><button>Sign Up</button></aside></main>
<footer class="footer-Wz3mC"><ul>${links(saFoot, 'footer_item-H2qLp')}</ul><p class="footer_disclaimer-7uVbN">Scientific American is part of ` +
  `Springer Nature.</p><p class="footer_copy-0LmQa">${saCopy}</p></footer></div></body></html>`;
const sciAm: TestPage = {
  html: saHtml,
  name: 'heldout52-scientific-american-article',
  kind: 'news',
  // the dek is body; the two sciam/heading h2s are the headings; "Talia Brennan" and the date are bylines, and so is the
  // editor's name, "Marcus Hale", in the same author line ("By", "edited by" in neither); the "On supporting science
  // journalism" box sits among the body blocks but is the subscription pitch: furniture, with its h2; the category and type
  // labels, read time, share menu, lead caption and credit, author bio, "More by", the appeal box, "Rights & Permissions",
  // "Latest in Animals", the newsletter box, header and footer are furniture; the category label "Animals" is a body word
  // ("the animals within them"): left out
  title: saTitle,
  headings: [saH1, saH2],
  body: [saDek, ...texts(saBody1), ...texts(saBody2), ...texts(saBody3)],
  bylines: ['Talia Brennan', 'Marcus Hale', 'February 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...saNav, 'Subscribe', 'Sign In', 'News', '5 min read', 'Share', 'Facebook', 'X', 'Reddit', 'LinkedIn', 'Email', 'Print',
    'Add Us On Google', saCaption, saCredit, saSupportH, saSupport, saBio, 'More by Talia Brennan', saAppealH, saAppeal, 'Subscribe Now',
    'Rights & Permissions', 'Latest in Animals', ...saLatest, 'Join Our Community of Science Lovers!', 'Sign up for our free daily newsletter.',
    'Sign Up', ...saFoot, 'Scientific American is part of Springer Nature.', saCopy,
  ],
};

export const HELDOUT52_E: readonly TestPage[] = [sciAm, natGeoStory];
