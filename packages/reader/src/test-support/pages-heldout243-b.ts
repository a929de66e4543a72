import { links, ps, type TestPage, texts } from './page-kit.js';
import { showitBlog } from './pages-heldout243-b2.js';
import { j, lis } from './pages-heldout243-kit.js';

/**
 * Held-out batch 243, file b: a wedding magazine's real-wedding feature on a Dotdash Meredith-style template (mntl- classes:
 * header with nav, breadcrumbs, dek, attribution with "Written by" and "Published on", photo credit, social share bar,
 * captioned images, an inline "Related" promo, the vendor credits, newsletter box, "Read Next" rail, footer and OneTrust
 * banner) and, from file b2, a wedding planner's blog post on Showit with its WordPress blog.
 */
const title = 'Wren and Tobias’s Orchard Wedding in the Ashby Valley Was a Love Letter to Late Summer';
const dek = 'The couple swapped a ballroom for a working cider orchard and fed 90 guests from a single long table.';
const p1 = [
  j(
    'Wren Castellane and Tobias Moray met on the first day of a pottery class in Hartsford, when Tobias’s bowl collapsed on the wheel',
    'and splattered clay across Wren’s apron. “He offered to pay for the dry cleaning,” Wren says. “I told him it was an apron, and',
    'that he could buy me a coffee instead.” Six years later, the two were married under the oldest apple tree at Pellow Orchard,',
    'a family-run cider farm in the Ashby Valley.',
  ),
  j(
    'From the start, the couple knew they wanted a wedding that felt like a long, late lunch with friends rather than a formal',
    'reception. “We kept coming back to the idea of one table,” Tobias says. “Nobody at a top table, nobody at the back by the',
    'kitchen doors. Everyone passing bowls to each other.”',
  ),
];
const p2 = [
  j(
    'The orchard’s owners let the couple use the pressing barn for the ceremony in case of rain, but the weather held. Guests sat on',
    'hay bales covered with linen, and the aisle was lined with crates of early windfall apples that the children were allowed to',
    'take home afterwards.',
  ),
  j(
    'Wren wore a bias-cut silk dress in the colour of clotted cream, with a short veil her grandmother had worn in 1968. “I wanted',
    'to be able to walk across grass and sit on a bench without worrying,” she says. Tobias chose a rust-coloured linen suit, made',
    'to measure, with a sprig of dried hops in his buttonhole.',
  ),
  'Their ceremony was led by a close friend, and included three readings:',
];
const readings = [
  'A passage about orchards and patience from a gardening almanac Tobias’s father kept',
  'A short poem written by Wren’s younger sister',
  'A letter the couple wrote to each other a year before, read aloud for the first time',
];
const p3 = [
  j(
    'The single table ran 40 metres between two rows of trees, set with mismatched green glassware collected from charity shops over',
    'eighteen months. Dinner was served family style: roast chicken with tarragon, charred leeks, new potatoes with brown butter and',
    'huge bowls of tomatoes from a neighbouring farm.',
  ),
  j(
    'Instead of a cake, the couple served an apple galette for every ten guests, baked that morning in the farm kitchen. “It was the',
    'thing people talked about the next day,” Wren says. “That, and Tobias’s uncle falling asleep in a hammock during the speeches.”',
  ),
];
const p4 = [
  j(
    'Their advice to other couples planning an outdoor wedding is practical. “Walk the site at the exact hour of your ceremony, a',
    'month before,” Tobias says. “We moved everything ten metres to the left because the sun would have been in everyone’s eyes.”',
  ),
  j('And Wren’s? “Put someone other than you in charge of the weather forecast. I stopped checking it a week out, and it was the', 'best decision I made.”'),
];
const headings = ['The Ceremony', 'The Reception', 'Their Advice'];
const vendors = [
  'Venue: Pellow Orchard',
  'Planning: Sorrel & Thyme Events',
  'Photography: Ada Lindqvist Photography',
  'Catering: The Long Table Kitchen Co.',
  'Flowers: Wild Acre Flower Farm',
  'Bride’s Dress: Maison Ebury',
  'Groom’s Suit: Farrow & Vane Tailoring',
];
const nav = ['Planning', 'Dresses', 'Real Weddings', 'Honeymoons', 'Etiquette', 'Registry'];
const readNext = [
  'This Lakeside Wedding Had a Taco Truck and a Brass Band',
  'A Winter Wedding in a Converted Mill Full of Candlelight',
  '20 Long-Table Reception Ideas for Outdoor Weddings',
];
const foot = ['About Us', 'Editorial Guidelines', 'Contact', 'Privacy Policy', 'Careers', 'Terms of Service', 'Your Privacy Choices'];
const fig = (src: string, cap: string): string => `<figure class="comp figure-landscape mntl-sc-block mntl-sc-block-image figure-article">
<div class="img-placeholder"><img src="https://www.brides.example/thmb/${src}.jpg" alt="" class="lazyload universal-image__image"></div>
<figcaption class="comp figure-article-caption mntl-figure-caption figure-article-caption-owner"><span class="figure-article-caption-text">
<p>${cap}</p></span><span class="mntl-figure-caption__attribution">Photo by Ada Lindqvist Photography</span></figcaption></figure>`;
const html = `<!DOCTYPE html>
<html id="brides-doc" class="comp brides-doc mntl-html" data-ab="99,99" lang="en"><head class="loc head">
<meta charset="utf-8"><title>${title}</title><meta name="description" content="${dek}">
<meta property="og:type" content="article"><meta property="og:site_name" content="Bride Notes">
<meta name="parsely-metadata" content='{"tax0":"real weddings","tax1":"regional"}'>
<link rel="canonical" href="https://www.brides.example/wren-tobias-orchard-wedding-8612034">
<script type="application/ld+json">[{"@context":"http://schema.org","@type":["Article"],"headline":"${title}","datePublished":"2026-03-10T14:15:00.000-05:00",
"author":[{"@type":"Person","name":"Hollis Brandt"}],"publisher":{"@type":"Organization","name":"Bride Notes"}}]</script>
<script>window.Mntl = window.Mntl || {}; Mntl.DOMContentLoaded = []; var dataLayer = [{"templateId":"structured-content"}];</script></head>
<body id="article_1-0" class="comp article mntl-article mntl-body structured-content--real-wedding" data-sc-sticky-offset="60">
<a class="comp mntl-skip-to-content" href="#main">Skip to content</a>
<header id="header_1-0" class="comp header mntl-header" role="banner"><div class="header__inner"><a href="/" class="header__logo">Bride Notes</a>
<nav class="mntl-fullscreen-nav"><ul class="mntl-fullscreen-nav__list">${links(nav, 'mntl-fullscreen-nav__list-item')}</ul></nav>
<a class="header__subscribe" href="/newsletter">Subscribe</a></div></header>
<main id="main" class="loc main"><article id="article_2-0" class="comp article-content mntl-sc-page">
<div class="loc article-pre-content"><div class="comp mntl-breadcrumbs"><ul class="breadcrumbs">
<li class="breadcrumbs__item"><a href="/real-weddings-4784510" class="mntl-text-link"><span class="link__wrapper">Real Weddings</span></a></li>
<li class="breadcrumbs__item"><a href="/regional-weddings-4784512" class="mntl-text-link"><span class="link__wrapper">Regional Weddings</span></a></li>
</ul></div>
<div class="comp article-header mntl-article-header"><h1 id="article-heading_1-0" class="comp article-heading type--lion">${title}</h1>
<p class="comp article-subheading type--dog">${dek}</p>
<div class="comp mntl-bylines"><div class="mntl-attribution__item"><span class="mntl-attribution__item-descriptor">Written by</span>
<div class="mntl-attribution__item-name"><a href="/hollis-brandt-8512" class="mntl-attribution__item-name">Hollis Brandt</a></div></div>
<div class="mntl-attribution__item mntl-attribution__item--photo"><span class="mntl-attribution__item-descriptor">Photographed by</span>
<span class="mntl-attribution__item-name">Ada Lindqvist</span></div>
<div class="mntl-attribution__item-date">Published on March 10, 2026 02:15PM EDT</div></div>
<div class="comp social-share mntl-social-share"><ul class="social-share__list"><li class="social-share__item"><a class="social-share__button">Pin</a></li>
<li class="social-share__item"><a class="social-share__button">Share</a></li><li class="social-share__item"><a class="social-share__button">Email</a></li>
</ul></div></div></div>
<div id="article-content_1-0" class="comp article-content"><div id="mntl-sc-page_1-0" class="comp mntl-sc-page mntl-block">
${fig('orchard-table', 'The couple’s single long table ran between two rows of apple trees.')}
${ps(p1, ' class="comp mntl-sc-block mntl-sc-block-html"')}
<h2 class="comp mntl-sc-block mntl-sc-block-heading"><span class="mntl-sc-block-heading__text">${headings[0]}</span></h2>
${ps(p2, ' class="comp mntl-sc-block mntl-sc-block-html"')}
<ul class="comp mntl-sc-block mntl-sc-block-html">${lis(readings)}</ul>
<div class="comp mntl-sc-block mntl-sc-block-callout mntl-related-promo"><p>Related: <a href="/long-table-ideas">20 Long-Table Reception Ideas for
Outdoor Weddings</a></p></div>
${fig('orchard-dress', 'Wren’s veil was first worn by her grandmother in 1968.')}
<h2 class="comp mntl-sc-block mntl-sc-block-heading"><span class="mntl-sc-block-heading__text">${headings[1]}</span></h2>
${ps(p3, ' class="comp mntl-sc-block mntl-sc-block-html"')}
<h2 class="comp mntl-sc-block mntl-sc-block-heading"><span class="mntl-sc-block-heading__text">${headings[2]}</span></h2>
${ps(p4, ' class="comp mntl-sc-block mntl-sc-block-html"')}
<div class="comp mntl-sc-block mntl-sc-block-vendors"><h3 class="mntl-sc-block-vendors__heading">The Vendors</h3>
<ul class="mntl-sc-block-vendors__list">${lis(vendors, 'vendor-credit')}</ul></div></div></div>
<div class="comp mntl-newsletter-signup"><p class="mntl-newsletter-signup__title">Get the wedding planning newsletter</p>
<p class="mntl-newsletter-signup__text">Ideas, checklists and real weddings in your inbox twice a week.</p>
<form><input type="email" placeholder="Enter your email"><button type="submit">Sign Up</button></form></div></article>
<div class="comp mntl-recirc"><h2 class="mntl-recirc__heading">Read Next</h2><ul class="mntl-recirc__list">${links(readNext, 'card-list__item')}</ul></div>
<div class="comp mntl-leaderboard mntl-gpt-adunit" id="leaderboard-flex-1"><span class="mntl-ad-label">Advertisement</span></div></main>
<footer id="footer_1-0" class="comp footer mntl-footer"><ul class="mntl-footer__links">${links(foot)}</ul>
<p class="mntl-footer__copyright">Bride Notes is part of the Halden Media publishing family. © 2026 Halden Media.</p></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region"><p id="onetrust-policy-text">We and our partners
use cookies and similar technologies to personalise content and ads and to analyse our traffic.</p><button id="onetrust-accept-btn-handler">Accept All</button>
<button id="onetrust-pc-btn-handler">Cookies Settings</button></div></div>
<script src="https://www.brides.example/static/5.71.0/mntl-bundle.min.js"></script></body></html>`;
const realWedding: TestPage = {
  name: 'heldout243-dotdash-real-wedding',
  kind: 'news',
  html,
  title,
  headings,
  body: texts([...p1, ...p2, ...readings, ...p3, ...p4]),
  bylines: ['Hollis Brandt', 'Ada Lindqvist', 'Published on March 10, 2026 02:15PM EDT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Bride Notes', ...nav, 'Subscribe', 'Regional Weddings', 'Written by', 'Photographed by', 'Pin', 'Share', 'Email',
    'The couple’s single long table ran between two rows of apple trees.', 'Photo by Ada Lindqvist Photography',
    'Related: 20 Long-Table Reception Ideas for Outdoor Weddings', 'Wren’s veil was first worn by her grandmother in 1968.', 'The Vendors', ...vendors,
    'Get the wedding planning newsletter', 'Ideas, checklists and real weddings in your inbox twice a week.', 'Sign Up', 'Read Next', ...readNext,
    'Advertisement', ...foot, 'Bride Notes is part of the Halden Media publishing family. © 2026 Halden Media.',
    'We and our partners use cookies and similar technologies to personalise content and ads and to analyse our traffic.', 'Accept All',
    'Cookies Settings',
  ],
};

export const HELDOUT243_B: readonly TestPage[] = [realWedding, showitBlog];
