import { links, ps, type TestPage, texts } from './page-kit.js';
import { pdrEssay } from './pages-heldout194-c2.js';

/**
 * Held-out batch 194, file c: a Noema essay (WordPress theme: the topic menu, "Digital Issues", the "Subscribe" button, the
 * topic label, title and subtitle, the lead illustration with its "for Noema Magazine" credit, the "Credits" toggle whose
 * author bio is in a hidden panel, byline and date, the newsletter sign-up inserted between two sections of the text, share
 * buttons, the "Read More" rail, the footer with the Berggruen Institute line, and the cookie notice) and, from file c2, a
 * Public Domain Review essay.
 */
const noTitle = 'The Politics of Fixing Things';
const noSub = 'A quiet movement of repairers is challenging the idea that progress means replacement. Its lessons reach far beyond toasters.';
const noP1 = [
  `On the first Saturday of every month, a community hall in the Belmar district fills with broken things. People arrive with
lamps, vacuum cleaners, jeans with blown knees, a child’s bicycle with a buckled wheel. Volunteers sit at folding tables with
screwdrivers and sewing machines. By mid-afternoon, about two-thirds of the objects leave working again.`,
  `Repair cafés like this one have spread to thousands of towns over the past fifteen years. They are easy to dismiss as a hobby
for retirees with soldering irons, or as a gesture of consumer virtue. I want to suggest that they are something more
interesting: a small-scale laboratory for a different relationship between people, their objects and the future.`,
];
const noH1 = 'Maintenance as a kind of knowledge';
const noP2 = [
  `Modern economies reward invention and undervalue upkeep. We celebrate the engineer who designs a bridge and forget the crews who
repaint it every decade. We fund new railways while old ones decay. The sociologist Ines Markovic has called this the
“innovation bias”: a habit of seeing novelty as value and maintenance as cost.`,
  `What repair cafés make visible is that maintenance is itself a form of knowledge, and an endangered one. The volunteer who
diagnoses a failed capacitor in a thirty-year-old radio is drawing on skills that are no longer taught in most schools and
that manufacturers actively discourage, with glued casings, proprietary screws and parts that are not sold separately.`,
];
const noH2 = 'The right to repair is a question of power';
const noP3 = [
  `When a company decides that a phone cannot be opened without destroying it, it is making a decision about who gets to
understand and control that object after it is sold. The growing right-to-repair movement has framed this as a consumer issue,
and it is. But it is also a question of democratic capacity. A society that cannot fix its own things becomes dependent on
whoever can.`,
  `Farmers in several countries have discovered this the hard way, unable to repair tractors whose software locks them out of
basic diagnostics. Hospitals have faced the same problem with ventilators and imaging machines. In each case, the ability to
keep something working has been quietly transferred from the people who use it to the people who sell it.`,
];
const noH3 = 'Toward a culture of care';
const noP4 = [
  `None of this means that repair alone can solve the environmental crisis or rebalance corporate power. A folding table in a
community hall is not a policy. But the repair café offers a glimpse of what a culture organized around care, rather than
replacement, might feel like: slower, more social, more attentive to the histories of objects and the people who made them.`,
  `At the Belmar café last spring, I watched a volunteer named Otto Ferreira spend forty minutes on a hand mixer that its owner
admitted she could replace for the price of lunch. When it finally whirred back to life, she laughed and said it had been her
mother’s. He shrugged. “Everything was somebody’s,” he said. It is as good a principle for an economy as any I know.`,
];
const noBio = `Saoirse Lindahl is a writer and researcher who studies the history of technology and everyday infrastructure. She is
a fellow at the Centre for Material Futures.`;
const noNav = ['Philosophy & Culture', 'Technology & the Human', 'Climate Crisis', 'Geopolitics & Globalization', 'Future of Capitalism', 'Digital Issues'];
const noNews = ['Enjoy the read? Subscribe to get the best of Noema.', 'Enter your email', 'Subscribe'];
const noShare = ['Share', 'Facebook', 'X', 'LinkedIn', 'Email', 'Copy link'];
const noMore = [
  ['Technology & the Human', 'The Afterlife of Obsolete Machines', 'Kwame Asante-Hill'],
  ['Climate Crisis', 'What a City Owes Its Pipes', 'Elodie Marchetti'],
  ['Philosophy & Culture', 'In Praise of the Unfinished', 'Rafael Quintos'],
];
const noFoot = ['About', 'Masthead', 'Contact', 'Submissions', 'Careers', 'Privacy Policy', 'Terms of Use'];
const noCookie = 'We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies.';
const enc = (t: string): string => t.replace(/&/g, '&amp;');
const noHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Politics of Fixing Things | NOEMA</title><meta name="description" content="${noSub}">
<meta property="og:type" content="article"><meta property="og:title" content="${noTitle} | NOEMA"><meta property="og:site_name" content="NOEMA">
<meta property="article:section" content="Technology &amp; the Human"><link rel="canonical" href="https://www.noemamag.com/the-politics-of-fixing-things/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${noTitle}","datePublished":"2025-10-09T16:00:00+00:00",
"author":{"@type":"Person","name":"Saoirse Lindahl"},"publisher":{"@type":"Organization","name":"Noema Magazine"}}</script>
<link rel="stylesheet" id="noema-style-css" href="https://www.noemamag.com/wp-content/themes/noema/dist/styles/main.css?ver=4.1.2" media="all">
<script src="https://www.noemamag.com/wp-content/themes/noema/dist/scripts/main.js?ver=4.1.2" defer></script></head>
<body class="article-template-default single single-article postid-44912">
<header class="header"><div class="header__inner"><a class="header__logo" href="https://www.noemamag.com/"><span class="sr-only">Noema Magazine</span>
<svg aria-hidden="true"></svg></a><nav class="header__nav" aria-label="Main"><button class="header__topics-toggle" aria-expanded="false">Topics</button>
<ul class="header__topics">${links(noNav, 'header__topic')}</ul></nav>
<a class="header__subscribe button" href="https://www.noemamag.com/subscribe/">Subscribe</a><button class="header__search"
aria-label="Search"></button></div></header>
<main class="main" id="main"><article class="article article--essay">
<header class="article-header"><a class="article-header__topic" href="https://www.noemamag.com/topic/technology-the-human/">Technology &amp; the Human</a>
<h1 class="article-header__title">${noTitle}</h1><p class="article-header__subtitle">${noSub}</p>
<div class="article-header__meta"><span class="article-header__byline">By <a href="https://www.noemamag.com/author/saoirse-lindahl/">Saoirse Lindahl</a></span>
<time class="article-header__date" datetime="2025-10-09">October 9, 2025</time>
<button class="article-header__credits-toggle" aria-expanded="false" aria-controls="credits">Credits</button></div>
<div class="article-header__credits" id="credits" hidden><p>${noBio}</p></div></header>
<figure class="article-hero"><img src="https://noemamag.imgix.example/2025/10/fixing-things.jpg?fit=crop&w=2400" alt="">
<figcaption class="article-hero__caption">Illustration by Mireille Akande for Noema Magazine</figcaption></figure>
<div class="article-content">
${ps(noP1)}
<h3 class="wp-block-heading">${noH1}</h3>
${ps(noP2)}
<div class="newsletter-inline"><p class="newsletter-inline__title">${noNews[0]}</p><form class="newsletter-inline__form">
<label class="sr-only" for="nl-inline">${noNews[1]}</label><input id="nl-inline" type="email" placeholder="Enter your email">
<button type="submit">${noNews[2]}</button></form></div>
<h3 class="wp-block-heading">${noH2}</h3>
${ps(noP3)}
<h3 class="wp-block-heading">${noH3}</h3>
${ps(noP4)}
</div>
<div class="article-share"><span class="article-share__label">${noShare[0]}</span><ul>${links(noShare.slice(1), 'article-share__item')}</ul></div>
</article>
<section class="read-more"><h2 class="read-more__title">Read More</h2><div class="read-more__list">${noMore
  .map(
    ([c, t, a]) => `<article class="card"><a class="card__topic" href="#">${enc(c as string)}</a><h3 class="card__title"><a href="#">${t}</a></h3>
<p class="card__author">${a}</p></article>`,
  )
  .join('\n')}</div></section></main>
<footer class="footer"><div class="footer__newsletter"><p>${noNews[0]}</p></div><ul class="footer__links">${links(noFoot)}</ul>
<p class="footer__publisher">Noema Magazine is published by the Berggruen Institute.</p><p class="footer__copyright">© 2025 Noema Magazine</p></footer>
<div class="cookie-notice" id="cookie-notice" role="dialog"><p>${noCookie}</p><button class="cookie-notice__accept">Accept</button></div></body></html>`;
const noema: TestPage = {
  html: noHtml,
  name: 'heldout194-noema-essay',
  kind: 'blog',
  // the subtitle is body; the "By" line and date are bylines; the topic label, hero credit, "Credits" toggle and its
  // hidden bio, the newsletter box between sections, share buttons, "Read More" cards, footer and cookie notice are furniture
  title: noTitle,
  headings: [noH1, noH2, noH3],
  body: texts([noSub, ...noP1, ...noP2, ...noP3, ...noP4]),
  bylines: ['By Saoirse Lindahl', 'October 9, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
      'Noema Magazine', 'Topics', ...noNav, 'Subscribe', 'Credits', texts([noBio])[0] as string, 'Illustration by Mireille Akande for Noema Magazine',
      ...noNews, ...noShare, 'Read More', ...noMore.flat(), ...noFoot, 'Noema Magazine is published by the Berggruen Institute.', '© 2025 Noema Magazine',
      noCookie, 'Accept',
    ]),
  ],
};

export const HELDOUT194_C: readonly TestPage[] = [noema, pdrEssay];
